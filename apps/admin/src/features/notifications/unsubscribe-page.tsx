import { Alert, Button, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { hashQuery, postPublic } from './public-api';
import { PublicPageFrame } from './public-page-frame';

/**
 * Where the unsubscribe link of a group message leads. It asks first (a link scanner following the
 * link must not unsubscribe anybody); mail clients' one-click button POSTs to the API directly.
 */
export function UnsubscribePage() {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const [token] = useState(() => hashQuery().get('token') ?? '');
  // The mail's language, so the page reads like the mail did.
  const [mailLanguage] = useState(() => hashQuery().get('lang'));
  useEffect(() => {
    if (mailLanguage && ['az', 'en', 'ru'].includes(mailLanguage)) setLocale(mailLanguage);
  }, [mailLanguage, setLocale]);
  const [state, setState] = useState<{ done?: string; error?: string; busy?: boolean }>({});

  const confirm = async () => {
    setState({ busy: true });
    const answer = await postPublic<{ email: string }>('/unsubscribe', { token }, locale);
    setState(answer.ok ? { done: answer.body?.email ?? '' } : { error: answer.detail ?? translate('mail.unsubscribe.invalid') });
  };

  return (
    <PublicPageFrame title={translate('mail.unsubscribe.title')}>
      {state.done !== undefined ? (
        <Alert severity="success" data-testid="unsubscribed">{translate('mail.unsubscribe.done', { email: state.done })}</Alert>
      ) : !token || state.error ? (
        <Alert severity="error">{state.error ?? translate('mail.unsubscribe.invalid')}</Alert>
      ) : (
        <>
          <Typography>{translate('mail.unsubscribe.explain')}</Typography>
          <Button variant="contained" onClick={confirm} disabled={state.busy}>{translate('mail.unsubscribe.confirm')}</Button>
        </>
      )}
    </PublicPageFrame>
  );
}
