import { useEffect, useState } from 'react';
import { usePermissions, useTranslate, type HttpError } from 'react-admin';
import { Alert, Button, Card, CardActions, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import PinIcon from '@mui/icons-material/Pin';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { attendanceApi } from './attendance-api';

const digits = (v: string) => v.replace(/\D/g, '').slice(0, 6);

/** The volunteer's 6-digit kiosk PIN: whether one is set, and set or change it (PUT /me/kiosk-pin). */
export function KioskPinCard() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  const volunteer = hasRole(permissions, 'volunteer');
  const [isSet, setIsSet] = useState<boolean | null>(null);
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // "Saved" is said in the card, not by a console-wide toast: a toast outlived the page and covered the next
  // one (the check-in result after the volunteer went on to scan).
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (volunteer) void attendanceApi.pinSet().then((r) => setIsSet(r.set), () => setIsSet(null));
  }, [volunteer]);
  if (!volunteer) return null;
  const mismatch = repeat.length === 6 && repeat !== pin;
  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await attendanceApi.setPin(pin);
      setIsSet(true);
      setPin('');
      setRepeat('');
      setSaved(true);
    } catch (e) {
      const body = (e as HttpError).body as { errors?: Record<string, string> } | undefined;
      setError(body?.errors?.pin ?? (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="kiosk-pin-card">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
          <PinIcon color="primary" />
          <Typography variant="subtitle1" component="h2" sx={{ flex: 1 }}>{translate('attendance.pin.title')}</Typography>
          {isSet !== null && (
            <Chip size="small" color={isSet ? 'success' : 'default'} data-testid="kiosk-pin-state" data-set={isSet}
              label={translate(isSet ? 'attendance.pin.isSet' : 'attendance.pin.notSet')} />
          )}
        </Stack>
        <Typography variant="body2" sx={{ mb: 1 }}>{translate('attendance.pin.hint')}</Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <TextField size="small" type="password" label={translate('attendance.pin.pin')} value={pin} onChange={(e) => (setPin(digits(e.target.value)), setError(null), setSaved(false))}
            error={!!error} helperText={error ?? translate('attendance.pin.rule')}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'new-password', 'data-testid': 'kiosk-pin-input' } }} />
          <TextField size="small" type="password" label={translate('attendance.pin.repeat')} value={repeat} onChange={(e) => setRepeat(digits(e.target.value))}
            error={mismatch} helperText={mismatch ? translate('attendance.pin.mismatch') : ' '}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'new-password', 'data-testid': 'kiosk-pin-repeat' } }} />
        </Stack>
        {saved && <Alert severity="success" role="status" data-testid="kiosk-pin-saved" sx={{ mt: 1 }}>{translate('attendance.pin.saved')}</Alert>}
      </CardContent>
      <CardActions>
        <Button variant="contained" size="small" disabled={busy || pin.length !== 6 || repeat !== pin} onClick={save} data-testid="kiosk-pin-save">
          {translate('attendance.pin.save')}
        </Button>
      </CardActions>
    </Card>
  );
}
