import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import {
  Accordion, AccordionDetails, AccordionSummary, Alert, Button, Checkbox, FormControlLabel, Stack, TextField, Typography,
} from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { day, hm, type Person, type Shift } from './rostering-api';
import { fieldErrors } from './rostering-screens';
import { eventBlocksApi } from './event-blocks-api';

/** A Baku wall-clock date and time as the API's instant (+04:00; Baku has no daylight saving). */
const bakuIso = (date: string, time: string): string => `${date}T${time}:00+04:00`;

/**
 * One shift's edit, resize and cancel (coordinator's week view, organiser's role board). Fewer slots than
 * people assigned asks whom to remove, with a reason mailed to them; a cancel needs a reason, mailed to
 * everyone on the shift in their own language.
 */
export function ShiftEditPanel({ shift, onChanged }: { shift: Shift & { people: Person[]; cancelReason?: string | null }; onChanged: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const date = day(shift.startsAt);
  const [start, setStart] = useState(hm(shift.startsAt));
  const [end, setEnd] = useState(hm(shift.endsAt));
  const [slots, setSlots] = useState(String(shift.slots));
  const [removed, setRemoved] = useState<string[]>([]);
  const [removeReason, setRemoveReason] = useState('');
  const [cancelReason, setCancelReason] = useState('');
  const [cancelError, setCancelError] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const assigned = shift.people.filter((p) => p.status === 'assigned');
  const wanted = Number(slots);
  const needed = Number.isFinite(wanted) ? Math.max(0, assigned.length - wanted) : 0;
  if (shift.status === 'cancelled') {
    return <Alert severity="warning" data-testid="shift-cancelled">{translate('rostering.shiftEdit.isCancelled', { reason: shift.cancelReason ?? '' })}</Alert>;
  }
  const act = async (work: () => Promise<unknown>, ok: string) => {
    setErrors({});
    try {
      await work();
      notify(ok, { type: 'success' });
      setRemoved([]);
      onChanged();
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    }
  };
  const save = () => {
    // An end at or before the start is on the next day, as in the event's blocks.
    const endDate = end <= start ? new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : date;
    return act(() => eventBlocksApi.updateShift(shift.id, {
      startsAt: bakuIso(date, start), endsAt: bakuIso(endDate, end), slots: wanted,
      ...(removed.length ? { removeAssignmentIds: removed, ...(removeReason.trim() ? { removeReason: removeReason.trim() } : {}) } : {}),
    }), 'rostering.shiftEdit.saved');
  };
  const cancel = () => {
    if (!cancelReason.trim()) {
      setCancelError(true);
      return;
    }
    return act(() => eventBlocksApi.cancelShift(shift.id, cancelReason.trim()), 'rostering.shiftEdit.cancelled');
  };
  return (
    <Accordion variant="outlined" disableGutters sx={{ mt: 1 }} data-testid="shift-edit">
      <AccordionSummary expandIcon={<ExpandMoreIcon />}><Typography variant="subtitle2">{translate('rostering.shiftEdit.title')}</Typography></AccordionSummary>
      <AccordionDetails>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <TextField type="time" size="small" label={translate('rostering.shiftEdit.start')} value={start} onChange={(e) => setStart(e.target.value)}
            error={!!errors.startsAt} helperText={errors.startsAt} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'shift-edit-start' } }} />
          <TextField type="time" size="small" label={translate('rostering.shiftEdit.end')} value={end} onChange={(e) => setEnd(e.target.value)}
            error={!!errors.endsAt} helperText={errors.endsAt} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'shift-edit-end' } }} />
          <TextField type="number" size="small" label={translate('rostering.shiftEdit.slots')} value={slots} onChange={(e) => setSlots(e.target.value)} sx={{ width: 120 }}
            error={!!errors.slots} helperText={errors.slots} slotProps={{ htmlInput: { 'data-testid': 'shift-edit-slots', min: 1, max: 1000 } }} />
        </Stack>
        {needed > 0 && (
          <Stack sx={{ mb: 1 }} data-testid="shift-edit-remove">
            <Alert severity={removed.length >= needed ? 'info' : 'warning'} sx={{ mb: 1 }}>{translate('rostering.shiftEdit.chooseRemoved', { needed })}</Alert>
            {assigned.map((p) => (
              <FormControlLabel key={p.assignmentId} label={p.fullName} control={
                <Checkbox size="small" checked={removed.includes(p.assignmentId)}
                  onChange={() => setRemoved(removed.includes(p.assignmentId) ? removed.filter((x) => x !== p.assignmentId) : [...removed, p.assignmentId])} />
              } />
            ))}
            <TextField size="small" label={translate('rostering.shiftEdit.removeReason')} value={removeReason} onChange={(e) => setRemoveReason(e.target.value)}
              error={!!errors.removeAssignmentIds} helperText={errors.removeAssignmentIds} slotProps={{ htmlInput: { maxLength: 500 } }} />
          </Stack>
        )}
        <Button variant="outlined" onClick={() => void save()} disabled={needed > 0 && removed.length < needed} data-testid="shift-edit-save">{translate('rostering.shiftEdit.save')}</Button>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate('rostering.shiftEdit.cancelTitle')}</Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'flex-start', mt: 1 }}>
          <TextField size="small" label={translate('rostering.shiftEdit.cancelReason')} value={cancelReason} sx={{ flex: 1, minWidth: 240 }}
            onChange={(e) => (setCancelReason(e.target.value), setCancelError(false))}
            error={cancelError || !!errors.reason} helperText={cancelError ? translate('rostering.shiftEdit.reasonRequired') : errors.reason}
            slotProps={{ htmlInput: { 'data-testid': 'shift-cancel-reason', maxLength: 500 } }} />
          <Button color="error" variant="contained" onClick={() => void cancel()} data-testid="shift-cancel">{translate('rostering.shiftEdit.cancel')}</Button>
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
