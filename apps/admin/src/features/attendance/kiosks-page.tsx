import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Title, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import TabletIcon from '@mui/icons-material/TabletMac';
import { logout } from '../../providers/http';
import { attendanceApi, bakuDateTime, type Kiosk } from './attendance-api';
import { kioskToken, rememberKioskToken } from './kiosk-device';
import { usePlace } from './place-picker';

/** The kiosks of a center or event: open one on this device (the token stays in this browser), revoke one. */
export function KiosksPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { place, picker } = usePlace();
  const [kiosks, setKiosks] = useState<Kiosk[] | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<Kiosk | null>(null);
  const [thisDevice, setThisDevice] = useState<string | null>(null);
  const key = place ? `${place.centerId ?? ''}:${place.eventId ?? ''}` : '';
  const load = useCallback(async () => {
    if (!place) return;
    try {
      setKiosks(await attendanceApi.kiosks(place));
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
    // the place's key stands for the place
  }, [key]);
  useEffect(() => {
    setKiosks(null);
    void load();
  }, [load]);
  useEffect(() => {
    // Which kiosk this browser is: only its id is known from the list, so remember it when opened here.
    setThisDevice(kioskToken() ? localStorage.getItem('dost.kioskId') : null);
  }, [kiosks]);
  const open = async () => {
    if (!place) return;
    setBusy(true);
    try {
      const created = await attendanceApi.openKiosk(place, name.trim() || translate('attendance.kiosks.defaultName'));
      rememberKioskToken(created.token);
      localStorage.setItem('dost.kioskId', created.id);
      // The tablet stays at the door: the coordinator's own session ends on it (the kiosk needs none).
      await logout();
      void navigate('/kiosk');
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (k: Kiosk) => {
    setRevoking(null);
    try {
      await attendanceApi.revokeKiosk(k.id);
      notify('attendance.kiosks.revokedDone', { type: 'success' });
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ p: 1, maxWidth: 960 }}>
      <Title title="attendance.kiosks.title" />
      <Stack direction="row" sx={{ mb: 2, gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {picker}
        <Button component={RouterLink} to={`/attendance/now?${place?.centerId ? `center=${place.centerId}` : place?.eventId ? `event=${place.eventId}` : ''}`}>
          {translate('attendance.menu.now')}
        </Button>
      </Stack>
      <Typography variant="body2" sx={{ mb: 2 }}>{translate('attendance.kiosks.intro')}</Typography>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'center' } }}>
          <TextField size="small" label={translate('attendance.kiosks.name')} placeholder={translate('attendance.kiosks.defaultName')} value={name}
            onChange={(e) => setName(e.target.value)} slotProps={{ htmlInput: { maxLength: 80, 'data-testid': 'kiosk-name' } }} sx={{ minWidth: 260 }} />
          <Button variant="contained" startIcon={<TabletIcon />} disabled={!place || busy} onClick={open} data-testid="kiosk-open">
            {translate('attendance.kiosks.open')}
          </Button>
        </Stack>
        <Typography variant="caption" color="text.secondary">{translate('attendance.kiosks.openHint')}</Typography>
        {kioskToken() && (
          <Box sx={{ mt: 1 }}>
            <Button component={RouterLink} to="/kiosk" size="small">{translate('attendance.kiosks.goToKiosk')}</Button>
          </Box>
        )}
      </Paper>
      {kiosks?.length === 0 && <Alert severity="info">{translate('attendance.kiosks.empty')}</Alert>}
      {!!kiosks?.length && (
        <Table size="small" data-testid="kiosks">
          <TableHead>
            <TableRow>
              <TableCell>{translate('attendance.kiosks.name')}</TableCell>
              <TableCell>{translate('attendance.kiosks.created')}</TableCell>
              <TableCell>{translate('attendance.kiosks.lastSeen')}</TableCell>
              <TableCell>{translate('attendance.kiosks.status')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {kiosks.map((k) => (
              <TableRow key={k.id} data-testid="kiosk-row" data-kiosk-id={k.id} data-revoked={!!k.revokedAt}>
                <TableCell>
                  {k.name}
                  {thisDevice === k.id && !k.revokedAt && <Chip size="small" sx={{ ml: 1 }} label={translate('attendance.kiosks.thisDevice')} />}
                </TableCell>
                <TableCell>{bakuDateTime(k.createdAt)}</TableCell>
                <TableCell>{k.lastSeenAt ? bakuDateTime(k.lastSeenAt) : translate('attendance.kiosks.never')}</TableCell>
                <TableCell>
                  {k.revokedAt
                    ? <Chip size="small" label={`${translate('attendance.kiosks.revoked')} ${bakuDateTime(k.revokedAt)}`} />
                    : <Chip size="small" color="success" label={translate('attendance.kiosks.active')} />}
                </TableCell>
                <TableCell align="right">
                  {!k.revokedAt && (
                    <Button size="small" color="error" data-testid="kiosk-revoke" onClick={() => setRevoking(k)}>{translate('attendance.kiosks.revoke')}</Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={!!revoking} onClose={() => setRevoking(null)}>
        <DialogTitle>{translate('attendance.kiosks.revokeTitle')}</DialogTitle>
        <DialogContent>
          <Typography>{translate('attendance.kiosks.revokeQuestion', { name: revoking?.name ?? '' })}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRevoking(null)}>{translate('attendance.kiosks.keep')}</Button>
          <Button color="error" variant="contained" data-testid="kiosk-revoke-confirm" onClick={() => revoking && void revoke(revoking)}>
            {translate('attendance.kiosks.revokeYes')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
