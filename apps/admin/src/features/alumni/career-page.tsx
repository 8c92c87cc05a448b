import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Autocomplete, Box, Button, Card, CardContent, Chip, CircularProgress, FormControlLabel, MenuItem, Rating, Stack, Switch, TextField, Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/Download';
import DeleteIcon from '@mui/icons-material/Delete';
import AddIcon from '@mui/icons-material/Add';
import {
  alumniApi, AVAILABILITY_KINDS, CEFR, EDUCATION_LEVELS, localized, problemText, RUBRIC, type CareerProfile, type CareerProfileUpdate, type CenterOption,
  type Lang, type RatingAggregate,
} from './alumni-api';
import { saveBlob } from '../../providers/http';

const dateOf = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');
const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{title}</Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** Averages per rubric with stars, and the count — never a single rating. */
export function RatingsAggregateView({ ratings }: { ratings: RatingAggregate }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // A decimal comma in az and ru (as the reports write numbers; browsers' az data often gives a dot), one decimal.
  const num = new Intl.NumberFormat(locale === 'en' ? 'en' : 'ru', { maximumFractionDigits: 1 });
  if (!ratings.count) return <Typography color="text.secondary">{translate('alumni.career.ratingsNone')}</Typography>;
  return (
    <Box data-testid="ratings-aggregate" data-count={ratings.count}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('alumni.career.ratingsCount', { count: ratings.count })}</Typography>
      {RUBRIC.map((k) => (
        <Stack key={k} direction="row" spacing={1} alignItems="center">
          <Typography sx={{ minWidth: 180 }}>{translate(`alumni.rubric.${k}`)}</Typography>
          <Rating value={ratings.averages[k] ?? 0} precision={0.1} readOnly size="small" getLabelText={(v) => `${num.format(v)} / 5`} emptyLabelText={translate('alumni.rate.noStars')} />
          <Typography sx={{ fontWeight: 600 }} data-testid={`avg-${k}`}>{ratings.averages[k] == null ? '—' : num.format(ratings.averages[k]!)}</Typography>
        </Stack>
      ))}
      <Typography sx={{ mt: 1, fontWeight: 600 }}>{translate('alumni.career.overall')}: {ratings.overall == null ? '—' : num.format(ratings.overall)}</Typography>
      <Typography variant="caption" color="text.secondary">{translate('alumni.career.ratingsPrivacy')}</Typography>
    </Box>
  );
}

function ProfileForm({ profile, centers, onSaved }: { profile: CareerProfile; centers: CenterOption[]; onSaved: (p: CareerProfile) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [form, setForm] = useState<CareerProfileUpdate>(() => ({
    educationLevel: profile.educationLevel, institution: profile.institution ?? '', fieldOfStudy: profile.fieldOfStudy ?? '', region: profile.region ?? '',
    languages: profile.languages, skills: profile.skills, preferredCenterIds: profile.preferredCenterIds, availabilityKind: profile.availabilityKind,
    availabilityText: profile.availabilityText ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CareerProfileUpdate>(k: K, v: CareerProfileUpdate[K]) => setForm((f) => ({ ...f, [k]: v }));
  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const languages = (form.languages ?? []).filter((l) => l.language.trim()).map((l) => ({ language: l.language.trim().toLowerCase(), level: l.level }));
      onSaved(await alumniApi.update({ ...form, languages }));
      notify('alumni.career.saved', { type: 'success' });
    } catch (e) {
      const fields = (e as { body?: { errors?: Record<string, unknown> } }).body?.errors ?? {};
      setErrors(Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
      notify(problemText(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const text = (k: 'institution' | 'fieldOfStudy' | 'region' | 'availabilityText', max: number) => (
    <TextField label={translate(`alumni.career.${k}`)} name={k} value={form[k] ?? ''} onChange={(e) => set(k, e.target.value)} size="small" fullWidth
      error={!!errors[k]} helperText={errors[k]} slotProps={{ htmlInput: { maxLength: max } }} />
  );
  return (
    <Stack spacing={2} data-testid="career-form">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField select label={translate('alumni.career.educationLevel')} name="educationLevel" value={form.educationLevel ?? ''} size="small" fullWidth
          onChange={(e) => set('educationLevel', (e.target.value || null) as CareerProfile['educationLevel'])}>
          {EDUCATION_LEVELS.map((l) => <MenuItem key={l} value={l}>{translate(`alumni.career.education.${l}`)}</MenuItem>)}
        </TextField>
        {text('institution', 200)}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {text('fieldOfStudy', 200)}
        {text('region', 100)}
      </Stack>
      <Box>
        <Typography variant="body2" sx={{ mb: 1 }}>{translate('alumni.career.languages')}</Typography>
        <Stack spacing={1}>
          {(form.languages ?? []).map((l, i) => (
            <Stack key={i} direction="row" spacing={1} alignItems="center" data-testid="language-row">
              <TextField label={translate('alumni.career.language')} value={l.language} size="small" sx={{ width: 160 }} slotProps={{ htmlInput: { maxLength: 2 } }}
                onChange={(e) => set('languages', (form.languages ?? []).map((x, j) => (j === i ? { ...x, language: e.target.value } : x)))} />
              <TextField select label={translate('alumni.career.level')} value={l.level} size="small" sx={{ width: 110 }}
                onChange={(e) => set('languages', (form.languages ?? []).map((x, j) => (j === i ? { ...x, level: e.target.value as (typeof CEFR)[number] } : x)))}>
                {CEFR.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
              </TextField>
              <Button size="small" onClick={() => set('languages', (form.languages ?? []).filter((_, j) => j !== i))}>{translate('alumni.career.remove')}</Button>
            </Stack>
          ))}
          <Box>
            <Button size="small" startIcon={<AddIcon />} onClick={() => set('languages', [...(form.languages ?? []), { language: '', level: 'B1' }])}>
              {translate('alumni.career.addLanguage')}
            </Button>
          </Box>
        </Stack>
      </Box>
      <Autocomplete multiple freeSolo options={[] as string[]} value={form.skills ?? []} onChange={(_, v) => set('skills', (v as string[]).map((s) => s.slice(0, 60)).slice(0, 30))}
        renderValue={(value, getItemProps) => value.map((option, index) => <Chip size="small" label={option} {...getItemProps({ index })} key={option} />)}
        renderInput={(params) => <TextField {...params} size="small" label={translate('alumni.career.skills')} helperText={translate('alumni.career.skillsHint')} name="skills" />} />
      <Autocomplete multiple options={centers.map((c) => c.id)} value={form.preferredCenterIds ?? []} onChange={(_, v) => set('preferredCenterIds', v)}
        getOptionLabel={(id) => localized(centers.find((c) => c.id === id)?.name, locale)}
        renderInput={(params) => <TextField {...params} size="small" label={translate('alumni.career.preferredCenters')} name="preferredCenterIds"
          error={!!errors.preferredCenterIds} helperText={errors.preferredCenterIds} />} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField select label={translate('alumni.career.availabilityKind')} name="availabilityKind" value={form.availabilityKind} size="small" sx={{ minWidth: 240 }}
          onChange={(e) => set('availabilityKind', e.target.value as CareerProfile['availabilityKind'])}>
          {AVAILABILITY_KINDS.map((k) => <MenuItem key={k} value={k}>{translate(`alumni.career.availability.${k}`)}</MenuItem>)}
        </TextField>
        {text('availabilityText', 500)}
      </Stack>
      <Box>
        <Button variant="contained" onClick={() => void save()} disabled={busy} data-testid="career-save">{translate('alumni.career.save')}</Button>
      </Box>
    </Stack>
  );
}

function ConsentCard({ profile, onChange }: { profile: CareerProfile; onChange: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const c = profile.consent;
  const text = locale === 'en' ? c.textEn : locale === 'ru' ? c.textRu : c.textAz;
  const toggle = async (give: boolean) => {
    setBusy(true);
    try {
      if (give) await alumniApi.give(c.latestVersion, (locale as Lang) || 'az');
      else await alumniApi.withdraw();
      notify(give ? 'alumni.career.consentRecorded' : 'alumni.career.consentWithdrawn', { type: 'success' });
      onChange();
    } catch (e) {
      notify(problemText(e), { type: 'error' });
      onChange();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={translate('alumni.career.consent')} testId="consent-card">
      <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mb: 1 }} data-testid="consent-text">{text}</Typography>
      <Typography variant="caption" color="text.secondary">{translate('alumni.career.consentVersion', { version: c.latestVersion })}</Typography>
      <Box sx={{ mt: 1 }}>
        <FormControlLabel control={<Switch checked={c.given} disabled={busy} onChange={(e) => void toggle(e.target.checked)} inputProps={{ 'aria-label': translate('alumni.career.consentToggle') }} data-testid="consent-switch" />}
          label={translate('alumni.career.consentToggle')} />
      </Box>
      <Alert severity={c.given ? 'success' : 'info'} data-testid="consent-state" data-given={c.given}>
        {c.given ? translate('alumni.career.consentGiven', { date: dateOf(c.givenAt ?? ''), version: c.version ?? c.latestVersion }) : translate('alumni.career.consentNotGiven')}
      </Alert>
    </Section>
  );
}

function CvCard({ profile, onChange }: { profile: CareerProfile; onChange: (p: CareerProfile) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onChange(await alumniApi.uploadCv(file));
      notify('alumni.career.cvUploaded', { type: 'success' });
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const download = async () => {
    try {
      const { blob, filename } = await alumniApi.downloadCv();
      saveBlob(blob, filename ?? 'cv.pdf');
    } catch (e) {
      notify(problemText(e), { type: 'error' });
    }
  };
  const remove = async () => {
    try {
      onChange(await alumniApi.removeCv());
      notify('alumni.career.cvRemoved', { type: 'info' });
    } catch (e) {
      notify(problemText(e), { type: 'error' });
    }
  };
  return (
    <Section title={translate('alumni.career.cv')} testId="cv-card">
      {profile.cv ? (
        <Typography data-testid="cv-info">{translate('alumni.career.cvInfo', { name: profile.cv.fileName, size: sizeOf(profile.cv.sizeBytes), date: dateOf(profile.cv.uploadedAt) })}</Typography>
      ) : (
        <Typography color="text.secondary">{translate('alumni.career.cvNone')}</Typography>
      )}
      <Typography variant="caption" color="text.secondary">{translate('alumni.career.cvHint')}</Typography>
      <input ref={input} type="file" accept="application/pdf,.pdf" hidden data-testid="cv-input" onChange={(e) => void upload(e.target.files?.[0])} />
      <Stack direction="row" spacing={1} sx={{ mt: 1 }} flexWrap="wrap" useFlexGap>
        <Button variant="outlined" startIcon={busy ? <CircularProgress size={16} /> : <UploadFileIcon />} disabled={busy} onClick={() => input.current?.click()} data-testid="cv-upload">
          {translate(profile.cv ? 'alumni.career.cvReplace' : 'alumni.career.cvUpload')}
        </Button>
        {profile.cv && <Button startIcon={<DownloadIcon />} onClick={() => void download()}>{translate('alumni.career.cvDownload')}</Button>}
        {profile.cv && <Button color="error" startIcon={<DeleteIcon />} onClick={() => void remove()}>{translate('alumni.career.cvRemove')}</Button>}
      </Stack>
      {error && <Alert severity="error" sx={{ mt: 1 }} data-testid="cv-error">{error}</Alert>}
    </Section>
  );
}

/** The alumnus's own page: profile, job-pool consent, CV, the ratings aggregate. */
export function CareerPage() {
  const translate = useTranslate();
  const [profile, setProfile] = useState<CareerProfile | null>(null);
  const [centers, setCenters] = useState<CenterOption[]>([]);
  const [problem, setProblem] = useState<{ status?: number; message: string; body?: { code?: string } } | null>(null);
  const load = useCallback(() => {
    alumniApi.career().then(setProfile, (e: { status?: number; message: string; body?: { code?: string } }) => setProblem(e));
  }, []);
  useEffect(() => {
    load();
    alumniApi.centers().then(setCenters, () => undefined);
  }, [load]);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 900 }} data-testid="career-page">
      <Title title={translate('alumni.career.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>{translate('alumni.career.title')}</Typography>
      {problem && <Alert severity="info" data-testid="career-unavailable">{problem.body?.code === 'STAFF' ? translate('alumni.career.staff') : problem.status === 409 ? translate('alumni.career.notAlumni') : problem.message}</Alert>}
      {!profile && !problem && <CircularProgress />}
      {profile && (
        <Stack spacing={2}>
          <Typography color="text.secondary">{translate('alumni.career.intro')}</Typography>
          <Typography variant="body2">{translate('alumni.career.alumniSince', { date: dateOf(profile.alumniSince) })}</Typography>
          <Section title={translate('alumni.career.profile')} testId="profile-card">
            <ProfileForm key={profile.volunteerId} profile={profile} centers={centers} onSaved={setProfile} />
          </Section>
          <ConsentCard profile={profile} onChange={load} />
          <CvCard profile={profile} onChange={setProfile} />
          <Section title={translate('alumni.career.ratings')} testId="ratings-card">
            <RatingsAggregateView ratings={profile.ratings} />
          </Section>
        </Stack>
      )}
    </Box>
  );
}
