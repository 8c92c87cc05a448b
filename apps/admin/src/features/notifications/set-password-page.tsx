import { Alert, Button, TextField } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { hashQuery, postPublic } from './public-api';
import { PublicPageFrame } from './public-page-frame';

/**
 * Where the links in the invitation and the password-reset mail lead (`#/set-password?token=…`,
 * `#/reset-password?token=…`): choose a password, then log in.
 */
export function SetPasswordPage({ mode }: { mode: 'invitation' | 'reset' }) {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const [token] = useState(() => hashQuery().get('token') ?? '');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  // The mail says in which language it was written; open the page in the same one (once, on arrival).
  const [mailLanguage] = useState(() => hashQuery().get('lang'));
  useEffect(() => {
    if (mailLanguage && ['az', 'en', 'ru'].includes(mailLanguage)) setLocale(mailLanguage);
  }, [mailLanguage, setLocale]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== repeat) {
      setErrors({ repeat: translate('mail.setPassword.mismatch') });
      return;
    }
    setBusy(true);
    const answer = await postPublic(mode === 'invitation' ? '/auth/set-password' : '/auth/reset-password', { token, password }, locale);
    setBusy(false);
    if (answer.ok) {
      setDone(true);
      return;
    }
    setErrors({
      password: answer.fieldErrors.password,
      form: answer.fieldErrors.token ? translate('mail.setPassword.invalidLink') : answer.fieldErrors.password ? undefined : answer.detail,
    });
  };

  const title = translate(mode === 'invitation' ? 'mail.setPassword.titleInvitation' : 'mail.setPassword.titleReset');
  if (!token) {
    return (
      <PublicPageFrame title={title}>
        <Alert severity="error">{translate('mail.setPassword.invalidLink')}</Alert>
        <Button component={Link} to="/forgot-password">{translate('mail.forgot.link')}</Button>
      </PublicPageFrame>
    );
  }
  if (done) {
    return (
      <PublicPageFrame title={title}>
        <Alert severity="success" data-testid="password-set">{translate('mail.setPassword.done')}</Alert>
        <Button variant="contained" component={Link} to="/login">{translate('mail.setPassword.toLogin')}</Button>
      </PublicPageFrame>
    );
  }
  return (
    <PublicPageFrame title={title}>
      <form onSubmit={submit} style={{ display: 'flex', flexDirection: 'column', gap: 16 }} noValidate>
        {errors.form && <Alert severity="error">{errors.form}</Alert>}
        <TextField
          name="password" type="password" autoComplete="new-password" required autoFocus
          label={translate('mail.setPassword.password')} value={password} onChange={(e) => setPassword(e.target.value)}
          error={!!errors.password} helperText={errors.password ?? translate('mail.setPassword.rule')}
        />
        <TextField
          name="repeat" type="password" autoComplete="new-password" required
          label={translate('mail.setPassword.repeat')} value={repeat} onChange={(e) => setRepeat(e.target.value)}
          error={!!errors.repeat} helperText={errors.repeat}
        />
        <Button type="submit" variant="contained" disabled={busy || !password}>
          {translate('mail.setPassword.submit')}
        </Button>
        {errors.form && <Button component={Link} to="/forgot-password">{translate('mail.forgot.link')}</Button>}
      </form>
    </PublicPageFrame>
  );
}
