import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { attendanceApi, bakuHm } from './attendance-api';

/** Baku "HH:MM" → the instant on the Baku day of `dayOf` (an ISO instant). */
export function atBakuDay(dayOf: string, time: string): string {
  const day = new Date(Date.parse(dayOf) + 4 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${day}T${time}:00+04:00`).toISOString();
}

/** A reason field that is required: the error shows once the user tried to confirm without one. */
function ReasonField({ value, onChange, missing, label, needed }: { value: string; onChange: (v: string) => void; missing: boolean; label: string; needed: string }) {
  return (
    <TextField label={label} value={value} required fullWidth multiline minRows={2} autoFocus
      onChange={(e) => onChange(e.target.value)} error={missing} helperText={missing ? needed : undefined}
      slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'reason' } }} />
  );
}

/**
 * "Gəlməməni düzəlt": a wrong no-show becomes attended (POST /assignments/{id}/no-show-correction) with a
 * required reason and the arrival and leaving times — the shift's by default; a leaving time before the
 * arrival is on the next day (a night shift).
 */
export function NoShowCorrectionDialog({ assignmentId, fullName, shift, onClose, onDone }: {
  assignmentId: string;
  fullName: string;
  shift: { startsAt: string; endsAt: string };
  onClose: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [inTime, setInTime] = useState(bakuHm(shift.startsAt));
  const [outTime, setOutTime] = useState(bakuHm(shift.endsAt));
  const [busy, setBusy] = useState(false);
  const checkInAt = inTime ? atBakuDay(shift.startsAt, inTime) : '';
  let checkOutAt = outTime ? atBakuDay(shift.startsAt, outTime) : '';
  if (checkInAt && checkOutAt && Date.parse(checkOutAt) <= Date.parse(checkInAt)) checkOutAt = new Date(Date.parse(checkOutAt) + 86_400_000).toISOString();
  // More than a day from arrival to leaving: the times were typed wrong.
  const badTimes = !!checkInAt && !!checkOutAt && Date.parse(checkOutAt) - Date.parse(checkInAt) >= 86_400_000;
  const missing = tried && !reason.trim();
  const confirm = async () => {
    setTried(true);
    if (!reason.trim() || !checkInAt || !checkOutAt || badTimes) return;
    setBusy(true);
    try {
      await attendanceApi.correctNoShow(assignmentId, { reason: reason.trim(), checkInAt, checkOutAt });
      notify('attendance.correction.done', { type: 'success' });
      onDone();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" data-testid="no-show-correction">
      <DialogTitle>{translate('attendance.correction.title', { name: fullName })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>{translate('attendance.correction.intro')}</Typography>
        <Stack spacing={2}>
          <ReasonField value={reason} onChange={setReason} missing={missing} label={translate('attendance.correction.reason')} needed={translate('attendance.correction.reasonNeeded')} />
          <Stack direction="row" sx={{ gap: 2 }}>
            <TextField type="time" size="small" label={translate('attendance.correction.arrivedAt')} value={inTime} onChange={(e) => setInTime(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'correction-in' } }} sx={{ flex: 1 }} />
            <TextField type="time" size="small" label={translate('attendance.correction.leftAt')} value={outTime} onChange={(e) => setOutTime(e.target.value)}
              error={badTimes} helperText={badTimes ? translate('attendance.correction.badTimes') : undefined}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'correction-out' } }} sx={{ flex: 1 }} />
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('attendance.correction.cancel')}</Button>
        <Button variant="contained" disabled={busy} data-testid="correction-confirm" onClick={() => void confirm()}>{translate('attendance.correction.confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** "Bloku götür": self sign-up allowed again (POST /volunteers/{id}/no-show-block/clear) with a required reason. */
export function LiftBlockDialog({ volunteerId, fullName, onClose, onDone }: { volunteerId: string; fullName: string; onClose: () => void; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setTried(true);
    if (!reason.trim()) return;
    setBusy(true);
    try {
      await attendanceApi.clearBlock(volunteerId, reason.trim());
      notify('attendance.blocked.lifted', { type: 'success' });
      onDone();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" data-testid="lift-block">
      <DialogTitle>{translate('attendance.blocked.liftTitle', { name: fullName })}</DialogTitle>
      <DialogContent>
        <Stack sx={{ pt: 1 }}>
          <ReasonField value={reason} onChange={setReason} missing={tried && !reason.trim()} label={translate('attendance.blocked.reason')} needed={translate('attendance.blocked.reasonNeeded')} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('attendance.blocked.cancel')}</Button>
        <Button variant="contained" color="warning" disabled={busy} data-testid="lift-confirm" onClick={() => void confirm()}>{translate('attendance.blocked.lift')}</Button>
      </DialogActions>
    </Dialog>
  );
}
