import { useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, List, ListItem, ListItemText, MenuItem, Stack, Tab, Tabs,
  TextField, Typography, useMediaQuery, type Theme,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { BarChart } from '@mui/x-charts/BarChart';
import { DmyDateField } from '../../layout/date-field';
import { FlagChips, StatusChip } from './hour-chips';
import {
  bakuToday, dateLabel, formatMinutes, hoursApi, MANUAL_CATEGORIES, MAX_MANUAL_MINUTES, monthLabel, formatNumber, wholeHours, type HourEntry, type HourStatus, type Lang, type ManualCategory,
  type MyHours, type Place,
} from './hours-api';

function Stat({ label, value, testId, sub }: { label: string; value: string; testId: string; sub?: string }) {
  return (
    <Card variant="outlined" sx={{ flex: '1 1 0', minWidth: 0 }}>
      <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
        {/* Long words ("подтверждения") break rather than push the row past a phone's width. */}
        <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>{label}</Typography>
        <Typography component="div" data-testid={testId} sx={{ fontWeight: 700, lineHeight: 1.25, fontSize: { xs: '1.05rem', sm: '1.25rem' } }}>{value}</Typography>
        {sub && <Typography variant="caption" color="text.secondary">{sub}</Typography>}
      </CardContent>
    </Card>
  );
}

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{title}</Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** "84 of 100 hours" towards the next milestone, and the milestones reached. */
function Milestones({ mine }: { mine: MyHours }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const next = mine.nextMilestone;
  return (
    <Section title={translate('hours.my.milestones')} testId="hours-milestones">
      {next ? (
        <>
          <Typography data-testid="milestone-progress" sx={{ fontWeight: 600 }}>
            {translate('hours.my.progress', { done: wholeHours(mine.totalMinutes), goal: next.hours })}
          </Typography>
          <LinearProgress variant="determinate" value={Math.min(100, (mine.totalMinutes / (next.hours * 60)) * 100)} sx={{ height: 10, borderRadius: 5, my: 1 }} />
          <Typography variant="body2" color="text.secondary">{translate('hours.my.progressHint', { left: formatMinutes(next.remainingMinutes, locale) })}</Typography>
        </>
      ) : (
        <Typography>{translate('hours.my.allReached')}</Typography>
      )}
      {mine.milestones.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mt: 1 }}>
          {mine.milestones.map((m) => (
            <Chip key={m.hours} icon={<EmojiEventsIcon />} color="success" label={translate('hours.my.reached', { hours: m.hours })} data-testid="milestone-reached" />
          ))}
        </Stack>
      )}
    </Section>
  );
}

function MonthlyChart({ mine }: { mine: MyHours }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Section title={translate('hours.my.monthly')} testId="hours-chart">
      <Box sx={{ width: '100%', height: 220 }}>
        <BarChart
          height={220}
          hideLegend
          margin={{ left: 0, right: 8, top: 8, bottom: 0 }}
          xAxis={[{
            scaleType: 'band', data: mine.months.map((m) => monthLabel(m.month, locale)), tickLabelStyle: { fontSize: 10 }, height: 36,
            valueFormatter: (v: string, ctx: { location: string }) => (ctx.location === 'tick' ? v : v.replace('\n', ' ')),
          }]}
          yAxis={[{ width: 32, valueFormatter: (v: number | null) => formatNumber(v, locale) }]}
          series={[{
            data: mine.months.map((m) => Math.round((m.minutes / 60) * 10) / 10),
            label: translate('hours.my.chartLabel'),
            valueFormatter: (v: number | null, { dataIndex }: { dataIndex: number }) => formatMinutes(mine.months[dataIndex]?.minutes ?? Math.round((v ?? 0) * 60), locale),
          }]}
        />
      </Box>
    </Section>
  );
}

function Breakdown({ title, rows, testId }: { title: string; rows: { key: string; label: string; minutes: number }[]; testId: string }) {
  const [locale] = useLocaleState();
  if (!rows.length) return null;
  return (
    <Section title={title} testId={testId}>
      <List dense disablePadding>
        {rows.map((r) => (
          <ListItem key={r.key} disableGutters secondaryAction={<Typography sx={{ fontWeight: 600 }}>{formatMinutes(r.minutes, locale)}</Typography>}>
            <ListItemText primary={r.label} sx={{ pr: 10 }} />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}

function EntryCard({ e }: { e: HourEntry }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  return (
    <Card variant="outlined" data-testid="my-hour-entry" data-status={e.status}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Stack direction="row" justifyContent="space-between" alignItems="flex-start" spacing={1}>
          <Box sx={{ minWidth: 0 }}>
            <Typography sx={{ fontWeight: 600 }}>{dateLabel(e.workDate)} · {formatMinutes(e.minutes, locale)}
              {e.minutes !== e.originalMinutes && <Typography component="span" variant="body2" color="text.secondary"> ({translate('hours.my.corrected', { original: formatMinutes(e.originalMinutes, locale) })})</Typography>}
            </Typography>
            <Typography variant="body2">{e.place.name[l]}</Typography>
            <Typography variant="body2" color="text.secondary">{e.positionName?.[l] ?? translate(`hours.categories.${e.category}`)}</Typography>
          </Box>
          <StatusChip status={e.status} />
        </Stack>
        {e.note && <Typography variant="body2" sx={{ mt: 0.5, wordBreak: 'break-word' }}>{e.note}</Typography>}
        {e.status === 'rejected' && e.decisionReason && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="rejection-reason">{translate('hours.my.reason')}: {e.decisionReason}</Alert>
        )}
        <Box sx={{ mt: e.flags.length ? 1 : 0 }}><FlagChips flags={e.flags} /></Box>
      </CardContent>
    </Card>
  );
}

function Entries({ version }: { version: number }) {
  const translate = useTranslate();
  const [status, setStatus] = useState<HourStatus>('pending');
  const [rows, setRows] = useState<HourEntry[] | null>(null);
  useEffect(() => {
    setRows(null);
    hoursApi.myEntries(status).then((r) => setRows(r.data), () => setRows([]));
  }, [status, version]);
  return (
    <Section title={translate('hours.my.entries')} testId="my-hour-entries">
      <Tabs value={status} onChange={(_, v) => setStatus(v)} variant="scrollable" allowScrollButtonsMobile>
        {(['pending', 'approved', 'rejected'] as const).map((s) => <Tab key={s} value={s} label={translate(`hours.status.${s}`)} data-testid={`entries-tab-${s}`} sx={{ minWidth: 0, px: 0.5 }} />)}
      </Tabs>
      <Stack spacing={1} sx={{ mt: 1 }}>
        {rows === null && <LinearProgress />}
        {rows?.length === 0 && <Typography color="text.secondary">{translate(`hours.my.empty.${status}`)}</Typography>}
        {rows?.map((e) => <EntryCard key={e.id} e={e} />)}
      </Stack>
    </Section>
  );
}

interface FormState { category: ManualCategory; workDate: string; hours: string; minutes: string; note: string; place: string }

/** "Add hours": a manual entry; the API's per-field errors are shown under their fields. */
function AddHoursDialog({ open, places, homeCenterId, onClose, onSaved }: { open: boolean; places: Place[]; homeCenterId: string | null; onClose: () => void; onSaved: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const phone = useMediaQuery((t: Theme) => t.breakpoints.down('sm'));
  const initial = (): FormState => ({
    category: 'training', workDate: bakuToday(), hours: '1', minutes: '0', note: '',
    place: places.find((p) => p.id === homeCenterId) ? `center:${homeCenterId}` : places[0] ? `${places[0].kind}:${places[0].id}` : '',
  });
  const [form, setForm] = useState<FormState>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) {
      setForm(initial());
      setErrors({});
      setFailure(null);
    }
  }, [open]);
  const set = (k: keyof FormState) => (e: React.ChangeEvent<HTMLInputElement>) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const save = async () => {
    setBusy(true);
    setErrors({});
    setFailure(null);
    const [kind, id] = form.place.split(':');
    try {
      await hoursApi.addMine({
        category: form.category, workDate: form.workDate, note: form.note.trim(),
        minutes: Number(form.hours || 0) * 60 + Number(form.minutes || 0),
        ...(kind === 'center' ? { centerId: id } : kind === 'event' ? { eventId: id } : {}),
      });
      notify('hours.form.saved', { type: 'success' });
      onSaved();
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) setErrors(body.errors);
      else setFailure((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const placeError = errors.centerId ?? errors.eventId;
  return (
    <Dialog open={open} onClose={onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle>{translate('hours.form.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} component="form" data-testid="add-hours-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <Typography variant="body2" color="text.secondary">{translate('hours.form.hint')}</Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          <TextField select label={translate('hours.form.category')} value={form.category} onChange={set('category')} error={!!errors.category} helperText={errors.category} name="category">
            {MANUAL_CATEGORIES.map((c) => <MenuItem key={c} value={c}>{translate(`hours.categories.${c}`)}</MenuItem>)}
          </TextField>
          <DmyDateField label={translate('hours.form.workDate')} value={form.workDate} onChange={(workDate) => setForm((f) => ({ ...f, workDate }))}
            error={!!errors.workDate} helperText={errors.workDate} name="workDate" max={bakuToday()} />
          <Stack direction="row" spacing={1}>
            <TextField type="number" label={translate('hours.form.hours')} value={form.hours} onChange={set('hours')} name="hours" sx={{ flex: 1 }}
              error={!!errors.minutes} helperText={errors.minutes} slotProps={{ htmlInput: { min: 0, max: MAX_MANUAL_MINUTES / 60, inputMode: 'numeric' } }} />
            <TextField select label={translate('hours.form.minutes')} value={form.minutes} onChange={set('minutes')} name="minutes" sx={{ flex: 1 }} error={!!errors.minutes}>
              {['0', '15', '30', '45'].map((m) => <MenuItem key={m} value={m}>{m}</MenuItem>)}
            </TextField>
          </Stack>
          {places.length > 0 && (
            <TextField select label={translate('hours.form.place')} value={form.place} onChange={set('place')} error={!!placeError} helperText={placeError} name="place">
              {places.map((p) => <MenuItem key={`${p.kind}:${p.id}`} value={`${p.kind}:${p.id}`}>{p.name[l]}</MenuItem>)}
            </TextField>
          )}
          {places.length === 0 && placeError && <Alert severity="error">{placeError}</Alert>}
          <TextField label={translate('hours.form.note')} value={form.note} onChange={set('note')} multiline minRows={3} name="note"
            error={!!errors.note} helperText={errors.note ?? translate('hours.form.noteHelp')} slotProps={{ htmlInput: { maxLength: 1000 } }} />
          <button type="submit" hidden />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('hours.form.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy} data-testid="add-hours-save">{translate('hours.form.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** "My hours": phone first — totals, progress to the next milestone, the monthly chart, breakdowns, entries, "Add hours". */
export function MyHoursPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [mine, setMine] = useState<MyHours | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [version, setVersion] = useState(0);
  const load = useCallback(() => hoursApi.mine().then((m) => (setMine(m), setFailure(null)), (e: Error) => setFailure(e.message)), []);
  useEffect(() => {
    void load();
  }, [load, version]);
  // Inline-size containment: the page takes the screen's width, never its widest child's (the entries' tabs widened a
  // phone to 520 px in Russian).
  return (
    <Box sx={{ maxWidth: 720, width: '100%', mx: 'auto', p: 1, boxSizing: 'border-box', contain: 'inline-size' }} data-testid="my-hours">
      <Title title="hours.my.title" />
      <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1, flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" component="h1">{translate('hours.my.title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)} disabled={!mine} data-testid="add-hours">{translate('hours.my.add')}</Button>
      </Stack>
      {failure && <Alert severity="error" data-testid="load-error">{failure}</Alert>}
      {!mine && !failure && <LinearProgress />}
      {mine && (
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1}>
            <Stat label={translate('hours.my.total')} value={formatMinutes(mine.totalMinutes, locale)} testId="hours-total" />
            <Stat label={translate('hours.my.thisMonth')} value={formatMinutes(mine.thisMonthMinutes, locale)} testId="hours-this-month" />
            <Stat label={translate('hours.my.pending')} value={formatMinutes(mine.pendingMinutes, locale)} testId="hours-pending"
              sub={translate('hours.my.pendingCount', { smart_count: mine.pendingCount })} />
          </Stack>
          {mine.totalMinutes === 0 && mine.pendingCount === 0 && <Alert severity="info">{translate('hours.my.nothing')}</Alert>}
          <Milestones mine={mine} />
          <MonthlyChart mine={mine} />
          <Breakdown title={translate('hours.my.byPlace')} testId="hours-by-place" rows={mine.byPlace.map((p) => ({ key: p.id, label: p.name[l], minutes: p.minutes }))} />
          <Breakdown title={translate('hours.my.byPosition')} testId="hours-by-position" rows={mine.byPosition.map((p) => ({ key: p.positionId, label: p.name[l], minutes: p.minutes }))} />
          <Breakdown title={translate('hours.my.byCategory')} testId="hours-by-category" rows={mine.byCategory.map((c) => ({ key: c.category, label: translate(`hours.categories.${c.category}`), minutes: c.minutes }))} />
          <Entries version={version} />
        </Stack>
      )}
      {mine && (
        <AddHoursDialog open={adding} places={mine.places} homeCenterId={mine.homeCenterId} onClose={() => setAdding(false)}
          onSaved={() => (setAdding(false), setVersion((v) => v + 1))} />
      )}
    </Box>
  );
}
