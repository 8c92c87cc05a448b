import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocaleState, useNotify, useTranslate, type HttpError } from 'react-admin';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { day, hm, isOver, rosteringApi, type Candidate, type Person, type Position, type Shift } from './rostering-api';
import { dmy, LANGUAGE_CODES, type Lang } from './rostering-screens';
import { ShiftAttendance } from '../attendance/shift-attendance';
import { ShiftEditPanel } from './shift-edit-panel';

const SHOWN = 40;

/**
 * One shift (or one of the shifts of a role-board cell): its people, and the ranked candidates, filtered
 * by a spoken language, to assign from. Used by the coordinator's week view and the organiser's role board;
 * `onChanged` after each assignment or removal lets the page behind refresh its card at once (not only on close).
 */
export function ShiftPeopleDialog({ shiftIds, initialLanguage, onClose, onChanged }: {
  shiftIds: string[]; initialLanguage?: string; onClose: () => void; onChanged?: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [shiftId, setShiftId] = useState(shiftIds[0]);
  const [shift, setShift] = useState<(Shift & { people: Person[] }) | null>(null);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [total, setTotal] = useState(0);
  const [language, setLanguage] = useState(initialLanguage ?? '');
  const [reason, setReason] = useState('');
  // Set when the API asked for a reason to override a soft rule: the field turns red and takes the focus.
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonInput = useRef<HTMLInputElement>(null);
  const load = useCallback(async () => {
    const current = await rosteringApi.shift(shiftId);
    setShift(current);
    // Nobody can be assigned to a shift that is over: its candidates are not worth listing.
    if (isOver(current)) {
      setTotal(0);
      setCandidates([]);
      return;
    }
    const all = (await rosteringApi.candidates(shiftId, language || undefined)).data;
    setTotal(all.length);
    setCandidates(all.slice(0, SHOWN));
  }, [shiftId, language]);
  useEffect(() => {
    setCandidates(null);
    void load();
  }, [load]);
  const act = async (work: () => Promise<unknown>, ok: string) => {
    try {
      await work();
      notify(ok, { type: 'success' });
      // A reason explains one override; the next one needs its own.
      setReason('');
      setReasonMissing(false);
      onChanged?.();
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      if ((e as HttpError).body?.code === 'OVERRIDE_REASON_REQUIRED') {
        setReasonMissing(true);
        reasonInput.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        reasonInput.current?.focus();
      }
    }
  };
  // The API sends the whole position (with its requirements) on a shift; the shared Shift type keeps only id and name.
  const needed = (shift?.position as Partial<Position> | undefined)?.requirements?.languages;
  const langName = (code: string) => translate(`rostering.langs.${code}`, { _: code });
  const over = !!shift && isOver(shift);
  const cancelled = shift?.status === 'cancelled';
  const hours = (minutes: number) => (Math.round(minutes / 6) / 10).toLocaleString(l === 'en' ? 'en' : l === 'ru' ? 'ru' : 'az');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle data-testid="shift-dialog-title">
        {shift && `${shift.position.name[l]} · ${dmy(day(shift.startsAt))} ${hm(shift.startsAt)}–${hm(shift.endsAt)} · ${shift.assignedCount}/${shift.slots}`}
      </DialogTitle>
      <DialogContent>
        {shiftIds.length > 1 && (
          <TextField select size="small" fullWidth sx={{ my: 1 }} label={translate('rostering.roleBoard.shift')} value={shiftId} onChange={(e) => setShiftId(e.target.value)}>
            {shiftIds.map((id, i) => <MenuItem key={id} value={id}>{translate('rostering.roleBoard.shiftN', { n: i + 1 })}</MenuItem>)}
          </TextField>
        )}
        {!!needed?.length && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('rostering.roleBoard.needs')}: {needed.map((x) => `${langName(x.language)} ≥ ${x.minLevel}`).join(', ')}
          </Typography>
        )}
        <Typography variant="subtitle2">{translate('rostering.week.people')}</Typography>
        {shift?.people.length === 0 && <Typography variant="body2">{translate('rostering.week.nobody')}</Typography>}
        <List dense data-testid="shift-people">
          {shift?.people.map((p) => (
            <ListItem key={p.assignmentId} data-testid="shift-person" secondaryAction={
              !over && (p.status === 'assigned' || p.status === 'waitlisted')
                ? <Button size="small" onClick={() => act(() => rosteringApi.unassign(p.assignmentId), 'rostering.roleBoard.removed')}>{translate('rostering.week.remove')}</Button>
                : null
            }>
              <ListItemText primary={p.fullName} secondary={translate(`rostering.myShifts.${p.status}`, { _: p.status })} />
            </ListItem>
          ))}
        </List>
        {!!shift?.people.length && Date.parse(shift.startsAt) - Date.now() < 2 * 3600_000 && <ShiftAttendance shiftId={shiftId} onChanged={() => void load()} />}
        {over && <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="shift-over">{translate('rostering.week.over')}</Typography>}
        {shift && !over && (
          <ShiftEditPanel key={`${shift.id}|${shift.slots}|${shift.startsAt}|${shift.endsAt}|${shift.status}|${shift.assignedCount}`} shift={shift}
            onChanged={() => { onChanged?.(); void load(); }} />
        )}
        {!over && !cancelled && <>
        <Typography variant="subtitle2">{translate('rostering.week.candidates')}</Typography>
        <Stack direction="row" sx={{ my: 1, gap: 1, flexWrap: 'wrap' }}>
          <TextField select size="small" label={translate('rostering.roleBoard.speaks')} value={language} onChange={(e) => setLanguage(e.target.value)} sx={{ minWidth: 180 }}
            slotProps={{ htmlInput: { 'data-testid': 'candidate-language' } }}>
            <MenuItem value="">{translate('rostering.roleBoard.anyLanguage')}</MenuItem>
            {LANGUAGE_CODES.map((c) => <MenuItem key={c} value={c}>{langName(c)}</MenuItem>)}
          </TextField>
          <TextField size="small" label={translate('rostering.week.reason')} value={reason} sx={{ flex: 1, minWidth: 200 }}
            onChange={(e) => (setReason(e.target.value), setReasonMissing(false))}
            error={reasonMissing} helperText={reasonMissing ? translate('rostering.week.reasonNeeded') : undefined}
            inputRef={reasonInput} slotProps={{ htmlInput: { 'data-testid': 'override-reason' } }} />
        </Stack>
        {total > SHOWN && <Typography variant="caption" color="text.secondary" data-testid="more-candidates">{translate('rostering.week.moreCandidates', { shown: SHOWN, total })}</Typography>}
        {candidates?.length === 0 && <Typography variant="body2">{translate('rostering.roleBoard.noCandidates')}</Typography>}
        <List dense data-testid="candidates">
          {candidates?.map((c) => (
            <ListItem key={c.volunteerId} data-testid="candidate" data-eligible={c.eligible} sx={{ gap: 1, alignItems: 'flex-start' }}>
              <ListItemText sx={{ flex: 1, minWidth: 0 }} primary={<span data-testid="candidate-name">{c.fullName}</span>}
                secondary={
                  <>
                    <span>{c.languages.map((x) => `${langName(x.language)} ${x.level}`).join(', ')}</span>
                    <span style={{ display: 'block' }} data-testid="candidate-home">
                      {c.homeCenterName ? translate('rostering.candidate.home', { name: c.homeCenterName[l] }) : translate('rostering.candidate.noHome')}
                      {' · '}
                      <span data-testid="candidate-week">{translate('rostering.candidate.week', { hours: hours(c.plannedMinutesThisWeek ?? 0) })}</span>
                    </span>
                    {c.reasons.length > 0 && <Alert component="span" severity={c.eligible ? 'warning' : 'info'} sx={{ py: 0, mt: 0.5, display: 'flex' }}>{c.reasons.map((r) => r.message).join(' ')}</Alert>}
                  </>
                } />
              <Button size="small" variant="outlined" disabled={!c.eligible} data-testid="candidate-assign" sx={{ flexShrink: 0, mt: 0.5 }}
                onClick={() => act(() => rosteringApi.assign(shiftId, c.volunteerId, reason || undefined), 'rostering.week.assigned')}>
                {translate('rostering.week.assign')}
              </Button>
            </ListItem>
          ))}
        </List>
        </>}
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{translate('rostering.week.close')}</Button></DialogActions>
    </Dialog>
  );
}
