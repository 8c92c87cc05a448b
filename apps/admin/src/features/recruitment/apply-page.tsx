import {
  Alert, Box, Button, Card, CardActions, CardContent, Checkbox, Divider, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, IconButton,
  MenuItem, Radio, RadioGroup, TextField, Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApplicantFrame } from './public-frame';
import { CEFR, LANGUAGE_CODES, WEEKDAYS, getPublic, isoToDotted, postPublic, type Locale, type PublicIntake } from './recruitment-api';

/** The public list of open intakes (`#/apply`). */
export function IntakesPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [intakes, setIntakes] = useState<PublicIntake[] | null>(null);
  useEffect(() => {
    void getPublic<PublicIntake[]>('/public/intakes', locale).then((a) => setIntakes(a.body ?? []));
  }, [locale]);
  const l = locale as Locale;
  return (
    <ApplicantFrame title={translate('recruitment.apply.title')}>
      <Typography>{translate('recruitment.apply.intro')}</Typography>
      {intakes?.length === 0 && <Alert severity="info">{translate('recruitment.apply.noIntakes')}</Alert>}
      {intakes?.map((i) => (
        <Card key={i.id} variant="outlined" data-testid="intake-card">
          <CardContent>
            <Typography variant="h6">{i.name[l]}</Typography>
            <Typography variant="body2" sx={{ mb: 1 }}>{i.description[l]}</Typography>
            <Typography variant="body2">{translate('recruitment.apply.deadline', { date: isoToDotted(i.closesOn) })}</Typography>
            <Typography variant="body2">
              {i.minAge !== null || i.maxAge !== null ? translate('recruitment.apply.ages', { min: i.minAge ?? '', max: i.maxAge ?? '' }) : translate('recruitment.apply.anyAge')}
            </Typography>
            <Typography variant="body2" color="text.secondary">{i.centers.map((c) => c.name[l]).join(' · ')}</Typography>
          </CardContent>
          <CardActions>
            <Button variant="contained" component={Link} to={`/apply/${i.id}`}>{translate('recruitment.apply.choose')}</Button>
          </CardActions>
        </Card>
      ))}
    </ApplicantFrame>
  );
}

interface Draft {
  fullName: string; fin: string; birthDate: string; phone: string; email: string;
  institution: string; faculty: string; year: string;
  languages: { language: string; level: string }[]; skills: string; availability: string[]; centerIds: string[]; motivation: string;
  answers: Record<string, string | string[]>; consentAccepted: boolean;
}
const EMPTY: Draft = {
  fullName: '', fin: '', birthDate: '', phone: '', email: '', institution: '', faculty: '', year: '',
  languages: [{ language: 'az', level: 'C2' }], skills: '', availability: [], centerIds: ['', '', ''], motivation: '', answers: {}, consentAccepted: false,
};
const draftKey = (intakeId: string) => `dost.apply.draft.${intakeId}`;

/** The application form (`#/apply/:intakeId`): every field, errors from the API next to each, the draft kept in localStorage. */
export function ApplyPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  const { intakeId = '' } = useParams();
  const navigate = useNavigate();
  const [intake, setIntake] = useState<PublicIntake | null | undefined>(undefined);
  const [restored, setRestored] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => {
    try {
      const saved = localStorage.getItem(draftKey(intakeId));
      if (saved) {
        setTimeout(() => setRestored(true));
        // The consent tick is never restored: it must be given on the text shown now.
        return { ...EMPTY, ...(JSON.parse(saved) as Partial<Draft>), consentAccepted: false };
      }
    } catch { /* a broken draft is simply dropped */ }
    return EMPTY;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [detail, setDetail] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getPublic<PublicIntake>(`/public/intakes/${intakeId}`, locale).then((a) => setIntake(a.ok ? a.body : null));
  }, [intakeId, locale]);
  useEffect(() => {
    const { consentAccepted: _c, ...rest } = draft;
    localStorage.setItem(draftKey(intakeId), JSON.stringify(rest));
  }, [draft, intakeId]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (field: string) => errors[field];
  const centerErrors = useMemo(() => Object.entries(errors).filter(([k]) => k.startsWith('centerIds')).map(([, v]) => v), [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!intake) return;
    setBusy(true);
    const centerIds = draft.centerIds.filter(Boolean);
    const body = {
      fullName: draft.fullName, fin: draft.fin, birthDate: draft.birthDate, phone: draft.phone, email: draft.email,
      education: { institution: draft.institution, faculty: draft.faculty, year: draft.year ? Number(draft.year) : undefined },
      languages: draft.languages.filter((x) => x.language), skills: draft.skills.split(',').map((s) => s.trim()).filter(Boolean),
      availability: draft.availability, centerIds, motivation: draft.motivation, answers: draft.answers,
      consentVersion: intake.consentVersion, consentAccepted: draft.consentAccepted, locale,
    };
    const answer = await postPublic<{ statusToken: string }>(`/public/intakes/${intake.id}/applications`, body, locale);
    setBusy(false);
    if (answer.ok && answer.body) {
      localStorage.removeItem(draftKey(intakeId));
      void navigate(`/application-status?token=${encodeURIComponent(answer.body.statusToken)}`);
      return;
    }
    // The API checks the intake's own rules (consent, its questions) only once the form's fields are valid; say
    // at once what is missing there too, so that one more submit does not uncover a second round of red fields.
    const local: Record<string, string> = {};
    if (Object.keys(answer.fieldErrors).length) {
      if (!draft.consentAccepted) local.consentAccepted = translate('recruitment.apply.consentRequired');
      for (const q of intake.questions) {
        const v = draft.answers[q.id];
        if (q.required && (v === undefined || (Array.isArray(v) ? v.length === 0 : !v.trim()))) local[`answers.${q.id}`] = translate('recruitment.apply.required');
      }
    }
    setErrors({ ...local, ...answer.fieldErrors });
    setDetail(Object.keys(answer.fieldErrors).length ? translate('recruitment.apply.errorsTitle') : answer.detail);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  if (intake === undefined) return <ApplicantFrame title={translate('recruitment.apply.title')}><span /></ApplicantFrame>;
  if (intake === null) {
    return (
      <ApplicantFrame title={translate('recruitment.apply.title')}>
        <Alert severity="info">{translate('recruitment.apply.noIntakes')}</Alert>
        <Button component={Link} to="/apply">{translate('recruitment.apply.back')}</Button>
      </ApplicantFrame>
    );
  }
  const text = (field: keyof Draft, label: string, props: Record<string, unknown> = {}) => (
    <TextField
      name={field} label={label} value={draft[field] as string} onChange={(e) => set(field, e.target.value as never)} fullWidth
      error={!!err(field)} helperText={err(field) ?? (props.hint as string | undefined)} {...props} slotProps={{ htmlInput: { 'data-testid': `field-${field}` }, inputLabel: props.type === 'date' ? { shrink: true } : undefined }}
    />
  );
  const section = (key: string) => <Typography variant="subtitle1" sx={{ fontWeight: 700, mt: 1 }}>{translate(`recruitment.apply.sections.${key}`)}</Typography>;

  return (
    <ApplicantFrame title={intake.name[l]}>
      <form onSubmit={submit} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 14 }}>
        {restored && <Alert severity="info" onClose={() => setRestored(false)}>{translate('recruitment.apply.draftRestored')}</Alert>}
        {detail && <Alert severity="error" data-testid="form-error">{detail}</Alert>}
        {section('personal')}
        {text('fullName', translate('recruitment.apply.fullName'), { autoComplete: 'name' })}
        {text('fin', translate('recruitment.apply.fin'), { hint: translate('recruitment.apply.finHint'), inputProps: { style: { textTransform: 'uppercase' } } })}
        {text('birthDate', translate('recruitment.apply.birthDate'), { type: 'date' })}
        {text('phone', translate('recruitment.apply.phone'), { type: 'tel', autoComplete: 'tel', hint: translate('recruitment.apply.phoneHint') })}
        {text('email', translate('recruitment.apply.email'), { type: 'email', autoComplete: 'email' })}

        {section('education')}
        <TextField name="institution" label={translate('recruitment.apply.institution')} value={draft.institution} onChange={(e) => set('institution', e.target.value)} error={!!err('education.institution')} helperText={err('education.institution')} slotProps={{ htmlInput: { 'data-testid': 'field-institution' } }} />
        <TextField name="faculty" label={translate('recruitment.apply.faculty')} value={draft.faculty} onChange={(e) => set('faculty', e.target.value)} error={!!err('education.faculty')} helperText={err('education.faculty')} slotProps={{ htmlInput: { 'data-testid': 'field-faculty' } }} />
        <TextField name="year" type="number" label={translate('recruitment.apply.year')} value={draft.year} onChange={(e) => set('year', e.target.value)} error={!!err('education.year')} helperText={err('education.year')} slotProps={{ htmlInput: { 'data-testid': 'field-year' } }} />

        {section('languages')}
        {draft.languages.map((row, i) => (
          <Box key={i} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <TextField select label={translate('recruitment.apply.language')} value={row.language} sx={{ flex: 2 }} error={!!err(`languages.${i}.language`)} helperText={err(`languages.${i}.language`)}
              onChange={(e) => set('languages', draft.languages.map((x, j) => (j === i ? { ...x, language: e.target.value } : x)))}>
              {LANGUAGE_CODES.map((c) => <MenuItem key={c} value={c}>{translate(`recruitment.languages.${c}`)}</MenuItem>)}
            </TextField>
            <TextField select label={translate('recruitment.apply.level')} value={row.level} sx={{ flex: 1 }} error={!!err(`languages.${i}.level`)} helperText={err(`languages.${i}.level`)}
              onChange={(e) => set('languages', draft.languages.map((x, j) => (j === i ? { ...x, level: e.target.value } : x)))}>
              {CEFR.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
            </TextField>
            <IconButton aria-label={translate('recruitment.apply.remove')} onClick={() => set('languages', draft.languages.filter((_, j) => j !== i))}><DeleteIcon /></IconButton>
          </Box>
        ))}
        <Button onClick={() => set('languages', [...draft.languages, { language: 'en', level: 'B1' }])} sx={{ alignSelf: 'flex-start' }}>{translate('recruitment.apply.addLanguage')}</Button>

        {section('skills')}
        <TextField name="skills" label={translate('recruitment.apply.skills')} value={draft.skills} onChange={(e) => set('skills', e.target.value)} error={!!err('skills')} helperText={err('skills')} />

        {section('availability')}
        <FormControl error={!!err('availability')}>
          <FormLabel>{translate('recruitment.apply.availabilityHint')}</FormLabel>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr auto auto', alignItems: 'center', columnGap: 1 }}>
            {WEEKDAYS.map((d) => (
              <Box key={d} sx={{ display: 'contents' }}>
                <Typography variant="body2">{translate(`recruitment.weekdays.${d}`)}</Typography>
                {(['am', 'pm'] as const).map((h) => {
                  const code = `${d}-${h}`;
                  return (
                    <FormControlLabel key={code} label={translate(`recruitment.halfDays.${h}`)} control={
                      <Checkbox size="small" checked={draft.availability.includes(code)} inputProps={{ 'aria-label': `${translate(`recruitment.weekdays.${d}`)} · ${translate(`recruitment.halfDays.${h}`)}`, name: `availability-${code}` } as never}
                        onChange={(e) => set('availability', e.target.checked ? [...draft.availability, code] : draft.availability.filter((x) => x !== code))} />
                    } />
                  );
                })}
              </Box>
            ))}
          </Box>
          {err('availability') && <FormHelperText>{err('availability')}</FormHelperText>}
        </FormControl>

        {section('centers')}
        {[0, 1, 2].map((i) => (
          <TextField key={i} select label={translate('recruitment.apply.choice', { n: i + 1 })} value={draft.centerIds[i] ?? ''} name={`center-${i}`}
            error={!!err(`centerIds.${i}`) || (i === 0 && !!err('centerIds'))} helperText={err(`centerIds.${i}`) ?? (i === 0 ? err('centerIds') : undefined)}
            onChange={(e) => set('centerIds', draft.centerIds.map((x, j) => (j === i ? e.target.value : x)))} slotProps={{ htmlInput: { 'data-testid': `field-center-${i}` } }}>
            <MenuItem value="">{translate('recruitment.apply.none')}</MenuItem>
            {intake.centers.filter((c) => c.id === draft.centerIds[i] || !draft.centerIds.includes(c.id)).map((c) => <MenuItem key={c.id} value={c.id}>{c.name[l]}</MenuItem>)}
          </TextField>
        ))}
        {centerErrors.length > 0 && !err('centerIds') && !err('centerIds.0') && <FormHelperText error>{centerErrors[0]}</FormHelperText>}

        {section('motivation')}
        <TextField name="motivation" multiline minRows={4} label={translate('recruitment.apply.motivation')} value={draft.motivation} onChange={(e) => set('motivation', e.target.value)}
          error={!!err('motivation')} helperText={err('motivation')} slotProps={{ htmlInput: { 'data-testid': 'field-motivation' } }} />

        {intake.questions.length > 0 && section('questions')}
        {intake.questions.map((q) => {
          const field = `answers.${q.id}`;
          const value = draft.answers[q.id];
          const setAnswer = (v: string | string[]) => set('answers', { ...draft.answers, [q.id]: v });
          if (q.kind === 'text') {
            return <TextField key={q.id} label={q.label[l]} required={q.required} multiline value={(value as string) ?? ''} onChange={(e) => setAnswer(e.target.value)} error={!!err(field)} helperText={err(field)} />;
          }
          return (
            <FormControl key={q.id} error={!!err(field)} required={q.required}>
              <FormLabel>{q.label[l]}</FormLabel>
              {q.kind === 'single' ? (
                <RadioGroup row value={(value as string) ?? ''} onChange={(e) => setAnswer(e.target.value)} name={`answer-${q.id}`}>
                  {q.options?.map((o) => <FormControlLabel key={o.id} value={o.id} control={<Radio />} label={o.label[l]} />)}
                </RadioGroup>
              ) : (
                <FormGroup row>
                  {q.options?.map((o) => {
                    const list = Array.isArray(value) ? value : [];
                    return <FormControlLabel key={o.id} label={o.label[l]} control={<Checkbox checked={list.includes(o.id)} onChange={(e) => setAnswer(e.target.checked ? [...list, o.id] : list.filter((x) => x !== o.id))} />} />;
                  })}
                </FormGroup>
              )}
              {err(field) && <FormHelperText>{err(field)}</FormHelperText>}
            </FormControl>
          );
        })}

        {section('consent')}
        <Box sx={{ p: 1.5, bgcolor: '#f7f7f9', border: '1px solid #ddd', borderRadius: 1, maxHeight: 180, overflow: 'auto' }} data-testid="consent-text">
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{intake.consentText?.[l]}</Typography>
          <Typography variant="caption" color="text.secondary">{translate('recruitment.apply.consentVersion', { version: intake.consentVersion })}</Typography>
        </Box>
        <FormControl error={!!err('consentAccepted') || !!err('consentVersion')}>
          <FormControlLabel label={translate('recruitment.apply.consentAccept')} control={
            <Checkbox checked={draft.consentAccepted} onChange={(e) => set('consentAccepted', e.target.checked)} inputProps={{ name: 'consentAccepted' } as never} />
          } />
          {(err('consentAccepted') || err('consentVersion')) && <FormHelperText>{err('consentAccepted') ?? err('consentVersion')}</FormHelperText>}
        </FormControl>
        <Divider />
        <Button type="submit" variant="contained" size="large" disabled={busy} data-testid="submit-application">
          {translate(busy ? 'recruitment.apply.sending' : 'recruitment.apply.submit')}
        </Button>
        <Button onClick={() => { localStorage.removeItem(draftKey(intakeId)); setDraft(EMPTY); setErrors({}); setDetail(undefined); }}>
          {translate('recruitment.apply.clearDraft')}
        </Button>
      </form>
    </ApplicantFrame>
  );
}
