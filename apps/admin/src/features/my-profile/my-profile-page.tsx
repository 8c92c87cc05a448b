import { useEffect, useState, type ReactNode } from 'react';
import { Confirm, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Checkbox, CircularProgress, FormControlLabel, FormGroup, IconButton, MenuItem, Stack, Switch, TextField,
  ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { bakuDmy } from '../../time';
import { regionName } from '../reports/region-names';
import {
  CEFR, LANGUAGE_CODES, WEEKDAYS, fieldErrors, myProfileApi, saveAccountLocale, type Lang, type LanguageSkill, type MyProfile, type Notifications,
} from './my-profile-api';
import { saveBlob } from '../../providers/http';

function Section({ title, hint, children, testId }: { title: string; hint?: string; children: ReactNode; testId?: string }) {
  return (
    <Card sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>{title}</Typography>
        {hint && <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{hint}</Typography>}
        {children}
      </CardContent>
    </Card>
  );
}

interface Draft {
  phone: string; languages: LanguageSkill[]; availability: string[]; preferredCenterIds: string[];
  emergencyName: string; emergencyPhone: string; locale: Lang; notifications: Notifications;
}

const draftOf = (p: MyProfile): Draft => ({
  phone: p.volunteer?.phone ?? '', languages: p.volunteer?.languages ?? [], availability: p.volunteer?.availability ?? [],
  preferredCenterIds: p.volunteer?.preferredCenterIds ?? [], emergencyName: p.volunteer?.emergencyContact?.name ?? '',
  emergencyPhone: p.volunteer?.emergencyContact?.phone ?? '', locale: p.locale, notifications: p.notifications,
});

/** `#/my-profile`: one column, phone first; one Save for the profile, separate actions for e-mail, export and closing. */
export function MyProfilePage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale, setLocale] = useLocaleState();
  const l = locale as Lang;
  const [profile, setProfile] = useState<MyProfile | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const [newEmail, setNewEmail] = useState('');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [reason, setReason] = useState('');

  const load = async () => {
    const p = await myProfileApi.get();
    setProfile(p);
    setDraft(draftOf(p));
  };
  useEffect(() => {
    load().catch((e: Error) => notify(e.message, { type: 'error' }));
  }, []);

  if (!profile || !draft) return <Box p={3}><CircularProgress /></Box>;
  const person = profile.volunteer;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const emergency = draft.emergencyName.trim() || draft.emergencyPhone.trim() ? { name: draft.emergencyName, phone: draft.emergencyPhone } : null;
      const saved = await myProfileApi.update({
        ...(person
          ? {
              phone: draft.phone.trim() ? draft.phone : null, languages: draft.languages.filter((x) => x.language), availability: draft.availability,
              preferredCenterIds: draft.preferredCenterIds, emergencyContact: emergency,
            }
          : {}),
        locale: draft.locale, notifications: draft.notifications,
      });
      setProfile(saved);
      setDraft(draftOf(saved));
      if (saved.locale !== l) {
        await saveAccountLocale(saved.locale);
        setLocale(saved.locale);
      }
      notify('myProfile.saved', { type: 'success' });
    } catch (e) {
      const fe = fieldErrors(e);
      setErrors(fe);
      notify(Object.keys(fe).length ? 'myProfile.errors' : (e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const sendEmailLink = async () => {
    setEmailError(undefined);
    try {
      const r = await myProfileApi.changeEmail(newEmail);
      notify(translate('myProfile.emailSent', { email: r.pendingEmail }), { type: 'success' });
      setNewEmail('');
      setProfile({ ...profile, pendingEmail: r.pendingEmail });
    } catch (e) {
      setEmailError(fieldErrors(e).email ?? (e as Error).message);
    }
  };

  const exportFile = async (format: 'json' | 'pdf') => {
    try {
      const { blob, filename } = await myProfileApi.exportFile(format);
      saveBlob(blob, filename ?? `my-data.${format}`);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };

  const requestClosure = async () => {
    setConfirmClose(false);
    const c = await myProfileApi.requestClosure(reason.trim());
    setProfile({ ...profile, closureRequest: c });
  };
  const withdrawClosure = async () => {
    await myProfileApi.withdrawClosure();
    setProfile({ ...profile, closureRequest: null });
    notify('myProfile.closeWithdrawn', { type: 'info' });
  };

  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const err = (field: string) => errors[field];

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 640, minWidth: 0 }} data-testid="my-profile">
      <Title title={translate('myProfile.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 0.5, overflowWrap: 'anywhere' }}>{profile.fullName}</Typography>
      {!person && <Alert severity="info" sx={{ mb: 2 }}>{translate('myProfile.noPerson')}</Alert>}

      {person && (
        <Section title={translate('myProfile.contact')}>
          <TextField
            fullWidth label={translate('myProfile.phone')} value={draft.phone} onChange={(e) => set('phone', e.target.value)} inputProps={{ inputMode: 'tel', 'data-testid': 'phone' }}
            error={!!err('phone')} helperText={err('phone') ?? translate('myProfile.phoneHint')}
          />
        </Section>
      )}

      <Section title={translate('myProfile.email')} testId="email-section">
        <Typography sx={{ mb: 1, overflowWrap: 'anywhere' }}>{translate('myProfile.currentEmail', { email: profile.email })}</Typography>
        {profile.pendingEmail && <Alert severity="warning" sx={{ mb: 1 }} data-testid="pending-email">{translate('myProfile.pendingEmail', { email: profile.pendingEmail })}</Alert>}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <TextField fullWidth type="email" label={translate('myProfile.newEmail')} value={newEmail} onChange={(e) => setNewEmail(e.target.value)} error={!!emailError} helperText={emailError} inputProps={{ 'data-testid': 'new-email' }} />
          <Button variant="outlined" onClick={sendEmailLink} disabled={!newEmail.trim()} sx={{ flexShrink: 0 }}>{translate('myProfile.sendLink')}</Button>
        </Stack>
      </Section>

      {person && (
        <Section title={translate('myProfile.languages')} testId="languages-section">
          {draft.languages.map((skill, i) => (
            // A grid, not a flex row: the language column shrinks (ellipsis) so the row fits a 360 px phone.
            <Box key={i} sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 84px 40px', gap: 1, mb: 1, alignItems: 'start' }}>
              <TextField
                select fullWidth label={translate('myProfile.language')} value={skill.language} inputProps={{ 'data-testid': `language-${i}` }} sx={{ minWidth: 0 }}
                onChange={(e) => set('languages', draft.languages.map((x, k) => (k === i ? { ...x, language: e.target.value } : x)))}
                error={!!err(`languages.${i}.language`)} helperText={err(`languages.${i}.language`)}
              >
                {LANGUAGE_CODES.map((code) => <MenuItem key={code} value={code}>{translate(`recruitment.languages.${code}`)}</MenuItem>)}
              </TextField>
              <TextField
                select label={translate('myProfile.level')} value={skill.level} inputProps={{ 'data-testid': `level-${i}` }}
                onChange={(e) => set('languages', draft.languages.map((x, k) => (k === i ? { ...x, level: e.target.value } : x)))}
              >
                {CEFR.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
              </TextField>
              <IconButton aria-label={translate('myProfile.remove')} onClick={() => set('languages', draft.languages.filter((_, k) => k !== i))}><DeleteIcon /></IconButton>
            </Box>
          ))}
          <Button onClick={() => set('languages', [...draft.languages, { language: '', level: 'B1' }])} disabled={draft.languages.length >= 10} data-testid="add-language">
            {translate('myProfile.addLanguage')}
          </Button>
        </Section>
      )}

      {person && (
        <Section title={translate('myProfile.availability')} hint={translate('myProfile.availabilityHint')}>
          {/* Day names in rows, the two half-days as columns: fits 360 px in every language. */}
          <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th />
                {(['am', 'pm'] as const).map((h) => <Box component="th" key={h} sx={{ fontWeight: 500, fontSize: '0.875rem', px: 0.5 }}>{translate(`recruitment.halfDays.${h}`)}</Box>)}
              </tr>
            </thead>
            <tbody>
              {WEEKDAYS.map((d) => (
                <tr key={d}>
                  <Box component="td" sx={{ pr: 1, py: 0.25 }}>{translate(`recruitment.weekdays.${d}`)}</Box>
                  {(['am', 'pm'] as const).map((h) => (
                    <Box component="td" key={h} sx={{ textAlign: 'center' }}>
                      <Checkbox
                        checked={draft.availability.includes(`${d}-${h}`)} onChange={() => set('availability', toggle(draft.availability, `${d}-${h}`))}
                        inputProps={{ 'aria-label': `${translate(`recruitment.weekdays.${d}`)}, ${translate(`recruitment.halfDays.${h}`)}` }}
                      />
                    </Box>
                  ))}
                </tr>
              ))}
            </tbody>
          </Box>
        </Section>
      )}

      {person && (
        <Section title={translate('myProfile.centers')} hint={translate('myProfile.centersHint')}>
          <FormGroup>
            {profile.centerOptions.map((c, i) => (
              <FormControlLabel
                key={c.id} label={`${c.name[l] || c.name.az}${c.region ? ` · ${regionName(c.region, l)}` : ''}`}
                control={<Checkbox checked={draft.preferredCenterIds.includes(c.id)} disabled={!draft.preferredCenterIds.includes(c.id) && draft.preferredCenterIds.length >= 5} onChange={() => set('preferredCenterIds', toggle(draft.preferredCenterIds, c.id))} />}
                data-index={i}
              />
            ))}
          </FormGroup>
          {Object.entries(errors).filter(([k]) => k.startsWith('preferredCenterIds')).map(([k, v]) => <Typography key={k} color="error" variant="body2">{v}</Typography>)}
        </Section>
      )}

      {person && (
        <Section title={translate('myProfile.emergency')}>
          <Stack spacing={1.5}>
            <TextField fullWidth label={translate('myProfile.emergencyName')} value={draft.emergencyName} onChange={(e) => set('emergencyName', e.target.value)} error={!!err('emergencyContact.name')} helperText={err('emergencyContact.name')} />
            <TextField fullWidth label={translate('myProfile.emergencyPhone')} value={draft.emergencyPhone} onChange={(e) => set('emergencyPhone', e.target.value)} inputProps={{ inputMode: 'tel' }} error={!!err('emergencyContact.phone')} helperText={err('emergencyContact.phone') ?? translate('myProfile.phoneHint')} />
          </Stack>
        </Section>
      )}

      <Section title={translate('myProfile.locale')} hint={translate('myProfile.localeHint')} testId="locale-section">
        <ToggleButtonGroup exclusive fullWidth value={draft.locale} sx={{ '& .MuiToggleButton-root': { px: 1, textTransform: 'none' } }} onChange={(_, v: Lang | null) => v && set('locale', v)} aria-label={translate('myProfile.locale')}>
          <ToggleButton value="az" lang="az" data-testid="locale-az">Azərbaycanca</ToggleButton>
          <ToggleButton value="en" lang="en" data-testid="locale-en">English</ToggleButton>
          <ToggleButton value="ru" lang="ru" data-testid="locale-ru">Русский</ToggleButton>
        </ToggleButtonGroup>
      </Section>

      <Section title={translate('myProfile.notifications')} hint={translate('myProfile.notificationsHint')}>
        <FormGroup>
          {(['reminders', 'swaps', 'messages'] as const).map((k) => (
            <FormControlLabel key={k} label={translate(`myProfile.${k}`)} control={<Switch checked={draft.notifications[k]} onChange={(e) => set('notifications', { ...draft.notifications, [k]: e.target.checked })} inputProps={{ 'data-testid': `notify-${k}` } as never} />} />
          ))}
        </FormGroup>
      </Section>

      <Box sx={{ position: 'sticky', bottom: 8, zIndex: 1, mb: 2 }}>
        <Button variant="contained" size="large" fullWidth onClick={save} disabled={busy} data-testid="save-profile">{translate('myProfile.save')}</Button>
      </Box>

      <Section title={translate('myProfile.data')} hint={translate('myProfile.dataHint')}>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => exportFile('pdf')} data-testid="export-pdf">{translate('myProfile.downloadPdf')}</Button>
          <Button variant="outlined" onClick={() => exportFile('json')} data-testid="export-json">{translate('myProfile.downloadJson')}</Button>
        </Stack>
      </Section>

      <Section title={translate('myProfile.close')} hint={translate('myProfile.closeHint')} testId="closure-section">
        {profile.closureRequest ? (
          <>
            <Alert severity="info" sx={{ mb: 1 }}>{translate('myProfile.closeOpen', { date: bakuDmy(profile.closureRequest.createdAt, false) })}</Alert>
            <Button onClick={withdrawClosure}>{translate('myProfile.closeWithdraw')}</Button>
          </>
        ) : (
          <Stack spacing={1}>
            <TextField fullWidth multiline minRows={2} label={translate('myProfile.closeReason')} value={reason} onChange={(e) => setReason(e.target.value)} inputProps={{ maxLength: 1000 }} />
            <Button color="error" variant="outlined" onClick={() => setConfirmClose(true)} data-testid="close-request">{translate('myProfile.closeRequest')}</Button>
            <Confirm
              isOpen={confirmClose} title={translate('myProfile.closeRequest')} content={translate('myProfile.closeConfirm')}
              confirm={translate('myProfile.closeRequest')} cancel={translate('ra.action.cancel')} confirmColor="warning"
              onConfirm={requestClosure} onClose={() => setConfirmClose(false)}
            />
          </Stack>
        )}
      </Section>
    </Box>
  );
}
