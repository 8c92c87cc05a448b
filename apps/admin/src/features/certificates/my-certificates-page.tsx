import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardActions, CardContent, Chip, CircularProgress, LinearProgress, Stack, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import LinkIcon from '@mui/icons-material/Link';
import DataObjectIcon from '@mui/icons-material/DataObject';
import LinkedInIcon from '@mui/icons-material/LinkedIn';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import {
  certificateFiles, certificatesApi, dateLabel, linkedInUrl, localized, verifyLink, certificateHours, wholeHours, type CertificateProgress, type CertificateStatus, type Lang,
  type MyCertificate,
} from './certificates-api';

export function CertificateStatusChip({ status }: { status: CertificateStatus }) {
  const translate = useTranslate();
  const color = status === 'valid' ? 'success' : status === 'revoked' ? 'error' : 'warning';
  return <Chip size="small" color={color} label={translate(`certificates.status.${status}`)} data-testid="certificate-status" data-status={status} />;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Box component="section" data-testid={testId}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{title}</Typography>
      {children}
    </Box>
  );
}

/** "84 / 120 saat" with a bar, and in words what is still missing. */
function ProgressCard({ p }: { p: CertificateProgress }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const goal = p.requiredMinutes;
  const value = goal ? Math.min(100, (p.minutes / goal) * 100) : p.eligible || p.held ? 100 : 0;
  return (
    <Card variant="outlined" data-testid="certificate-progress" data-type={p.typeId}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Stack direction="row" justifyContent="space-between" alignItems="flex-start" spacing={1}>
          <Box sx={{ minWidth: 0 }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{localized(p.name, locale)}</Typography>
            <Typography variant="caption" color="text.secondary">{translate(`certificates.kinds.${p.kind}`)}</Typography>
          </Box>
          {p.held && <Chip size="small" color="success" icon={<CheckCircleIcon />} label={translate('certificates.my.held')} />}
        </Stack>
        {goal !== null && (
          <Typography sx={{ fontWeight: 600, mt: 1 }} data-testid="progress-hours">
            {translate('certificates.progressHours', { done: wholeHours(p.minutes), goal: wholeHours(goal) })}
          </Typography>
        )}
        {/* A bar for what is counted in hours (or done); a training without its qualification has no "how far". */}
        {(goal !== null || p.held || p.eligible) && (
          <LinearProgress variant="determinate" value={value} color={p.held || p.eligible ? 'success' : 'primary'} sx={{ height: 10, borderRadius: 5, my: 1 }}
            aria-label={localized(p.name, locale)} />
        )}
        {!p.held && p.eligible && <Typography variant="body2" color="success.main">{translate('certificates.my.eligible')}</Typography>}
        {!p.held && !p.eligible && p.reasons.length > 0 && (
          <Box data-testid="progress-reasons">
            <Typography variant="body2" color="text.secondary">{translate('certificates.my.stillNeeded')}</Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {p.reasons.map((r) => <Typography component="li" variant="body2" key={r} data-reason={r}>{translate(`certificates.reasons.${r}`, { _: r })}</Typography>)}
            </Box>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** One certificate: what it is, and everything one does with it (download, share, LinkedIn). */
function CertificateCard({ c }: { c: MyCertificate }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState<string | null>(null);
  const run = (key: string, action: () => Promise<void>) => async () => {
    setBusy(key);
    try {
      await action();
    } catch (e) {
      notify('certificates.files.downloadFailed', { type: 'error', messageArgs: { message: (e as Error).message } });
    } finally {
      setBusy(null);
    }
  };
  const copy = async () => {
    const link = verifyLink(c);
    try {
      await navigator.clipboard.writeText(link);
      notify('certificates.my.copied', { type: 'success' });
    } catch {
      notify('certificates.my.copyFailed', { type: 'warning', messageArgs: { link }, autoHideDuration: 15000 });
    }
  };
  const icon = (key: string, fallback: ReactNode) => (busy === key ? <CircularProgress size={16} /> : fallback);
  return (
    <Card variant="outlined" data-testid="my-certificate" data-serial={c.serial} data-status={c.status}>
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" justifyContent="space-between" alignItems="flex-start" spacing={1}>
          <Stack direction="row" spacing={1} sx={{ minWidth: 0 }}>
            <WorkspacePremiumIcon color={c.status === 'valid' ? 'primary' : 'disabled'} sx={{ mt: 0.25 }} />
            <Box sx={{ minWidth: 0 }}>
              <Typography component="h3" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }} data-testid="certificate-title">{localized(c.type.name, locale)}</Typography>
              {c.place && <Typography variant="body2">{localized(c.place.name, locale)}</Typography>}
            </Box>
          </Stack>
          <CertificateStatusChip status={c.status} />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          <span style={{ fontFamily: 'monospace' }} data-testid="certificate-serial">{c.serial}</span>
          {' · '}{certificateHours(c.minutes, locale)}
          {' · '}{translate('certificates.my.issuedOn', { date: dateLabel(c.issuedAt) })}
        </Typography>
        {c.status === 'revoked' && <Alert severity="error" sx={{ mt: 1 }}>{translate('certificates.my.revokedNote', { date: dateLabel(c.revokedAt) })}</Alert>}
        {c.status === 'superseded' && <Alert severity="warning" sx={{ mt: 1 }}>{translate('certificates.my.supersededNote')}</Alert>}
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2, '& > :not(style) ~ :not(style)': { ml: 0 } }}>
        <Button size="small" variant="contained" startIcon={icon('az-en', <PictureAsPdfIcon />)} disabled={!!busy} data-testid="download-pdf-az-en"
          onClick={() => void run('az-en', () => certificateFiles.myPdf(c, 'az-en'))()}>{translate('certificates.files.pdfAzEn')}</Button>
        <Button size="small" variant="outlined" startIcon={icon('az-ru', <PictureAsPdfIcon />)} disabled={!!busy} data-testid="download-pdf-az-ru"
          onClick={() => void run('az-ru', () => certificateFiles.myPdf(c, 'az-ru'))()}>{translate('certificates.files.pdfAzRu')}</Button>
        {c.status === 'valid' && (
          <>
            <Button size="small" variant="outlined" startIcon={<LinkIcon />} onClick={() => void copy()} data-testid="copy-verify-link">{translate('certificates.my.copyLink')}</Button>
            <Button size="small" variant="outlined" startIcon={icon('json', <DataObjectIcon />)} disabled={!!busy} data-testid="download-credential"
              onClick={() => void run('json', () => certificateFiles.myCredential(c))()}>{translate('certificates.files.credential')}</Button>
            <Button size="small" variant="outlined" startIcon={<LinkedInIcon />} href={linkedInUrl(c, locale as Lang, translate('certificates.issuer'))} target="_blank"
              rel="noopener noreferrer" data-testid="add-to-linkedin">{translate('certificates.my.linkedIn')}</Button>
          </>
        )}
      </CardActions>
    </Card>
  );
}

/** "Sertifikatlarım": the certificates held, then progress toward the other types — phone first. */
export function MyCertificatesPage() {
  const translate = useTranslate();
  const [certs, setCerts] = useState<MyCertificate[] | null>(null);
  const [progress, setProgress] = useState<CertificateProgress[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(() => {
    certificatesApi.mine().then((r) => setCerts(r.data), (e: Error) => (setCerts([]), setFailure(e.message)));
    certificatesApi.myProgress().then((r) => setProgress(Array.isArray(r) ? r : ((r as { data?: CertificateProgress[] }).data ?? [])), () => setProgress([]));
  }, []);
  useEffect(load, [load]);
  // The certificates held come first (what a volunteer opens this page for); then what one works towards — a type
  // already held is shown by its certificate above.
  const towards = (progress ?? []).filter((p) => !p.held);
  return (
    <Box sx={{ maxWidth: 720, width: '100%', mx: 'auto', p: 1, boxSizing: 'border-box', contain: 'inline-size' }} data-testid="my-certificates">
      <Title title="certificates.my.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>{translate('certificates.my.title')}</Typography>
      {failure && <Alert severity="error" data-testid="load-error" sx={{ mb: 1 }}>{failure}</Alert>}
      <Stack spacing={2}>
        <Section title={translate('certificates.my.certificates')} testId="my-certificate-list">
          {certs === null && <LinearProgress />}
          {certs?.length === 0 && !failure && <Alert severity="info">{translate('certificates.my.empty')}</Alert>}
          <Stack spacing={1}>{certs?.map((c) => <CertificateCard key={c.id} c={c} />)}</Stack>
        </Section>
        <Section title={translate('certificates.my.progress')} testId="certificate-progress-list">
          {progress === null && <LinearProgress />}
          {progress !== null && towards.length === 0 && <Typography color="text.secondary">{translate('certificates.my.noProgress')}</Typography>}
          <Stack spacing={1}>{towards.map((p) => <ProgressCard key={p.typeId} p={p} />)}</Stack>
        </Section>
      </Stack>
    </Box>
  );
}
