import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, FormHelperText, LinearProgress, Rating, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { HttpError } from 'react-admin';
import { QUESTIONS, debriefApi, type FeedbackForm, type Lang, type Question } from './debrief-api';

/** `#/event-feedback/:eventId` (volunteer; the link of the mail sent when the event ends): four ratings, a comment, anonymous or not. */
export function FeedbackPage() {
  const { eventId = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [form, setForm] = useState<FeedbackForm | null | undefined>(undefined);
  const [scores, setScores] = useState<Partial<Record<Question, number>>>({});
  const [comment, setComment] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    debriefApi.form(eventId).then(setForm, () => setForm(null));
  }, [eventId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (QUESTIONS.some((q) => !scores[q])) return setProblem(translate('debrief.feedback.rateAll'));
    setBusy(true);
    setProblem(null);
    try {
      await debriefApi.answer(eventId, { ...(scores as Record<Question, number>), ...(comment.trim() ? { comment: comment.trim() } : {}), anonymous });
      setSent(true);
    } catch (err) {
      setProblem(err instanceof HttpError || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (form === undefined) return <LinearProgress sx={{ m: 2 }} />;
  if (form === null) return <Alert severity="info" sx={{ m: 2 }}>{translate('debrief.feedback.notFound')}</Alert>;
  const title = translate('debrief.feedback.title', { event: form.event.name[l] });
  return (
    <Box sx={{ p: 2, maxWidth: 640 }}>
      <Title title={title} />
      <Card variant="outlined"><CardContent>
        <Typography variant="h5" sx={{ mb: 1 }}>{title}</Typography>
        {sent && <Alert severity="success" data-testid="feedback-thanks">{translate('debrief.feedback.thanks')}</Alert>}
        {!sent && form.responded && <Alert severity="info">{translate('debrief.feedback.alreadyAnswered')}</Alert>}
        {!sent && !form.responded && !form.open && <Alert severity="info">{translate('debrief.feedback.closed')}</Alert>}
        {!sent && !form.responded && form.open && (
          <form onSubmit={submit} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            <Typography>{translate('debrief.feedback.intro')}</Typography>
            {problem && <Alert severity="error" data-testid="feedback-error">{problem}</Alert>}
            {QUESTIONS.map((q) => (
              <Box key={q}>
                <Typography component="legend" id={`q-${q}`}>{translate(`debrief.questions.${q}`)}</Typography>
                <Rating name={q} value={scores[q] ?? null} onChange={(_, v) => setScores((s) => ({ ...s, [q]: v ?? undefined }))} size="large"
                  getLabelText={(v: number) => `${v}`} aria-labelledby={`q-${q}`} />
              </Box>
            ))}
            <TextField label={translate('debrief.feedback.comment')} multiline minRows={3} value={comment} onChange={(e) => setComment(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'feedback-comment' } }} />
            <Box>
              <FormControlLabel control={<Checkbox checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} inputProps={{ name: 'anonymous' } as never} />}
                label={translate('debrief.feedback.anonymous')} />
              <FormHelperText>{translate('debrief.feedback.anonymousHint')}</FormHelperText>
            </Box>
            <Button type="submit" variant="contained" disabled={busy} data-testid="feedback-submit">{translate('debrief.feedback.submit')}</Button>
          </form>
        )}
      </CardContent></Card>
    </Box>
  );
}
