import { useCallback, useEffect, useState } from 'react';
import { Labeled, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { List, ListItem, ListItemText, Switch, Typography } from '@mui/material';
import { hasRole } from '../../providers/auth-provider';
import { api, type Me } from '../../providers/http';

interface Link { userId: string; fullName: string; includesSubtree: boolean }

/**
 * The admin's view of a center's coordinators, with the switch that gives a regional coordinator the whole
 * subtree (every center below this one joins their scope at their next request).
 */
export function CoordinatorsPanel() {
  const record = useRecordContext<{ id: string }>();
  const { permissions } = usePermissions<Me>();
  const translate = useTranslate();
  const notify = useNotify();
  const [links, setLinks] = useState<Link[] | null>(null);
  const admin = hasRole(permissions, 'admin');
  const load = useCallback(() => {
    if (record?.id && admin) void api<Link[]>(`/centers/${record.id}/coordinators`).then(setLinks).catch(() => setLinks([]));
  }, [record?.id, admin]);
  useEffect(load, [load]);
  if (!admin || !record) return null;
  const toggle = async (l: Link) => {
    try {
      setLinks(await api<Link[]>(`/centers/${record.id}/coordinators/${l.userId}`, { method: 'PUT', body: { includesSubtree: !l.includesSubtree } }));
      notify('network.subtreeSaved', { type: 'success' });
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Labeled label="network.coordinators">
      {links?.length ? (
        <List dense disablePadding data-testid="center-coordinators">
          {links.map((l) => (
            <ListItem key={l.userId} disableGutters secondaryAction={
              <Switch edge="end" checked={l.includesSubtree} onChange={() => void toggle(l)} slotProps={{ input: { 'aria-label': translate('network.includesSubtree') } }} />
            }>
              <ListItemText primary={l.fullName} secondary={translate(l.includesSubtree ? 'network.withSubtree' : 'network.withoutSubtree')} />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="text.secondary">{translate('network.noCoordinators')}</Typography>
      )}
    </Labeled>
  );
}
