import {
  Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, List, ListItem, ListItemText, TextField, Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import { hashQuery } from '../notifications/public-api';
import { ApplicantFrame, useMailLanguage } from './public-frame';
import { bakuDateTime, getPublic, postPublic, type Locale, type StatusView } from './recruitment-api';

/** Where the mails lead (`#/application-status?token=…`): the stage, e-mail code, interview time, withdraw. */
export function StatusPage() {
  useMailLanguage();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  const [token] = useState(() => hashQuery().get('token') ?? '');
  const [view, setView] = useState<StatusView | null | undefined>(undefined);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  // Arriving from the verification link: say that it worked (or that it had worked before), not nothing.
  const [notice, setNotice] = useState<{ severity: 'success' | 'error' | 'info'; text: string } | null>(() => {
    const verified = hashQuery().get('verified');
    if (verified === 'done') return { severity: 'success', text: translate('recruitment.verify.done') };
    if (verified === 'already') return { severity: 'info', text: translate('recruitment.verify.already') };
    return null;
  });
  const [confirm, setConfirm] = useState<'withdraw' | 'consent' | null>(null);

  const load = useCallback(async () => {
    if (!token) return setView(null);
    const a = await getPublic<StatusView>(`/public/application-status?token=${encodeURIComponent(token)}`, locale);
    setView(a.ok ? (a.body ?? null) : null);
  }, [token, locale]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (path: string, body: Record<string, unknown>, success?: string) => {
    const a = await postPublic<StatusView>(path, { token, ...body }, locale);
    if (a.ok) {
      if (a.body && 'status' in a.body) setView(a.body);
      else await load();
      if (success) setNotice({ severity: 'success', text: success });
    } else {
      setNotice({ severity: 'error', text: Object.values(a.fieldErrors)[0] ?? a.detail ?? '' });
    }
    return a.ok;
  };

  const verify = async () => {
    const a = await postPublic('/public/applications/verify', { statusToken: token, code }, locale);
    if (a.ok) {
      setCodeError(undefined);
      setNotice({ severity: 'success', text: translate('recruitment.status.verified') });
      await load();
    } else setCodeError(a.fieldErrors.code ?? a.fieldErrors.statusToken ?? a.detail);
  };

  const title = translate('recruitment.status.title');
  if (view === undefined) return <ApplicantFrame title={title}><span /></ApplicantFrame>;
  if (view === null) return <ApplicantFrame title={title}><Alert severity="error">{translate('recruitment.status.invalidLink')}</Alert></ApplicantFrame>;

  return (
    <ApplicantFrame title={title}>
      <Typography variant="subtitle1">{view.intake.name[l]}</Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography>{translate('recruitment.status.number', { number: view.number })}</Typography>
        <Chip color="primary" label={translate(`recruitment.statuses.${view.status}`)} data-testid="application-status" />
      </Box>
      <Alert severity={view.status === 'rejected' || view.status === 'withdrawn' ? 'warning' : 'info'}>{translate(`recruitment.status.explain.${view.status}`)}</Alert>
      {notice && <Alert severity={notice.severity} onClose={() => setNotice(null)} data-testid="status-notice">{notice.text}</Alert>}

      {!view.emailVerified && view.status === 'submitted' && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, p: 2, border: '1px solid #cfd8e3', borderRadius: 1 }} data-testid="verify-box">
          <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>{translate('recruitment.status.verifyTitle')}</Typography>
          <Typography variant="body2">{translate('recruitment.status.verifyHint', { email: view.maskedEmail })}</Typography>
          <TextField label={translate('recruitment.status.code')} value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
            error={!!codeError} helperText={codeError} slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code', 'data-testid': 'verify-code' } }} />
          <Button variant="contained" onClick={verify} disabled={code.length !== 6} data-testid="verify-submit">{translate('recruitment.status.verify')}</Button>
          <Button onClick={() => act('/public/application-status/resend-verification', {}, translate('recruitment.status.resent'))}>{translate('recruitment.status.resend')}</Button>
        </Box>
      )}

      {view.status === 'interview' && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>{translate('recruitment.status.interviewTitle')}</Typography>
          {view.interview && <Alert severity="success" data-testid="interview-booked">{translate('recruitment.status.booked', { time: bakuDateTime(view.interview.startsAt), place: view.interview.location })}</Alert>}
          {view.slots.length > 0 && <Typography variant="body2">{translate(view.interview ? 'recruitment.status.change' : 'recruitment.status.pick')}</Typography>}
          {view.slots.length === 0 && !view.interview && <Typography variant="body2">{translate('recruitment.status.noSlots')}</Typography>}
          {view.slots.map((s) => (
            <Box key={s.id} sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1, borderBottom: '1px solid #eee', py: 0.5 }}>
              <Typography variant="body2">{bakuDateTime(s.startsAt)} · {s.location}</Typography>
              <Button size="small" variant="outlined" aria-label={`${translate('recruitment.status.book')}: ${bakuDateTime(s.startsAt)}`} onClick={() => act('/public/application-status/interview', { slotId: s.id })}>{translate('recruitment.status.book')}</Button>
            </Box>
          ))}
        </Box>
      )}

      {view.consent && (
        <Typography variant="body2" color="text.secondary">
          {view.consent.withdrawnAt
            ? translate('recruitment.status.consentWithdrawn', { date: bakuDateTime(view.consent.withdrawnAt) })
            : translate('recruitment.status.consentGiven', { version: view.consent.version, date: bakuDateTime(view.consent.givenAt) })}
        </Typography>
      )}

      <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>{translate('recruitment.status.timeline')}</Typography>
      <List dense disablePadding>
        {view.timeline.map((t, i) => (
          <ListItem key={i} disableGutters><ListItemText primary={translate(`recruitment.statuses.${t.status}`)} secondary={bakuDateTime(t.at)} /></ListItem>
        ))}
      </List>

      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {view.canWithdraw && <Button color="error" variant="outlined" onClick={() => setConfirm('withdraw')} data-testid="withdraw">{translate('recruitment.status.withdraw')}</Button>}
        {view.consent && !view.consent.withdrawnAt && <Button color="error" onClick={() => setConfirm('consent')}>{translate('recruitment.status.withdrawConsent')}</Button>}
      </Box>
      <Dialog open={confirm !== null} onClose={() => setConfirm(null)}>
        <DialogContent>{translate(confirm === 'consent' ? 'recruitment.status.withdrawConsentConfirm' : 'recruitment.status.withdrawConfirm')}</DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(null)}>{translate('recruitment.status.cancel')}</Button>
          <Button color="error" data-testid="confirm-withdraw" onClick={async () => {
            const path = confirm === 'consent' ? '/public/application-status/withdraw-consent' : '/public/application-status/withdraw';
            setConfirm(null);
            await act(path, {});
          }}>{translate('recruitment.status.confirm')}</Button>
        </DialogActions>
      </Dialog>
    </ApplicantFrame>
  );
}

const verifiedKey = (token: string) => `dost.apply.verified.${token.slice(0, 64)}`;

/**
 * One verification request per token and page load. The page can mount twice while the request is on its way (the
 * mail's language switching the console re-renders the public routes); a second request with the one-time token would
 * fail and turn the "verified" notice into "already verified". Once its status page was shown, the same link opened
 * again in this page load (a hash change, no reload) says "already verified".
 */
const verifications = new Map<string, { answer: ReturnType<typeof postPublic<{ statusToken: string }>>; shown: boolean }>();

/** The link in the verification mail (`#/apply/verify?token=…`): verifies, then shows the status page. */
export function VerifyPage() {
  useMailLanguage();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const [token] = useState(() => hashQuery().get('token') ?? '');
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let verification = verifications.get(token);
    const again = verification?.shown ?? false;
    if (!verification) {
      verification = { answer: postPublic<{ statusToken: string }>('/public/applications/verify', { token }, locale), shown: false };
      verifications.set(token, verification);
    }
    const current = verification;
    void current.answer.then((a) => {
      if (a.ok && a.body) {
        // The link works once (the API forgets it): remember where it led, so that a second click in this browser
        // says "already verified" and opens the application instead of a dead end.
        try { localStorage.setItem(verifiedKey(token), a.body.statusToken); } catch { /* no storage: no memory */ }
        current.shown = true;
        void navigate(`/application-status?token=${encodeURIComponent(a.body.statusToken)}&verified=${again ? 'already' : 'done'}`, { replace: true });
        return;
      }
      let known: string | null = null;
      try { known = localStorage.getItem(verifiedKey(token)); } catch { /* no storage */ }
      if (known) void navigate(`/application-status?token=${encodeURIComponent(known)}&verified=already`, { replace: true });
      else setFailed(true);
    });
    // Once on arrival; the language does not matter for the outcome.
  }, [token]);
  return (
    <ApplicantFrame title={translate('recruitment.verify.title')}>
      {failed ? <Alert severity="error">{translate('recruitment.verify.failed')}</Alert> : <Typography>{translate('recruitment.verify.working')}</Typography>}
      {failed && <Button component={Link} to="/apply">{translate('recruitment.apply.back')}</Button>}
    </ApplicantFrame>
  );
}
