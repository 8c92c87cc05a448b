import { Alert, Button, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { postPublic } from './public-api';
import { PublicPageFrame } from './public-page-frame';

/** "Forgot password?": always the same confirmation, whether or not the address has an account. */
export function ForgotPasswordPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const answer = await postPublic('/auth/forgot-password', { email }, locale);
    setBusy(false);
    if (answer.ok) setSent(true);
    else setError(answer.fieldErrors.email ?? answer.detail);
  };

  return (
    <PublicPageFrame title={translate('mail.forgot.title')}>
      {sent ? (
        <Alert severity="success" data-testid="reset-requested">{translate('mail.forgot.sent')}</Alert>
      ) : (
        <form onSubmit={submit} style={{ display: 'flex', flexDirection: 'column', gap: 16 }} noValidate>
          {translate('mail.forgot.explain')}
          <TextField
            name="email" type="email" autoComplete="email" required autoFocus label={translate('mail.forgot.email')}
            value={email} onChange={(e) => setEmail(e.target.value)} error={!!error} helperText={error}
          />
          <Button type="submit" variant="contained" disabled={busy || !email}>{translate('mail.forgot.submit')}</Button>
        </form>
      )}
      <Button component={Link} to="/login">{translate('mail.setPassword.toLogin')}</Button>
    </PublicPageFrame>
  );
}
