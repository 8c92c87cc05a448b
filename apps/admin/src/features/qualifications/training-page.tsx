import { useEffect, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Alert, Autocomplete, Box, Button, Card, CardContent, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { bakuToday, formatDay, problemText, qualificationName, qualificationsApi, useQualificationCatalogue, type Locale, type TrainingResult, type TrainingSession } from './qualifications-api';

interface Person { id: string; fullName: string; homeCenterName?: { az: string; en: string; ru: string } | null }

/** Volunteers by name as the coordinator types (their own people only: the API scopes the directory). */
function AttendeePicker({ value, onChange }: { value: Person[]; onChange: (p: Person[]) => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<Person[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      qualificationsApi.searchVolunteers(input.trim()).then((rows) => live && setOptions(rows), () => live && setOptions([]));
    }, 250);
    return () => { live = false; clearTimeout(timer); };
  }, [input]);
  return (
    <Autocomplete multiple options={options} value={value} filterOptions={(x) => x} isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(p) => (p.homeCenterName ? `${p.fullName} (${p.homeCenterName[locale as Locale] ?? p.homeCenterName.az})` : p.fullName)}
      onChange={(_, v) => onChange(v)} inputValue={input} onInputChange={(_, v, reason) => reason !== 'reset' && setInput(v)} noOptionsText={translate('qualifications.training.noPeople')}
      renderTags={(v, getTagProps) => v.map((p, i) => <Chip {...getTagProps({ index: i })} key={p.id} label={p.fullName} size="small" />)}
      renderInput={(params) => <TextField {...params} label={translate('qualifications.training.attendees')} placeholder={translate('qualifications.training.search')} inputProps={{ ...params.inputProps, 'data-testid': 'training-attendees' }} />} />
  );
}

/** Record a training session: qualification, day, trainer, attendees → everyone granted in one step. */
export function TrainingPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const catalogue = useQualificationCatalogue();
  const [qualificationId, setQualificationId] = useState('');
  const [heldOn, setHeldOn] = useState(bakuToday());
  const [trainer, setTrainer] = useState('');
  const [notes, setNotes] = useState('');
  const [people, setPeople] = useState<Person[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<TrainingResult | null>(null);
  const [sessions, setSessions] = useState<TrainingSession[] | null>(null);
  const loadSessions = () => void qualificationsApi.sessions().then(setSessions, () => setSessions([]));
  useEffect(loadSessions, []);
  const submit = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await qualificationsApi.training({ qualificationId, heldOn, trainer, notes: notes || undefined, attendeeIds: people.map((p) => p.id) }));
      loadSessions();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box p={2} maxWidth={900} data-testid="training-page">
      <Title title={translate('qualifications.training.title')} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('qualifications.training.intro')}</Typography>
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select fullWidth label={translate('qualifications.training.qualification')} value={qualificationId} onChange={(e) => setQualificationId(e.target.value)} required
                inputProps={{ 'data-testid': 'training-qualification' }}>
                {catalogue.filter((q) => q.active).map((q) => <MenuItem key={q.id} value={q.id} data-code={q.code}>{q.name[locale as Locale] ?? q.name.az}</MenuItem>)}
              </TextField>
              <TextField type="date" label={translate('qualifications.training.date')} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} required
                InputLabelProps={{ shrink: true }} inputProps={{ max: bakuToday(), 'data-testid': 'training-date' }} sx={{ minWidth: 200 }} />
            </Stack>
            <TextField label={translate('qualifications.training.trainer')} value={trainer} onChange={(e) => setTrainer(e.target.value)} required inputProps={{ maxLength: 200, 'data-testid': 'training-trainer' }} />
            <AttendeePicker value={people} onChange={setPeople} />
            <TextField label={translate('qualifications.training.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} inputProps={{ maxLength: 1000 }} />
            {error && <Alert severity="error" data-testid="training-error">{error}</Alert>}
            {result && <Alert severity="success" data-testid="training-result">{translate('qualifications.training.result', { granted: result.granted, renewed: result.renewed, unchanged: result.unchanged })}</Alert>}
            <Box>
              <Button variant="contained" onClick={submit} disabled={busy || !qualificationId || !heldOn || !trainer.trim() || !people.length} data-testid="training-submit">
                {translate('qualifications.training.submit')}
              </Button>
            </Box>
          </Stack>
        </CardContent>
      </Card>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>{translate('qualifications.training.recent')}</Typography>
      {sessions && sessions.length === 0 && <Typography color="text.secondary">{translate('qualifications.training.none')}</Typography>}
      {sessions && sessions.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="training-sessions">
            <TableHead>
              <TableRow>
                <TableCell>{translate('qualifications.training.date')}</TableCell>
                <TableCell>{translate('qualifications.training.qualification')}</TableCell>
                <TableCell>{translate('qualifications.training.trainer')}</TableCell>
                <TableCell>{translate('qualifications.training.attendees')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sessions.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{formatDay(s.heldOn, locale)}</TableCell>
                  <TableCell>{qualificationName(catalogue, s.code, locale)}</TableCell>
                  <TableCell>{s.trainer}</TableCell>
                  <TableCell>{translate('qualifications.training.attendeesCount', { smart_count: s.attendees })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
