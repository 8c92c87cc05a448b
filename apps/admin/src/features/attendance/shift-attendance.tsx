import { useCallback, useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Box, Button, ButtonGroup, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { attendanceApi, bakuHm, type Mark, type MarkAnswer, type PersonAttendance, type ShiftAttendanceAnswer } from './attendance-api';
import { NoShowCorrectionDialog } from './no-show-dialogs';

const COLOURS: Record<string, 'success' | 'warning' | 'error' | 'info' | 'default'> = {
  checked_in: 'success', checked_out: 'info', late: 'warning', no_show: 'error', none: 'default',
};

/** One person's attendance in one word: in, left, late (and in), no-show, or nothing recorded yet. */
export const stateOf = (p: PersonAttendance): string => {
  if (p.status === 'no_show') return 'no_show';
  const a = p.attendance;
  if (!a) return 'none';
  if (a.checkOutAt) return 'checked_out';
  return a.late ? 'late' : 'checked_in';
};

/** Baku "HH:MM" → the instant on the shift's day (the arrival time of a late mark). */
function atOnShiftDay(shiftStart: string, time: string): string {
  const day = new Date(Date.parse(shiftStart) + 4 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${day}T${time}:00+04:00`).toISOString();
}

/**
 * A shift's people with their attendance (kiosk, QR or staff), and present / late (with the arrival time) /
 * absent per person plus "all present" (POST /shifts/{id}/attendance). Refusals come back per person, in
 * the console's language. Used in the day sheet's dialog and the role board's shift dialog.
 */
export function ShiftAttendance({ shiftId, onChanged }: { shiftId: string; onChanged?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [answer, setAnswer] = useState<ShiftAttendanceAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  // The person being marked late: the arrival time is asked first.
  const [lateFor, setLateFor] = useState<{ assignmentId: string; time: string } | null>(null);
  // The person whose no-show is being corrected (reason and times asked in a dialog).
  const [correcting, setCorrecting] = useState<PersonAttendance | null>(null);
  const load = useCallback(async () => {
    try {
      setAnswer(await attendanceApi.shiftAttendance(shiftId));
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  }, [shiftId, notify]);
  useEffect(() => {
    setAnswer(null);
    void load();
  }, [load]);
  const act = async (work: () => Promise<MarkAnswer>) => {
    setBusy(true);
    try {
      const { results } = await work();
      const refused = results.filter((r) => !r.ok);
      if (refused.length) notify(refused.map((r) => r.error?.message ?? r.error?.code).join(' '), { type: 'warning' });
      else notify('attendance.marking.marked', { type: 'success' });
      setLateFor(null);
      await load();
      onChanged?.();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const mark = (p: PersonAttendance, m: Mark, at?: string) => act(() => attendanceApi.mark(shiftId, [{ assignmentId: p.assignmentId, mark: m, ...(at ? { at } : {}) }]));
  const askLate = (p: PersonAttendance) => {
    if (!answer) return;
    // Now, if the shift is under way; else a quarter of an hour after its start.
    const now = Date.now();
    const start = Date.parse(answer.shift.startsAt);
    const end = Date.parse(answer.shift.endsAt);
    const guess = now > start && now < end ? now : start + 15 * 60_000;
    setLateFor({ assignmentId: p.assignmentId, time: bakuHm(new Date(guess).toISOString()) });
  };
  const people = answer?.data;
  return (
    <Box data-testid="shift-attendance" data-shift-id={shiftId}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1, gap: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>{translate('attendance.marking.title')}</Typography>
        {!!people?.length && (
          <Button size="small" variant="outlined" startIcon={<DoneAllIcon />} disabled={busy} data-testid="attendance-all-present"
            onClick={() => act(() => attendanceApi.allPresent(shiftId))}>
            {translate('attendance.marking.allPresent')}
          </Button>
        )}
      </Stack>
      {people?.length === 0 && <Typography variant="body2">{translate('attendance.marking.nobody')}</Typography>}
      <Stack spacing={1}>
        {people?.map((p) => {
          const state = stateOf(p);
          const a = p.attendance;
          return (
            <Box key={p.assignmentId} data-testid="attendance-person" data-assignment-id={p.assignmentId} data-state={state}>
              <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'center' } }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="body2">{p.fullName}</Typography>
                  <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
                    <Chip size="small" color={COLOURS[state] ?? 'default'} label={translate(`attendance.marking.states.${state}`, { _: state })} data-testid="attendance-state" />
                    {a && <Typography variant="caption">{translate('attendance.marking.since', { time: bakuHm(a.checkInAt) })}</Typography>}
                    {a?.checkOutAt && <Typography variant="caption">{translate('attendance.marking.until', { time: bakuHm(a.checkOutAt) })}</Typography>}
                    {!!a?.lateMinutes && <Typography variant="caption">{translate('attendance.late', { n: a.lateMinutes })}</Typography>}
                    {a && <Typography variant="caption" color="text.secondary">{translate(`attendance.marking.methods.${a.checkInMethod}`, { _: a.checkInMethod })}</Typography>}
                  </Stack>
                </Box>
                {state === 'no_show' ? (
                  <Button size="small" variant="outlined" disabled={busy} data-testid="correct-no-show" onClick={() => setCorrecting(p)}>
                    {translate('attendance.correction.action')}
                  </Button>
                ) : (
                  <ButtonGroup size="small" disabled={busy}>
                    <Button color="success" data-testid="mark-present" onClick={() => mark(p, 'present')}>{translate('attendance.marking.present')}</Button>
                    <Button color="warning" data-testid="mark-late" onClick={() => askLate(p)}>{translate('attendance.marking.late')}</Button>
                    <Button color="error" data-testid="mark-absent" onClick={() => mark(p, 'absent')}>{translate('attendance.marking.absent')}</Button>
                  </ButtonGroup>
                )}
              </Stack>
              {lateFor?.assignmentId === p.assignmentId && answer && (
                <Stack direction="row" sx={{ gap: 1, mt: 1, alignItems: 'center' }}>
                  <TextField type="time" size="small" label={translate('attendance.marking.arrivedAt')} value={lateFor.time}
                    onChange={(e) => setLateFor({ ...lateFor, time: e.target.value })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'late-at' } }} />
                  <Button size="small" variant="contained" color="warning" disabled={busy || !lateFor.time} data-testid="late-confirm"
                    onClick={() => mark(p, 'late', atOnShiftDay(answer.shift.startsAt, lateFor.time))}>
                    {translate('attendance.marking.late')}
                  </Button>
                  <Button size="small" onClick={() => setLateFor(null)}>{translate('attendance.kiosk.back')}</Button>
                </Stack>
              )}
            </Box>
          );
        })}
      </Stack>
      {correcting && answer && (
        <NoShowCorrectionDialog assignmentId={correcting.assignmentId} fullName={correcting.fullName} shift={answer.shift}
          onClose={() => setCorrecting(null)}
          onDone={() => {
            setCorrecting(null);
            void load();
            onChanged?.();
          }} />
      )}
    </Box>
  );
}

/** A day-sheet row's "Attendance" button: the shift's marking in a dialog (hidden on paper). */
/** `onClosed`: the page behind may show statuses the dialog changed (marks, corrected no-shows), so it reloads them. */
export function ShiftAttendanceButton({ shiftId, title, onClosed }: { shiftId: string; title?: string; onClosed?: () => void }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    onClosed?.();
  };
  return (
    <>
      <Button size="small" startIcon={<HowToRegIcon />} data-print="hide" data-testid="attendance-open" onClick={() => setOpen(true)}>
        {translate('attendance.marking.open')}
      </Button>
      {open && (
        <Dialog open onClose={close} fullWidth maxWidth="sm">
          <DialogTitle>{title ?? translate('attendance.marking.title')}</DialogTitle>
          <DialogContent><ShiftAttendance shiftId={shiftId} /></DialogContent>
          <DialogActions><Button onClick={close}>{translate('attendance.marking.close')}</Button></DialogActions>
        </Dialog>
      )}
    </>
  );
}
