import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, MenuItem, Stack, Table, TableBody,
  TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { DmyDateField } from '../../layout/date-field';
import { rosterSetupApi, type EventSummary } from '../rostering/rostering-api';
import type { Lang } from '../rostering/rostering-screens';
import { deskApi, hm, INCIDENT_KINDS, INCIDENT_STATUSES, type DeskBoard, type DeskPerson, type DeskRole, type DeskShift, type Incident, type IncidentKind, type Standby } from './event-desk-api';

/** Short polling: the board is asked for every 10 s; the ETag makes an unchanged board a bodiless 304 (docs/event-desk.md). */
const POLL_MS = 10_000;
const STATE_COLOURS: Record<DeskPerson['state'], 'default' | 'success' | 'error' | 'warning' | 'info'> = {
  expected: 'default', checked_in: 'success', checked_out: 'info', completed: 'info', missing: 'error', no_show: 'warning', replaced: 'default',
};

/** The organiser's event-day desk (tablet first): who is on per role and hour, missing people, standby, announcements, incidents. */
export function EventDeskPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const [events, setEvents] = useState<EventSummary[]>([]);
  const eventId = params.get('event') ?? events[0]?.id ?? '';
  const date = params.get('date') ?? undefined;
  const [board, setBoard] = useState<DeskBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const last = useRef('');
  const [standbyFor, setStandbyFor] = useState<{ role: DeskRole; shift: DeskShift; person: DeskPerson } | null>(null);

  useEffect(() => {
    void rosterSetupApi.events().then((r) => setEvents([...r.data].sort((a, b) => b.startsAt.localeCompare(a.startsAt))));
  }, []);
  const load = useCallback(async () => {
    if (!eventId) return;
    try {
      const next = await deskApi.board(eventId, date);
      // Re-render only when something on the board changed (the server time alone does not count).
      const key = JSON.stringify({ ...next, serverTime: '' });
      if (key !== last.current || !board) {
        last.current = key;
        setBoard(next);
      }
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
    // board is read only to know whether anything is shown yet
  }, [eventId, date]);
  useEffect(() => {
    setBoard(null);
    last.current = '';
    void load();
    const t = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(t);
  }, [load]);

  const markMissing = async (shift: DeskShift, p: DeskPerson) => {
    try {
      const r = await deskApi.markMissing(shift.shiftId, p.assignmentId);
      if (!r.results[0]?.ok) notify(r.results[0]?.error?.message ?? 'ra.notification.http_error', { type: 'warning' });
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };

  return (
    <Box sx={{ p: 1 }} data-testid="event-desk">
      <Title title="eventDesk.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <TextField select size="small" label={translate('eventDesk.event')} value={eventId} onChange={(e) => setParams({ event: e.target.value })}
          sx={{ minWidth: 300, maxWidth: '100%' }} slotProps={{ htmlInput: { 'data-testid': 'desk-event' } }}>
          {events.map((e) => <MenuItem key={e.id} value={e.id}>{e.name[l]}</MenuItem>)}
        </TextField>
        <DmyDateField size="small" clearable label={translate('eventDesk.date')} value={board?.date ?? date ?? ''} testId="desk-date" sx={{ width: 180 }}
          onChange={(d) => setParams({ event: eventId, ...(d ? { date: d } : {}) })} />
        {board && (
          <>
            <Chip label={translate('eventDesk.totals.on', { n: board.totals.on })} />
            <Chip color="success" label={translate('eventDesk.totals.checkedIn', { n: board.totals.checkedIn })} data-testid="desk-checked-in" />
            <Chip color={board.totals.missing ? 'error' : 'default'} label={translate('eventDesk.totals.missing', { n: board.totals.missing })} data-testid="desk-missing" />
            <Typography variant="caption" color="text.secondary">{translate('eventDesk.updated', { time: hm(board.serverTime) })}</Typography>
          </>
        )}
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert>}
      {board && !board.roles.length && <Alert severity="info">{translate('eventDesk.noShifts')}</Alert>}
      {board && board.roles.length > 0 && (
        <Card variant="outlined" sx={{ mb: 2, overflowX: 'auto' }}>
          <Table size="small" data-testid="desk-grid">
            <TableHead>
              <TableRow>
                <TableCell>{translate('eventDesk.grid.role')}</TableCell>
                {board.hours.map((h) => <TableCell key={h} align="center">{String(h).padStart(2, '0')}:00</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {board.roles.map((r) => (
                <TableRow key={r.positionId}>
                  <TableCell>{r.name[l]}</TableCell>
                  {r.cells.map((c) => (
                    // A block with seats and nobody on it is a gap: 0/seats, red like a missing person. '–' only where the role has no block.
                    // The red is a pale one (#f9d6d5): the text on error.light was 4.06:1, below WCAG AA.
                    <TableCell key={c.hour} align="center" data-testid={`desk-cell-${r.positionId}-${c.hour}`}
                      sx={{ bgcolor: c.missing || (!c.on && c.slots) ? '#f9d6d5' : c.on && c.checkedIn === c.on ? 'success.light' : undefined }}>
                      {c.on ? `${c.checkedIn}/${c.on}` : c.slots ? `0/${c.slots}` : '–'}{c.missing ? ` · ${c.missing}!` : ''}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="caption" color="text.secondary" sx={{ p: 1, display: 'block' }}>{translate('eventDesk.grid.hint', { n: board.missingAfterMinutes })}</Typography>
        </Card>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 2, minWidth: 0 }}>
          {board?.roles.map((r) => (
            <Card key={r.positionId} variant="outlined" sx={{ mb: 1 }} data-testid="desk-role">
              <CardContent>
                <Typography variant="h6">{r.name[l]}</Typography>
                {r.shifts.map((s) => (
                  <Box key={s.shiftId} sx={{ mt: 1 }} data-testid="desk-shift">
                    <Typography variant="subtitle2">{hm(s.startsAt)}–{hm(s.endsAt)}{s.place ? ` · ${s.place}` : ''}</Typography>
                    {s.people.map((p) => (
                      <Stack key={p.assignmentId} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', py: 0.5, gap: 1 }} data-testid="desk-person" data-state={p.state}>
                        <Typography sx={{ minWidth: 180 }}>{p.fullName}</Typography>
                        <Chip size="small" color={STATE_COLOURS[p.state]} label={translate(`eventDesk.states.${p.state}`)} />
                        {p.replacedBy && <Typography variant="body2" color="text.secondary">{translate('eventDesk.replacedBy', { name: p.replacedBy })}</Typography>}
                        {p.replaces && <Typography variant="body2" color="text.secondary">{translate('eventDesk.replaces', { name: p.replaces })}</Typography>}
                        {p.phone && (p.state === 'missing' || p.state === 'no_show') && <a href={`tel:${p.phone}`}>{p.phone}</a>}
                        {p.state === 'missing' && <Button size="large" variant="outlined" color="warning" onClick={() => void markMissing(s, p)} data-testid="desk-mark-missing">{translate('eventDesk.markMissing')}</Button>}
                        {(p.state === 'missing' || p.state === 'no_show') && (
                          <Button size="large" variant="contained" onClick={() => setStandbyFor({ role: r, shift: s, person: p })} data-testid="desk-replace">{translate('eventDesk.replace')}</Button>
                        )}
                      </Stack>
                    ))}
                  </Box>
                ))}
              </CardContent>
            </Card>
          ))}
        </Box>
        <Box sx={{ flex: 1, minWidth: 300, width: '100%' }}>
          {board && <AnnounceCard eventId={eventId} roles={board.roles} />}
          {eventId && <IncidentsCard eventId={eventId} />}
        </Box>
      </Stack>
      {standbyFor && board && (
        <StandbyDialog eventId={eventId} target={standbyFor} missingAfter={board.missingAfterMinutes} serverTime={board.serverTime}
          onClose={() => setStandbyFor(null)} onDone={() => { setStandbyFor(null); void load(); }} />
      )}
    </Box>
  );
}

function StandbyDialog({ eventId, target, missingAfter, serverTime, onClose, onDone }: {
  eventId: string; target: { role: DeskRole; shift: DeskShift; person: DeskPerson }; missingAfter: number; serverTime: string; onClose: () => void; onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [people, setPeople] = useState<Standby[] | null>(null);
  const late = Math.max(missingAfter, Math.round((Date.parse(serverTime) - Date.parse(target.shift.startsAt)) / 60_000));
  const [reason, setReason] = useState(() => translate('eventDesk.standby.defaultReason', { time: hm(target.shift.startsAt), n: late }));
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void deskApi.standby(eventId, target.shift.shiftId).then((r) => setPeople(r.data), (e: Error) => notify(e.message, { type: 'error' }));
  }, [eventId, target.shift.shiftId]);
  const take = async (s: Standby) => {
    setBusy(true);
    try {
      await deskApi.replace(eventId, { assignmentId: target.person.assignmentId, volunteerId: s.volunteerId, reason });
      notify(translate('eventDesk.standby.done', { name: s.fullName }), { type: 'success' });
      onDone();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="desk-standby">
      <DialogTitle>{translate('eventDesk.standby.title', { role: target.role.name[locale as Lang], time: `${hm(target.shift.startsAt)}–${hm(target.shift.endsAt)}` })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('eventDesk.standby.intro')}</Typography>
        <TextField fullWidth multiline size="small" label={translate('eventDesk.standby.reason')} value={reason} onChange={(e) => setReason(e.target.value)} sx={{ my: 1 }} />
        {people?.length === 0 && <Alert severity="info">{translate('eventDesk.standby.empty')}</Alert>}
        <List dense>
          {people?.map((s) => (
            <ListItem key={s.volunteerId} data-testid="desk-standby-person" secondaryAction={
              <Button variant="contained" size="large" disabled={busy || !reason.trim()} onClick={() => void take(s)} data-testid="desk-standby-take">{translate('eventDesk.standby.take')}</Button>
            }>
              <ListItemText primary={s.fullName} secondary={[
                s.languages.map((x) => `${x.language.toUpperCase()} ${x.level}`).join(', '),
                translate('eventDesk.standby.fit', { n: s.languageFit }),
                s.reliabilityPercent == null ? translate('eventDesk.standby.reliabilityUnknown') : translate('eventDesk.standby.reliability', { n: s.reliabilityPercent }),
              ].filter(Boolean).join(' · ')} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{translate('eventDesk.standby.close')}</Button></DialogActions>
    </Dialog>
  );
}

function AnnounceCard({ eventId, roles }: { eventId: string; roles: DeskRole[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [to, setTo] = useState('event');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      const sent = await deskApi.announce(to === 'event' ? { kind: 'event', id: eventId } : { kind: 'position', id: to }, subject, body);
      notify(translate('eventDesk.announce.sent', { n: sent.recipientCount }), { type: 'success' });
      setSubject('');
      setBody('');
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="desk-announce">
      <CardContent>
        <Typography variant="h6">{translate('eventDesk.announce.title')}</Typography>
        <Stack spacing={1} sx={{ mt: 1 }}>
          <TextField select size="small" label={translate('eventDesk.announce.to')} value={to} onChange={(e) => setTo(e.target.value)}>
            <MenuItem value="event">{translate('eventDesk.announce.all')}</MenuItem>
            {roles.map((r) => <MenuItem key={r.positionId} value={r.positionId}>{translate('eventDesk.announce.role', { role: r.name[locale as Lang] })}</MenuItem>)}
          </TextField>
          <TextField size="small" label={translate('eventDesk.announce.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} />
          <TextField size="small" multiline minRows={3} label={translate('eventDesk.announce.body')} value={body} onChange={(e) => setBody(e.target.value)} />
          <Button variant="contained" disabled={busy || !subject.trim() || !body.trim()} onClick={() => void send()}>{translate('eventDesk.announce.send')}</Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

function IncidentsCard({ eventId }: { eventId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [rows, setRows] = useState<Incident[]>([]);
  const [kind, setKind] = useState<IncidentKind>('lost_item');
  const [reportedBy, setReportedBy] = useState('');
  const [handledBy, setHandledBy] = useState('');
  const [notes, setNotes] = useState('');
  const load = useCallback(() => deskApi.incidents(eventId).then((r) => setRows(r.data)), [eventId]);
  useEffect(() => {
    void load();
  }, [load]);
  const add = async () => {
    try {
      await deskApi.createIncident(eventId, { kind, reportedBy, handledBy: handledBy || undefined, notes: notes || undefined });
      setReportedBy('');
      setHandledBy('');
      setNotes('');
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const move = async (i: Incident, status: Incident['status']) => {
    await deskApi.updateIncident(eventId, i.id, { status });
    await load();
  };
  return (
    <Card variant="outlined" data-testid="desk-incidents">
      <CardContent>
        <Typography variant="h6">{translate('eventDesk.incidents.title')}</Typography>
        <Stack spacing={1} sx={{ mt: 1 }}>
          <TextField select size="small" label={translate('eventDesk.incidents.kind')} value={kind} onChange={(e) => setKind(e.target.value as IncidentKind)}>
            {INCIDENT_KINDS.map((k) => <MenuItem key={k} value={k}>{translate(`eventDesk.incidents.kinds.${k}`)}</MenuItem>)}
          </TextField>
          <TextField size="small" label={translate('eventDesk.incidents.reportedBy')} value={reportedBy} onChange={(e) => setReportedBy(e.target.value)} />
          <TextField size="small" label={translate('eventDesk.incidents.handledBy')} value={handledBy} onChange={(e) => setHandledBy(e.target.value)} />
          <TextField size="small" multiline label={translate('eventDesk.incidents.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} />
          <Button variant="outlined" disabled={!reportedBy.trim()} onClick={() => void add()}>{translate('eventDesk.incidents.add')}</Button>
        </Stack>
        {!rows.length && <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{translate('eventDesk.incidents.empty')}</Typography>}
        <List dense>
          {rows.map((i) => (
            <ListItem key={i.id} disableGutters data-testid="desk-incident">
              <ListItemText
                primary={`${hm(i.occurredAt)} · ${translate(`eventDesk.incidents.kinds.${i.kind}`)} · ${i.reportedBy}`}
                secondary={[i.handledBy ? `${translate('eventDesk.incidents.handledBy')}: ${i.handledBy}` : '', i.notes ?? ''].filter(Boolean).join(' · ')} />
              {/* The name goes on the combobox itself (on the TextField it sat on a <div>, where ARIA forbids it). */}
              <TextField select size="small" value={i.status} onChange={(e) => void move(i, e.target.value as Incident['status'])} sx={{ minWidth: 130 }}
                slotProps={{ select: { SelectDisplayProps: { 'aria-label': translate('eventDesk.incidents.status') } as never } }}>
                {INCIDENT_STATUSES.map((s) => <MenuItem key={s} value={s}>{translate(`eventDesk.incidents.statuses.${s}`)}</MenuItem>)}
              </TextField>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
