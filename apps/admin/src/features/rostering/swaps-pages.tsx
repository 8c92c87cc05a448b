import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardActions, CardContent, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { day, hm, type Shift } from './rostering-api';
import { dmy, type Lang } from './rostering-screens';
import { swapsApi, type PendingSwap, type SwapOfferForMe } from './swaps-api';

/** Coordinators decide their centers' swaps, organisers their events'; the hint names only what the reader has. */
const approvalsHint = (me: Me | undefined): string =>
  hasRole(me, 'admin') || (hasRole(me, 'coordinator') && hasRole(me, 'organizer'))
    ? 'rostering.approvals.hint'
    : hasRole(me, 'organizer') ? 'rostering.approvals.hintEvents' : 'rostering.approvals.hintCenters';

const when = (s: Shift): string => `${dmy(day(s.startsAt))} · ${hm(s.startsAt)}–${hm(s.endsAt)}`;

/**
 * The volunteer's "Swap offers": shifts colleagues offered to me by name or to everyone, with Take and the
 * reason when I may not take one; the ones I took that wait for the coordinator stay listed as waiting.
 */
export function SwapOffersPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [rows, setRows] = useState<SwapOfferForMe[] | null>(null);
  // The answer of the last Take per offer: accepted, waiting for approval, or the 409's sentence.
  const [results, setResults] = useState<Record<string, { severity: 'success' | 'info' | 'warning'; text: string }>>({});
  // An accepted offer leaves the list (the shift is now in My shifts): its card stays with the answer until the next visit.
  const [accepted, setAccepted] = useState<SwapOfferForMe[]>([]);
  const load = useCallback(() => swapsApi.offersForMe().then((r) => setRows(r.data)), []);
  useEffect(() => {
    void load();
  }, [load]);
  const take = async (o: SwapOfferForMe) => {
    try {
      const answer = await swapsApi.take(o.id);
      const done = answer.status === 'accepted';
      // An event's swaps are approved by its organiser, a center's by its coordinator.
      const waitingKey = o.shift.eventId ? 'rostering.swaps.waitingEvent' : 'rostering.swaps.waiting';
      if (done) setAccepted((list) => [...list, o]);
      setResults((r) => ({ ...r, [o.id]: { severity: done ? 'success' : 'info', text: translate(done ? 'rostering.swaps.accepted' : waitingKey) } }));
      notify(done ? 'rostering.swaps.accepted' : waitingKey, { type: done ? 'success' : 'info' });
    } catch (e) {
      setResults((r) => ({ ...r, [o.id]: { severity: 'warning', text: (e as Error).message } }));
    }
    await load();
  };
  const shown = [...(rows ?? []), ...accepted.filter((a) => !rows?.some((o) => o.id === a.id))];
  return (
    <Box sx={{ maxWidth: 640, mx: 'auto', p: 1 }}>
      <Title title="rostering.swaps.title" />
      <Typography variant="body2" sx={{ mb: 1 }}>{translate('rostering.swaps.hint')}</Typography>
      <Stack spacing={1} data-testid="swap-offers">
        {rows?.length === 0 && !accepted.length && <Typography data-testid="swap-offers-empty">{translate('rostering.swaps.empty')}</Typography>}
        {shown.map((o) => {
          const result = results[o.id];
          const waiting = o.status === 'pending_approval';
          return (
            <Card key={o.id} variant="outlined" data-testid="swap-offer" data-swap-id={o.id} data-shift-id={o.shiftId}>
              <CardContent sx={{ pb: 1 }}>
                <Typography variant="subtitle1" component="h3">{o.shift.position.name[l]}</Typography>
                <Typography variant="body2">{o.shift.place[l]}</Typography>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>{when(o.shift)}</Typography>
                <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
                  <Chip size="small" label={translate(o.direct ? 'rostering.swaps.direct' : 'rostering.swaps.pool')} />
                  {o.needsApproval && !waiting && <Chip size="small" variant="outlined" label={translate(o.shift.eventId ? 'rostering.swaps.needsApprovalEvent' : 'rostering.swaps.needsApproval')} />}
                  {waiting && <Chip size="small" color="info" label={translate(o.shift.eventId ? 'rostering.swaps.waitingChipEvent' : 'rostering.swaps.waitingChip')} data-testid="swap-waiting" />}
                </Stack>
                {result && <Alert severity={result.severity} sx={{ mt: 1 }} data-testid="swap-result">{result.text}</Alert>}
                {!result && o.reason && <Alert severity="info" sx={{ mt: 1, py: 0 }} data-testid="swap-reason">{o.reason.message}</Alert>}
              </CardContent>
              {o.status === 'open' && rows?.some((r) => r.id === o.id) && (
                <CardActions>
                  <Button size="small" variant="contained" data-testid="swap-take" disabled={!o.eligible} onClick={() => void take(o)}>{translate('rostering.swaps.take')}</Button>
                </CardActions>
              )}
            </Card>
          );
        })}
      </Stack>
      <Button component={RouterLink} to="/my-shifts" size="small" sx={{ mt: 1 }}>{translate('rostering.swaps.toMyShifts')}</Button>
    </Box>
  );
}

/** The coordinator's "Swap approvals": swaps taken at my centers that wait for a decision, with Approve / Reject. */
export function SwapApprovalsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions<Me>();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [rows, setRows] = useState<PendingSwap[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const load = useCallback(() => swapsApi.pending().then((r) => setRows(r.data)), []);
  useEffect(() => {
    void load();
  }, [load]);
  const decide = async (s: PendingSwap, approve: boolean) => {
    setBusy(s.id);
    try {
      await swapsApi.decide(s.id, approve);
      notify(approve ? 'rostering.approvals.approved' : 'rostering.approvals.rejected', { type: 'success', messageArgs: { taker: s.takerName, giver: s.fromName } });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
      await load();
    }
  };
  return (
    <Box sx={{ p: 1 }}>
      <Title title="rostering.approvals.title" />
      <Typography variant="body2" sx={{ mb: 1 }}>{translate(approvalsHint(permissions))}</Typography>
      {rows?.length === 0 && <Alert severity="success" data-testid="approvals-empty">{translate('rostering.approvals.empty')}</Alert>}
      {!!rows?.length && (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="swap-approvals">
            <TableHead>
              <TableRow>
                <TableCell>{translate('rostering.approvals.shift')}</TableCell>
                <TableCell>{translate('rostering.approvals.place')}</TableCell>
                <TableCell>{translate('rostering.approvals.giver')}</TableCell>
                <TableCell>{translate('rostering.approvals.taker')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((s) => (
                <TableRow key={s.id} data-testid="swap-approval" data-swap-id={s.id} data-shift-id={s.shiftId}>
                  <TableCell>
                    <div>{s.shift.position.name[l]}</div>
                    <Typography variant="caption">{when(s.shift)}</Typography>
                  </TableCell>
                  <TableCell>{s.shift.place[l]}</TableCell>
                  <TableCell>{s.fromName}</TableCell>
                  <TableCell>{s.takerName}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" variant="contained" disabled={busy === s.id} onClick={() => void decide(s, true)} data-testid="swap-approve">{translate('rostering.approvals.approve')}</Button>
                    <Button size="small" color="error" disabled={busy === s.id} onClick={() => void decide(s, false)} sx={{ ml: 1 }} data-testid="swap-reject">{translate('rostering.approvals.reject')}</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Box>
  );
}
