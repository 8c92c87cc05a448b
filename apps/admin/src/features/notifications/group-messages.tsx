import {
  Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField as MuiTextField, Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import {
  CreateButton, Datagrid, FunctionField, List, NumberField, TextField, TopToolbar, Title, useGetList, useLocaleState, useNotify,
  usePermissions, useRedirect, useTranslate,
} from 'react-admin';
import { hasRole } from '../../providers/auth-provider';
import { api, type Me } from '../../providers/http';
import { formatBaku } from '../../time';

type Kind = 'center' | 'event';
interface Preview {
  count: number;
  unsubscribed: number;
  firstNames: string[];
}
interface GroupMessage {
  id: string;
  senderName: string;
  segmentLabel: string;
  subject: string;
  recipientCount: number;
  deliveries: { queued: number; sent: number; failed: number; suppressed: number };
  createdAt: string;
}

/** History of group messages (admins all; coordinators and organizers those of their centers and events). */
export function GroupMessageList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Me>();
  // Admins open the message's deliveries in "Sent mail".
  const toDeliveries = (id: string | number) => `/deliveries?filter=${encodeURIComponent(JSON.stringify({ groupMessageId: id }))}`;
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} exporter={false} title={translate('mail.messages.title')}
      actions={<TopToolbar><CreateButton label="mail.messages.new" /></TopToolbar>}>
      <Datagrid bulkActionButtons={false} rowClick={hasRole(permissions, 'admin') ? toDeliveries : false}>
        <FunctionField source="createdAt" render={(r: GroupMessage) => formatBaku(r.createdAt, locale)} />
        <TextField source="subject" />
        <TextField source="segmentLabel" sortable={false} />
        <TextField source="senderName" sortable={false} />
        <NumberField source="recipientCount" />
        <FunctionField source="deliveries" sortable={false} render={(r: GroupMessage) =>
          `${r.deliveries.sent} / ${r.recipientCount}${r.deliveries.suppressed ? ` (−${r.deliveries.suppressed})` : ''}${r.deliveries.failed ? ` ⚠ ${r.deliveries.failed}` : ''}`} />
      </Datagrid>
    </List>
  );
}

/** Centers or events the caller may write to (the API scopes the lists). */
function usePlaces(kind: Kind) {
  const { data = [] } = useGetList(kind === 'center' ? 'centers' : 'events', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  return data as { id: string; name: Record<string, string> }[];
}

/** Write to a segment: pick it, see the live recipient count, confirm, send. */
export function GroupMessageCreate() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const redirect = useRedirect();
  const { permissions } = usePermissions<Me>();
  const kinds: Kind[] = hasRole(permissions, 'admin') ? ['center', 'event'] : [
    ...(hasRole(permissions, 'coordinator') ? (['center'] as const) : []),
    ...(hasRole(permissions, 'organizer') ? (['event'] as const) : []),
  ];
  const [kind, setKind] = useState<Kind>('center');
  const [placeId, setPlaceId] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const places = usePlaces(kind);

  useEffect(() => {
    if (kinds.length && !kinds.includes(kind)) setKind(kinds[0]);
  }, [kinds, kind]);

  useEffect(() => {
    setPreview(null);
    if (!placeId) return;
    let stale = false;
    api<Preview>('/messages/preview', { method: 'POST', body: { segment: { kind, id: placeId } } })
      .then((p) => !stale && setPreview(p))
      .catch((e: Error) => !stale && notify(e.message, { type: 'error' }));
    return () => {
      stale = true;
    };
  }, [kind, placeId, notify]);

  const send = async () => {
    setBusy(true);
    try {
      const sent = await api<GroupMessage>('/messages', { method: 'POST', body: { segment: { kind, id: placeId }, subject, body } });
      notify('mail.messages.sent', { type: 'success', messageArgs: { smart_count: sent.recipientCount } });
      redirect('list', 'messages');
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      setErrors(body?.errors ?? {});
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const canSend = !!placeId && !!subject.trim() && !!body.trim() && !!preview && preview.count > 0;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 760 }}>
      <Title title={translate('mail.messages.new')} />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h6">{translate('mail.messages.new')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <MuiTextField select label={translate('mail.messages.segment')} value={kind} sx={{ minWidth: 240 }}
                onChange={(e) => { setKind(e.target.value as Kind); setPlaceId(''); }} name="kind">
                {kinds.map((k) => <MenuItem key={k} value={k}>{translate(`mail.messages.kinds.${k}`)}</MenuItem>)}
              </MuiTextField>
              <MuiTextField select fullWidth label={translate(`mail.messages.${kind}`)} value={placeId} onChange={(e) => setPlaceId(e.target.value)} name="place"
                error={!!errors.segment} helperText={errors.segment}>
                {places.map((p) => <MenuItem key={p.id} value={p.id}>{p.name[locale] ?? p.name.az}</MenuItem>)}
              </MuiTextField>
            </Stack>
            {preview && (
              <Alert severity={preview.count ? 'info' : 'warning'} data-testid="recipient-count">
                {preview.count ? (
                  <>
                    <strong>{translate('mail.messages.recipients', { smart_count: preview.count })}</strong>
                    {preview.firstNames.length > 0 && `: ${preview.firstNames.join(', ')}${preview.count > preview.firstNames.length ? '…' : ''}`}
                    {preview.unsubscribed > 0 && ` — ${translate('mail.messages.unsubscribed', { count: preview.unsubscribed })}`}
                  </>
                ) : translate('mail.messages.noRecipients')}
              </Alert>
            )}
            <MuiTextField label={translate('mail.messages.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} name="subject"
              slotProps={{ htmlInput: { maxLength: 150 } }} error={!!errors.subject} helperText={errors.subject} required />
            <MuiTextField label={translate('mail.messages.body')} value={body} onChange={(e) => setBody(e.target.value)} name="body"
              multiline minRows={6} slotProps={{ htmlInput: { maxLength: 5000 } }} error={!!errors.body} helperText={errors.body} required />
            <Box>
              <Button variant="contained" disabled={!canSend || busy} onClick={() => setConfirming(true)}>{translate('mail.messages.send')}</Button>
            </Box>
          </Stack>
        </CardContent>
      </Card>
      <Dialog open={confirming} onClose={() => setConfirming(false)}>
        <DialogTitle>{translate('mail.messages.confirmTitle')}</DialogTitle>
        <DialogContent>{translate('mail.messages.confirmText', { subject, smart_count: preview?.count ?? 0 })}</DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={send} disabled={busy}>{translate('mail.messages.send')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
