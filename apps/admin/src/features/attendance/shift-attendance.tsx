import { useCallback, useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Box, Button, ButtonGroup, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { attendanceApi, bakuHm, personName, type Mark, type PersonAttendance } from './attendance-api';

const COLOURS: Record<string, 'success' | 'warning' | 'error' | 'info' | 'default'> = {
  present: 'success', checked_in: 'success', checked_out: 'info', completed: 'info', late: 'warning', walk_in: 'warning', absent: 'error', no_show: 'error',
};

/** The state the API gives one person, under one name whatever field it uses. */
const stateOf = (p: PersonAttendance): string => p.state ?? (p.checkOutAt ? 'checked_out' : p.checkInAt ? (p.late ? 'late' : 'checked_in') : p.status === 'no_show' ? 'no_show' : 'none');

/**
 * A shift's people with their attendance (kiosk, QR or staff), and present / late / absent per person plus
 * "all present" (POST /shifts/{id}/attendance). Used in the day sheet's dialog and the role board's shift dialog.
 */
export function ShiftAttendance({ shiftId, onChanged }: { shiftId: string; onChanged?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [people, setPeople] = useState<PersonAttendance[] | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    try {
      setPeople(await attendanceApi.shiftAttendance(shiftId));
    } catch (e) {
      setPeople([]);
      notify((e as Error).message, { type: 'error' });
    }
  }, [shiftId, notify]);
  useEffect(() => {
    setPeople(null);
    void load();
  }, [load]);
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      notify('attendance.marking.marked', { type: 'success' });
      await load();
      onChanged?.();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const mark = (p: PersonAttendance, m: Mark) => act(() => attendanceApi.mark(shiftId, [{ assignmentId: p.assignmentId, mark: m }]));
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
          return (
            <Stack key={p.assignmentId} direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'center' } }}
              data-testid="attendance-person" data-assignment-id={p.assignmentId} data-state={state}>
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography variant="body2">{personName(p)}</Typography>
                <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
                  <Chip size="small" color={COLOURS[state] ?? 'default'} label={translate(`attendance.marking.states.${state}`, { _: state })} data-testid="attendance-state" />
                  {p.checkInAt && <Typography variant="caption">{translate('attendance.marking.since', { time: bakuHm(p.checkInAt) })}</Typography>}
                  {p.checkOutAt && <Typography variant="caption">{translate('attendance.marking.until', { time: bakuHm(p.checkOutAt) })}</Typography>}
                  {!!p.lateMinutes && <Typography variant="caption">{translate('attendance.late', { n: p.lateMinutes })}</Typography>}
                </Stack>
              </Box>
              <ButtonGroup size="small" disabled={busy}>
                <Button color="success" data-testid="mark-present" onClick={() => mark(p, 'present')}>{translate('attendance.marking.present')}</Button>
                <Button color="warning" data-testid="mark-late" onClick={() => mark(p, 'late')}>{translate('attendance.marking.late')}</Button>
                <Button color="error" data-testid="mark-absent" onClick={() => mark(p, 'absent')}>{translate('attendance.marking.absent')}</Button>
              </ButtonGroup>
            </Stack>
          );
        })}
      </Stack>
    </Box>
  );
}

/** A day-sheet row's "Attendance" button: the shift's marking in a dialog (hidden on paper). */
export function ShiftAttendanceButton({ shiftId, title }: { shiftId: string; title?: string }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<HowToRegIcon />} data-print="hide" data-testid="attendance-open" onClick={() => setOpen(true)}>
        {translate('attendance.marking.open')}
      </Button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} fullWidth maxWidth="sm">
          <DialogTitle>{title ?? translate('attendance.marking.title')}</DialogTitle>
          <DialogContent><ShiftAttendance shiftId={shiftId} /></DialogContent>
          <DialogActions><Button onClick={() => setOpen(false)}>{translate('attendance.marking.close')}</Button></DialogActions>
        </Dialog>
      )}
    </>
  );
}
