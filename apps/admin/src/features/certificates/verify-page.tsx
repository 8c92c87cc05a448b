import { useEffect, useState, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { Alert, AlertTitle, Box, Button, Card, CardContent, LinearProgress, MenuItem, Select, Stack, TextField, Typography } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import BlockIcon from '@mui/icons-material/Block';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import DownloadIcon from '@mui/icons-material/Download';
import { dateLabel, localized, periodLabel, publicCredentialUrl, certificateHours, type PublicCertificate } from './certificates-api';

const LANGUAGES = [
  { code: 'az', name: 'Azərbaycanca' },
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
];

/** The public frame: a landmark, the brand, the language switch and one heading; phone first. */
function VerifyFrame({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: '#f4f6fa', py: { xs: 0, sm: 3 }, px: { xs: 0, sm: 2 } }}>
      <Card sx={{ maxWidth: 640, mx: 'auto', borderRadius: { xs: 0, sm: 2 } }}>
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: { xs: 2, sm: 3 } }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
            <Typography variant="overline" sx={{ color: '#0b4f8a', fontWeight: 700 }}>{translate('mail.brand')}</Typography>
            <Select size="small" value={locale} onChange={(e) => setLocale(e.target.value)} SelectDisplayProps={{ 'aria-label': translate('mail.language') } as never}
              inputProps={{ 'aria-label': translate('mail.language') }} data-testid="language">
              {LANGUAGES.map((l) => <MenuItem key={l.code} value={l.code} lang={l.code}>{l.name}</MenuItem>)}
            </Select>
          </Box>
          <Typography variant="h5" component="h1">{translate('certificates.verify.title')}</Typography>
          {children}
        </CardContent>
      </Card>
    </Box>
  );
}

type State = { kind: 'loading' } | { kind: 'found'; cert: PublicCertificate } | { kind: 'notFound' } | { kind: 'failed' };

/** Valid / revoked (with its date, never the reason) / superseded, said first and in colour. */
function Verdict({ cert }: { cert: PublicCertificate }) {
  const translate = useTranslate();
  if (cert.status === 'valid') {
    return (
      <Alert severity="success" icon={<VerifiedIcon fontSize="large" />} data-testid="verify-status" data-status="valid" sx={{ alignItems: 'center' }}>
        <AlertTitle sx={{ fontSize: '1.25rem', fontWeight: 700, mb: 0 }}>{translate('certificates.status.valid')}</AlertTitle>
        {translate('certificates.verify.validHint')}
      </Alert>
    );
  }
  if (cert.status === 'revoked') {
    return (
      <Alert severity="error" icon={<BlockIcon fontSize="large" />} data-testid="verify-status" data-status="revoked" sx={{ alignItems: 'center' }}>
        <AlertTitle sx={{ fontSize: '1.25rem', fontWeight: 700, mb: 0 }}>{translate('certificates.status.revoked')}</AlertTitle>
        {cert.revokedAt ? `${translate('certificates.verify.revokedOn', { date: dateLabel(cert.revokedAt) })}. ` : ''}
        {translate('certificates.verify.revokedHint')}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" icon={<SwapHorizIcon fontSize="large" />} data-testid="verify-status" data-status="superseded" sx={{ alignItems: 'center' }}>
      <AlertTitle sx={{ fontSize: '1.25rem', fontWeight: 700, mb: 0 }}>{translate('certificates.status.superseded')}</AlertTitle>
      {translate('certificates.verify.supersededHint')}
    </Alert>
  );
}

function Facts({ cert }: { cert: PublicCertificate }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows: [string, ReactNode, string][] = [
    ['type', <><b>{localized(cert.type.name, locale)}</b> · {translate(`certificates.kinds.${cert.type.kind}`)}</>, 'verify-type'],
    ['holder', <b>{cert.holderName}</b>, 'verify-holder'],
    ['hours', certificateHours(cert.minutes, locale), 'verify-hours'],
    ...(cert.roles.length ? [['roles', cert.roles.map((r) => localized(r, locale)).join(', '), 'verify-roles'] as [string, ReactNode, string]] : []),
    ...(cert.place ? [['place', localized(cert.place.name, locale), 'verify-place'] as [string, ReactNode, string]] : []),
    ...(cert.periodFrom || cert.periodTo ? [['period', periodLabel(cert.periodFrom, cert.periodTo), 'verify-period'] as [string, ReactNode, string]] : []),
    ['issuedAt', dateLabel(cert.issuedAt), 'verify-issued'],
    ['issuer', localized(cert.issuer.name, locale), 'verify-issuer'],
    ['serial', <span style={{ fontFamily: 'monospace' }}>{cert.serial}</span>, 'verify-serial'],
  ];
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, auto) 1fr' }, columnGap: 2, rowGap: { xs: 0.25, sm: 1 } }}>
      {rows.map(([key, value, testId]) => (
        <Box key={key} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary" sx={{ mt: { xs: 1, sm: 0 } }}>{translate(`certificates.fields.${key}`)}</Typography>
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }} data-testid={testId}>{value}</Typography>
        </Box>
      ))}
    </Box>
  );
}

/** Typing a code by hand (`#/verify`, or after a not-found). */
function CodeForm({ initial }: { initial?: string }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [code, setCode] = useState(initial ?? '');
  return (
    <Stack direction="row" spacing={1} component="form" onSubmit={(e) => { e.preventDefault(); if (code.trim()) void navigate(`/verify/${encodeURIComponent(code.trim().toUpperCase())}`); }}>
      <TextField size="small" fullWidth label={translate('certificates.verify.code')} value={code} onChange={(e) => setCode(e.target.value)} name="code"
        slotProps={{ htmlInput: { autoCapitalize: 'characters', autoComplete: 'off', spellCheck: false } }} />
      <Button type="submit" variant="contained">{translate('certificates.verify.check')}</Button>
    </Stack>
  );
}

/** `?lang=en` of the link (the PDF's QR code and mails may name the reader's language) opens the page in it. */
function useLinkLanguage(): void {
  const [, setLocale] = useLocaleState();
  const { search } = useLocation();
  const lang = new URLSearchParams(search).get('lang');
  useEffect(() => {
    if (lang && ['az', 'en', 'ru'].includes(lang)) setLocale(lang);
  }, [lang, setLocale]);
}

/** `#/verify/:code` — anyone checks a certificate: no login, nothing personal beyond what the certificate says. */
export function VerifyPage() {
  useLinkLanguage();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { code = '' } = useParams();
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    if (!code) return;
    let live = true;
    setState({ kind: 'loading' });
    fetch(`/api/v1/public/certificates/${encodeURIComponent(code)}`, { headers: { Accept: 'application/json', 'Accept-Language': locale } })
      .then(async (r) => {
        if (!live) return;
        if (r.status === 404) setState({ kind: 'notFound' });
        else if (!r.ok) setState({ kind: 'failed' });
        else setState({ kind: 'found', cert: (await r.json()) as PublicCertificate });
      })
      .catch(() => live && setState({ kind: 'failed' }));
    return () => {
      live = false;
    };
    // The answer holds every language: switching the language does not ask again.
  }, [code]);
  if (!code) {
    return (
      <VerifyFrame>
        <Typography color="text.secondary">{translate('certificates.verify.lead')}</Typography>
        <CodeForm />
      </VerifyFrame>
    );
  }
  return (
    <VerifyFrame>
      {state.kind === 'loading' && <LinearProgress />}
      {state.kind === 'notFound' && (
        <>
          <Alert severity="info" data-testid="verify-status" data-status="notFound">
            <AlertTitle>{translate('certificates.verify.notFound')}</AlertTitle>
            {translate('certificates.verify.notFoundHint')}
          </Alert>
          <CodeForm initial={code} />
        </>
      )}
      {state.kind === 'failed' && <Alert severity="error" data-testid="verify-status" data-status="failed">{translate('certificates.verify.failed')}</Alert>}
      {state.kind === 'found' && (
        <>
          <Verdict cert={state.cert} />
          <Facts cert={state.cert} />
          <Box>
            <Button variant="outlined" startIcon={<DownloadIcon />} href={publicCredentialUrl(code)} download={`${state.cert.serial}.json`} data-testid="verify-credential">
              {translate('certificates.verify.credential')}
            </Button>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>{translate('certificates.verify.credentialHint')}</Typography>
          </Box>
        </>
      )}
    </VerifyFrame>
  );
}
