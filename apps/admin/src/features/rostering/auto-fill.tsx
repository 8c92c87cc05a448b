import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead,
  TableRow, TextField, Typography,
} from '@mui/material';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import { formatBaku } from '../../time';
import { autoRosterApi, type RosterRun } from './auto-roster-api';
import { hm } from './rostering-api';

/** The engine's reasons are phrases to combine ("no available volunteer speaks …"); a table cell starts with a capital (İ in Azerbaijani). */
const asSentence = (text: string, locale: string): string => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

type Lang = 'az' | 'en' | 'ru';
/** 2026-12-21 → 21.12: the pending proposal names its dates, as it stays when another week is shown. */
const ddmm = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}`;
const LIMITS = [5, 10, 30, 60];

/** Proposed additions per shift id, for colouring the calendar while a preview is open. */
export type ProposalCounts = Record<string, number>;

export const proposalCounts = (run: RosterRun | null): ProposalCounts =>
  (run?.status === 'done' ? run.proposals : []).reduce<ProposalCounts>((m, p) => ({ ...m, [p.shiftId]: (m[p.shiftId] ?? 0) + 1 }), {});

const errorText = (e: unknown): string => {
  const err = e as { message?: string; body?: { errors?: Record<string, unknown> } };
  const fields = Object.values(err.body?.errors ?? {}).filter((v): v is string => typeof v === 'string');
  return [err.message, ...fields].filter(Boolean).join(' ');
};

/**
 * "Auto-fill" for a center's week or an event: starts a roster run, shows its progress (with Stop), then the
 * preview — proposed assignments and every gap with its reason — and applies it in one step.
 */
export function AutoFillButton(props: {
  centerId?: string;
  eventId?: string;
  defaultFrom: string;
  defaultTo: string;
  onPreview?: (counts: ProposalCounts) => void;
  onApplied?: () => void;
  /** Shown instead of the button while no run is open, e.g. when nothing ahead is left to fill (null = nothing). */
  unavailable?: ReactNode;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  // The run lives here, not in the dialog: a finished preview stays on the calendar when the dialog is closed.
  const [run, setRun] = useState<RosterRun | null>(null);
  const { onPreview, centerId, eventId } = props;
  useEffect(() => {
    onPreview?.(proposalCounts(run));
  }, [run, onPreview]);
  // A run still going for this place (the page was reloaded, or opened in another tab) is picked up again.
  useEffect(() => {
    if (!centerId && !eventId) return;
    let live = true;
    autoRosterApi.list({ centerId, eventId }).then(
      ({ data }) => {
        const going = data.find((r) => r.status === 'queued' || r.status === 'running');
        if (!live || !going) return;
        setRun((current) => current ?? going);
        setOpen(true);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [centerId, eventId]);
  const pending = !open && run?.status === 'done' && run.proposals.length > 0;
  // Stays mounted once a run exists, so applying the last free places does not close its own result.
  if (props.unavailable !== undefined && !open && !run) return <>{props.unavailable}</>;
  return (
    <>
      {pending ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="auto-fill-pending">
          <Typography variant="body2" sx={{ color: '#0d47a1', fontWeight: 600 }}>{translate('autoRoster.pending', { n: run.proposals.length, from: ddmm(run.from), to: ddmm(run.to) })}</Typography>
          <Button size="small" variant="contained" color="success" onClick={() => setOpen(true)} data-testid="auto-fill-review">{translate('autoRoster.review')}</Button>
          <Button size="small" onClick={() => setRun(null)} data-testid="auto-fill-discard">{translate('autoRoster.discard')}</Button>
        </Stack>
      ) : (
        <Button variant="contained" startIcon={<AutoFixHighIcon />} onClick={() => setOpen(true)} disabled={!props.centerId && !props.eventId} data-testid="auto-fill">
          {translate('autoRoster.button')}
        </Button>
      )}
      {open && (
        <AutoFillDialog
          {...props}
          run={run}
          setRun={setRun}
          onClose={() => {
            setOpen(false);
            // Only a preview waiting for "Apply" outlives the dialog.
            if (run?.status !== 'done') setRun(null);
          }}
          onShowCalendar={() => setOpen(false)}
        />
      )}
    </>
  );
}

type DialogProps = Omit<Parameters<typeof AutoFillButton>[0], 'onPreview'> & {
  run: RosterRun | null;
  setRun: (run: RosterRun | null) => void;
  onClose: () => void;
  onShowCalendar: () => void;
};

function AutoFillDialog({ centerId, eventId, defaultFrom, defaultTo, onApplied, run, setRun, onClose, onShowCalendar }: DialogProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const [limit, setLimit] = useState(10);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<number | null>(null);

  // Follow a run until it is no longer queued or running.
  useEffect(() => {
    if (!run || (run.status !== 'queued' && run.status !== 'running')) return;
    timer.current = window.setTimeout(() => {
      autoRosterApi.get(run.id).then(setRun, (e) => setError(errorText(e)));
    }, 1000);
    return () => {
      if (timer.current) window.clearTimeout(timer.current);
    };
  }, [run, setRun]);

  const act = async (work: () => Promise<RosterRun>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      setRun(next);
      if (next.status === 'applied') onApplied?.();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const active = run?.status === 'queued' || run?.status === 'running';
  const s = run?.summary;
  const when = (startsAt: string, endsAt: string) => `${formatBaku(startsAt, l, false)} · ${hm(startsAt)}–${hm(endsAt)}`;

  return (
    <Dialog open onClose={active ? undefined : onClose} fullWidth maxWidth="md" data-testid="auto-fill-dialog">
      <DialogTitle>{translate('autoRoster.title')}</DialogTitle>
      <DialogContent>
        {!run && (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">{translate('autoRoster.intro')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField type="date" label={translate('autoRoster.from')} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} name="from" />
              <TextField type="date" label={translate('autoRoster.to')} value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} name="to" />
              <TextField select label={translate('autoRoster.timeLimit')} value={limit} onChange={(e) => setLimit(Number(e.target.value))} sx={{ minWidth: 160 }}>
                {LIMITS.map((n) => <MenuItem key={n} value={n}>{translate('autoRoster.seconds', { n })}</MenuItem>)}
              </TextField>
            </Stack>
          </Stack>
        )}
        {error && <Alert severity="error" sx={{ mt: 2 }} data-testid="auto-fill-error">{error}</Alert>}
        {active && (
          <Box sx={{ py: 2 }} data-testid="auto-fill-progress">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {run.status === 'queued' ? translate('autoRoster.queued') : translate('autoRoster.running', { progress: run.progress })}
            </Typography>
            <LinearProgress variant={run.status === 'queued' ? 'indeterminate' : 'determinate'} value={run.progress} />
          </Box>
        )}
        {run?.status === 'failed' && <Alert severity="error">{translate('autoRoster.failed', { error: run.error ?? '' })}</Alert>}
        {run?.status === 'cancelled' && <Alert severity="info">{translate('autoRoster.cancelled')}</Alert>}
        {run?.status === 'applied' && run.applied && (
          <Stack spacing={1} sx={{ mt: 1 }}>
            <Alert severity={run.applied.assigned ? 'success' : 'warning'} data-testid="auto-fill-applied">
              {run.applied.assigned ? translate('autoRoster.applied', { assigned: run.applied.assigned }) : translate('autoRoster.appliedNone')}
            </Alert>
            {run.applied.skipped.length > 0 && (
              <>
                <Typography variant="subtitle2">{translate('autoRoster.skipped')}</Typography>
                <Table size="small">
                  <TableBody>
                    {run.applied.skipped.map((x) => (
                      <TableRow key={`${x.shiftId}-${x.volunteerId}`}>
                        <TableCell>{when(x.startsAt, x.endsAt)}</TableCell>
                        <TableCell>{x.position.name[l]}</TableCell>
                        <TableCell>{x.fullName}</TableCell>
                        <TableCell>{x.reason}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </Stack>
        )}
        {run?.status === 'done' && s && s.shifts === 0 && (
          <Alert severity="info" sx={{ mt: 1 }} data-testid="auto-fill-no-shifts">{translate('autoRoster.noShifts')}</Alert>
        )}
        {run?.status === 'done' && s && s.shifts > 0 && (
          <Stack spacing={2} sx={{ mt: 1 }} data-testid="auto-fill-preview">
            <Alert severity={s.unfilledSlots ? 'warning' : 'success'}>
              {translate('autoRoster.summary', { shifts: s.shifts, slots: s.slots, filledBefore: s.filledBefore, proposed: s.proposed, unfilled: s.unfilledSlots })}
            </Alert>
            {run.proposals.length > 0 && <Typography variant="caption">{translate('autoRoster.previewHint')}</Typography>}
            <Box>
              <Typography variant="subtitle2">{translate('autoRoster.proposals')}</Typography>
              {run.proposals.length === 0 ? (
                <Typography variant="body2">{translate('autoRoster.noProposals')}</Typography>
              ) : (
                // A long list scrolls in its box: keyboard users reach it with Tab and scroll it with the arrows (WCAG 2.1.1).
                <Box tabIndex={0} role="region" aria-label={translate('autoRoster.proposals')} sx={{ maxHeight: 260, overflow: 'auto' }}>
                  <Table size="small" stickyHeader data-testid="auto-fill-proposals">
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('autoRoster.date')}</TableCell>
                        <TableCell>{translate('autoRoster.position')}</TableCell>
                        <TableCell>{translate('autoRoster.volunteer')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {run.proposals.map((p) => (
                        <TableRow key={`${p.shiftId}-${p.volunteerId}`}>
                          <TableCell>{when(p.startsAt, p.endsAt)}</TableCell>
                          <TableCell>{p.position.name[l]}</TableCell>
                          <TableCell>{p.fullName}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </Box>
            <Box>
              <Typography variant="subtitle2">{translate('autoRoster.unfilled')}</Typography>
              {run.unfilled.length === 0 ? (
                <Typography variant="body2">{translate('autoRoster.allFilled')}</Typography>
              ) : (
                <Box tabIndex={0} role="region" aria-label={translate('autoRoster.unfilled')} sx={{ maxHeight: 260, overflow: 'auto' }}>
                  <Table size="small" stickyHeader data-testid="auto-fill-unfilled">
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('autoRoster.date')}</TableCell>
                        <TableCell>{translate('autoRoster.position')}</TableCell>
                        <TableCell>{translate('autoRoster.missing')}</TableCell>
                        <TableCell>{translate('autoRoster.reasons')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {run.unfilled.map((u) => (
                        <TableRow key={u.shiftId}>
                          <TableCell>{when(u.startsAt, u.endsAt)}</TableCell>
                          <TableCell>{u.position.name[l]}</TableCell>
                          <TableCell>{u.missing}</TableCell>
                          <TableCell>{asSentence(u.reasons.map((r) => r.replace(/\.$/, '')).join('; '), l)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </Box>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {!run && (
          <Button variant="contained" disabled={busy} data-testid="auto-fill-start"
            onClick={() => act(() => autoRosterApi.start({ centerId, eventId, from, to, timeLimitSeconds: limit }))}>
            {translate('autoRoster.start')}
          </Button>
        )}
        {active && <Button onClick={() => act(() => autoRosterApi.cancel(run.id))} disabled={busy}>{translate('autoRoster.cancel')}</Button>}
        {run?.status === 'done' && run.proposals.length > 0 && (
          <Button onClick={onShowCalendar} data-testid="auto-fill-show-calendar">{translate('autoRoster.showCalendar')}</Button>
        )}
        {run?.status === 'done' && run.proposals.length > 0 && (
          <Button variant="contained" color="success" disabled={busy} onClick={() => act(() => autoRosterApi.apply(run.id))} data-testid="auto-fill-apply">
            {translate('autoRoster.apply')}
          </Button>
        )}
        {!active && <Button onClick={onClose}>{translate('autoRoster.close')}</Button>}
      </DialogActions>
    </Dialog>
  );
}
