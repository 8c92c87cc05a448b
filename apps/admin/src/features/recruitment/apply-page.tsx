import {
  Alert, AlertTitle, Box, Button, Card, CardActions, CardContent, Checkbox, Dialog, DialogActions, DialogContent, Divider, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, IconButton,
  Link as MuiLink, MenuItem, Radio, RadioGroup, TextField, Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApplicantFrame } from './public-frame';
import { CEFR, LANGUAGE_CODES, WEEKDAYS, getPublic, isoToDotted, postPublic, type Locale, type PublicIntake } from './recruitment-api';

/** `#/apply`: the open intakes, or with `?event=<slug or id>` that event's own intake form (docs/debrief.md). */
export function IntakesPage() {
  const [params] = useSearchParams();
  const event = params.get('event');
  return event ? <EventApplyPage event={event} /> : <IntakesList />;
}

/** An event's intake: its form with the event days, or "not open" when it takes no applications. */
function EventApplyPage({ event }: { event: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [intake, setIntake] = useState<PublicIntake | null | undefined>(undefined);
  useEffect(() => {
    void getPublic<PublicIntake>(`/public/event-intakes/${encodeURIComponent(event)}`, locale).then((a) => setIntake(a.ok ? a.body : null));
  }, [event, locale]);
  if (intake === undefined) return <ApplicantFrame title={translate('recruitment.apply.title')}><span /></ApplicantFrame>;
  if (intake === null) {
    return (
      <ApplicantFrame title={translate('recruitment.apply.title')}>
        <Alert severity="info" data-testid="event-intake-closed">{translate('recruitment.apply.eventClosed')}</Alert>
        <Button component={Link} to="/apply">{translate('recruitment.apply.back')}</Button>
      </ApplicantFrame>
    );
  }
  return <ApplyPage eventIntake={intake} />;
}

/** The public list of open intakes (`#/apply`). */
function IntakesList() {
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
  /** '' until chosen; education is asked (and sent) only for 'student'. */
  occupation: '' | Occupation; institution: string; faculty: string; year: string;
  languages: { language: string; level: string }[]; skills: string; availability: string[]; centerIds: string[]; motivation: string;
  answers: Record<string, string | string[]>; consentAccepted: boolean; eventDays: string[];
}
const EMPTY: Draft = {
  fullName: '', fin: '', birthDate: '', phone: '', email: '', occupation: '', institution: '', faculty: '', year: '',
  languages: [{ language: 'az', level: 'C2' }], skills: '', availability: [], centerIds: ['', '', ''], motivation: '', answers: {}, consentAccepted: false, eventDays: [],
};
const draftKey = (intakeId: string) => `dost.apply.draft.${intakeId}`;
const OCCUPATIONS = ['student', 'working', 'neither'] as const;
type Occupation = (typeof OCCUPATIONS)[number];

/** True when nothing was typed yet (the consent tick does not count: it is never kept). */
const isBlank = (draft: Draft): boolean => JSON.stringify({ ...draft, consentAccepted: false }) === JSON.stringify({ ...EMPTY, consentAccepted: false });

/** The API's error field for a draft field (the education fields are nested there). */
const ERROR_FIELD: Partial<Record<keyof Draft, string>> = { institution: 'education.institution', faculty: 'education.faculty', year: 'education.year' };

/** The element an error summary's link focuses: the field's input, by the API's error field. */
const fieldElementId = (errorField: string) => `apply-${errorField.split('.').slice(0, errorField.startsWith('answers.') ? 2 : errorField.startsWith('education.') ? 2 : 1).join('-')}`;

/** The control an error summary's link leads to: the field by its id, else the first of its group (radios, day boxes). */
function focusField(errorField: string): void {
  const [head, second] = errorField.split('.');
  const candidates = [`#${CSS.escape(fieldElementId(errorField))}`];
  if (head === 'answers') candidates.push(`[name="answer-${CSS.escape(second ?? '')}"]`, `[data-question="${CSS.escape(second ?? '')}"] input`);
  if (head === 'availability') candidates.push('[name^="availability-"]');
  if (head === 'occupation') candidates.push('input[name="occupation"]:checked', 'input[name="occupation"]');
  if (head === 'education') candidates.push('#apply-education-institution');
  if (head === 'eventDays') candidates.push('[name^="event-day-"]');
  const el = candidates.map((c) => document.querySelector<HTMLElement>(c)).find(Boolean);
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

/** The application form (`#/apply/:intakeId`): every field, errors from the API next to each, the draft kept in localStorage. */
export function ApplyPage({ eventIntake }: { eventIntake?: PublicIntake } = {}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  const params = useParams();
  const intakeId = eventIntake?.id ?? params.intakeId ?? '';
  const navigate = useNavigate();
  const [intake, setIntake] = useState<PublicIntake | null | undefined>(eventIntake);
  const [restored, setRestored] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => {
    try {
      const saved = localStorage.getItem(draftKey(intakeId));
      // The consent tick is never restored: it must be given on the text shown now.
      const draft: Draft | null = saved ? { ...EMPTY, ...(JSON.parse(saved) as Partial<Draft>), consentAccepted: false } : null;
      if (draft && !isBlank(draft)) {
        setTimeout(() => setRestored(true));
        return draft;
      }
    } catch { /* a broken draft is simply dropped */ }
    return EMPTY;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [detail, setDetail] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  // After a failed submit the error summary takes the focus: a screen reader reads it, a keyboard continues from it.
  useEffect(() => {
    if (failedSubmits > 0) summaryRef.current?.focus();
  }, [failedSubmits]);

  useEffect(() => {
    if (eventIntake) return setIntake(eventIntake);
    void getPublic<PublicIntake>(`/public/intakes/${intakeId}`, locale).then((a) => setIntake(a.ok ? a.body : null));
  }, [intakeId, locale, eventIntake]);
  useEffect(() => {
    const { consentAccepted: _c, ...rest } = draft;
    // Nothing typed, nothing kept: an untouched form (or a language switch) must not come back as a "restored" draft.
    if (isBlank(draft)) localStorage.removeItem(draftKey(intakeId));
    else localStorage.setItem(draftKey(intakeId), JSON.stringify(rest));
  }, [draft, intakeId]);

  /** Changes a field and takes its red error away: the person corrected it, the API judges it again on submit. */
  const clearError = (field: string) => setErrors((e) => {
    const left = Object.fromEntries(Object.entries(e).filter(([k]) => k !== field && !k.startsWith(`${field}.`)));
    return Object.keys(left).length === Object.keys(e).length ? e : left;
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (key !== 'answers') clearError(ERROR_FIELD[key] ?? key);
    // Education is asked of students only: another answer takes its red fields away with it.
    if (key === 'occupation') clearError('education');
    if (key === 'consentAccepted') clearError('consentVersion');
  };
  const err = (field: string) => errors[field];
  const centerErrors = useMemo(() => Object.entries(errors).filter(([k]) => k.startsWith('centerIds')).map(([, v]) => v), [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!intake) return;
    setBusy(true);
    const centerIds = draft.centerIds.filter(Boolean);
    const body = {
      fullName: draft.fullName, fin: draft.fin, birthDate: draft.birthDate, phone: draft.phone, email: draft.email,
      occupation: draft.occupation || undefined,
      // Only a student's education is sent (and required); what is typed stays in the draft if the answer changes back.
      ...(draft.occupation === 'student' ? { education: { institution: draft.institution, faculty: draft.faculty, year: draft.year ? Number(draft.year) : undefined } } : {}),
      languages: draft.languages.filter((x) => x.language), skills: draft.skills.split(',').map((s) => s.trim()).filter(Boolean),
      availability: draft.availability, centerIds, motivation: draft.motivation, answers: draft.answers,
      consentVersion: intake.consentVersion, consentAccepted: draft.consentAccepted, locale,
      ...(intake.event ? { eventDays: (draft.eventDays ?? []).filter((d) => intake.event!.days.includes(d)) } : {}),
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
    setFailedSubmits((n) => n + 1);
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
      id={`apply-${field}`} required name={field} label={label} value={draft[field] as string} onChange={(e) => set(field, e.target.value as never)} fullWidth
      error={!!err(field)} helperText={err(field) ?? (props.hint as string | undefined)} {...props} slotProps={{ htmlInput: { 'data-testid': `field-${field}` }, inputLabel: props.type === 'date' ? { shrink: true } : undefined }}
    />
  );
  const labels: Record<string, string> = {
    fullName: 'fullName', fin: 'fin', birthDate: 'birthDate', phone: 'phone', email: 'email', occupation: 'occupation', education: 'institution', 'education.institution': 'institution', 'education.faculty': 'faculty',
    'education.year': 'year', skills: 'skills', motivation: 'motivation', languages: 'language', centerIds: 'centers', availability: 'availability', consentAccepted: 'consent', consentVersion: 'consent', eventDays: 'eventDays',
  };
  function fieldLabel(field: string): string {
    if (field.startsWith('answers.')) return intake?.questions.find((q) => q.id === field.split('.')[1])?.label[l] ?? field;
    const key = labels[field] ?? labels[field.split('.')[0]];
    if (key === 'centers' || key === 'availability' || key === 'consent') return translate(`recruitment.apply.sections.${key}`);
    return key ? translate(`recruitment.apply.${key}`) : field;
  }
  const section = (key: string) => <Typography variant="subtitle1" sx={{ fontWeight: 700, mt: 1 }}>{translate(`recruitment.apply.sections.${key}`)}</Typography>;

  return (
    <ApplicantFrame title={intake.name[l]}>
      {intake.event && (
        <Typography variant="body2" color="text.secondary" data-testid="event-intake-when">
          {translate('recruitment.apply.eventWhen', { venue: intake.event.venue, days: intake.event.days.map(isoToDotted).join(', ') })}
        </Typography>
      )}
      <form onSubmit={submit} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 14 }}>
        {restored && <Alert severity="info" onClose={() => setRestored(false)}>{translate('recruitment.apply.draftRestored')}</Alert>}
        <Typography variant="body2" color="text.secondary">{translate('recruitment.apply.requiredNote')}</Typography>
        {detail && (
          <Alert severity="error" data-testid="form-error" ref={summaryRef} tabIndex={-1} role="alert" sx={{ '&:focus': { outline: '3px solid #0d3b66', outlineOffset: 2 } }}>
            <AlertTitle component="h2" sx={{ fontSize: '1rem' }}>{detail}</AlertTitle>
            {Object.keys(errors).length > 0 && (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="error-summary">
                {Object.entries(errors).map(([field, message]) => (
                  <li key={field}>
                    <MuiLink component="button" type="button" color="inherit" sx={{ textAlign: 'left', minHeight: 28, py: 0.25 }} onClick={() => focusField(field)}>
                      {fieldLabel(field)}: {message}
                    </MuiLink>
                  </li>
                ))}
              </Box>
            )}
          </Alert>
        )}
        {section('personal')}
        {text('fullName', translate('recruitment.apply.fullName'), { autoComplete: 'name' })}
        {text('fin', translate('recruitment.apply.fin'), { hint: translate('recruitment.apply.finHint'), inputProps: { style: { textTransform: 'uppercase' } } })}
        {text('birthDate', translate('recruitment.apply.birthDate'), { type: 'date' })}
        {text('phone', translate('recruitment.apply.phone'), { type: 'tel', autoComplete: 'tel', hint: translate('recruitment.apply.phoneHint') })}
        {text('email', translate('recruitment.apply.email'), { type: 'email', autoComplete: 'email' })}

        {section('occupation')}
        <FormControl error={!!err('occupation')} required component="fieldset" data-testid="field-occupation">
          <FormLabel component="legend" id="apply-occupation-label">{translate('recruitment.apply.occupation')}</FormLabel>
          <RadioGroup name="occupation" aria-labelledby="apply-occupation-label" value={draft.occupation} onChange={(e) => set('occupation', e.target.value as Occupation)}>
            {OCCUPATIONS.map((o) => (
              <FormControlLabel key={o} value={o} label={translate(`recruitment.apply.occupations.${o}`)} control={<Radio inputProps={{ id: o === 'student' ? 'apply-occupation' : `apply-occupation-${o}`, 'data-testid': `occupation-${o}` } as never} />} />
            ))}
          </RadioGroup>
          <FormHelperText>{err('occupation') ?? translate('recruitment.apply.occupationHint')}</FormHelperText>
        </FormControl>

        {draft.occupation === 'student' && section('education')}
        {draft.occupation === 'student' && (err('education') ? <FormHelperText error>{err('education')}</FormHelperText> : null)}
        {draft.occupation === 'student' && <TextField id="apply-education-institution" required name="institution" label={translate('recruitment.apply.institution')} value={draft.institution} onChange={(e) => set('institution', e.target.value)} error={!!err('education.institution')} helperText={err('education.institution')} slotProps={{ htmlInput: { 'data-testid': 'field-institution' } }} />}
        {draft.occupation === 'student' && <TextField id="apply-education-faculty" required name="faculty" label={translate('recruitment.apply.faculty')} value={draft.faculty} onChange={(e) => set('faculty', e.target.value)} error={!!err('education.faculty')} helperText={err('education.faculty')} slotProps={{ htmlInput: { 'data-testid': 'field-faculty' } }} />}
        {draft.occupation === 'student' && <TextField id="apply-education-year" required name="year" type="number" label={translate('recruitment.apply.year')} value={draft.year} onChange={(e) => set('year', e.target.value)} error={!!err('education.year')} helperText={err('education.year')} slotProps={{ htmlInput: { 'data-testid': 'field-year' } }} />}

        {section('languages')}
        {draft.languages.map((row, i) => (
          <Box key={i} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <TextField select id={i === 0 ? 'apply-languages' : `apply-languages-${i}`} label={translate('recruitment.apply.language')} value={row.language} sx={{ flex: 2 }} error={!!err(`languages.${i}.language`)} helperText={err(`languages.${i}.language`)}
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
        <TextField id="apply-skills" name="skills" label={translate('recruitment.apply.skills')} value={draft.skills} onChange={(e) => set('skills', e.target.value)} error={!!err('skills')} helperText={err('skills')} />

        {section('availability')}
        <FormControl error={!!err('availability')} required component="fieldset">
          <FormLabel component="legend">{translate('recruitment.apply.availabilityHint')}</FormLabel>
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

        {intake.event && (
          <FormControl error={!!err('eventDays')} data-testid="event-days">
            <FormLabel>{translate('recruitment.apply.eventDays')}</FormLabel>
            <FormGroup row>
              {intake.event.days.map((d, i) => (
                <FormControlLabel key={d} label={isoToDotted(d)} control={
                  <Checkbox checked={(draft.eventDays ?? []).includes(d)} inputProps={{ name: `event-day-${d}` } as never}
                    onChange={(e) => set('eventDays', e.target.checked ? [...(draft.eventDays ?? []), d] : (draft.eventDays ?? []).filter((x) => x !== d))} />
                } sx={err(`eventDays.${i}`) ? { color: 'error.main' } : undefined} />
              ))}
            </FormGroup>
            {(err('eventDays') || Object.entries(errors).find(([k]) => k.startsWith('eventDays.'))?.[1]) && (
              <FormHelperText>{err('eventDays') ?? Object.entries(errors).find(([k]) => k.startsWith('eventDays.'))?.[1]}</FormHelperText>
            )}
          </FormControl>
        )}

        {section('centers')}
        {[0, 1, 2].map((i) => (
          <TextField key={i} id={i === 0 ? 'apply-centerIds' : `apply-centerIds-${i}`} required={i === 0} select label={translate('recruitment.apply.choice', { n: i + 1 })} value={draft.centerIds[i] ?? ''} name={`center-${i}`}
            error={!!err(`centerIds.${i}`) || (i === 0 && !!err('centerIds'))} helperText={err(`centerIds.${i}`) ?? (i === 0 ? err('centerIds') : undefined)}
            onChange={(e) => set('centerIds', draft.centerIds.map((x, j) => (j === i ? e.target.value : x)))} slotProps={{ htmlInput: { 'data-testid': `field-center-${i}` } }}>
            <MenuItem value="">{translate('recruitment.apply.none')}</MenuItem>
            {intake.centers.filter((c) => c.id === draft.centerIds[i] || !draft.centerIds.includes(c.id)).map((c) => <MenuItem key={c.id} value={c.id}>{c.name[l]}</MenuItem>)}
          </TextField>
        ))}
        {centerErrors.length > 0 && !err('centerIds') && !err('centerIds.0') && <FormHelperText error>{centerErrors[0]}</FormHelperText>}

        {section('motivation')}
        {/* The label above the field, wrapping: a long one (Russian) inside the outline was cut off on a phone. */}
        <FormLabel htmlFor="apply-motivation" required error={!!err('motivation')} sx={{ mb: -1 }}>{translate('recruitment.apply.motivation')}</FormLabel>
        <TextField id="apply-motivation" required name="motivation" multiline minRows={4} value={draft.motivation} onChange={(e) => set('motivation', e.target.value)}
          error={!!err('motivation')} helperText={err('motivation')} slotProps={{ htmlInput: { 'data-testid': 'field-motivation' } }} />

        {intake.questions.length > 0 && section('questions')}
        {intake.questions.map((q) => {
          const field = `answers.${q.id}`;
          const value = draft.answers[q.id];
          const setAnswer = (v: string | string[]) => {
            set('answers', { ...draft.answers, [q.id]: v });
            clearError(field);
          };
          if (q.kind === 'text') {
            return <TextField key={q.id} id={`apply-answers-${q.id}`} label={q.label[l]} required={q.required} multiline value={(value as string) ?? ''} onChange={(e) => setAnswer(e.target.value)} error={!!err(field)} helperText={err(field)} />;
          }
          return (
            <FormControl key={q.id} error={!!err(field)} required={q.required} data-question={q.id}>
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
        {/* The whole text, no inner scroll box that clipped it without a sign that it scrolls. */}
        <Box sx={{ p: 1.5, bgcolor: '#f7f7f9', border: '1px solid #ddd', borderRadius: 1 }} data-testid="consent-text">
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{intake.consentText?.[l]}</Typography>
          <Typography variant="caption" color="text.secondary">{translate('recruitment.apply.consentVersion', { version: intake.consentVersion })}</Typography>
        </Box>
        <FormControl error={!!err('consentAccepted') || !!err('consentVersion')} required>
          <FormControlLabel label={translate('recruitment.apply.consentAccept')} control={
            <Checkbox checked={draft.consentAccepted} onChange={(e) => set('consentAccepted', e.target.checked)} inputProps={{ name: 'consentAccepted', id: 'apply-consentAccepted', 'aria-required': true } as never} />
          } />
          {(err('consentAccepted') || err('consentVersion')) && <FormHelperText>{err('consentAccepted') ?? err('consentVersion')}</FormHelperText>}
        </FormControl>
        <Divider />
        <Button type="submit" variant="contained" size="large" disabled={busy} data-testid="submit-application">
          {translate(busy ? 'recruitment.apply.sending' : 'recruitment.apply.submit')}
        </Button>
      </form>
      {/* Far from Submit, and it asks first: wiping a long form by a slip is not undone. */}
      <Divider sx={{ mt: 3 }} />
      <Button color="error" onClick={() => setConfirmClear(true)} sx={{ alignSelf: 'flex-start' }} data-testid="clear-form">{translate('recruitment.apply.clearDraft')}</Button>
      <Dialog open={confirmClear} onClose={() => setConfirmClear(false)} aria-labelledby="clear-form-title">
        <DialogContent id="clear-form-title">{translate('recruitment.apply.clearConfirm')}</DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmClear(false)} autoFocus>{translate('recruitment.status.cancel')}</Button>
          <Button color="error" data-testid="confirm-clear" onClick={() => {
            localStorage.removeItem(draftKey(intakeId)); setDraft(EMPTY); setErrors({}); setDetail(undefined); setConfirmClear(false);
          }}>{translate('recruitment.apply.clearDraft')}</Button>
        </DialogActions>
      </Dialog>
    </ApplicantFrame>
  );
}
