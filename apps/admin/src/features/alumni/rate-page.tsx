import { useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import {
  Alert, Autocomplete, Box, Button, Card, CardContent, MenuItem, Rating, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, ToggleButton,
  ToggleButtonGroup, Typography,
} from '@mui/material';
import type { Me } from '../../providers/http';
import { DmyDateField, toDmy } from '../../layout/date-field';
import { alumniApi, localized, problemText, RUBRIC, type Lang, type Rateable, type Rating as RatingRow, type Rubric } from './alumni-api';

type Kind = 'center' | 'event';
interface Place {
  kind: Kind;
  id: string;
  name: Record<Lang, string>;
}

const today = () => new Date(Date.now() + 4 * 3_600_000).toISOString().slice(0, 10);
const daysBack = (n: number) => new Date(Date.now() + 4 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

/** The rating form: where (a period at one of my centers, or one of my events), who, four stars, a comment. */
function RateForm({ places, onRated }: { places: Place[]; onRated: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const kinds = [...new Set(places.map((p) => p.kind))];
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'center');
  const [placeId, setPlaceId] = useState<string>('');
  const [people, setPeople] = useState<Rateable[]>([]);
  const [person, setPerson] = useState<Rateable | null>(null);
  const [from, setFrom] = useState(daysBack(30));
  const [to, setTo] = useState(daysBack(1));
  const [scores, setScores] = useState<Record<Rubric, number | null>>({ punctuality: null, communication: null, serviceToCitizens: null, teamwork: null });
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const ofKind = places.filter((p) => p.kind === kind);
  const firstOfKind = ofKind[0]?.id ?? '';
  useEffect(() => {
    setPlaceId(firstOfKind);
  }, [firstOfKind]);
  useEffect(() => {
    setPerson(null);
    setPeople([]);
    if (!placeId) return;
    alumniApi.rateable(kind === 'center' ? { centerId: placeId } : { eventId: placeId }).then(setPeople, () => undefined);
  }, [kind, placeId]);
  const ready = !!person && RUBRIC.every((k) => scores[k]);
  const submit = async () => {
    if (!person) return;
    setBusy(true);
    setErrors({});
    try {
      await alumniApi.rate({
        volunteerId: person.volunteerId, ...(kind === 'center' ? { centerId: placeId, periodFrom: from, periodTo: to } : { eventId: placeId }),
        punctuality: scores.punctuality!, communication: scores.communication!, serviceToCitizens: scores.serviceToCitizens!, teamwork: scores.teamwork!,
        comment: comment.trim() || undefined,
      });
      notify(translate('alumni.rate.done', { name: person.fullName }), { type: 'success' });
      setPerson(null);
      setScores({ punctuality: null, communication: null, serviceToCitizens: null, teamwork: null });
      setComment('');
      onRated();
    } catch (e) {
      const fields = (e as { body?: { errors?: Record<string, unknown> } }).body?.errors ?? {};
      setErrors(Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
      notify(problemText(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  if (!places.length) return <Alert severity="info">{translate('alumni.rate.noPlaces')}</Alert>;
  return (
    <Stack spacing={2} data-testid="rate-form">
      {kinds.length > 1 && (
        <ToggleButtonGroup exclusive size="small" value={kind} onChange={(_, v) => v && setKind(v)} aria-label={translate('alumni.rate.kind')}>
          <ToggleButton value="center">{translate('alumni.rate.center')}</ToggleButton>
          <ToggleButton value="event">{translate('alumni.rate.event')}</ToggleButton>
        </ToggleButtonGroup>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField select size="small" label={translate('alumni.rate.place')} value={placeId} onChange={(e) => setPlaceId(e.target.value)} sx={{ minWidth: 260 }} name="place">
          {ofKind.map((p) => <MenuItem key={p.id} value={p.id}>{localized(p.name, locale)}</MenuItem>)}
        </TextField>
        <Autocomplete sx={{ flex: 1 }} size="small" options={people} value={person} onChange={(_, v) => setPerson(v)} getOptionLabel={(p) => p.fullName}
          isOptionEqualToValue={(a, b) => a.volunteerId === b.volunteerId}
          renderInput={(params) => <TextField {...params} label={translate('alumni.rate.volunteer')} name="volunteer" error={!!errors.volunteerId} helperText={errors.volunteerId} />} />
      </Stack>
      {kind === 'center' && (
        <Stack direction="row" spacing={2}>
          <DmyDateField size="small" label={translate('alumni.rate.periodFrom')} value={from} onChange={setFrom} max={today()}
            error={!!errors.periodFrom} helperText={errors.periodFrom} name="periodFrom" />
          <DmyDateField size="small" label={translate('alumni.rate.periodTo')} value={to} onChange={setTo} max={today()}
            error={!!errors.periodTo} helperText={errors.periodTo} name="periodTo" />
        </Stack>
      )}
      <Box>
        {RUBRIC.map((k) => (
          <Stack key={k} direction="row" spacing={1} alignItems="center">
            <Typography sx={{ minWidth: 180 }} id={`rubric-${k}`}>{translate(`alumni.rubric.${k}`)}</Typography>
            <Rating name={k} value={scores[k]} onChange={(_, v) => setScores((s) => ({ ...s, [k]: v }))} aria-labelledby={`rubric-${k}`} data-testid={`score-${k}`}
              getLabelText={(v) => translate('alumni.rate.stars', { smart_count: v })} emptyLabelText={translate('alumni.rate.noStars')} />
          </Stack>
        ))}
      </Box>
      <TextField label={translate('alumni.rate.comment')} multiline minRows={2} value={comment} onChange={(e) => setComment(e.target.value)} name="comment"
        slotProps={{ htmlInput: { maxLength: 2000 } }} error={!!errors.comment} helperText={errors.comment} />
      <Box>
        <Button variant="contained" disabled={!ready || busy} onClick={() => void submit()} data-testid="rate-submit">{translate('alumni.rate.submit')}</Button>
      </Box>
    </Stack>
  );
}

function GivenList({ rows }: { rows: RatingRow[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!rows.length) return <Typography color="text.secondary">{translate('alumni.rate.noneGiven')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="ratings-given">
        <TableHead>
          <TableRow>
            <TableCell>{translate('alumni.rate.volunteer')}</TableCell>
            <TableCell>{translate('alumni.rate.place')}</TableCell>
            {RUBRIC.map((k) => <TableCell key={k} align="center">{translate(`alumni.rubric.${k}`)}</TableCell>)}
            <TableCell>{translate('alumni.rate.comment')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.volunteerName}</TableCell>
              <TableCell>
                {localized(r.placeName, locale)}
                {r.periodFrom && <Typography variant="caption" display="block" color="text.secondary">{toDmy(r.periodFrom)} – {toDmy(r.periodTo)}</Typography>}
              </TableCell>
              {RUBRIC.map((k) => <TableCell key={k} align="center">{r[k]}</TableCell>)}
              <TableCell sx={{ maxWidth: 320 }}>{r.comment}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** Coordinators and organisers: rate the volunteers of their centers and events, and see what they gave. */
export function RatePage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [given, setGiven] = useState<RatingRow[]>([]);
  const loadGiven = useCallback(() => {
    alumniApi.given().then((p) => setGiven(p.data), () => undefined);
  }, []);
  useEffect(() => {
    if (!permissions) return;
    const roles = permissions.roles ?? [];
    const wantsCenters = roles.includes('coordinator') || roles.includes('admin');
    const wantsEvents = roles.includes('organizer') || roles.includes('admin');
    void Promise.all([
      wantsCenters ? alumniApi.places.centers().then((p) => p.data.map((c) => ({ kind: 'center' as const, id: c.id, name: c.name }))).catch(() => []) : [],
      wantsEvents ? alumniApi.places.events().then((p) => p.data.map((e) => ({ kind: 'event' as const, id: e.id, name: e.name }))).catch(() => []) : [],
    ]).then(([c, e]) => setPlaces([...c, ...e]));
    loadGiven();
  }, [permissions, loadGiven]);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1000 }} data-testid="rate-page">
      <Title title={translate('alumni.rate.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>{translate('alumni.rate.title')}</Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>{translate('alumni.rate.intro')}</Typography>
      <Stack spacing={2}>
        <Card variant="outlined"><CardContent>{places && <RateForm places={places} onRated={loadGiven} />}</CardContent></Card>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{translate('alumni.rate.given')}</Typography>
            <GivenList rows={given} />
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
}
