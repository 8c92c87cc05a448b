import { useEffect, useState } from 'react';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, Link, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { useLocaleState, useLogin, useTranslate } from 'react-admin';
import type { Locale } from '../i18n';
import { MfaRequired } from '../providers/auth-provider';
import { currentUser } from '../providers/http';
import { chosenLoginLocale, localeAfterLogin, rememberLoginLocale } from './login-locale';

/**
 * The e-mail typed so far. A language switch re-mounts the login page (react-admin rebuilds its routes for the new
 * catalogue), which would otherwise wipe what was typed.
 */
let typedEmail = '';

/** The branded login: Azerbaijani first, the language can be switched before signing in. */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [locale, setLocale] = useLocaleState();
  const [email, setEmailState] = useState(typedEmail);
  const setEmail = (value: string) => {
    typedEmail = value;
    setEmailState(value);
  };
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The second step of a login with two-step sign-in: the token of the first, and a code or a recovery code.
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  // Logout clears react-admin's store (and with it the language): a hand-picked one comes back here.
  useEffect(() => {
    const chosen = chosenLoginLocale();
    if (chosen && chosen !== locale) setLocale(chosen);
  }, []); // once, when the page opens
  const choose = (value: Locale | null) => {
    const picked = value ?? (locale as Locale);
    rememberLoginLocale(picked);
    setLocale(picked);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(mfaToken ? { mfaToken, ...(useRecovery ? { recoveryCode: code } : { code }) } : { email, password });
      // The console speaks the profile's language (e.g. an invitee set up in Russian) unless one was picked above.
      const next = localeAfterLogin(currentUser()?.locale, chosenLoginLocale());
      if (next && next !== locale) setLocale(next);
    } catch (err) {
      if (err instanceof MfaRequired) {
        setMfaToken(err.mfaToken);
        setCode('');
        return;
      }
      // The token of the first step lived 5 minutes: start again from the password.
      if ((err as { status?: number })?.status === 401 && mfaToken) {
        setMfaToken(null);
        setPassword('');
      }
      // The API's message is already in the chosen language (401: wrong e-mail or password; 429: wait N seconds).
      setError((err as Error)?.message || translate('app.login.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box minHeight="100vh" display="flex" alignItems="center" justifyContent="center" p={2} sx={{ background: 'linear-gradient(135deg, #0d3b66 0%, #1b5e9b 60%, #3c8dbc 100%)' }}>
      <Card sx={{ width: '100%', maxWidth: 420 }}>
        <CardContent>
          <Stack alignItems="center" spacing={1} mb={2}>
            <Avatar sx={{ bgcolor: '#0d3b66', width: 56, height: 56 }}>
              <VolunteerActivismIcon />
            </Avatar>
            <Typography variant="h5" component="h1" textAlign="center">{translate('app.login.title')}</Typography>
            <Typography variant="body2" color="text.secondary" textAlign="center">{translate('app.login.subtitle')}</Typography>
          </Stack>
          <ToggleButtonGroup size="small" exclusive fullWidth value={locale} onChange={(_, v: Locale | null) => choose(v)} sx={{ mb: 2 }} aria-label={translate('app.language')}>
            <ToggleButton value="az">AZ</ToggleButton>
            <ToggleButton value="en">EN</ToggleButton>
            <ToggleButton value="ru">RU</ToggleButton>
          </ToggleButtonGroup>
          {mfaToken ? (
            <form onSubmit={submit} noValidate data-testid="login-second-step">
              <Stack spacing={2}>
                {error && <Alert severity="error">{error}</Alert>}
                <Typography variant="body2">{translate(useRecovery ? 'security.login.recoveryPrompt' : 'security.login.codePrompt')}</Typography>
                <TextField
                  label={translate(useRecovery ? 'security.login.recoveryCode' : 'security.login.code')}
                  name={useRecovery ? 'recoveryCode' : 'code'}
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  autoComplete="one-time-code"
                  inputProps={useRecovery ? { autoCapitalize: 'none', spellCheck: false } : { inputMode: 'numeric', pattern: '[0-9 ]*', maxLength: 7 }}
                  required
                  fullWidth
                  autoFocus
                />
                <Button type="submit" variant="contained" size="large" disabled={busy || !code.trim()} startIcon={busy ? <CircularProgress size={18} /> : undefined}>
                  {translate('security.login.verify')}
                </Button>
                <Link component="button" type="button" variant="body2" onClick={() => (setUseRecovery(!useRecovery), setCode(''), setError(null))}>
                  {translate(useRecovery ? 'security.login.useApp' : 'security.login.useRecovery')}
                </Link>
                <Link component="button" type="button" variant="body2" onClick={() => (setMfaToken(null), setPassword(''), setCode(''), setError(null))}>
                  {translate('security.login.back')}
                </Link>
              </Stack>
            </form>
          ) : (
          <form onSubmit={submit} noValidate>
            <Stack spacing={2}>
              {error && <Alert severity="error">{error}</Alert>}
              <TextField label={translate('app.login.email')} type="email" name="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required fullWidth autoFocus />
              <TextField label={translate('app.login.password')} type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required fullWidth />
              <Button type="submit" variant="contained" size="large" disabled={busy} startIcon={busy ? <CircularProgress size={18} /> : undefined}>
                {translate('app.login.submit')}
              </Button>
              <Link href="#/forgot-password" variant="body2" textAlign="center">{translate('app.login.forgot')}</Link>
            </Stack>
          </form>
          )}
          {/* People who want to volunteer have no account yet: the public intakes are one tap away. */}
          <Alert severity="info" icon={false} sx={{ mt: 2, justifyContent: 'center', textAlign: 'center' }}>
            {translate('app.login.volunteerQuestion')}{' '}
            <Link href="#/apply" data-testid="login-apply">{translate('app.login.apply')}</Link>
          </Alert>
        </CardContent>
      </Card>
    </Box>
  );
}
