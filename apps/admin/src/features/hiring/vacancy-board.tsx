import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import {
  Autocomplete, Box, Button, Card, CardActions, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Divider, List, ListItem, ListItemText,
  Paper, Stack, TextField, Typography,
} from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  FINAL_STAGES, hiringApi, hoursOf, OPEN_STAGES, type Candidate, type CandidateDetail, type PoolRow, type Stage, type Vacancy,
} from './hiring-api';
import { bakuDmy } from '../../time';

/** "323,3 saat": a decimal comma in az and ru, as the reports write numbers (browsers' az data often gives a dot). */
function useNumber() {
  const [locale] = useLocaleState();
  const number = new Intl.NumberFormat(locale === 'en' ? 'en' : 'ru', { maximumFractionDigits: 1 });
  return (v: number) => number.format(v);
}
function useHours() {
  const translate = useTranslate();
  const num = useNumber();
  return (minutes: number) => { const h = hoursOf(minutes); return translate('hiring.hours', { smart_count: h, hours: num(h) }); };
}

// dd.mm.yyyy HH:mm in Baku time, the console's convention in every language (browsers lack az month names).
const dateTime = (iso: string, _locale?: string) => bakuDmy(iso);

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A stale move (409 STALE_MOVE) means someone else moved the card: reload instead of a raw error. */
function isStale(e: unknown): boolean {
  const body = (e as { body?: { code?: string } })?.body;
  return (e as { status?: number })?.status === 409 && body?.code === 'STALE_MOVE';
}

/** Posts filled: hiring another is refused by the API (POSTS_FILLED), so the board does not offer it and says why. */
interface Filled { filled: boolean; hired: number; posts: number }

function CandidateCard({ c, onMove, onOpen, posts }: { c: Candidate; onMove: (c: Candidate, to: Stage) => void; onOpen: (c: Candidate) => void; posts: Filled }) {
  const translate = useTranslate();
  const hours = useHours();
  const drag = (e: DragEvent) => e.dataTransfer.setData('text/candidate', c.id);
  return (
    <Card variant="outlined" sx={{ mb: 1 }} draggable={c.allowedMoves.length > 0} onDragStart={drag} data-testid={`candidate-${c.id}`} data-stage={c.stage}>
      <CardContent sx={{ pb: 0.5 }}>
        <Typography fontWeight={600} data-testid="candidate-name">{c.fullName}</Typography>
        <Typography variant="body2" color="text.secondary">
          {hours(c.approvedMinutes)}
          {c.languages.length ? ` · ${c.languages.map((l) => `${l.language.toUpperCase()} ${l.level}`).join(', ')}` : ''}
        </Typography>
        <Stack direction="row" spacing={0.5} mt={0.5} flexWrap="wrap" useFlexGap>
          <Chip size="small" variant="outlined" label={translate(`hiring.sources.${c.source}`)} />
          {c.notesCount > 0 && <Chip size="small" variant="outlined" label={translate('hiring.board.notes', { smart_count: c.notesCount })} />}
          {c.nextInterviewAt && <Chip size="small" color="info" variant="outlined" label={translate('hiring.board.nextInterview', { date: dateTime(c.nextInterviewAt) })} />}
          {c.stage === 'hired' && <Chip size="small" color="success" label={translate('hiring.board.hiredStaff')} data-testid="staff-account-created" />}
        </Stack>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 0.5 }}>
        <Button size="small" onClick={() => onOpen(c)}>{translate('hiring.board.open')}</Button>
        {c.allowedMoves.map((to) => (
          <Button key={to} size="small" variant={OPEN_STAGES.includes(to) || to === 'hired' ? 'contained' : 'text'} color={to === 'declined' || to === 'withdrawn' ? 'inherit' : 'primary'}
            onClick={() => onMove(c, to)} data-testid={`move-${to}`} disabled={to === 'hired' && posts.filled}>
            {translate(`hiring.moveTo.${to}`)}
          </Button>
        ))}
        {c.allowedMoves.includes('hired') && posts.filled && (
          <Typography variant="caption" color="text.secondary" display="block" width="100%" data-testid="posts-filled">
            {translate('hiring.board.postsFilled', { hired: posts.hired, posts: posts.posts })}
          </Typography>
        )}
      </CardActions>
    </Card>
  );
}

function Column({ stage, cards, all, onMove, onOpen, posts }: {
  stage: Stage | 'outcomes'; cards: Candidate[]; all: Candidate[]; onMove: (c: Candidate, to: Stage) => void; onOpen: (c: Candidate) => void; posts: Filled;
}) {
  const translate = useTranslate();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (stage === 'outcomes') return;
    const id = e.dataTransfer.getData('text/candidate');
    const c = all.find((x) => x.id === id);
    if (c && c.allowedMoves.includes(stage) && !(stage === 'hired' && posts.filled)) onMove(c, stage);
  };
  return (
    <Paper variant="outlined" sx={{ p: 1, minWidth: 240, flex: 1, bgcolor: over ? 'action.hover' : 'background.default' }}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop} data-testid={`column-${stage}`}>
      <Typography variant="subtitle2" gutterBottom>
        {stage === 'outcomes' ? translate('hiring.board.outcomes') : translate(`hiring.stages.${stage}`)} ({cards.length})
      </Typography>
      {cards.length === 0 && <Typography variant="body2" color="text.secondary">{translate('hiring.board.empty')}</Typography>}
      {cards.map((c) => (
        <Box key={c.id}>
          {stage === 'outcomes' && <Chip size="small" sx={{ mb: 0.5 }} color={c.stage === 'hired' ? 'success' : 'default'} label={translate(`hiring.stages.${c.stage}`)} />}
          <CandidateCard c={c} onMove={onMove} onOpen={onOpen} posts={posts} />
        </Box>
      ))}
    </Paper>
  );
}

function AddCandidateDialog({ vacancy, open, onClose, onAdded }: { vacancy: Vacancy; open: boolean; onClose: () => void; onAdded: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<PoolRow[]>([]);
  const [picked, setPicked] = useState<PoolRow | null>(null);
  const hours = useHours();
  const num = useNumber();
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!open) return;
    const t = setTimeout(() => hiringApi.pool(vacancy.id, q).then((r) => setOptions(r.data)).catch(() => setOptions([])), 250);
    return () => clearTimeout(t);
  }, [open, q, vacancy.id]);
  const add = async () => {
    if (!picked) return;
    try {
      await hiringApi.add(vacancy.id, picked.id, note);
      notify('hiring.add.added', { type: 'success' });
      setPicked(null);
      setNote('');
      onAdded();
      onClose();
    } catch (e) {
      notify(errorText(e), { type: 'error' });
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('hiring.add.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" mb={1}>{translate('hiring.add.hint')}</Typography>
        <Autocomplete options={options} value={picked} onChange={(_e, v) => setPicked(v)} onInputChange={(_e, v) => setQ(v)} filterOptions={(x) => x}
          getOptionLabel={(o) => o.fullName} noOptionsText={translate('hiring.add.none')} isOptionEqualToValue={(a, b) => a.id === b.id}
          renderOption={(props, o) => (
            <li {...props} key={o.id}>
              <Box>
                <Typography>{o.fullName}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {hours(o.approvedMinutes)} · {o.languages.map((l) => `${l.language.toUpperCase()} ${l.level}`).join(', ')}
                  {o.fit ? ` · ${translate('hiring.add.fit', { score: num(o.fit.score) })}` : ''}
                </Typography>
              </Box>
            </li>
          )}
          renderInput={(params) => <TextField {...params} label={translate('hiring.add.search')} inputProps={{ ...params.inputProps, 'data-testid': 'add-candidate-search' }} />} />
        <TextField label={translate('hiring.add.note')} value={note} onChange={(e) => setNote(e.target.value)} fullWidth multiline minRows={2} sx={{ mt: 2 }} inputProps={{ maxLength: 2000 }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!picked} onClick={add} data-testid="add-candidate-confirm">{translate('hiring.board.add')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function CandidateDialog({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [c, setC] = useState<CandidateDetail | null>(null);
  const [note, setNote] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [minutes, setMinutes] = useState(45);
  const [place, setPlace] = useState('');
  const load = useCallback(() => { if (id) hiringApi.candidate(id).then(setC).catch((e) => notify(errorText(e), { type: 'error' })); }, [id, notify]);
  useEffect(() => { setC(null); load(); }, [load]);
  if (!id) return null;
  const saveNote = async () => {
    try { await hiringApi.note(id, note); setNote(''); notify('hiring.candidate.noteSaved', { type: 'success' }); load(); onChanged(); } catch (e) { notify(errorText(e), { type: 'error' }); }
  };
  const schedule = async () => {
    try {
      // The input is Baku wall time; the API takes an instant with its offset.
      const start = new Date(`${startsAt}:00+04:00`);
      await hiringApi.interview(id, { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + minutes * 60_000).toISOString(), place });
      notify('hiring.candidate.scheduled', { type: 'success' });
      load();
      onChanged();
    } catch (e) { notify(errorText(e), { type: 'error' }); }
  };
  const canSchedule = c && (c.stage === 'contacted' || c.stage === 'interview');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{c?.fullName ?? '…'}</DialogTitle>
      <DialogContent>
        {c && (
          <Stack spacing={2}>
            <Typography color="text.secondary">
              {translate(`hiring.stages.${c.stage}`)} · {translate(`hiring.sources.${c.source}`)} · {translate('hiring.candidate.locale')}: {translate(`hiring.languages.${c.locale}`)}
            </Typography>
            <Box>
              <Typography variant="subtitle2">{translate('hiring.candidate.history')}</Typography>
              <List dense>
                {c.history.map((h, i) => (
                  <ListItem key={i} disableGutters>
                    <ListItemText primary={translate(`hiring.stages.${h.toStage}`)} secondary={`${dateTime(h.at, locale)}${h.reason ? ` — ${h.reason}` : ''}`} />
                  </ListItem>
                ))}
              </List>
            </Box>
            <Divider />
            <Box>
              <Typography variant="subtitle2">{translate('hiring.candidate.interviews')}</Typography>
              {c.interviews.length === 0 && <Typography variant="body2" color="text.secondary">{translate('hiring.candidate.none')}</Typography>}
              {c.interviews.map((i) => <Typography key={i.id} variant="body2">{dateTime(i.startsAt, locale)} — {i.place}</Typography>)}
              {canSchedule && (
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} mt={1}>
                  <TextField type="datetime-local" label={translate('hiring.candidate.startsAt')} value={startsAt} onChange={(e) => setStartsAt(e.target.value)} InputLabelProps={{ shrink: true }} inputProps={{ 'data-testid': 'interview-start' }} />
                  <TextField type="number" label={translate('hiring.candidate.minutes')} value={minutes} onChange={(e) => setMinutes(Number(e.target.value) || 45)} sx={{ width: 140 }} />
                  <TextField label={translate('hiring.candidate.place')} value={place} onChange={(e) => setPlace(e.target.value)} sx={{ flex: 1 }} inputProps={{ maxLength: 300, 'data-testid': 'interview-place' }} />
                  <Button variant="contained" disabled={!startsAt || !place.trim()} onClick={schedule} data-testid="interview-schedule">{translate('hiring.candidate.schedule')}</Button>
                </Stack>
              )}
            </Box>
            <Divider />
            <Box>
              <Typography variant="subtitle2">{translate('hiring.candidate.notes')}</Typography>
              {c.notes.map((n) => (
                <Box key={n.id} mb={1}>
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>{n.body}</Typography>
                  <Typography variant="caption" color="text.secondary">{n.authorName}, {dateTime(n.createdAt, locale)}</Typography>
                </Box>
              ))}
              <Stack direction="row" spacing={1} mt={1}>
                <TextField value={note} onChange={(e) => setNote(e.target.value)} fullWidth multiline size="small" label={translate('hiring.candidate.addNote')} inputProps={{ maxLength: 2000, 'data-testid': 'note-input' }} />
                <Button variant="outlined" disabled={!note.trim()} onClick={saveNote} data-testid="note-save">{translate('ra.action.save')}</Button>
              </Stack>
            </Box>
          </Stack>
        )}
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{translate('ra.action.close')}</Button></DialogActions>
    </Dialog>
  );
}

/** The vacancy's kanban board: a column per open stage and one for the outcomes; cards move by button or drag. */
export function VacancyBoard() {
  const vacancy = useRecordContext<Vacancy>();
  const translate = useTranslate();
  const notify = useNotify();
  const [cards, setCards] = useState<Candidate[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const load = useCallback(() => {
    if (vacancy?.id) hiringApi.board(vacancy.id).then(setCards).catch((e) => notify(errorText(e), { type: 'error' }));
  }, [vacancy?.id, notify]);
  useEffect(load, [load]);
  if (!vacancy) return null;
  const move = async (c: Candidate, to: Stage) => {
    try {
      await hiringApi.move(c, to);
      notify('hiring.board.moved', { type: 'success', messageArgs: { stage: translate(`hiring.stages.${to}`) } });
    } catch (e) {
      notify(isStale(e) ? 'hiring.board.stale' : errorText(e), { type: isStale(e) ? 'warning' : 'error' });
    }
    load();
  };
  const by = (s: Stage) => (cards ?? []).filter((c) => c.stage === s);
  const hiredCount = by('hired').length;
  const posts: Filled = { filled: hiredCount >= vacancy.posts, hired: hiredCount, posts: vacancy.posts };
  return (
    <Box data-testid="vacancy-board">
      <Stack direction="row" alignItems="center" spacing={2} mb={1}>
        <Typography variant="h6" component="h2">{translate('hiring.board.title')}</Typography>
        <Button startIcon={<PersonAddIcon />} variant="contained" onClick={() => setAdding(true)} disabled={vacancy.status !== 'open'} data-testid="add-candidate">
          {translate('hiring.board.add')}
        </Button>
        <Typography variant="body2" color="text.secondary">{translate('hiring.board.dragHint')}</Typography>
      </Stack>
      <Stack direction="row" spacing={1} sx={{ overflowX: 'auto', pb: 1 }} alignItems="flex-start">
        {OPEN_STAGES.map((s) => <Column key={s} stage={s} cards={by(s)} all={cards ?? []} onMove={move} onOpen={(c) => setOpenId(c.id)} posts={posts} />)}
        <Column stage="outcomes" cards={(cards ?? []).filter((c) => FINAL_STAGES.includes(c.stage))} all={cards ?? []} onMove={move} onOpen={(c) => setOpenId(c.id)} posts={posts} />
      </Stack>
      <AddCandidateDialog vacancy={vacancy} open={adding} onClose={() => setAdding(false)} onAdded={load} />
      <CandidateDialog id={openId} onClose={() => setOpenId(null)} onChanged={load} />
    </Box>
  );
}
