import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, IconButton, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { debriefApi, type EventIntakeView, type IntakeQuestion, type Lang } from './debrief-api';

/** Field errors of a problem+json answer, by field path (react-admin's HttpError body nests them: { slug: '…' }). */
function fieldErrors(e: unknown): Record<string, string> {
  const body = (e as { body?: { errors?: Record<string, unknown> } }).body;
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out[path] = node;
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(body?.errors, '');
  return out;
}

/** `#/events/:id/intake` (organiser, admin): open or close the event's own intake, its link and up to five questions of its own. */
export function EventIntakePage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [view, setView] = useState<EventIntakeView | null>(null);
  const [status, setStatus] = useState<'open' | 'closed'>('closed');
  const [slug, setSlug] = useState('');
  const [questions, setQuestions] = useState<IntakeQuestion[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = (v: EventIntakeView) => {
    setView(v);
    setStatus(v.intake?.status === 'open' ? 'open' : 'closed');
    setSlug(v.intake?.event?.slug ?? v.suggestedSlug);
    setQuestions(v.intake?.questions ?? []);
  };
  useEffect(() => {
    debriefApi.intake(id).then(load, (e: Error) => setProblem(e.message));
  }, [id]);

  const save = async () => {
    setBusy(true);
    setErrors({});
    setProblem(null);
    try {
      load(await debriefApi.saveIntake(id, { status, slug, questions }));
      notify('debrief.intake.saved', { type: 'success' });
    } catch (e) {
      setErrors(fieldErrors(e));
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (!view) return problem ? <Alert severity="error" sx={{ m: 2 }}>{problem}</Alert> : <LinearProgress sx={{ m: 2 }} />;
  const title = translate('debrief.intake.title', { event: view.event.name[l] });
  const link = `${window.location.origin}${window.location.pathname}#/apply?event=${slug}`;
  const setLabel = (i: number, lang: Lang, value: string) =>
    setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, label: { ...q.label, [lang]: value } } : q)));
  return (
    <Box sx={{ p: 2, maxWidth: 900 }} data-testid="event-intake-page">
      <Title title={title} />
      <Card variant="outlined"><CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="h5">{title}</Typography>
        <Typography color="text.secondary">{translate('debrief.intake.intro')}</Typography>
        {!view.intake && <Alert severity="info">{translate('debrief.intake.notCreated')}</Alert>}
        {problem && <Alert severity="error">{problem}</Alert>}
        <Stack direction={{ xs: 'column', sm: 'row' }} gap={2}>
          <TextField select label={translate('debrief.intake.status')} value={status} onChange={(e) => setStatus(e.target.value as 'open' | 'closed')} sx={{ minWidth: 180 }}
            error={!!errors.status} helperText={errors.status} slotProps={{ htmlInput: { 'data-testid': 'intake-status' } }}>
            <MenuItem value="open">{translate('debrief.intake.open')}</MenuItem>
            <MenuItem value="closed">{translate('debrief.intake.closed')}</MenuItem>
          </TextField>
          <TextField label={translate('debrief.intake.slug')} value={slug} onChange={(e) => setSlug(e.target.value.toLowerCase())} error={!!errors.slug} helperText={errors.slug} sx={{ flex: 1 }} />
        </Stack>
        {view.intake?.status === 'open' && (
          <Typography variant="body2">{translate('debrief.intake.publicLink')}: <a href={link} target="_blank" rel="noreferrer" data-testid="public-link">{link}</a></Typography>
        )}
        <Typography variant="h6">{translate('debrief.intake.questions', { max: view.maxQuestions })}</Typography>
        {errors.questions && <Alert severity="error">{errors.questions}</Alert>}
        {questions.map((q, i) => (
          <Box key={q.id} sx={{ display: 'flex', flexDirection: 'column', gap: 1, borderLeft: '3px solid #ddd', pl: 1.5 }} data-testid="intake-question">
            <Stack direction="row" gap={1} alignItems="center">
              <TextField label={translate('debrief.intake.question')} value={q.label.az} onChange={(e) => setLabel(i, 'az', e.target.value)} sx={{ flex: 1 }}
                error={!!errors[`questions.${i}.label.az`]} helperText={errors[`questions.${i}.label.az`]} />
              <FormControlLabel label={translate('debrief.intake.required')} control={
                <Checkbox checked={q.required} onChange={(e) => setQuestions((qs) => qs.map((x, j) => (j === i ? { ...x, required: e.target.checked } : x)))} />} />
              <IconButton aria-label={translate('debrief.intake.remove')} onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}><DeleteIcon /></IconButton>
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} gap={1}>
              <TextField size="small" label={translate('debrief.intake.questionEn')} value={q.label.en} onChange={(e) => setLabel(i, 'en', e.target.value)} sx={{ flex: 1 }}
                error={!!errors[`questions.${i}.label.en`]} helperText={errors[`questions.${i}.label.en`]} />
              <TextField size="small" label={translate('debrief.intake.questionRu')} value={q.label.ru} onChange={(e) => setLabel(i, 'ru', e.target.value)} sx={{ flex: 1 }}
                error={!!errors[`questions.${i}.label.ru`]} helperText={errors[`questions.${i}.label.ru`]} />
            </Stack>
            {q.options && q.options.length > 0 && <Typography variant="caption" color="text.secondary">{q.options.map((o) => o.label[l]).join(' · ')}</Typography>}
          </Box>
        ))}
        <Stack direction="row" gap={1}>
          <Button disabled={questions.length >= view.maxQuestions}
            onClick={() => setQuestions((qs) => [...qs, { id: `q${Date.now().toString(36)}`, kind: 'text', required: false, label: { az: '', en: '', ru: '' } }])}>
            {translate('debrief.intake.add')}
          </Button>
          <Box sx={{ flex: 1 }} />
          {view.intake && <Button component={Link} to={`/applications?filter=${encodeURIComponent(JSON.stringify({ eventId: id }))}`}>{translate('debrief.intake.applications')}</Button>}
          <Button variant="contained" onClick={() => void save()} disabled={busy} data-testid="intake-save">{translate('debrief.intake.save')}</Button>
        </Stack>
      </CardContent></Card>
    </Box>
  );
}
