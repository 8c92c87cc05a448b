import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Alert, Box, Button, Chip, IconButton, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import BackspaceIcon from '@mui/icons-material/Backspace';
import CloseIcon from '@mui/icons-material/Close';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import OfflinePinIcon from '@mui/icons-material/OfflinePin';
import QRCode from 'qrcode';
import type { Lang } from '../rostering/rostering-screens';
import { bakuDateTime, bakuHm } from './attendance-api';
import { useOfflineShell, type OfflineShell } from './kiosk-offline';
import { IN_AFTER_OUT } from './kiosk-queue';
import {
  forgetKioskToken, kioskApi, kioskStore, kioskToken, OfflineError, syncQueue, tokenIsDead,
  type Action, type Expected, type KioskCode, type KioskMe, type PinAnswer, type QueuedTap,
} from './kiosk-device';

/** A new code is fetched a little before the 30 s step ends, so the one on screen is always fresh. */
const CODE_REFRESH_MS = 25_000;
const EXPECTED_REFRESH_MS = 60_000;
const SYNC_RETRY_MS = 10_000;
const RESULT_SHOWN_MS = 5_000;

type Flow =
  | { step: 'list' }
  | { step: 'action'; person: Expected }
  | { step: 'pin'; person: Expected; action: Action; pin: string; busy?: boolean }
  | { step: 'result'; ok: boolean; queued?: boolean; title: string; detail?: string };

const LANGS: Lang[] = ['az', 'en', 'ru'];

/**
 * The kiosk tablet at a center's or event's door (public route, the device token authenticates): the
 * place's name, the rotating QR for phone cameras, and the PIN pad over today's expected people. PIN taps
 * made without a link are queued in IndexedDB and sent with POST /kiosk/sync when it returns.
 */
export function KioskPage() {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const l = locale as Lang;
  const [token] = useState(() => kioskToken());
  const [me, setMe] = useState<KioskMe | null>(null);
  const [revoked, setRevoked] = useState(false);
  // Online = the browser has a link AND the last call reached the API (an answer racing the "offline"
  // event must not flip the kiosk back online).
  const [linkUp, setLinkUp] = useState(() => navigator.onLine);
  const [reachable, setReachable] = useState(true);
  const online = linkUp && reachable;
  const [code, setCode] = useState<KioskCode | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [nextCodeAt, setNextCodeAt] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [expected, setExpected] = useState<{ data: Expected[]; at: string } | null>(null);
  const [queue, setQueue] = useState<QueuedTap[]>([]);
  const [syncNote, setSyncNote] = useState<string | null>(null);
  const [flow, setFlow] = useState<Flow>({ step: 'list' });
  const [search, setSearch] = useState('');
  // The console's files for a reload without a link (public/kiosk-sw.js, secure origins only) — and whether
  // they are in place yet, shown on the page.
  const shell = useOfflineShell(!!token && !revoked);
  // Server time − device time, from the last answer: offline taps carry the server's idea of "now".
  const offset = useRef(0);
  const localeRef = useRef(locale);
  localeRef.current = locale;

  /** Every call goes through here: an OfflineError flips the kiosk offline, KIOSK_TOKEN_INVALID means the token is dead. */
  const call = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const answer = await work();
      setReachable(true);
      return answer;
    } catch (e) {
      if (e instanceof OfflineError) setReachable(false);
      else if (tokenIsDead(e)) {
        forgetKioskToken();
        setRevoked(true);
      } else throw e;
      return undefined;
    }
  }, []);

  const refreshQueue = useCallback(async () => setQueue(await kioskStore.queue()), []);

  const loadMe = useCallback(async () => {
    const cached = await kioskStore.cached<{ me: KioskMe; offset: number }>('me');
    if (cached && !me) {
      setMe(cached.me);
      offset.current = cached.offset;
    }
    const fresh = await call(() => kioskApi.me(localeRef.current));
    if (fresh) {
      offset.current = Date.parse(fresh.serverTime) - Date.now();
      setMe(fresh);
      await kioskStore.cache('me', { me: fresh, offset: offset.current });
    }
  }, [call, me]);

  const loadCode = useCallback(async () => {
    setNextCodeAt(Date.now() + CODE_REFRESH_MS);
    const fresh = await call(() => kioskApi.code(localeRef.current));
    if (fresh) setCode(fresh);
  }, [call]);

  const loadExpected = useCallback(async () => {
    const fresh = await call(() => kioskApi.expected(localeRef.current));
    if (fresh) {
      const value = { data: fresh.data, at: new Date().toISOString() };
      setExpected(value);
      await kioskStore.cache('expected', value);
    } else {
      const cached = await kioskStore.cached<{ data: Expected[]; at: string }>('expected');
      if (cached) setExpected((current) => current ?? cached);
    }
  }, [call]);

  const sync = useCallback(async () => {
    const waiting = (await kioskStore.queue()).filter((t) => t.status === 'waiting').length;
    if (!waiting || !navigator.onLine) return;
    const done = await call(() => syncQueue(localeRef.current)).catch(() => undefined);
    await refreshQueue();
    if (done?.sent) setSyncNote(translate('attendance.kiosk.synced', { n: done.sent }));
    if (done && done.sent + done.refused > 0) void loadExpected();
  }, [call, refreshQueue, translate, loadExpected]);

  // Start: the place, the code, the list, the queue; then the clocks.
  useEffect(() => {
    if (!token) return;
    void loadMe();
    void loadCode();
    void loadExpected();
    void refreshQueue().then(sync);
    // once per page
  }, [token]);
  useEffect(() => {
    if (!token || revoked) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const codes = setInterval(() => void loadCode(), CODE_REFRESH_MS);
    const lists = setInterval(() => void loadExpected(), EXPECTED_REFRESH_MS);
    const retry = setInterval(() => void sync(), SYNC_RETRY_MS);
    const up = () => {
      setLinkUp(true);
      void sync();
      void loadCode();
      void loadMe();
    };
    const down = () => setLinkUp(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      clearInterval(tick);
      clearInterval(codes);
      clearInterval(lists);
      clearInterval(retry);
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [token, revoked, loadCode, loadExpected, loadMe, sync]);

  useEffect(() => {
    if (!code) return;
    let live = true;
    void QRCode.toDataURL(code.url, { width: 480, margin: 1, errorCorrectionLevel: 'M' }).then((data) => live && setQr(data));
    return () => {
      live = false;
    };
  }, [code]);

  useEffect(() => {
    if (!syncNote) return;
    const t = setTimeout(() => setSyncNote(null), RESULT_SHOWN_MS);
    return () => clearTimeout(t);
  }, [syncNote]);
  useEffect(() => {
    if (flow.step !== 'result') return;
    const t = setTimeout(() => (setFlow({ step: 'list' }), setSearch('')), RESULT_SHOWN_MS);
    return () => clearTimeout(t);
  }, [flow]);
  // A half-typed PIN does not stay on a public screen.
  useEffect(() => {
    if (flow.step !== 'pin' && flow.step !== 'action') return;
    const t = setTimeout(() => setFlow({ step: 'list' }), 45_000);
    return () => clearTimeout(t);
  }, [flow]);

  const describe = useCallback((a: PinAnswer, person: Expected): { title: string; detail?: string } => {
    const name = a.volunteerName ?? person.displayName;
    const bits = [translate(`attendance.results.${a.result}`, { _: a.result })];
    if (a.late && a.lateMinutes) bits.push(translate('attendance.late', { n: a.lateMinutes }));
    if (a.minutes != null && a.result === 'checked_out') bits.push(translate('attendance.worked', { n: a.minutes }));
    return { title: name, detail: bits.join(' · ') };
  }, [translate]);

  const tap = async (person: Expected, action: Action, pin: string) => {
    const clientAt = new Date(Date.now() + offset.current).toISOString();
    const queueIt = async () => {
      await kioskStore.enqueue({ volunteerId: person.volunteerId, displayName: person.displayName, pin, action, clientAt });
      await refreshQueue();
      setFlow({ step: 'result', ok: true, queued: true, title: person.displayName, detail: translate('attendance.kiosk.queued') });
    };
    if (!navigator.onLine) return queueIt();
    setFlow({ step: 'pin', person, action, pin, busy: true });
    try {
      const answer = await kioskApi.pin(localeRef.current, person.volunteerId, pin, action);
      setReachable(true);
      setFlow({ step: 'result', ok: true, ...describe(answer, person) });
      void loadExpected();
      void sync();
    } catch (e) {
      if (e instanceof OfflineError) {
        setReachable(false);
        return queueIt();
      }
      if (tokenIsDead(e)) {
        forgetKioskToken();
        setRevoked(true);
        return;
      }
      setFlow({ step: 'result', ok: false, title: person.displayName, detail: (e as Error).message });
    }
  };

  const waiting = queue.filter((t) => t.status === 'waiting');
  const failed = queue.filter((t) => t.status === 'failed');
  const people = useMemo(() => {
    const all = [...(expected?.data ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName, l));
    const q = search.trim().toLocaleLowerCase(l);
    return q ? all.filter((p) => p.displayName.toLocaleLowerCase(l).includes(q)) : all;
  }, [expected, search, l]);
  const stale = !online || !code || Date.parse(code.expiresAt) < now;
  // Ready for a reload without a link = the worker has the console's files AND this kiosk's place and list are
  // stored (a kiosk that never reached the API knows neither).
  // Until the first look, "preparing" too: a reload in that second would not find the files.
  const offlineState: OfflineShell = shell === null || (shell === 'ready' && (!me || !expected)) ? 'preparing' : shell;

  if (!token || revoked) {
    return (
      <KioskFrame locale={l} onLocale={setLocale}>
        <Alert severity="warning" data-testid="kiosk-not-kiosk" sx={{ fontSize: 20, m: 2 }}>
          <Typography variant="h5">{translate(revoked ? 'attendance.kiosk.revokedDevice' : 'attendance.kiosk.notKiosk')}</Typography>
          {!revoked && <Typography>{translate('attendance.kiosk.notKioskHint')}</Typography>}
        </Alert>
      </KioskFrame>
    );
  }

  return (
    <KioskFrame locale={l} onLocale={setLocale} title={me?.place.name[l]} status={
      <Chip
        data-testid="kiosk-status" data-online={online} data-waiting={waiting.length}
        icon={online ? <CloudDoneIcon /> : <CloudOffIcon />}
        color={online ? (waiting.length ? 'warning' : 'success') : 'error'}
        label={online ? (waiting.length ? `${translate('attendance.kiosk.syncing')} (${waiting.length})` : translate('attendance.kiosk.online')) : translate('attendance.kiosk.offline', { n: waiting.length })}
        sx={{ fontSize: 18, height: 40, px: 1 }}
      />
    } shell={offlineState}>
      {syncNote && <Alert severity="success" data-testid="kiosk-synced" sx={{ mx: 2, fontSize: 18 }}>{syncNote}</Alert>}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(320px, 1fr) 1.2fr' }, gap: 2, p: 2, flex: 1, minHeight: 0 }}>
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 1 }}>
          <Typography variant="h5" textAlign="center">{translate('attendance.kiosk.scanTitle')}</Typography>
          {code && qr && !stale ? (
            <>
              <Box component="img" src={qr} alt="QR" data-testid="kiosk-qr" data-url={code.url} data-step={code.step}
                sx={{ width: '100%', maxWidth: 420, aspectRatio: '1 / 1', imageRendering: 'pixelated' }} />
              <Typography variant="body1" color="text.secondary" data-testid="kiosk-countdown">
                {translate('attendance.kiosk.refreshIn', { s: Math.max(0, Math.ceil((nextCodeAt - now) / 1000)) })}
              </Typography>
            </>
          ) : (
            <Alert severity="warning" icon={<CloudOffIcon />} data-testid="kiosk-qr-stale" sx={{ fontSize: 20, width: '100%' }}>
              {translate('attendance.kiosk.stale')}
            </Alert>
          )}
        </Paper>
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1, minHeight: 0 }}>
          <Typography variant="h5">{translate('attendance.kiosk.pinTitle')}</Typography>
          {flow.step === 'list' && (
            <>
              <TextField value={search} onChange={(e) => setSearch(e.target.value)} placeholder={translate('attendance.kiosk.search')}
                slotProps={{ htmlInput: { 'data-testid': 'kiosk-search', style: { fontSize: 22 } } }} />
              {expected && !online && (
                <Typography variant="caption" color="text.secondary">
                  {translate('attendance.kiosk.cachedList', { time: bakuHm(expected.at) })}
                </Typography>
              )}
              {expected?.data.length === 0 && <Typography>{translate('attendance.kiosk.nobody')}</Typography>}
              {!!expected?.data.length && people.length === 0 && <Typography>{translate('attendance.kiosk.notFound')}</Typography>}
              <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1, overflowY: 'auto' }} data-testid="kiosk-people">
                {people.map((p) => (
                  <Button key={p.assignmentId} variant="outlined" data-testid="kiosk-person" data-volunteer-id={p.volunteerId}
                    onClick={() => setFlow({ step: 'action', person: p })}
                    sx={{ minHeight: 72, flexDirection: 'column', alignItems: 'flex-start', textTransform: 'none', fontSize: 20 }}>
                    <span>{p.displayName}</span>
                    <Typography component="span" variant="caption">
                      {bakuHm(p.startsAt)}–{bakuHm(p.endsAt)} · {p.positionName[l]}{p.checkedIn && !p.checkedOut ? ` · ${translate('attendance.marking.states.checked_in')}` : ''}
                    </Typography>
                  </Button>
                ))}
              </Box>
            </>
          )}
          {flow.step === 'action' && (
            <Stack spacing={2} sx={{ alignItems: 'stretch' }}>
              <Typography variant="h4" textAlign="center">{translate('attendance.kiosk.choose', { name: flow.person.displayName })}</Typography>
              <Stack direction="row" spacing={2}>
                <Button fullWidth variant={flow.person.checkedIn && !flow.person.checkedOut ? 'outlined' : 'contained'} color="success" data-testid="kiosk-in"
                  sx={{ minHeight: 96, fontSize: 28 }} onClick={() => setFlow({ step: 'pin', person: flow.person, action: 'in', pin: '' })}>
                  {translate('attendance.kiosk.in')}
                </Button>
                <Button fullWidth variant={flow.person.checkedIn && !flow.person.checkedOut ? 'contained' : 'outlined'} color="primary" data-testid="kiosk-out"
                  sx={{ minHeight: 96, fontSize: 28 }} onClick={() => setFlow({ step: 'pin', person: flow.person, action: 'out', pin: '' })}>
                  {translate('attendance.kiosk.out')}
                </Button>
              </Stack>
              <Button size="large" onClick={() => setFlow({ step: 'list' })}>{translate('attendance.kiosk.back')}</Button>
            </Stack>
          )}
          {flow.step === 'pin' && (
            <PinPad
              title={`${flow.person.displayName} · ${translate(flow.action === 'in' ? 'attendance.kiosk.in' : 'attendance.kiosk.out')}`}
              pin={flow.pin} busy={!!flow.busy}
              onChange={(pin) => {
                setFlow({ ...flow, pin });
                if (pin.length === 6) void tap(flow.person, flow.action, pin);
              }}
              onBack={() => setFlow({ step: 'list' })}
            />
          )}
          {flow.step === 'result' && (
            <Alert severity={flow.ok ? (flow.queued ? 'info' : 'success') : 'error'} data-testid="kiosk-result" data-ok={flow.ok} data-queued={!!flow.queued}
              sx={{ fontSize: 24, alignItems: 'center', '& .MuiAlert-icon': { fontSize: 48 } }}
              action={<Button size="large" color="inherit" onClick={() => setFlow({ step: 'list' })}>{translate('attendance.kiosk.done')}</Button>}>
              <Typography variant="h4">{flow.title}</Typography>
              {flow.detail && <Typography variant="h6">{flow.detail}</Typography>}
            </Alert>
          )}
          {failed.length > 0 && (
            <Alert severity="error" data-testid="kiosk-failed" sx={{ mt: 'auto' }}>
              <Typography variant="subtitle1">{translate('attendance.kiosk.failedTitle')}</Typography>
              {failed.map((t) => (
                <Stack key={t.key} direction="row" sx={{ alignItems: 'center', gap: 1 }} data-testid="kiosk-failed-item">
                  <Typography variant="body2" sx={{ flex: 1 }}>
                    {t.displayName} · {translate(t.action === 'in' ? 'attendance.kiosk.in' : 'attendance.kiosk.out')} · {bakuDateTime(t.clientAt)} — {t.errorCode === IN_AFTER_OUT ? translate('attendance.kiosk.inAfterOut') : t.error}
                  </Typography>
                  <IconButton size="small" aria-label={translate('attendance.kiosk.dismiss')} onClick={() => void kioskStore.remove(t.key).then(refreshQueue)}><CloseIcon fontSize="small" /></IconButton>
                </Stack>
              ))}
            </Alert>
          )}
        </Paper>
      </Box>
    </KioskFrame>
  );
}

function KioskFrame({ locale, onLocale, title, status, shell, children }: {
  locale: Lang; onLocale: (l: string) => void; title?: string; status?: React.ReactNode; shell?: OfflineShell | null; children: React.ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Box data-testid="kiosk-page" sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: '#f4f6fa' }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, px: 2, py: 1, bgcolor: '#0d3b66', color: '#fff', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1" data-testid="kiosk-place" sx={{ flex: 1, minWidth: 200 }}>{title ?? 'Könüllü DOST'}</Typography>
        {status}
        <ToggleButtonGroup exclusive size="large" value={locale} onChange={(_, v: string | null) => v && onLocale(v)} aria-label={translate('attendance.kiosk.language')}
          data-testid="kiosk-lang" sx={{ bgcolor: '#fff' }}>
          {LANGS.map((x) => <ToggleButton key={x} value={x} sx={{ minWidth: 64, fontSize: 18 }}>{x.toUpperCase()}</ToggleButton>)}
        </ToggleButtonGroup>
      </Stack>
      {shell && (
        <Typography variant="body2" data-testid="kiosk-offline-ready" data-ready={shell === 'ready'} data-state={shell}
          sx={{ px: 2, py: 0.5, display: 'flex', alignItems: 'center', gap: 1, color: shell === 'ready' ? 'success.dark' : 'warning.dark' }}>
          {shell === 'ready' ? <OfflinePinIcon fontSize="small" /> : <HourglassTopIcon fontSize="small" />}
          {translate(shell === 'ready' ? 'attendance.kiosk.shellReady' : shell === 'preparing' ? 'attendance.kiosk.shellPreparing' : 'attendance.kiosk.shellUnsupported')}
        </Typography>
      )}
      {children}
    </Box>
  );
}

function PinPad({ title, pin, busy, onChange, onBack }: { title: string; pin: string; busy: boolean; onChange: (pin: string) => void; onBack: () => void }) {
  const translate = useTranslate();
  const press = (d: string) => !busy && pin.length < 6 && onChange(pin + d);
  return (
    <Stack spacing={1} sx={{ alignItems: 'center' }} data-testid="kiosk-pin-pad">
      <Typography variant="h5" textAlign="center">{title}</Typography>
      <Typography variant="body1">{translate('attendance.kiosk.enterPin')}</Typography>
      <Stack direction="row" spacing={1} data-testid="kiosk-pin-dots" data-length={pin.length}>
        {Array.from({ length: 6 }, (_, i) => (
          <Box key={i} sx={{ width: 28, height: 28, borderRadius: '50%', border: '2px solid #0d3b66', bgcolor: i < pin.length ? '#0d3b66' : 'transparent' }} />
        ))}
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 96px)', gap: 1 }}>
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <Button key={d} variant="outlined" disabled={busy} data-testid={`kiosk-key-${d}`} sx={{ height: 80, fontSize: 32 }} onClick={() => press(d)}>{d}</Button>
        ))}
        <Button variant="text" disabled={busy} sx={{ height: 80 }} onClick={onBack}>{translate('attendance.kiosk.back')}</Button>
        <Button variant="outlined" disabled={busy} data-testid="kiosk-key-0" sx={{ height: 80, fontSize: 32 }} onClick={() => press('0')}>0</Button>
        <Button variant="text" disabled={busy || !pin} aria-label={translate('attendance.kiosk.erase')} sx={{ height: 80 }} onClick={() => onChange(pin.slice(0, -1))}><BackspaceIcon /></Button>
      </Box>
    </Stack>
  );
}
