import { useEffect, useMemo, useRef, useState } from 'react';
import { Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import {
  Alert, Autocomplete, Box, Button, Card, CardContent, Checkbox, Chip, FormControlLabel, LinearProgress, List, ListItem, ListItemButton, ListItemIcon, ListItemText, MenuItem,
  Radio, RadioGroup, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { certificatesApi, localized, wholeHours, type BatchOutcome, type CertificateProgress, type Candidate, type CertificateBatch, type CertificateType } from './certificates-api';

const POLL_MS = 1000;
type Translate = ReturnType<typeof useTranslate>;

/** A problem's words: its per-field messages (400: type not yours, nobody to issue to…) or its detail. */
function problemText(e: unknown): string {
  const fields = (e as { body?: { errors?: Record<string, unknown> } }).body?.errors;
  const messages = fields ? Object.values(fields).filter((v): v is string => typeof v === 'string') : [];
  return messages.length ? messages.join(' ') : (e as Error).message;
}

const reasonsInWords = (reasons: readonly string[], translate: Translate) => reasons.map((r) => translate(`certificates.reasons.${r}`, { _: r })).join('; ');

function OutcomeChip({ outcome }: { outcome: BatchOutcome }) {
  const translate = useTranslate();
  const color = outcome === 'issued' ? 'success' : outcome === 'alreadyHeld' ? 'info' : 'warning';
  return <Chip size="small" color={color} label={translate(`certificates.issue.outcomes.${outcome}`)} data-outcome={outcome} />;
}

/** The running batch: a determinate bar (done / total), a summary and one row per person. */
function BatchProgress({ batch, onAgain }: { batch: CertificateBatch; onAgain: () => void }) {
  const translate = useTranslate();
  const finished = batch.status === 'done' || batch.status === 'failed';
  const value = batch.total ? (batch.done / batch.total) * 100 : finished ? 100 : 0;
  const count = (o: BatchOutcome) => batch.results.filter((r) => r.outcome === o).length;
  const label =
    batch.status === 'queued' ? translate('certificates.issue.queued')
    : batch.status === 'running' ? translate('certificates.issue.running', { done: batch.done, total: batch.total })
    : translate('certificates.issue.done', { done: batch.done, total: batch.total });
  return (
    <Card variant="outlined" data-testid="certificate-batch" data-status={batch.status} data-done={batch.done} data-total={batch.total}>
      <CardContent>
        <Typography sx={{ fontWeight: 600 }} data-testid="batch-label" aria-live="polite">{label}</Typography>
        <LinearProgress variant="determinate" value={value} sx={{ height: 12, borderRadius: 6, my: 1 }} data-testid="batch-progress"
          aria-label={label} color={batch.status === 'failed' ? 'error' : finished ? 'success' : 'primary'} />
        <Typography variant="body2" color="text.secondary" data-testid="batch-summary">
          {translate('certificates.issue.summary', { issued: count('issued'), notEligible: count('notEligible'), alreadyHeld: count('alreadyHeld') })}
        </Typography>
        {batch.status === 'failed' && <Alert severity="error" sx={{ mt: 1 }} data-testid="batch-failed">{translate('certificates.issue.failed')}{batch.error ? ` (${batch.error})` : ''}</Alert>}
        {batch.results.length > 0 && (
          <Box sx={{ overflowX: 'auto', mt: 2 }}>
            <Table size="small" data-testid="batch-results">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('certificates.issue.person')}</TableCell>
                  <TableCell>{translate('certificates.issue.outcome')}</TableCell>
                  <TableCell>{translate('certificates.issue.details')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {batch.results.map((r) => (
                  <TableRow key={r.volunteerId} data-testid="batch-result" data-outcome={r.outcome}>
                    <TableCell>{r.fullName}</TableCell>
                    <TableCell><OutcomeChip outcome={r.outcome} /></TableCell>
                    <TableCell>
                      {r.certificateId && r.serial ? (
                        <RouterLink to={`/certificates/${r.certificateId}/show`} style={{ fontFamily: 'monospace' }}>{r.serial}</RouterLink>
                      ) : r.serial ? (
                        <span style={{ fontFamily: 'monospace' }}>{r.serial}</span>
                      ) : (
                        reasonsInWords(r.reasons, translate)
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {finished && <Button sx={{ mt: 2 }} variant="outlined" onClick={onAgain} data-testid="batch-again">{translate('certificates.issue.again')}</Button>}
      </CardContent>
    </Card>
  );
}

/** Volunteers with approved hours at the type's place, with a search and checkboxes. */
function CandidatePicker({ candidates, selected, onChange }: { candidates: Candidate[] | null; selected: Set<string>; onChange: (s: Set<string>) => void }) {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const shown = (candidates ?? []).filter((c) => c.fullName.toLocaleLowerCase('az').includes(q.trim().toLocaleLowerCase('az')));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <Box data-testid="candidate-picker">
      <TextField size="small" fullWidth label={translate('certificates.issue.search')} value={q} onChange={(e) => setQ(e.target.value)} name="candidate-search" />
      <Typography variant="caption" color="text.secondary">{translate('certificates.issue.candidatesHint')} {translate('certificates.issue.selected', { smart_count: selected.size })}</Typography>
      {candidates === null && <LinearProgress />}
      {candidates?.length === 0 && <Typography color="text.secondary">{translate('certificates.issue.noCandidates')}</Typography>}
      <List dense sx={{ maxHeight: 320, overflowY: 'auto' }}>
        {shown.map((c) => (
          <ListItem key={c.volunteerId} disablePadding>
            <ListItemButton onClick={() => toggle(c.volunteerId)} dense data-testid="candidate">
              <ListItemIcon sx={{ minWidth: 36 }}><Checkbox edge="start" checked={selected.has(c.volunteerId)} tabIndex={-1} disableRipple size="small" /></ListItemIcon>
              <ListItemText primary={c.fullName} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

/** One person at once: issued, or why not (409 already held, 422 with the reasons). */
function SingleIssue({ type, candidates }: { type: CertificateType; candidates: Candidate[] | null }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [person, setPerson] = useState<Candidate | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ severity: 'success' | 'info' | 'warning' | 'error'; text: string } | null>(null);
  const [progress, setProgress] = useState<CertificateProgress | null>(null);
  useEffect(() => {
    setPerson(null);
    setResult(null);
  }, [type.id]);
  // Where the picked person stands on this type, before issuing ("84 / 120 saat", what is missing).
  useEffect(() => {
    setProgress(null);
    if (!person) return;
    let live = true;
    certificatesApi.progressOf(person.volunteerId).then((all) => live && setProgress(all.find((p) => p.typeId === type.id) ?? null), () => undefined);
    return () => {
      live = false;
    };
  }, [person, type.id]);
  const issue = async () => {
    if (!person) return;
    setBusy(true);
    setResult(null);
    try {
      const c = await certificatesApi.issue(type.id, person.volunteerId);
      const text = translate('certificates.issue.issuedOne', { serial: c.serial });
      setResult({ severity: 'success', text });
      notify(text, { type: 'success' });
    } catch (e) {
      const err = e as { status?: number; message: string; body?: { reasons?: string[] } };
      if (err.status === 409) setResult({ severity: 'info', text: err.message || translate('certificates.issue.outcomes.alreadyHeld') });
      else if (err.status === 422 && err.body?.reasons?.length) setResult({ severity: 'warning', text: translate('certificates.issue.notEligibleOne', { reasons: reasonsInWords(err.body.reasons, translate) }) });
      else setResult({ severity: 'error', text: problemText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card variant="outlined" data-testid="single-issue">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{translate('certificates.issue.single')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('certificates.issue.singleHint')}</Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Autocomplete sx={{ flex: 1 }} size="small" options={candidates ?? []} loading={candidates === null} value={person} onChange={(_, v) => setPerson(v)}
            getOptionLabel={(c) => c.fullName} isOptionEqualToValue={(a, b) => a.volunteerId === b.volunteerId}
            renderInput={(params) => <TextField {...params} label={translate('certificates.issue.volunteer')} name="single-volunteer" />} />
          <Button variant="contained" onClick={() => void issue()} disabled={!person || busy} data-testid="single-issue-submit">{translate('certificates.issue.issueOne')}</Button>
        </Stack>
        {progress && !result && (
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="single-issue-progress" color={progress.eligible ? 'success.main' : 'text.secondary'}>
            {progress.requiredMinutes !== null && `${translate('certificates.progressHours', { done: wholeHours(progress.minutes), goal: wholeHours(progress.requiredMinutes) })} · `}
            {progress.held ? translate('certificates.issue.outcomes.alreadyHeld') : progress.eligible ? translate('certificates.issue.eligible') : reasonsInWords(progress.reasons, translate)}
          </Typography>
        )}
        {result && <Alert severity={result.severity} sx={{ mt: 1 }} data-testid="single-issue-result">{result.text}</Alert>}
      </CardContent>
    </Card>
  );
}

/** `#/certificates/issue`: choose a type, the whole team (or picked volunteers), start, watch the progress. */
export function IssueCertificatesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [types, setTypes] = useState<CertificateType[] | null>(null);
  // `?typeId=` preselects the type (the event debrief's "issue certificates" link, docs/debrief.md).
  const [params] = useSearchParams();
  const [typeId, setTypeId] = useState(params.get('typeId') ?? '');
  const [mode, setMode] = useState<'everyone' | 'pick'>('everyone');
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [batch, setBatch] = useState<CertificateBatch | null>(null);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Polling stops when the page is left (an answer still on its way schedules nothing more).
  const mounted = useRef(true);
  const failures = useRef(0);

  const { permissions } = usePermissions<Me>();
  useEffect(() => {
    if (!permissions) return;
    // Only the types this person may issue: their event's or center's, or a type without a place.
    const mayIssue = (t: CertificateType) => hasRole(permissions, 'admin')
      || (t.rule.eventId ? (permissions.eventIds ?? []).includes(t.rule.eventId) : t.rule.centerId ? (permissions.centerIds ?? []).includes(t.rule.centerId) : true);
    certificatesApi.types().then((r) => setTypes(r.data.filter((t) => t.active && mayIssue(t))), (e: Error) => (setTypes([]), setFailure(e.message)));
  }, [permissions]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const type = useMemo(() => types?.find((t) => t.id === typeId) ?? null, [types, typeId]);
  const place = type?.rule.eventId ? { eventId: type.rule.eventId } : type?.rule.centerId ? { centerId: type.rule.centerId } : null;

  useEffect(() => {
    if (!type) return;
    setMode('everyone');
    setSelected(new Set());
    setCandidates(null);
    let live = true;
    certificatesApi.candidates(place ?? {}).then((c) => live && setCandidates(c), () => live && setCandidates([]));
    return () => {
      live = false;
    };
    // `place` is derived from `type`.
  }, [type]);

  const poll = (id: string) => {
    if (!mounted.current) return;
    timer.current = setTimeout(async () => {
      let b: CertificateBatch;
      try {
        b = await certificatesApi.batch(id);
      } catch (e) {
        // A passing network hiccup is retried quietly; after five failures in a row the page says so and stops.
        failures.current += 1;
        if (failures.current < 5) poll(id);
        else notify((e as Error).message, { type: 'error' });
        return;
      }
      failures.current = 0;
      if (!mounted.current) return;
      setBatch(b);
      if (b.status === 'queued' || b.status === 'running') poll(id);
    }, POLL_MS);
  };

  const start = async () => {
    if (!type) return;
    setStarting(true);
    setFailure(null);
    try {
      const b = await certificatesApi.startBatch(type.id, mode === 'pick' ? [...selected] : undefined);
      setBatch(b);
      if (b.status === 'queued' || b.status === 'running') poll(b.id);
    } catch (e) {
      setFailure(problemText(e));
    } finally {
      setStarting(false);
    }
  };

  const canStart = !!type && !starting && (mode === 'everyone' || selected.size > 0);
  return (
    <Box sx={{ maxWidth: 900, width: '100%', mx: 'auto', p: { xs: 1, sm: 2 }, boxSizing: 'border-box' }} data-testid="issue-certificates">
      <Title title="certificates.issue.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>{translate('certificates.issue.title')}</Typography>
      {failure && <Alert severity="error" sx={{ mb: 2 }} data-testid="issue-error">{failure}</Alert>}
      <Stack spacing={2}>
        {batch ? (
          <BatchProgress batch={batch} onAgain={() => setBatch(null)} />
        ) : (
          <Card variant="outlined">
            <CardContent>
              <Stack spacing={2}>
                <TextField select label={translate('certificates.issue.type')} value={typeId} onChange={(e) => setTypeId(e.target.value)} name="typeId"
                  data-testid="issue-type" disabled={!types}>
                  {(types ?? []).map((t) => (
                    <MenuItem key={t.id} value={t.id} data-id={t.id} data-code={t.code}>{localized(t.name, locale)} · {translate(`certificates.kinds.${t.kind}`)}</MenuItem>
                  ))}
                </TextField>
                {!type && <Typography color="text.secondary">{translate('certificates.issue.chooseType')}</Typography>}
                {type && (
                  <>
                    <Box>
                      <Typography variant="subtitle2" component="h2">{translate('certificates.issue.whom')}</Typography>
                      <RadioGroup row value={mode} onChange={(e) => setMode(e.target.value as 'everyone' | 'pick')} name="mode">
                        <FormControlLabel value="everyone" control={<Radio />} data-testid="mode-everyone"
                          label={translate(place?.eventId ? 'certificates.issue.everyoneEvent' : place?.centerId ? 'certificates.issue.everyoneCenter' : 'certificates.issue.everyoneMine')} />
                        <FormControlLabel value="pick" control={<Radio />} label={translate('certificates.issue.pick')} data-testid="mode-pick" />
                      </RadioGroup>
                    </Box>
                    {mode === 'pick' && <CandidatePicker candidates={candidates} selected={selected} onChange={setSelected} />}
                    <Box>
                      <Button variant="contained" size="large" startIcon={<PlayArrowIcon />} disabled={!canStart} onClick={() => void start()} data-testid="issue-start">
                        {translate(starting ? 'certificates.issue.starting' : 'certificates.issue.start')}
                      </Button>
                    </Box>
                  </>
                )}
              </Stack>
            </CardContent>
          </Card>
        )}
        {type && !batch && <SingleIssue type={type} candidates={candidates} />}
      </Stack>
    </Box>
  );
}
