import { useCallback, useEffect, useState } from 'react';
import {
  Alert, Box, Button, Card, CardContent, Chip, CircularProgress, List, ListItem, ListItemText, Stack, TextField, Typography,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { api, saveBlob } from '../../providers/http';
import { formatBaku } from '../../time';

interface TwoFactorStatus {
  mode: 'required' | 'optional' | 'off';
  staff: boolean;
  enabled: boolean;
  enabledAt: string | null;
  required: boolean;
  recoveryCodesLeft: number;
}

interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

interface MySession {
  id: string;
  browser: string | null;
  os: string | null;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
}

/** The API's localised message, or the field's one for a wrong code. */
function messageOf(e: unknown): string {
  const body = (e as { body?: { errors?: Record<string, string> } }).body;
  const fieldMessage = body?.errors && Object.values(body.errors).find((m) => typeof m === 'string');
  return fieldMessage || (e as Error).message;
}

/** The ten codes, shown once: copy, download, and a plain warning. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const text = codes.join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      notify('security.codes.copied', { type: 'success' });
    } catch {
      notify('security.codes.copyFailed', { type: 'warning' });
    }
  };
  const download = () => {
    saveBlob(new Blob([`${translate('security.codes.fileTitle')}\n\n${text}\n`], { type: 'text/plain;charset=utf-8' }), 'konullu-dost-recovery-codes.txt');
  };
  return (
    <Stack spacing={2} data-testid="recovery-codes">
      <Alert severity="warning">{translate('security.codes.warning')}</Alert>
      <Box component="ol" sx={{ fontFamily: 'monospace', fontSize: '1.05rem', columns: 2, m: 0, pl: 4 }}>
        {codes.map((c) => <li key={c}>{c}</li>)}
      </Box>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>{translate('security.codes.copy')}</Button>
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download}>{translate('security.codes.download')}</Button>
      </Stack>
      <Button variant="contained" onClick={onDone} data-testid="recovery-codes-saved">{translate('security.codes.saved')}</Button>
    </Stack>
  );
}

/** A six-digit code field with its button: to confirm enrolment, turn 2FA off, or get new recovery codes. */
function CodeForm({ label, submitLabel, allowRecovery, onSubmit, onCancel }: {
  label: string; submitLabel: string; allowRecovery: boolean; onSubmit: (factor: { code?: string; recoveryCode?: string }) => Promise<void>; onCancel?: () => void;
}) {
  const translate = useTranslate();
  const [value, setValue] = useState('');
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(recovery ? { recoveryCode: value } : { code: value });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack spacing={1.5}>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          label={recovery ? translate('security.login.recoveryCode') : label} value={value} onChange={(e) => setValue(e.target.value)}
          name={recovery ? 'recoveryCode' : 'code'} autoComplete="one-time-code" autoFocus size="small"
          inputProps={recovery ? { autoCapitalize: 'none', spellCheck: false } : { inputMode: 'numeric', maxLength: 7 }}
        />
        <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
          <Button type="submit" variant="contained" disabled={busy || !value.trim()} startIcon={busy ? <CircularProgress size={16} /> : undefined}>{submitLabel}</Button>
          {onCancel && <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>}
          {allowRecovery && (
            <Button size="small" onClick={() => (setRecovery(!recovery), setValue(''), setError(null))}>
              {translate(recovery ? 'security.login.useApp' : 'security.login.useRecovery')}
            </Button>
          )}
        </Stack>
      </Stack>
    </form>
  );
}

/**
 * Two-step sign-in: enrol (QR code, the key as text, the first code, then the recovery codes), new recovery
 * codes, turn off where optional. `onEnabled` lets the enrolment-required screen open the console afterwards.
 */
export function TwoFactorCard({ onEnabled }: { onEnabled?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [action, setAction] = useState<'regenerate' | 'disable' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api<TwoFactorStatus>('/auth/2fa').then(setStatus, (e) => setError(messageOf(e)));
  }, []);
  useEffect(load, [load]);

  if (error && !status) return <Alert severity="error">{error}</Alert>;
  if (!status) return <CircularProgress size={24} />;
  if (!status.staff || status.mode === 'off') return null;

  const start = async () => {
    setError(null);
    try {
      setEnrolment(await api<Enrolment>('/auth/2fa/enrolment', { method: 'POST' }));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const confirm = async ({ code }: { code?: string }) => {
    const res = await api<{ recoveryCodes: string[] }>('/auth/2fa/enrolment/confirm', { method: 'POST', body: { code } });
    setEnrolment(null);
    setCodes(res.recoveryCodes);
  };
  const codesSaved = () => {
    setCodes(null);
    if (onEnabled) onEnabled();
    else load();
  };

  return (
    <Card sx={{ mb: 2 }} data-testid="two-factor-card">
      <CardContent>
        <Typography variant="h6" gutterBottom>{translate('security.twoFactor.title')}</Typography>
        {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
        {codes ? (
          <RecoveryCodes codes={codes} onDone={codesSaved} />
        ) : enrolment ? (
          <Stack spacing={2} data-testid="two-factor-enrolment">
            <Typography variant="body2">{translate('security.twoFactor.scan')}</Typography>
            <Box component="img" src={enrolment.qrDataUrl} alt={translate('security.twoFactor.qrAlt')} sx={{ width: 220, height: 220, alignSelf: 'center', imageRendering: 'pixelated' }} />
            <Typography variant="body2">{translate('security.twoFactor.manual')}</Typography>
            <Typography data-testid="two-factor-secret" sx={{ fontFamily: 'monospace', fontSize: '1.05rem', wordBreak: 'break-all', bgcolor: 'action.hover', p: 1, borderRadius: 1 }}>
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Typography>
            <Typography variant="body2">{translate('security.twoFactor.enterCode')}</Typography>
            <CodeForm label={translate('security.login.code')} submitLabel={translate('security.twoFactor.confirm')} allowRecovery={false} onSubmit={confirm} onCancel={() => setEnrolment(null)} />
          </Stack>
        ) : status.enabled ? (
          <Stack spacing={2}>
            <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
              <Chip color="success" label={translate('security.twoFactor.on')} data-testid="two-factor-on" />
              {status.enabledAt && <Typography variant="body2" color="text.secondary">{translate('security.twoFactor.since', { date: formatBaku(status.enabledAt, locale, false) })}</Typography>}
            </Stack>
            <Typography variant="body2">{translate('security.twoFactor.codesLeft', { smart_count: status.recoveryCodesLeft })}</Typography>
            {status.recoveryCodesLeft <= 3 && <Alert severity="warning">{translate('security.twoFactor.fewCodes')}</Alert>}
            {action ? (
              <CodeForm
                label={translate('security.login.code')}
                submitLabel={translate(action === 'disable' ? 'security.twoFactor.disable' : 'security.twoFactor.regenerate')}
                allowRecovery
                onCancel={() => setAction(null)}
                onSubmit={async (factor) => {
                  if (action === 'disable') {
                    await api('/auth/2fa/disable', { method: 'POST', body: factor });
                    notify('security.twoFactor.disabled', { type: 'info' });
                    setAction(null);
                    load();
                  } else {
                    const res = await api<{ recoveryCodes: string[] }>('/auth/2fa/recovery-codes', { method: 'POST', body: factor });
                    setAction(null);
                    setCodes(res.recoveryCodes);
                  }
                }}
              />
            ) : (
              <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
                <Button variant="outlined" onClick={() => setAction('regenerate')}>{translate('security.twoFactor.regenerate')}</Button>
                {!status.required && <Button color="error" onClick={() => setAction('disable')}>{translate('security.twoFactor.disable')}</Button>}
              </Stack>
            )}
            {status.required && <Typography variant="body2" color="text.secondary">{translate('security.twoFactor.requiredNote')}</Typography>}
          </Stack>
        ) : (
          <Stack spacing={2}>
            <Typography variant="body2">{translate('security.twoFactor.explain')}</Typography>
            <Box>
              <Button variant="contained" onClick={start} data-testid="two-factor-start">{translate('security.twoFactor.enable')}</Button>
            </Box>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

/** "My sessions": every device signed in to this account; sign out one, or all others. */
export function SessionsCard() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [sessions, setSessions] = useState<MySession[] | null>(null);
  const load = useCallback(() => {
    api<MySession[]>('/me/sessions').then(setSessions, (e) => notify(messageOf(e), { type: 'error' }));
  }, [notify]);
  useEffect(load, [load]);

  const revoke = async (id: string) => {
    try {
      await api(`/me/sessions/${id}`, { method: 'DELETE' });
      notify('security.sessions.signedOut', { type: 'info' });
    } catch (e) {
      notify(messageOf(e), { type: 'error' });
    }
    load();
  };
  const revokeOthers = async () => {
    try {
      const res = await api<{ revoked: number }>('/me/sessions/revoke-others', { method: 'POST' });
      notify('security.sessions.othersSignedOut', { type: 'info', messageArgs: { smart_count: res.revoked } });
    } catch (e) {
      notify(messageOf(e), { type: 'error' });
    }
    load();
  };

  const device = (s: MySession) =>
    s.browser && s.os ? `${s.browser} · ${s.os}` : (s.browser ?? s.os ?? translate('security.sessions.unknownDevice'));

  return (
    <Card sx={{ mb: 2 }} data-testid="sessions-card">
      <CardContent>
        <Typography variant="h6" gutterBottom>{translate('security.sessions.title')}</Typography>
        {!sessions ? (
          <CircularProgress size={24} />
        ) : (
          <>
            <List dense disablePadding>
              {sessions.map((s, i) => (
                // The list holds only <li>s: the line between rows is the item's own border (a <Divider> is a separator).
                <ListItem
                  key={s.id}
                  divider={i < sessions.length - 1}
                  disableGutters
                  data-testid="session-row"
                  secondaryAction={s.current ? undefined : <Button size="small" onClick={() => revoke(s.id)}>{translate('security.sessions.signOut')}</Button>}
                >
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} alignItems="center" component="span">
                        <span>{device(s)}</span>
                        {s.current && <Chip size="small" color="primary" label={translate('security.sessions.thisDevice')} component="span" />}
                      </Stack>
                    }
                    secondary={[
                      s.ip && translate('security.sessions.address', { ip: s.ip }),
                      translate('security.sessions.lastUsed', { date: formatBaku(s.lastUsedAt, locale) }),
                      translate('security.sessions.signedIn', { date: formatBaku(s.createdAt, locale) }),
                    ].filter(Boolean).join(' · ')}
                    sx={{ pr: s.current ? 0 : 10 }}
                  />
                </ListItem>
              ))}
            </List>
            {sessions.length > 1 && (
              <Button sx={{ mt: 1 }} variant="outlined" color="error" onClick={revokeOthers} data-testid="sessions-revoke-others">
                {translate('security.sessions.signOutOthers')}
              </Button>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** STAFF_2FA=required and no authenticator: the only screen the console shows until it is set up. */
export function EnrolmentRequiredScreen() {
  const translate = useTranslate();
  return (
    <Box p={2} maxWidth={560} data-testid="enrolment-required">
      <Title title="security.twoFactor.title" />
      <Alert severity="info" sx={{ mb: 2 }}>{translate('security.twoFactor.requiredIntro')}</Alert>
      {/* A full reload after the codes are saved: the session's new rights come with a fresh token. */}
      <TwoFactorCard onEnabled={() => window.location.reload()} />
    </Box>
  );
}
