import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardActions, CardContent, Checkbox, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Link, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useLocation } from 'react-router-dom';
import { Greeting } from '../dashboard/greeting';
import { day, hm, OPEN_SHIFTS_PAGE, rosteringApi, type MyShift, type Name, type OpenShift, type Shift } from './rostering-api';
import { SwapOfferDialog } from './swap-offer-dialog';
import { swapsApi } from './swaps-api';

type Lang = 'az' | 'en' | 'ru';

// Written out: the browser's Intl may lack Azerbaijani (Debian's Chromium formats 'az' as "M12 7, Mon").
const WEEKDAYS: Record<Lang, string[]> = {
  az: ['Bazar', 'Bazar ertəsi', 'Çərşənbə axşamı', 'Çərşənbə', 'Cümə axşamı', 'Cümə', 'Şənbə'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ru: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота'],
};
const MONTHS: Record<Lang, string[]> = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

/** A day's heading, e.g. "Bazar ertəsi, 7 dekabr": the weekday in the page's language of a Baku calendar day (YYYY-MM-DD). */
export function dayHeading(isoDay: string, locale: string): string {
  const l: Lang = locale === 'en' || locale === 'ru' ? locale : 'az';
  const [y, m, d] = isoDay.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[l][weekday]}, ${d} ${MONTHS[l][m - 1]}`;
}

/** A calendar feed's https URL as a webcal:// subscription (Apple, Outlook) and as Google Calendar's add-by-URL link. */
export function calendarLinks(feedUrl: string): { webcal: string; google: string } {
  const webcal = feedUrl.replace(/^https?:\/\//, 'webcal://');
  return { webcal, google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` };
}

/** One shift as a card: mobile first, a list not a grid. */
function ShiftCard({ shift, children, extra }: { shift: Shift; children?: React.ReactNode; extra?: React.ReactNode }) {
  const [locale] = useLocaleState();
  const l = locale as Lang;
  return (
    <Card variant="outlined" data-testid="shift-card" data-shift-id={shift.id}>
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="subtitle1" component="h3">{shift.position.name[l]}</Typography>
        <Typography variant="body2">{shift.place[l]}</Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {day(shift.startsAt).split('-').reverse().join('.')} · {hm(shift.startsAt)}–{hm(shift.endsAt)}
        </Typography>
        {extra}
      </CardContent>
      {children && <CardActions>{children}</CardActions>}
    </Card>
  );
}

export function MyShiftsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [rows, setRows] = useState<MyShift[] | null>(null);
  const [feed, setFeed] = useState<string | null>(null);
  // "Create a new link" while one exists waits for "yes, the old one stops".
  const [replacing, setReplacing] = useState(false);
  const makeFeed = () => rosteringApi.newFeed().then((r) => setFeed(r.url), (e: Error) => notify(e.message, { type: 'error' }));
  // The assignment whose swap offer is being set up (the dialog is open while this is set).
  const [offering, setOffering] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The shift waiting for "yes, cancel it" (one tap next to "Offer for swap" must not cancel at once).
  const [cancelling, setCancelling] = useState<MyShift | null>(null);
  const load = useCallback(() => rosteringApi.myShifts(when).then((r) => (setRows(r.data), setFailure(null)), (e: Error) => setFailure(e.message)), [when]);
  useEffect(() => {
    void load();
  }, [load]);
  const act = async (work: () => Promise<unknown>, ok: string): Promise<boolean> => {
    try {
      await work();
      notify(ok, { type: 'success' });
      await load();
      return true;
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      return false;
    }
  };
  // Right after login (sent here from the dashboard) the page greets the volunteer.
  const welcome = !!(useLocation().state as { welcome?: boolean } | null)?.welcome;
  return (
    <Box sx={{ maxWidth: 640, mx: 'auto', p: 1 }}>
      <Title title="rostering.myShifts.title" />
      {welcome && <Greeting />}
      <Tabs value={when} onChange={(_, v) => setWhen(v)}>
        <Tab value="upcoming" label={translate('rostering.myShifts.upcoming')} />
        <Tab value="past" label={translate('rostering.myShifts.past')} />
      </Tabs>
      <Stack spacing={1} sx={{ mt: 1 }} data-testid="my-shifts">
        {failure && <Alert severity="error" data-testid="load-error">{failure}</Alert>}
        {rows?.length === 0 && <Typography>{translate(when === 'past' ? 'rostering.myShifts.emptyPast' : 'rostering.myShifts.empty')}</Typography>}
        {rows?.map((s) => (
          <ShiftCard
            key={s.assignmentId} shift={s}
            extra={
              <Stack direction="row" spacing={1} sx={{ mt: 1 }} useFlexGap flexWrap="wrap">
                <Chip size="small" label={translate(`rostering.myShifts.${s.assignmentStatus}`)} />
                {s.swapOfferId && (
                  <Chip size="small" color="warning" variant="outlined" data-testid="swap-offered"
                    label={translate(s.swapOfferStatus === 'pending_approval' ? 'rostering.swapOffer.takenWaiting' : 'rostering.swapOffer.offered')} />
                )}
              </Stack>
            }
          >
            {when === 'upcoming' && (
              <>
                <Button size="small" disabled={!s.canCancel} data-testid="cancel-shift" onClick={() => setCancelling(s)}>
                  {translate(s.assignmentStatus === 'waitlisted' ? 'rostering.myShifts.leaveWaitlist' : 'rostering.myShifts.cancel')}
                </Button>
                {s.assignmentStatus === 'assigned' && !s.swapOfferId && (
                  <Button size="small" onClick={() => setOffering(s.assignmentId)}>
                    {translate('rostering.myShifts.swap')}
                  </Button>
                )}
                {s.swapOfferId && (
                  <Button size="small" data-testid="swap-withdraw" onClick={() => act(() => swapsApi.withdraw(s.swapOfferId as string), 'rostering.swapOffer.withdrawn')}>
                    {translate('rostering.swapOffer.withdraw')}
                  </Button>
                )}
                {s.cancelReason && <Typography variant="caption">{s.cancelReason}</Typography>}
              </>
            )}
          </ShiftCard>
        ))}
      </Stack>
      <Dialog open={!!cancelling} onClose={() => setCancelling(null)}>
        <DialogTitle>{translate(cancelling?.assignmentStatus === 'waitlisted' ? 'rostering.myShifts.leaveWaitlistTitle' : 'rostering.myShifts.cancelTitle')}</DialogTitle>
        <DialogContent>
          {cancelling && <Typography>{translate(cancelling.assignmentStatus === 'waitlisted' ? 'rostering.myShifts.leaveWaitlistQuestion' : 'rostering.myShifts.cancelQuestion', { shift: `${cancelling.position.name[l]}, ${day(cancelling.startsAt).split('-').reverse().join('.')} ${hm(cancelling.startsAt)}–${hm(cancelling.endsAt)}` })}</Typography>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCancelling(null)}>{translate('rostering.myShifts.keep')}</Button>
          <Button color="error" variant="contained" data-testid="cancel-confirm" onClick={async () => {
            const s = cancelling;
            setCancelling(null);
            if (s) await act(() => rosteringApi.cancelMine(s.assignmentId), 'rostering.myShifts.cancelled');
          }}>{translate(cancelling?.assignmentStatus === 'waitlisted' ? 'rostering.myShifts.leaveWaitlistYes' : 'rostering.myShifts.cancelYes')}</Button>
        </DialogActions>
      </Dialog>
      <SwapOfferDialog
        assignmentId={offering}
        onClose={() => setOffering(null)}
        onOffer={async (id, to) => {
          if (await act(() => swapsApi.offer(id, to), 'rostering.myShifts.swapOffered')) setOffering(null);
        }}
      />
      <Card variant="outlined" sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="subtitle2" component="h2">{translate('rostering.myShifts.calendar')}</Typography>
          <Typography variant="body2">{translate('rostering.myShifts.calendarHint')}</Typography>
          {feed && (
            <Stack spacing={1} sx={{ mt: 1 }} data-testid="feed-links">
              <Typography variant="body2" sx={{ fontWeight: 600 }}>{translate('rostering.calendarLinks.add')}</Typography>
              <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
                <Button size="small" variant="contained" href={calendarLinks(feed).google} target="_blank" rel="noopener noreferrer" data-testid="feed-google">{translate('rostering.calendarLinks.google')}</Button>
                <Button size="small" variant="outlined" href={calendarLinks(feed).webcal} data-testid="feed-apple">{translate('rostering.calendarLinks.apple')}</Button>
                <Button size="small" variant="outlined" href={calendarLinks(feed).webcal} data-testid="feed-outlook">{translate('rostering.calendarLinks.outlook')}</Button>
              </Stack>
              <TextField fullWidth size="small" label={translate('rostering.calendarLinks.field')} value={feed} data-testid="feed-url" slotProps={{ input: { readOnly: true }, inputLabel: { shrink: true } }} onFocus={(e) => e.target.select()} />
              <Typography variant="caption" color="text.secondary">{translate('rostering.myShifts.feedOnce')}</Typography>
            </Stack>
          )}
        </CardContent>
        <CardActions>
          <Button size="small" data-testid="feed-new" onClick={async () => {
            // A link exists (shown now or made before): say first that it stops.
            const existing = feed ? true : await rosteringApi.feedState().then((f) => f.active, () => false);
            if (existing) setReplacing(true);
            else await makeFeed();
          }}>{translate('rostering.myShifts.newLink')}</Button>
          {feed && (
            <Button size="small" data-testid="feed-copy" onClick={async () => {
              // No clipboard outside a secure origin: the field selects itself on focus for a manual copy.
              try {
                await navigator.clipboard.writeText(feed);
                notify('rostering.myShifts.copied', { type: 'success' });
              } catch {
                notify('rostering.myShifts.copyByHand', { type: 'info' });
              }
            }}>
              {translate('rostering.myShifts.copy')}
            </Button>
          )}
        </CardActions>
      </Card>
      <Dialog open={replacing} onClose={() => setReplacing(false)}>
        <DialogTitle>{translate('rostering.calendarLinks.replaceTitle')}</DialogTitle>
        <DialogContent><Typography>{translate('rostering.calendarLinks.replaceText')}</Typography></DialogContent>
        <DialogActions>
          <Button onClick={() => setReplacing(false)}>{translate('rostering.calendarLinks.keep')}</Button>
          <Button color="warning" variant="contained" data-testid="feed-replace-confirm" onClick={async () => {
            setReplacing(false);
            await makeFeed();
          }}>{translate('rostering.calendarLinks.replaceYes')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

export function OpenShiftsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [date, setDate] = useState('');
  const [centerId, setCenterId] = useState('');
  const [positionId, setPositionId] = useState('');
  const [centers, setCenters] = useState<{ id: string; name: Name }[]>([]);
  const [positions, setPositions] = useState<{ id: string; name: Name }[]>([]);
  const [rows, setRows] = useState<OpenShift[] | null>(null);
  const [total, setTotal] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  // Personal first (issue 19): the volunteer's home and preferred centers, only what is open for sign-up and not full.
  const [allCenters, setAllCenters] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const filter = useMemo(
    () => ({ date: date || undefined, centerId: centerId || undefined, positionId: positionId || undefined, centers: allCenters ? 'all' as const : 'mine' as const, show: showAll ? 'all' as const : 'open' as const }),
    [date, centerId, positionId, allCenters, showAll],
  );
  // How many pages are shown, for this filter only (another filter starts at the first page); a sign-up
  // reloads them all, so the list does not jump back.
  const [shown, setShown] = useState({ filter, pages: 1 });
  const pages = shown.filter === filter ? shown.pages : 1;
  // Only the newest request's answer is shown (a filter change may overtake a slower "show more").
  const latest = useRef(0);
  const load = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const answers = await Promise.all(Array.from({ length: pages }, (_, i) => rosteringApi.openShifts(filter, i + 1)));
      if (mine !== latest.current) return;
      setRows(answers.flatMap((a) => a.data));
      setTotal(answers[answers.length - 1].total);
      setFailure(null);
    } catch (e) {
      setFailure((e as Error).message);
    }
  }, [filter, pages]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    rosteringApi.openShiftCenters().then((r) => setCenters(r.data), () => setCenters([]));
  }, []);
  // A position belongs to one center: its choices follow the chosen center (names repeat across centers).
  useEffect(() => {
    if (centerId) rosteringApi.openShiftPositions(centerId).then(setPositions, () => setPositions([]));
    else setPositions([]);
  }, [centerId]);
  const filtered = !!(date || centerId || positionId || allCenters || showAll);
  // The page's shifts by Baku day, in order (the API sorts by start).
  const days = useMemo(() => {
    const out: { day: string; shifts: OpenShift[] }[] = [];
    for (const s of rows ?? []) {
      const d = day(s.startsAt);
      if (out[out.length - 1]?.day === d) out[out.length - 1].shifts.push(s);
      else out.push({ day: d, shifts: [s] });
    }
    return out;
  }, [rows]);
  const signUp = async (s: OpenShift, waitlist: boolean) => {
    try {
      await rosteringApi.signUp(s.id, waitlist);
      notify(waitlist ? 'rostering.open.waitlistedOk' : 'rostering.open.signedUp', { type: 'success' });
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      await load();
    }
  };
  return (
    <Box sx={{ maxWidth: 640, mx: 'auto', p: 1 }}>
      <Title title="rostering.open.title" />
      <Box data-testid="open-shift-filters" sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr 1fr', sm: '2fr 2fr 1.5fr' } }}>
        <TextField
          select size="small" label={translate('rostering.openFilters.center')} value={centerId || (allCenters ? '*' : '')} sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' } }}
          onChange={(e) => {
            const v = e.target.value;
            setAllCenters(v === '*');
            setCenterId(v === '*' ? '' : v);
            setPositionId('');
          }}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { name: 'centerId' } }}
        >
          <option value="">{translate('rostering.openFilters.myCenters')}</option>
          <option value="*">{translate('rostering.openFilters.allCenters')}</option>
          {centers.map((c) => <option key={c.id} value={c.id}>{c.name[l] || c.name.az}</option>)}
        </TextField>
        <TextField
          select size="small" label={translate('rostering.openFilters.position')} value={positionId} disabled={!centerId}
          title={centerId ? undefined : translate('rostering.openFilters.positionHint')}
          onChange={(e) => setPositionId(e.target.value)}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { name: 'positionId' } }}
        >
          <option value="">{translate(centerId ? 'rostering.openFilters.allPositions' : 'rostering.openFilters.positionHint')}</option>
          {positions.map((p) => <option key={p.id} value={p.id}>{p.name[l] || p.name.az}</option>)}
        </TextField>
        <TextField type="date" size="small" label={translate('rostering.open.date')} value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'date' } }} />
      </Box>
      <FormControlLabel
        sx={{ mt: 0.5 }}
        control={<Checkbox size="small" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} name="show" data-testid="open-shifts-show-all" />}
        label={translate('rostering.openFilters.showAll')}
      />
      {filtered && (
        <Button size="small" sx={{ mt: 0.5 }} onClick={() => (setDate(''), setCenterId(''), setPositionId(''), setAllCenters(false), setShowAll(false))}>{translate('rostering.openFilters.clear')}</Button>
      )}
      {failure && <Alert severity="error" sx={{ mt: 1 }} data-testid="load-error">{failure}</Alert>}
      <Stack spacing={1} sx={{ mt: 1 }} data-testid="open-shifts">
        {rows?.length === 0 && (
          <Typography data-testid="open-shifts-empty">
            {translate(!filtered ? 'rostering.openFilters.mineEmpty' : date || centerId || positionId ? 'rostering.openFilters.empty' : 'rostering.openFilters.none')}
          </Typography>
        )}
        {days.map((d) => (
          <Box component="section" key={d.day} data-testid="open-shift-day" data-day={d.day} aria-labelledby={`open-day-${d.day}`}>
            <Typography variant="h6" component="h2" id={`open-day-${d.day}`} data-testid="open-shift-day-heading" sx={{ mt: 1, mb: 0.5 }}>{dayHeading(d.day, l)}</Typography>
            <Stack spacing={1}>
              {d.shifts.map((s) => <OpenShiftCard key={s.id} shift={s} onSignUp={signUp} />)}
            </Stack>
          </Box>
        ))}
      </Stack>
      {!!rows && rows.length < total && (
        <Button fullWidth sx={{ mt: 1 }} data-testid="open-shifts-more" onClick={() => setShown({ filter, pages: pages + 1 })}>
          {translate('rostering.open.more', { n: Math.min(OPEN_SHIFTS_PAGE, total - rows.length), left: total - rows.length })}
        </Button>
      )}
    </Box>
  );
}

/** One open shift: the place, the address, duties and a contact (as in the shift mail), free places and the volunteer's action. */
function OpenShiftCard({ shift: s, onSignUp }: { shift: OpenShift; onSignUp: (s: OpenShift, waitlist: boolean) => void }) {
  const translate = useTranslate();
  const line = (label: string, value: React.ReactNode) => (
    <Typography variant="body2"><Box component="span" sx={{ color: 'text.secondary' }}>{translate(label)}: </Box>{value}</Typography>
  );
  return (
    <ShiftCard
      shift={s}
      extra={
        <Box data-testid="open-shift-details">
          {s.address && line('rostering.openCard.address', s.address)}
          {s.duties && line('rostering.openCard.duties', s.duties)}
          {s.contact && line('rostering.openCard.contact', <Link href={`tel:${s.contact.replace(/[^+\d]/g, '')}`}>{s.contact}</Link>)}
          <Typography variant="caption">{translate('rostering.open.free', { free: Math.max(0, s.slots - s.assignedCount) })}</Typography>
        </Box>
      }
    >
      {s.mine ? (
        s.mine.status === 'waitlisted' ? (
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center">
            <Chip color="warning" size="small" data-testid="mine-waitlisted" label={translate('rostering.open.mineWaitlisted')} />
            {s.mine.waitlistPosition != null && (
              <Typography variant="body2" data-testid="waitlist-place">{translate('rostering.openCard.waitlistPlace', { n: s.mine.waitlistPosition })}</Typography>
            )}
          </Stack>
        ) : <Chip color="success" size="small" label={translate('rostering.open.mine')} />
      ) : s.canWaitlist ? (
        <Stack>
          <Button size="small" variant="outlined" data-testid="notify-free" onClick={() => onSignUp(s, true)}>{translate('rostering.openCard.notifyFree')}</Button>
          <Typography variant="caption" color="text.secondary">{translate('rostering.openCard.notifyFreeHint')}</Typography>
        </Stack>
      ) : (
        <Stack>
          <Button size="small" variant="contained" data-testid="signup" disabled={!s.eligible} onClick={() => onSignUp(s, false)}>{translate('rostering.open.signUp')}</Button>
          {s.reason && <Alert severity="info" role="note" sx={{ mt: 1, py: 0 }} data-testid="reason">{(s.reasons?.length ? s.reasons : [s.reason]).map((r) => r.message).join(' ')}</Alert>}
        </Stack>
      )}
    </ShiftCard>
  );
}
