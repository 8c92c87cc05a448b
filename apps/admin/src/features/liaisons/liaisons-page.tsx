import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Chip, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import { formatBaku } from '../../time';
import { autoRosterApi, type RosterRun } from '../rostering/auto-roster-api';
import { day, hm, rosterSetupApi, type EventSummary } from '../rostering/rostering-api';
import { dmy, type Lang } from '../rostering/rostering-screens';
import { ShiftPeopleDialog } from '../rostering/shift-people-dialog';
import { liaisonsApi, type LiaisonGroup, type LiaisonsOverview, type MyDelegation, type ProgrammeItem } from './liaisons-api';

const when = (startsAt: string, endsAt: string, l: Lang) => `${formatBaku(startsAt, l, false)} · ${hm(startsAt)}–${hm(endsAt)}`;

function Programme({ items, l }: { items: ProgrammeItem[]; l: Lang }) {
  if (!items.length) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {items.map((i, k) => (
        <li key={k}><Typography variant="body2">{when(i.startsAt, i.endsAt, l)} — {i.title}{i.place ? ` (${i.place})` : ''}</Typography></li>
      ))}
    </Box>
  );
}

/**
 * The organiser's "Əlaqələndiricilər" page (docs/liaisons.md): delegations with their language need, "Match by
 * language" with progress (a roster run restricted to the liaison duties), the result per delegation with the reason
 * for each empty place, Apply, and changes by hand through the shift's people dialog.
 */
export function LiaisonsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const [events, setEvents] = useState<EventSummary[]>([]);
  const eventId = params.get('event') ?? events[0]?.id ?? '';
  const [data, setData] = useState<LiaisonsOverview | null>(null);
  const [run, setRun] = useState<RosterRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ shiftId: string; language?: string } | null>(null);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    void rosterSetupApi.events().then((r) => setEvents([...r.data].sort((a, b) => b.startsAt.localeCompare(a.startsAt))));
  }, []);
  const load = useCallback(async () => {
    if (!eventId) return;
    const next = await liaisonsApi.overview(eventId);
    setData(next);
    const latest = next.run;
    if (latest && (latest.status === 'queued' || latest.status === 'running' || latest.status === 'done')) {
      setRun((current) => (current?.id === latest.id ? current : ({ id: latest.id, status: latest.status, progress: latest.progress } as RosterRun)));
    } else setRun(null);
  }, [eventId]);
  useEffect(() => {
    setData(null);
    setRun(null);
    load().catch((e: Error) => setError(e.message));
  }, [load]);
  // Follow a run until it is done, then show its proposals per delegation.
  useEffect(() => {
    if (!run || (run.status !== 'queued' && run.status !== 'running')) return;
    timer.current = window.setTimeout(() => {
      autoRosterApi.get(run.id).then(
        (next) => {
          setRun(next);
          if (next.status !== 'queued' && next.status !== 'running') void load();
        },
        (e: Error) => setError(e.message),
      );
    }, 1000);
    return () => {
      if (timer.current) window.clearTimeout(timer.current);
    };
  }, [run, load]);

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setError(null);
    setMessage(null);
    try {
      await work();
      if (done) setMessage(done);
      await load();
    } catch (e) {
      const err = e as { message?: string; body?: { detail?: string } };
      setError(err.body?.detail ?? err.message ?? translate('liaisons.failed'));
    }
  };
  const match = () => act(async () => setRun(await liaisonsApi.match(eventId, 5)));
  const apply = () => run && act(() => liaisonsApi.apply(eventId, run.id), translate('liaisons.applied'));
  const active = run?.status === 'queued' || run?.status === 'running';
  const proposedCount = (data?.groups ?? []).reduce((n, g) => n + g.duties.reduce((m, d) => m + d.proposed.length, 0), 0);

  return (
    <Box sx={{ p: 1 }}>
      <Title title="liaisons.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <TextField select size="small" label={translate('liaisons.event')} value={events.length ? eventId : ''} onChange={(e) => setParams({ event: e.target.value })}
          sx={{ minWidth: 320, maxWidth: '100%' }} slotProps={{ htmlInput: { 'data-testid': 'liaisons-event' } }}>
          {events.map((e) => <MenuItem key={e.id} value={e.id}>{e.name[l]} · {dmy(day(e.startsAt))}</MenuItem>)}
        </TextField>
        <Button variant="contained" startIcon={<TranslateIcon />} onClick={() => void match()} disabled={!eventId || active || !data?.groups.length} data-testid="liaisons-match">
          {translate('liaisons.match')}
        </Button>
      </Stack>
      <Typography variant="body2" sx={{ mb: 1, color: 'text.secondary', maxWidth: 900 }}>{translate('liaisons.intro')}</Typography>
      {active && (
        <Box sx={{ mb: 1, maxWidth: 600 }} data-testid="liaisons-progress">
          <Typography variant="body2">{run.status === 'queued' ? translate('liaisons.queued') : translate('liaisons.matching', { progress: run.progress })}</Typography>
          <LinearProgress variant="determinate" value={run.progress} />
        </Box>
      )}
      {run?.status === 'done' && (
        <Alert severity="info" sx={{ mb: 1 }} action={<Button color="inherit" onClick={() => void apply()} data-testid="liaisons-apply">{translate('liaisons.apply')}</Button>}>
          {translate('liaisons.review', { n: proposedCount })}
        </Alert>
      )}
      {message && <Alert severity="success" sx={{ mb: 1 }} data-testid="liaisons-message">{message}</Alert>}
      {error && <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert>}
      {data && !data.groups.length && <Alert severity="info">{translate('liaisons.empty')}</Alert>}
      <Stack spacing={1.5}>
        {data?.groups.map((g) => <GroupCard key={g.id} group={g} l={l} onEdit={(shiftId) => setEditing({ shiftId, language: g.language ?? undefined })} />)}
      </Stack>
      {editing && (
        <ShiftPeopleDialog
          shiftIds={[editing.shiftId]}
          initialLanguage={editing.language}
          onClose={() => setEditing(null)}
          // A hand edit: the new liaison gets the programme mail (those who had it get none).
          onChanged={() => void act(() => liaisonsApi.notify(eventId))}
        />
      )}
    </Box>
  );
}

function GroupCard({ group: g, l, onEdit }: { group: LiaisonGroup; l: Lang; onEdit: (shiftId: string) => void }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="liaison-group">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="h6" component="h2">{g.name}</Typography>
          <Chip size="small" label={g.country} />
          {g.type === 'guest' && <Chip size="small" color="secondary" label={translate('liaisons.guest')} />}
          <Typography variant="body2">
            {g.languageName ? translate('liaisons.need', { language: g.languageName, level: g.minLevel, n: g.liaisonsNeeded }) : translate('liaisons.noLanguage')}
          </Typography>
          <Chip size="small" color={g.slots > 0 && g.filled >= g.slots ? 'success' : 'warning'} label={translate('liaisons.filled', { filled: g.filled, slots: g.slots })} />
        </Stack>
        {g.programme.length > 0 && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="subtitle2">{translate('liaisons.programme')}</Typography>
            <Programme items={g.programme} l={l} />
          </Box>
        )}
        {g.duties.length > 0 && (
          <Table size="small" sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('liaisons.duty')}</TableCell>
                <TableCell>{translate('liaisons.time')}</TableCell>
                <TableCell>{translate('liaisons.people')}</TableCell>
                <TableCell>{translate('liaisons.why')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {g.duties.map((d) => (
                <TableRow key={d.shiftId} data-testid="liaison-duty">
                  <TableCell>{d.positionName}{d.place ? <Typography variant="caption" component="div">{d.place}</Typography> : null}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(d.startsAt, d.endsAt, l)}</TableCell>
                  <TableCell>
                    {d.liaisons.map((p) => (
                      <div key={p.volunteerId}>{p.fullName}{p.phone ? <Typography variant="caption" sx={{ ml: 1 }}>{p.phone}</Typography> : null}</div>
                    ))}
                    {d.proposed.map((p) => (
                      <div key={p.volunteerId} style={{ color: '#0d47a1' }}>+ {p.fullName} <Typography variant="caption">({translate('liaisons.proposed')})</Typography></div>
                    ))}
                    {!d.liaisons.length && !d.proposed.length && <Typography variant="body2" sx={{ color: 'text.secondary' }}>—</Typography>}
                  </TableCell>
                  <TableCell data-testid="liaison-gap">
                    {d.gaps.map((r, k) => <Typography key={k} variant="body2" sx={{ color: 'warning.dark' }}>{r}</Typography>)}
                    {!d.gaps.length && d.liaisons.length < d.slots && !d.proposed.length && <Typography variant="body2" sx={{ color: 'text.secondary' }}>{translate('liaisons.notMatched')}</Typography>}
                  </TableCell>
                  <TableCell><Button size="small" onClick={() => onEdit(d.shiftId)}>{translate('liaisons.edit')}</Button></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** The volunteer's "Mənim nümayəndə heyətim": the delegations they are liaison of, with programme, duties and guests. */
export function MyDelegationPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [data, setData] = useState<MyDelegation[] | null>(null);
  useEffect(() => {
    void liaisonsApi.mine().then((r) => setData(r.data), () => setData([]));
  }, [locale]);
  return (
    <Box sx={{ p: 1, maxWidth: 960 }}>
      <Title title="liaisons.mineTitle" />
      {data && !data.length && <Alert severity="info">{translate('liaisons.mineEmpty')}</Alert>}
      <Stack spacing={1.5}>
        {data?.map((g) => (
          <Card key={g.id} variant="outlined" data-testid="my-delegation">
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
                <Typography variant="h6" component="h2">{g.name}</Typography>
                <Chip size="small" label={g.country} />
                <Typography variant="body2">{g.eventName}</Typography>
                {g.languageName && <Typography variant="body2">{translate('liaisons.language', { language: `${g.languageName} (${g.minLevel})` })}</Typography>}
              </Stack>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('liaisons.myDuties')}</Typography>
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {g.myDuties.map((d) => <li key={d.shiftId}><Typography variant="body2">{d.positionName}: {when(d.startsAt, d.endsAt, l)}{d.place ? `, ${d.place}` : ''}</Typography></li>)}
              </Box>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('liaisons.programme')}</Typography>
              <Programme items={g.programme} l={l} />
              <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('liaisons.colleagues')}</Typography>
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {g.liaisons.map((p) => (
                  <li key={p.volunteerId}><Typography variant="body2">{p.fullName}{p.isMe ? ` (${translate('liaisons.you')})` : ''}{p.phone ? ` · ${translate('liaisons.phone')}: ${p.phone}` : ''}</Typography></li>
                ))}
              </Box>
              {g.guests.length > 0 && (
                <>
                  <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('liaisons.guests')}</Typography>
                  <Table size="small">
                    <TableBody>
                      {g.guests.map((x, k) => (
                        <TableRow key={k}>
                          <TableCell>{x.fullName}{x.organisation ? <Typography variant="caption" component="div">{x.organisation}</Typography> : null}</TableCell>
                          <TableCell>{x.arrivalAt ? `${translate('liaisons.arrival')}: ${formatBaku(x.arrivalAt, l)}${x.arrivalPlace ? `, ${x.arrivalPlace}` : ''}` : ''}</TableCell>
                          <TableCell>{x.hotel ? `${translate('liaisons.hotel')}: ${x.hotel}` : ''}</TableCell>
                          <TableCell>{x.needs ? `${translate('liaisons.needs')}: ${x.needs}` : ''}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              )}
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}
