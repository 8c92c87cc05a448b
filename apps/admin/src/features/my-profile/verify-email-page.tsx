import { useEffect, useRef, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { API } from '../../providers/http';

/** `#/verify-email?token=…&lang=…` — opened from the mail sent to the new address; no login needed. */
export function VerifyEmailPage() {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const [locale, setLocale] = useLocaleState();
  const [state, setState] = useState<{ email?: string; failed?: boolean }>({});
  const sent = useRef(false);
  useEffect(() => {
    const lang = params.get('lang');
    if (lang && ['az', 'en', 'ru'].includes(lang) && lang !== locale) setLocale(lang);
    if (sent.current) return;
    sent.current = true;
    void fetch(`${API}/email-change/confirm`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': lang ?? locale }, body: JSON.stringify({ token: params.get('token') ?? '' }) })
      .then(async (r) => setState(r.ok ? { email: ((await r.json()) as { email: string }).email } : { failed: true }))
      .catch(() => setState({ failed: true }));
  }, []);
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
      <Card sx={{ maxWidth: 480, width: '100%' }}>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>{translate('myProfile.verify.title')}</Typography>
          {!state.email && !state.failed && <><CircularProgress size={20} /> {translate('myProfile.verify.working')}</>}
          {state.email && <Alert severity="success" data-testid="email-confirmed">{translate('myProfile.verify.done', { email: state.email })}</Alert>}
          {state.failed && <Alert severity="error">{translate('myProfile.verify.failed')}</Alert>}
          <Button component={RouterLink} to="/login" sx={{ mt: 2 }}>{translate('myProfile.verify.login')}</Button>
        </CardContent>
      </Card>
    </Box>
  );
}
