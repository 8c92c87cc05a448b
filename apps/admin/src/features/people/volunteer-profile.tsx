import { useEffect, useState, type ReactNode } from 'react';
import { ListButton, Show, TopToolbar, useGetList, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import {
  Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Grid, Link, List as MuiList, ListItem, ListItemText, MenuItem,
  Stack, Tab, Tabs, TextField, Typography,
} from '@mui/material';
import { bakuDateOf, hoursText } from '@dost/domain';
import { formatBaku } from '../../time';
import { VolunteerQualificationsCard } from '../qualifications';
import { LanguageChips, VolunteerStatusChip } from './volunteers';
import { localized, peopleApi, percent, problemText, type Lang, type ProfileShift, type VolunteerProfile, type VolunteerStatus } from './people-api';

/** Moves the profile offers as buttons (alumni and staff have their own flows: alumni and hiring). */
const STATUS_ACTIONS: readonly VolunteerStatus[] = ['paused', 'active', 'exited'];
const REASON_REQUIRED: readonly VolunteerStatus[] = ['paused', 'exited'];

function Section({ title, children, testId, action }: { title: string; children: ReactNode; testId: string; action?: ReactNode }) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">{title}</Typography>
          {action}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} sx={{ py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 200 }}>{label}</Typography>
      <Box sx={{ typography: 'body2', wordBreak: 'break-word' }}>{children}</Box>
    </Stack>
  );
}

/** A status move with its reason (required for pause and leaving), through POST /volunteers/{id}/status. */
function StatusDialog({ v, to, onClose }: { v: VolunteerProfile; to: VolunteerStatus | null; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => { setReason(''); setError(null); }, [to]);
  if (!to) return null;
  const required = REASON_REQUIRED.includes(to);
  const submit = async () => {
    if (required && !reason.trim()) return setError(translate('people.dialog.reasonRequired'));
    setBusy(true);
    try {
      await peopleApi.changeStatus(v.id, to, reason.trim());
      notify('people.dialog.statusChanged', { type: 'success', messageArgs: { status: translate(`people.status.${to}`) } });
      onClose();
      refresh();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="status-dialog">
      <DialogTitle>{translate('people.dialog.statusTitle', { name: v.fullName, action: translate(`people.actions.${to}`) })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate(`people.dialog.statusHint.${to}`)}</Typography>
        <TextField autoFocus fullWidth multiline minRows={2} required={required} name="reason" value={reason} onChange={(e) => setReason(e.target.value)}
          label={translate(required ? 'people.dialog.reason' : 'people.dialog.reasonOptional')} error={!!error} helperText={error} slotProps={{ htmlInput: { maxLength: 500 } }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('people.dialog.cancel')}</Button>
        <Button variant="contained" color={to === 'exited' ? 'error' : 'primary'} disabled={busy} onClick={() => void submit()} data-testid="status-confirm">
          {translate('people.dialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Home center: the centers the caller may choose (GET /centers is scoped to a coordinator's own). */
function HomeCenterDialog({ v, open, onClose }: { v: VolunteerProfile; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const { data: centers = [] } = useGetList<{ id: string; name: Record<string, string> }>('centers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } }, { enabled: open });
  const [centerId, setCenterId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => { if (open) { setCenterId(''); setReason(''); setError(null); } }, [open]);
  const submit = async () => {
    if (!centerId) return setError(translate('people.dialog.centerRequired'));
    setBusy(true);
    try {
      await peopleApi.changeHomeCenter(v.id, centerId, reason.trim());
      notify('people.dialog.homeCenterChanged', { type: 'success' });
      onClose();
      refresh();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid="home-center-dialog">
      <DialogTitle>{translate('people.dialog.homeCenterTitle', { name: v.fullName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {centers.length > 0 && !centers.some((c) => c.id !== v.homeCenter?.id) && <Alert severity="info" data-testid="home-center-none">{translate('people.dialog.noOtherCenter')}</Alert>}
          <TextField select fullWidth required name="homeCenterId" label={translate('people.dialog.center')} value={centerId} onChange={(e) => setCenterId(e.target.value)}
            error={!!error} helperText={error}>
            {centers.filter((c) => c.id !== v.homeCenter?.id).map((c) => <MenuItem key={c.id} value={c.id}>{localized(c.name as never, locale)}</MenuItem>)}
          </TextField>
          <TextField fullWidth multiline minRows={2} name="reason" label={translate('people.dialog.reasonOptional')} value={reason} onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 500 } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('people.dialog.cancel')}</Button>
        <Button variant="contained" disabled={busy} onClick={() => void submit()} data-testid="home-center-confirm">{translate('people.dialog.confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function ActionsBar({ v }: { v: VolunteerProfile }) {
  const translate = useTranslate();
  const [to, setTo] = useState<VolunteerStatus | null>(null);
  const [moveOpen, setMoveOpen] = useState(false);
  const moves = v.actions.statusMoves.filter((m) => STATUS_ACTIONS.includes(m));
  if (!moves.length && !v.actions.changeHomeCenter) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" data-testid="profile-actions">
      {moves.map((m) => (
        <Button key={m} size="small" variant="outlined" color={m === 'exited' ? 'error' : 'primary'} onClick={() => setTo(m)} data-testid={`action-${m}`}>
          {translate(`people.actions.${m}`)}
        </Button>
      ))}
      {v.actions.changeHomeCenter && (
        <Button size="small" variant="outlined" onClick={() => setMoveOpen(true)} data-testid="action-home-center">{translate('people.actions.homeCenter')}</Button>
      )}
      <StatusDialog v={v} to={to} onClose={() => setTo(null)} />
      <HomeCenterDialog v={v} open={moveOpen} onClose={() => setMoveOpen(false)} />
    </Stack>
  );
}

function FinValue({ v }: { v: VolunteerProfile }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [full, setFull] = useState<string | null>(null);
  if (!v.fin) return <>{translate('people.none')}</>;
  const reveal = async () => {
    try {
      setFull((await peopleApi.fin(v.id)).fin);
    } catch (e) {
      notify('people.fin.failed', { type: 'error', messageArgs: { message: (e as Error).message } });
    }
  };
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <span style={{ fontFamily: 'monospace' }} data-testid="volunteer-fin">{full ?? v.fin}</span>
      {v.canRevealFin && !full && (
        <Button size="small" onClick={() => void reveal()} title={translate('people.fin.hint')} data-testid="reveal-fin">{translate('people.fin.reveal')}</Button>
      )}
    </Stack>
  );
}

function halfDayLabel(code: string, translate: ReturnType<typeof useTranslate>): string {
  const [day, half] = code.split('-');
  return `${translate(`recruitment.weekdays.${day}`, { _: day })} — ${translate(`recruitment.halfDays.${half}`, { _: half })}`;
}

function ShiftLine({ s }: { s: ProfileShift }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const link = s.centerId
    ? `/rostering/day-sheet?center=${s.centerId}&date=${bakuDateOf(Date.parse(s.startsAt))}`
    : `/rostering/role-board?event=${s.eventId}`;
  const cancelled = s.shiftStatus === 'cancelled';
  return (
    <ListItem disableGutters divider data-testid="profile-shift">
      <ListItemText
        primary={<Link component={RouterLink} to={link}>{`${formatBaku(s.startsAt, locale)} · ${localized(s.positionName, locale)}`}</Link>}
        secondary={localized(s.placeName, locale)}
      />
      <Chip size="small" variant="outlined" color={cancelled ? 'default' : s.status === 'no_show' ? 'warning' : 'default'}
        label={cancelled ? translate('people.shifts.shiftCancelled') : translate(`people.shifts.assignment.${s.status}`, { _: s.status })} />
    </ListItem>
  );
}

function ShiftsSection({ v }: { v: VolunteerProfile }) {
  const translate = useTranslate();
  const [tab, setTab] = useState<'ahead' | 'past'>('ahead');
  const list = v.shifts[tab];
  return (
    <Section title={translate('people.sections.shifts')} testId="profile-shifts">
      <Tabs value={tab} onChange={(_, t) => setTab(t)} variant="fullWidth" sx={{ mb: 1 }}>
        <Tab value="ahead" label={`${translate('people.shifts.ahead')} (${v.shifts.ahead.length})`} data-testid="shifts-ahead" />
        <Tab value="past" label={`${translate('people.shifts.past')} (${v.shifts.past.length})`} data-testid="shifts-past" />
      </Tabs>
      {list.length ? <MuiList dense>{list.map((s) => <ShiftLine key={s.assignmentId} s={s} />)}</MuiList> : <Typography variant="body2">{translate('people.shifts.none')}</Typography>}
    </Section>
  );
}

function NotesSection({ v }: { v: VolunteerProfile }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (!body.trim()) return;
    setBusy(true);
    try {
      await peopleApi.addNote(v.id, body.trim());
      setBody('');
      setError(null);
      notify('people.notes.added', { type: 'success' });
      refresh();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={translate('people.sections.notes')} testId="profile-notes">
      {v.actions.addNote && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 2 }}>
          <TextField fullWidth multiline minRows={1} size="small" name="note" placeholder={translate('people.notes.placeholder')} value={body}
            onChange={(e) => setBody(e.target.value)} error={!!error} helperText={error} slotProps={{ htmlInput: { maxLength: 2000 } }} />
          <Button variant="contained" disabled={busy || !body.trim()} onClick={() => void add()} data-testid="note-add">{translate('people.notes.add')}</Button>
        </Stack>
      )}
      {v.notes.length ? (
        <MuiList dense>
          {v.notes.map((n) => (
            <ListItem key={n.id} disableGutters divider data-testid="profile-note">
              <ListItemText primary={n.body} secondary={`${n.authorName} · ${formatBaku(n.createdAt, locale)}`} sx={{ whiteSpace: 'pre-wrap' }} />
            </ListItem>
          ))}
        </MuiList>
      ) : <Typography variant="body2">{translate('people.notes.none')}</Typography>}
    </Section>
  );
}

function HistorySection({ v }: { v: VolunteerProfile }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Section title={translate('people.sections.history')} testId="profile-history">
      {v.statusHistory.length ? (
        <MuiList dense>
          {v.statusHistory.map((h, i) => (
            <ListItem key={`${h.at}-${i}`} disableGutters divider>
              <ListItemText
                primary={`${h.from ? `${translate(`people.status.${h.from}`)} → ` : ''}${translate(`people.status.${h.to}`)}`}
                secondary={[formatBaku(h.at, locale), h.actorName ?? translate('people.history.system'), historyReason(h.reason, translate)].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </MuiList>
      ) : <Typography variant="body2">{translate('people.history.none')}</Typography>}
    </Section>
  );
}

/** A reason the system wrote (a code such as 'onboarded') in words; a person's own words as written. */
export function historyReason(reason: string | null, translate: (key: string, options?: object) => string): string | null {
  if (!reason) return null;
  return /^[a-z_]+$/.test(reason) ? translate(`people.history.reasons.${reason}`, { _: reason }) : reason;
}

function ProfileBody() {
  const v = useRecordContext<VolunteerProfile>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  // Coming from the list, react-admin shows the list's row first (no shifts, notes, actions…) until the profile arrives.
  if (!v || !v.actions || !v.shifts) return <Box sx={{ p: 2 }}><CircularProgress size={24} /></Box>;
  const hoursLink = `/hour-entries?filter=${encodeURIComponent(JSON.stringify({ volunteerId: v.id }))}`;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }} data-testid="volunteer-profile">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} justifyContent="space-between" alignItems={{ xs: 'flex-start', md: 'center' }} sx={{ mb: 2 }}>
        <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
          <Typography variant="h5" component="h1" data-testid="profile-name">{v.fullName}</Typography>
          <VolunteerStatusChip status={v.status} />
          {v.signupBlocked && <Chip size="small" color="warning" label={translate('people.fields.signupBlocked')} />}
        </Stack>
        <ActionsBar v={v} />
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title={translate('people.sections.contact')} testId="profile-contact">
            <Row label={translate('people.fields.email')}><Link href={`mailto:${v.email}`}>{v.email}</Link></Row>
            <Row label={translate('people.fields.phone')}>{v.phone ? <Link href={`tel:${v.phone}`}>{v.phone}</Link> : translate('people.none')}</Row>
            <Row label={translate('people.fields.fin')}><FinValue v={v} /></Row>
            <Row label={translate('people.fields.birthDate')}>{v.birthDate ? formatBaku(`${v.birthDate}T08:00:00Z`, locale, false) : translate('people.none')}</Row>
            <Row label={translate('resources.volunteers.fields.homeCenter')}>{localized(v.homeCenter?.name, locale) || translate('people.none')}</Row>
            <Row label={translate('people.fields.locale')}>{translate(`people.localeNames.${v.locale}`)}</Row>
            <Row label={translate('people.fields.memberSince')}>{formatBaku(v.memberSince, locale, false)}</Row>
            {!v.hasAccount && <Alert severity="info" sx={{ mt: 1 }}>{translate('people.noAccount')}</Alert>}
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title={translate('people.sections.languages')} testId="profile-languages">
            <Row label={translate('resources.volunteers.fields.languages')}>{v.languages.length ? <LanguageChips languages={v.languages} /> : translate('people.none')}</Row>
            <Row label={translate('people.fields.availability')}>
              {v.availability.length ? v.availability.map((h) => halfDayLabel(h, translate)).join(', ') : translate('people.none')}
            </Row>
            <Row label={translate('people.fields.preferredCenters')}>{v.preferredCenters.map((c) => localized(c.name, locale)).join(', ') || translate('people.none')}</Row>
            {v.skills.length > 0 && <Row label={translate('people.fields.skills')}>{v.skills.join(', ')}</Row>}
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          {/* Qualifications with expiry; the card (features/qualifications) brings "Grant qualification" and revoke for coordinators and admins. */}
          <VolunteerQualificationsCard volunteerId={v.id} volunteerName={v.fullName} onChange={refresh} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title={translate('people.sections.hours')} testId="profile-hours"
            action={<Button size="small" component={RouterLink} to={hoursLink} data-testid="profile-hours-link">{translate('people.hours.open')}</Button>}>
            <Row label={translate('people.hours.approved')}><span data-testid="profile-hours-approved">{hoursText(v.hours.approvedMinutes, locale as Lang)}</span></Row>
            <Row label={translate('people.hours.pending')}>{hoursText(v.hours.pendingMinutes, locale as Lang)}</Row>
            <Row label={translate('people.hours.reliability')}><span title={translate('people.hours.reliabilityHint')}>{percent(v.hours.reliability)}</span></Row>
            <Row label={translate('people.hours.attended')}>{v.hours.attended}</Row>
            <Row label={translate('people.hours.noShows')}>{v.hours.noShows}</Row>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}><ShiftsSection v={v} /></Grid>
        <Grid size={{ xs: 12, md: 6 }}><NotesSection v={v} /></Grid>
        <Grid size={{ xs: 12 }}><HistorySection v={v} /></Grid>
      </Grid>
    </Box>
  );
}

function ShowActions() {
  return <TopToolbar><ListButton /></TopToolbar>;
}

/** A volunteer's profile for staff: contact, languages, qualifications, hours, shifts, notes, status history and the actions the role may take. */
export function VolunteerShow() {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />} title={translate('people.title')} component="div">
      <ProfileBody />
    </Show>
  );
}
