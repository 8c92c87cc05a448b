import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { ListSubheader, MenuItem, TextField } from '@mui/material';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { rosteringApi, rosterSetupApi, type Name } from '../rostering/rostering-api';
import type { Lang } from '../rostering/rostering-screens';
import type { Place } from './attendance-api';

interface Option { kind: 'center' | 'event'; id: string; name: Name }

/**
 * The center or event a staff screen is about, kept in the address (`?center=` or `?event=`): a
 * coordinator picks among centers, an organiser among events, an admin among both. The API scopes anyway.
 */
export function usePlace(): { place: Place | null; options: Option[]; picker: React.ReactNode; name: Name | undefined } {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const { permissions } = usePermissions<Me>();
  const [params, setParams] = useSearchParams();
  const [centers, setCenters] = useState<Option[]>([]);
  const [events, setEvents] = useState<Option[]>([]);
  const wantsCenters = hasRole(permissions, 'admin', 'coordinator');
  const wantsEvents = hasRole(permissions, 'admin', 'organizer');
  useEffect(() => {
    if (!permissions) return;
    const mine = (ids: string[] | undefined) => (o: Option) => hasRole(permissions, 'admin') || !ids || ids.includes(o.id);
    if (wantsCenters) void rosteringApi.centers().then((r) => setCenters(r.data.map((c) => ({ kind: 'center' as const, id: c.id, name: c.name })).filter(mine(permissions.centerIds))));
    if (wantsEvents) void rosterSetupApi.events().then((r) => setEvents([...r.data].sort((a, b) => b.startsAt.localeCompare(a.startsAt)).map((e) => ({ kind: 'event' as const, id: e.id, name: e.name })).filter(mine(permissions.eventIds))));
  }, [permissions, wantsCenters, wantsEvents]);
  const options = [...centers, ...events];
  const centerId = params.get('center');
  const eventId = params.get('event');
  const chosen = centerId ? options.find((o) => o.kind === 'center' && o.id === centerId) : eventId ? options.find((o) => o.kind === 'event' && o.id === eventId) : options[0];
  const place: Place | null = centerId ? { centerId } : eventId ? { eventId } : chosen ? (chosen.kind === 'center' ? { centerId: chosen.id } : { eventId: chosen.id }) : null;
  const value = chosen ? `${chosen.kind}:${chosen.id}` : '';
  const picker = (
    <TextField select size="small" label={translate('attendance.place.pick')} value={value} sx={{ minWidth: 300, maxWidth: '100%' }}
      onChange={(e) => {
        const [kind, id] = e.target.value.split(':');
        setParams(kind === 'center' ? { center: id } : { event: id });
      }}
      slotProps={{ htmlInput: { 'data-testid': 'place-picker' } }}>
      {centers.length > 0 && events.length > 0 && <ListSubheader>{translate('attendance.place.center')}</ListSubheader>}
      {centers.map((c) => <MenuItem key={`c${c.id}`} value={`center:${c.id}`}>{c.name[l]}</MenuItem>)}
      {centers.length > 0 && events.length > 0 && <ListSubheader>{translate('attendance.place.event')}</ListSubheader>}
      {events.map((e) => <MenuItem key={`e${e.id}`} value={`event:${e.id}`}>{e.name[l]}</MenuItem>)}
    </TextField>
  );
  return { place, options, picker, name: chosen?.name };
}
