import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Checkbox, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, MenuItem, Paper, Stack, Tab, Table,
  TableBody, TableCell, TableContainer, TableHead, TableRow, Tabs, TextField, Tooltip, Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { day, rosterSetupApi, type EventSummary } from '../rostering/rostering-api';
import { dmy, fieldErrors } from '../rostering/rostering-screens';
import { bakuDmy, fromBakuInput, toBakuInput } from '../../time';
import {
  countryName, eventGuestsApi, languageName, type Delegation, type DelegationInput, type Guest, type GuestInput, type ImportPreview, type ProgrammeItem, type ProgrammeKind,
} from './event-guests-api';

type Lang = 'az' | 'en' | 'ru';
type TabKey = 'guests' | 'delegations';
const TABS: readonly TabKey[] = ['guests', 'delegations'];
const KINDS: readonly ProgrammeKind[] = ['arrival', 'session', 'visit', 'departure'];
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
/** EVENT_GUEST_RETENTION_DAYS' default (docs/event-guests.md). */
const RETENTION_DAYS = 30;

const codes = (text: string) => [...new Set(text.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean))];

/**
 * An event's guests and delegations (docs/event-guests.md): the guest list (filter by delegation and country), the
 * CSV/XLSX import (file → preview with each wrong row's problem → accept), guests and delegations edited by hand,
 * and each delegation's languages, level, liaisons needed and programme.
 */
export function EventGuestsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const [events, setEvents] = useState<EventSummary[] | null>(null);
  useEffect(() => {
    void rosterSetupApi.events().then((r) => setEvents([...r.data].sort((a, b) => b.startsAt.localeCompare(a.startsAt))));
  }, []);
  const eventId = params.get('event') ?? events?.[0]?.id ?? '';
  const tab: TabKey = TABS.find((t) => t === params.get('tab')) ?? 'guests';
  return (
    <Box sx={{ p: 1 }} data-testid="event-guests-page">
      <Title title="eventGuests.title" />
      {events && events.length === 0 && <Alert severity="info">{translate('eventGuests.noEvents')}</Alert>}
      {!!events?.length && (
        <>
          <TextField select size="small" label={translate('eventGuests.event')} value={eventId} onChange={(e) => setParams({ event: e.target.value, tab })}
            sx={{ minWidth: 320, maxWidth: '100%', mb: 1 }} slotProps={{ htmlInput: { 'data-testid': 'event-guests-event' } }}>
            {events.map((e) => <MenuItem key={e.id} value={e.id}>{e.name[l]} · {dmy(day(e.startsAt))}</MenuItem>)}
          </TextField>
          <Alert severity="info" sx={{ mb: 1 }}>{translate('eventGuests.privacy', { days: RETENTION_DAYS })}</Alert>
          <Tabs value={tab} onChange={(_, v: TabKey) => setParams({ event: eventId, tab: v })} sx={{ mb: 1 }}>
            <Tab value="guests" label={translate('eventGuests.tabs.guests')} data-testid="event-guests-tab-guests" />
            <Tab value="delegations" label={translate('eventGuests.tabs.delegations')} data-testid="event-guests-tab-delegations" />
          </Tabs>
          {eventId && <EventGuestsBody key={eventId} eventId={eventId} tab={tab} />}
        </>
      )}
    </Box>
  );
}

function EventGuestsBody({ eventId, tab }: { eventId: string; tab: TabKey }) {
  const [guests, setGuests] = useState<Guest[] | null>(null);
  const [delegations, setDelegations] = useState<Delegation[]>([]);
  const reload = useCallback(async () => {
    const [g, d] = await Promise.all([eventGuestsApi.guests(eventId), eventGuestsApi.delegations(eventId)]);
    setGuests(g);
    setDelegations(d);
  }, [eventId]);
  useEffect(() => { void reload(); }, [reload]);
  if (!guests) return null;
  return tab === 'guests'
    ? <GuestsTab eventId={eventId} guests={guests} delegations={delegations} reload={reload} />
    : <DelegationsTab eventId={eventId} delegations={delegations} reload={reload} />;
}

// ——— guests ———

function GuestsTab({ eventId, guests, delegations, reload }: { eventId: string; guests: Guest[]; delegations: Delegation[]; reload: () => Promise<void> }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [delegation, setDelegation] = useState('');
  const [country, setCountry] = useState('');
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Guest | 'new' | null>(null);
  const countries = useMemo(() => [...new Set(guests.map((g) => g.country))].sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale)), [guests, locale]);
  const shown = guests.filter((g) => (!delegation || (delegation === 'none' ? !g.delegationId : g.delegationId === delegation)) && (!country || g.country === country));
  const byCountry = useMemo(() => {
    const counts = new Map<string, number>();
    for (const g of shown) counts.set(g.country, (counts.get(g.country) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }, [shown]);
  const remove = async (g: Guest) => {
    if (!window.confirm(translate('eventGuests.guests.deleteConfirm', { name: g.fullName }))) return;
    await eventGuestsApi.deleteGuest(eventId, g.id);
    notify('eventGuests.guests.deleted', { type: 'info' });
    await reload();
  };
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}>
        <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)} data-testid="guests-import-open">{translate('eventGuests.guests.import')}</Button>
        <Button startIcon={<AddIcon />} onClick={() => setEditing('new')} data-testid="guests-add">{translate('eventGuests.guests.add')}</Button>
        <TextField select size="small" label={translate('eventGuests.guests.filterDelegation')} value={delegation} onChange={(e) => setDelegation(e.target.value)} fullWidth={false} sx={{ width: 240 }}
          slotProps={{ htmlInput: { 'data-testid': 'guests-filter-delegation' } }}>
          <MenuItem value="">{translate('eventGuests.guests.all')}</MenuItem>
          <MenuItem value="none">{translate('eventGuests.guests.noDelegation')}</MenuItem>
          {delegations.map((d) => <MenuItem key={d.id} value={d.id}>{d.name}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={translate('eventGuests.guests.filterCountry')} value={country} onChange={(e) => setCountry(e.target.value)} fullWidth={false} sx={{ width: 220 }}
          slotProps={{ htmlInput: { 'data-testid': 'guests-filter-country' } }}>
          <MenuItem value="">{translate('eventGuests.guests.all')}</MenuItem>
          {countries.map((c) => <MenuItem key={c} value={c}>{c} · {countryName(c, locale)}</MenuItem>)}
        </TextField>
        <Typography data-testid="guests-count">{translate('eventGuests.guests.count', { smart_count: shown.length })}</Typography>
      </Stack>
      {guests.length === 0 && <Alert severity="info">{translate('eventGuests.guests.empty')}</Alert>}
      {byCountry.length > 1 && (
        <Paper variant="outlined" sx={{ p: 1, mb: 1 }}>
          <Typography variant="subtitle2">{translate('eventGuests.guests.byCountry')}</Typography>
          <BarChart height={220} xAxis={[{ scaleType: 'band', data: byCountry.map(([c]) => c), valueFormatter: (c: string) => countryName(c, locale) }]}
            series={[{ data: byCountry.map(([, n]) => n), label: translate('eventGuests.tabs.guests') }]} hideLegend />
        </Paper>
      )}
      {shown.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" data-testid="guests-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('eventGuests.fields.fullName')}</TableCell>
                <TableCell>{translate('eventGuests.fields.country')}</TableCell>
                <TableCell>{translate('eventGuests.fields.organisation')}</TableCell>
                <TableCell>{translate('eventGuests.fields.delegation')}</TableCell>
                <TableCell>{translate('eventGuests.fields.languages')}</TableCell>
                <TableCell>{translate('eventGuests.fields.arrivalAt')}</TableCell>
                <TableCell>{translate('eventGuests.fields.departureAt')}</TableCell>
                <TableCell>{translate('eventGuests.fields.hotel')}</TableCell>
                <TableCell>{translate('eventGuests.fields.needs')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((g) => (
                <TableRow key={g.id} data-testid="guest-row">
                  <TableCell>
                    {g.fullName} {g.vip && <Chip size="small" color="warning" label="VIP" />}
                    {g.pseudonymisedAt && <Chip size="small" label={translate('eventGuests.guests.pseudonymised')} sx={{ ml: 0.5 }} />}
                  </TableCell>
                  <TableCell><Tooltip title={countryName(g.country, locale)}><span>{g.country}</span></Tooltip></TableCell>
                  <TableCell>{g.organisation}</TableCell>
                  <TableCell>{g.delegationName}</TableCell>
                  <TableCell>{g.languages.map((c) => <Tooltip key={c} title={languageName(c, locale)}><Chip size="small" label={c} sx={{ mr: 0.5 }} /></Tooltip>)}</TableCell>
                  <TableCell>{bakuDmy(g.arrivalAt)}{g.arrivalPlace ? ` · ${g.arrivalPlace}` : ''}</TableCell>
                  <TableCell>{bakuDmy(g.departureAt)}{g.departurePlace ? ` · ${g.departurePlace}` : ''}</TableCell>
                  <TableCell>{g.hotel}</TableCell>
                  <TableCell>{g.needs}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <IconButton size="small" aria-label={translate('eventGuests.delegations.edit')} onClick={() => setEditing(g)}><EditIcon fontSize="small" /></IconButton>
                    <IconButton size="small" aria-label={translate('eventGuests.delete')} onClick={() => void remove(g)}><DeleteIcon fontSize="small" /></IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {importing && <ImportDialog eventId={eventId} onClose={() => setImporting(false)} onImported={reload} />}
      {editing && <GuestDialog eventId={eventId} guest={editing === 'new' ? null : editing} delegations={delegations} onClose={() => setEditing(null)} onSaved={reload} />}
    </>
  );
}

const PREVIEW_COLUMNS = ['key', 'fullName', 'country', 'organisation', 'delegation', 'languages', 'arrivalAt', 'arrivalPlace', 'departureAt', 'departurePlace', 'hotel', 'needs', 'vip', 'email', 'phone'];

/** File → preview (what each row would do, each wrong row's problem in the console's language) → accept. */
function ImportDialog({ eventId, onClose, onImported }: { eventId: string; onClose: () => void; onImported: () => Promise<void> }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async (f: File) => {
    setBusy(true);
    setError(null);
    setPreview(null);
    try {
      setPreview(await eventGuestsApi.preview(eventId, f));
    } catch (e) {
      setError(fieldErrors(e).file ?? (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0] ?? null;
    e.target.value = '';
    setFile(f);
    if (f) void check(f);
  };
  const accept = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await eventGuestsApi.accept(eventId, file);
      notify('eventGuests.import.done', { type: 'success', messageArgs: { created: r.created, updated: r.updated, skipped: r.skipped } });
      await onImported();
      onClose();
    } catch (e) {
      setError(fieldErrors(e).file ?? (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  const columns = preview ? PREVIEW_COLUMNS.filter((c) => preview.columns.includes(c)) : [];
  const valid = preview ? preview.create + preview.update : 0;
  return (
    <Dialog open fullWidth maxWidth="xl" onClose={onClose} data-testid="guests-import-dialog">
      <DialogTitle>{translate('eventGuests.import.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>{translate('eventGuests.import.hint')}</Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
            {translate('eventGuests.import.choose')}
            <input hidden type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={pick} data-testid="guests-import-file" />
          </Button>
          {file && <Typography variant="body2">{file.name}</Typography>}
          {busy && <Typography variant="body2">{translate('eventGuests.import.checking')}</Typography>}
        </Stack>
        {error && <Alert severity="error" sx={{ mb: 1 }} data-testid="guests-import-error">{error}</Alert>}
        {preview && (
          <>
            <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }} data-testid="guests-import-summary">
              <Chip color="success" label={translate('eventGuests.import.summaryCreate', { smart_count: preview.create })} />
              <Chip color="info" label={translate('eventGuests.import.summaryUpdate', { smart_count: preview.update })} />
              <Chip color={preview.errors ? 'error' : 'default'} label={translate('eventGuests.import.summaryErrors', { smart_count: preview.errors })} data-testid="guests-import-errors" />
              {preview.warnings > 0 && <Chip color="warning" variant="outlined" label={translate('eventGuests.import.summaryWarnings', { smart_count: preview.warnings })} data-testid="guests-import-warnings" />}
            </Stack>
            {preview.newDelegations.length > 0 && <Alert severity="info" sx={{ mb: 1 }}>{translate('eventGuests.import.newDelegations', { names: preview.newDelegations.join(', ') })}</Alert>}
            {preview.ignoredColumns.length > 0 && <Alert severity="warning" sx={{ mb: 1 }}>{translate('eventGuests.import.ignored', { names: preview.ignoredColumns.join(', ') })}</Alert>}
            {preview.errors > 0 && <Alert severity="warning" sx={{ mb: 1 }}>{translate('eventGuests.import.errorsHint')}</Alert>}
            {preview.warnings > 0 && <Alert severity="info" sx={{ mb: 1 }}>{translate('eventGuests.import.warningsHint')}</Alert>}
            {/* The preview scrolls in its box: keyboard users reach it with Tab and scroll it with the arrows (WCAG 2.1.1). */}
            <TableContainer component={Paper} variant="outlined" tabIndex={0} role="region" aria-label={translate('eventGuests.import.title')} sx={{ maxHeight: 420 }}>
              <Table size="small" stickyHeader data-testid="guests-import-preview">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('eventGuests.import.line')}</TableCell>
                    <TableCell>{translate('eventGuests.import.action')}</TableCell>
                    {columns.map((c) => <TableCell key={c}>{translate(`eventGuests.fields.${c}`)}</TableCell>)}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {/* The wrong rows first: they are what the organiser has to fix. */}
                  {[...preview.rows].sort((x, y) => Number(y.action === 'error') - Number(x.action === 'error') || x.line - y.line).map((r) => {
                    const errorsOf = (c: string) => r.errors.filter((e) => e.field === c);
                    // Warnings (a date far from the event) sit under their cell like errors, in the warning colour; the row is still imported.
                    const warningsOf = (c: string) => (r.warnings ?? []).filter((e) => e.field === c);
                    return (
                      <TableRow key={r.line} data-testid={r.action === 'error' ? 'import-row-error' : 'import-row'} sx={r.action === 'error' ? { bgcolor: 'rgba(211, 47, 47, 0.08)' } : undefined}>
                        <TableCell>{r.line}</TableCell>
                        <TableCell>
                          <Chip size="small" color={r.action === 'error' ? 'error' : r.action === 'update' ? 'info' : 'success'} label={translate(`eventGuests.import.actions.${r.action}`)} />
                        </TableCell>
                        {columns.map((c) => {
                          const errs = errorsOf(c);
                          const warns = warningsOf(c);
                          return (
                            <TableCell key={c} sx={errs.length ? { color: 'error.main', fontWeight: 600 } : warns.length ? { color: 'warning.dark', fontWeight: 600 } : undefined}>
                              {r.cells[c]}
                              {errs.map((e) => <Typography key={e.code + e.message} variant="caption" component="div" color="error" data-testid="import-cell-error">{e.message}</Typography>)}
                              {warns.map((e) => <Typography key={e.code + e.message} variant="caption" component="div" color="warning.dark" data-testid="import-cell-warning">{e.message}</Typography>)}
                            </TableCell>
                          );
                        })}
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('eventGuests.import.cancel')}</Button>
        {preview && valid === 0 && <Typography variant="body2" color="text.secondary">{translate('eventGuests.import.nothing')}</Typography>}
        <Button variant="contained" disabled={!preview || valid === 0 || busy} onClick={() => void accept()} data-testid="guests-import-accept">
          {translate('eventGuests.import.accept', { smart_count: valid })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

const emptyGuest = (): GuestInput => ({
  fullName: '', country: '', delegationId: null, organisation: null, languages: [], arrivalAt: null, arrivalPlace: null, departureAt: null, departurePlace: null,
  hotel: null, needs: null, vip: false, email: null, phone: null,
});

function GuestDialog({ eventId, guest, delegations, onClose, onSaved }: { eventId: string; guest: Guest | null; delegations: Delegation[]; onClose: () => void; onSaved: () => Promise<void> }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [form, setForm] = useState<GuestInput>(() => (guest ? { ...emptyGuest(), ...Object.fromEntries(Object.keys(emptyGuest()).map((k) => [k, guest[k as keyof Guest]])) } as GuestInput : emptyGuest()));
  const [languages, setLanguages] = useState(form.languages.join(', '));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<GuestInput>) => setForm((f) => ({ ...f, ...change }));
  const text = (k: 'fullName' | 'organisation' | 'arrivalPlace' | 'departurePlace' | 'hotel' | 'needs' | 'email' | 'phone', extra: object = {}) => (
    <TextField size="small" label={translate(`eventGuests.fields.${k}`)} value={form[k] ?? ''} onChange={(e) => set({ [k]: e.target.value || (k === 'fullName' ? '' : null) })}
      error={!!errors[k]} helperText={errors[k]} slotProps={{ htmlInput: { 'data-testid': `guest-${k}` } }} {...extra} />
  );
  const save = async () => {
    setBusy(true);
    setErrors({});
    const body = { ...form, country: form.country.trim().toUpperCase(), languages: codes(languages) };
    try {
      if (guest) await eventGuestsApi.updateGuest(eventId, guest.id, body);
      else await eventGuestsApi.createGuest(eventId, body);
      notify('eventGuests.guests.saved', { type: 'success' });
      await onSaved();
      onClose();
    } catch (e) {
      const errs = fieldErrors(e);
      const langErr = Object.entries(errs).find(([k]) => k.startsWith('languages'));
      setErrors({ ...errs, ...(langErr ? { languages: langErr[1] } : {}) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open fullWidth maxWidth="md" onClose={onClose} data-testid="guest-dialog">
      <DialogTitle>{guest ? guest.fullName : translate('eventGuests.guests.add')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5, pt: 1 }}>
          {text('fullName', { required: true })}
          <TextField size="small" required label={translate('eventGuests.fields.country')} value={form.country} onChange={(e) => set({ country: e.target.value.toUpperCase().slice(0, 2) })}
            error={!!errors.country} helperText={errors.country ?? translate('eventGuests.fields.countryHint')} slotProps={{ htmlInput: { 'data-testid': 'guest-country' } }} />
          {text('organisation')}
          <TextField select size="small" label={translate('eventGuests.fields.delegation')} value={form.delegationId ?? ''} onChange={(e) => set({ delegationId: e.target.value || null })}
            error={!!errors.delegationId} helperText={errors.delegationId}>
            <MenuItem value="">{translate('eventGuests.guests.noDelegation')}</MenuItem>
            {delegations.map((d) => <MenuItem key={d.id} value={d.id}>{d.name}</MenuItem>)}
          </TextField>
          <TextField size="small" label={translate('eventGuests.fields.languages')} value={languages} onChange={(e) => setLanguages(e.target.value)}
            error={!!errors.languages} helperText={errors.languages ?? translate('eventGuests.fields.languagesHint')} slotProps={{ htmlInput: { 'data-testid': 'guest-languages' } }} />
          <FormControlLabel control={<Checkbox checked={form.vip} onChange={(e) => set({ vip: e.target.checked })} />} label={translate('eventGuests.fields.vip')} />
          <TextField size="small" type="datetime-local" label={translate('eventGuests.fields.arrivalAt')} value={toBakuInput(form.arrivalAt)} onChange={(e) => set({ arrivalAt: fromBakuInput(e.target.value) })}
            error={!!errors.arrivalAt} helperText={errors.arrivalAt} slotProps={{ inputLabel: { shrink: true } }} />
          {text('arrivalPlace')}
          <TextField size="small" type="datetime-local" label={translate('eventGuests.fields.departureAt')} value={toBakuInput(form.departureAt)} onChange={(e) => set({ departureAt: fromBakuInput(e.target.value) })}
            error={!!errors.departureAt} helperText={errors.departureAt} slotProps={{ inputLabel: { shrink: true } }} />
          {text('departurePlace')}
          {text('hotel')}
          {text('needs')}
          {text('email')}
          {text('phone')}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('eventGuests.cancel')}</Button>
        <Button variant="contained" disabled={busy} onClick={() => void save()} data-testid="guest-save">{translate('eventGuests.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}

// ——— delegations ———

function DelegationsTab({ eventId, delegations, reload }: { eventId: string; delegations: Delegation[]; reload: () => Promise<void> }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [editing, setEditing] = useState<Delegation | 'new' | null>(null);
  const remove = async (d: Delegation) => {
    if (!window.confirm(translate('eventGuests.delegations.deleteConfirm', { name: d.name }))) return;
    await eventGuestsApi.deleteDelegation(eventId, d.id);
    notify('eventGuests.delegations.deleted', { type: 'info' });
    await reload();
  };
  return (
    <>
      <Button startIcon={<AddIcon />} onClick={() => setEditing('new')} sx={{ mb: 1 }} data-testid="delegations-add">{translate('eventGuests.delegations.add')}</Button>
      {delegations.length === 0 && <Alert severity="info">{translate('eventGuests.delegations.empty')}</Alert>}
      {delegations.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" data-testid="delegations-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('eventGuests.delegations.name')}</TableCell>
                <TableCell>{translate('eventGuests.delegations.country')}</TableCell>
                <TableCell>{translate('eventGuests.delegations.languages')}</TableCell>
                <TableCell>{translate('eventGuests.delegations.minLevel')}</TableCell>
                <TableCell>{translate('eventGuests.delegations.liaisonsNeeded')}</TableCell>
                <TableCell>{translate('eventGuests.delegations.guests')}</TableCell>
                <TableCell>{translate('eventGuests.delegations.programme')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {delegations.map((d) => (
                <TableRow key={d.id} data-testid="delegation-row">
                  <TableCell>{d.name}</TableCell>
                  <TableCell>{d.country} · {countryName(d.country, locale)}</TableCell>
                  <TableCell>{d.languages.map((c) => <Tooltip key={c} title={languageName(c, locale)}><Chip size="small" label={c} sx={{ mr: 0.5 }} /></Tooltip>)}</TableCell>
                  <TableCell>{d.minLevel}</TableCell>
                  <TableCell>{d.liaisonsNeeded}</TableCell>
                  <TableCell>{d.guestCount}</TableCell>
                  <TableCell>
                    {d.programme.length === 0 ? translate('eventGuests.delegations.noProgramme') : (
                      <Stack spacing={0.25}>
                        {d.programme.map((p, i) => (
                          <Typography key={i} variant="caption">{translate(`eventGuests.delegations.kinds.${p.kind}`)} · {bakuDmy(p.startsAt)}–{bakuDmy(p.endsAt).slice(11)} · {p.title}{p.place ? ` (${p.place})` : ''}</Typography>
                        ))}
                      </Stack>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <IconButton size="small" aria-label={translate('eventGuests.delegations.edit')} onClick={() => setEditing(d)} data-testid="delegation-edit"><EditIcon fontSize="small" /></IconButton>
                    <IconButton size="small" aria-label={translate('eventGuests.delete')} onClick={() => void remove(d)}><DeleteIcon fontSize="small" /></IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing && <DelegationDialog eventId={eventId} delegation={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={reload} />}
    </>
  );
}

function DelegationDialog({ eventId, delegation, onClose, onSaved }: { eventId: string; delegation: Delegation | null; onClose: () => void; onSaved: () => Promise<void> }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [name, setName] = useState(delegation?.name ?? '');
  const [country, setCountry] = useState(delegation?.country ?? '');
  const [languages, setLanguages] = useState((delegation?.languages ?? []).join(', '));
  const [minLevel, setMinLevel] = useState(delegation?.minLevel ?? 'B2');
  const [liaisonsNeeded, setLiaisonsNeeded] = useState(delegation?.liaisonsNeeded ?? 1);
  const [notes, setNotes] = useState(delegation?.notes ?? '');
  const [programme, setProgramme] = useState<ProgrammeItem[]>(delegation?.programme ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const setItem = (i: number, change: Partial<ProgrammeItem>) => setProgramme((ps) => ps.map((p, k) => (k === i ? { ...p, ...change } : p)));
  const addItem = () => {
    const last = programme[programme.length - 1];
    const start = last ? last.endsAt : new Date().toISOString();
    setProgramme((ps) => [...ps, { kind: ps.length === 0 ? 'arrival' : 'session', title: '', startsAt: start, endsAt: new Date(new Date(start).getTime() + 3_600_000).toISOString(), place: '' }]);
  };
  const save = async () => {
    setBusy(true);
    setErrors({});
    const body: DelegationInput = { name, country: country.trim().toUpperCase(), languages: codes(languages), minLevel, liaisonsNeeded, programme, notes: notes.trim() || null };
    try {
      if (delegation) await eventGuestsApi.updateDelegation(eventId, delegation.id, body);
      else await eventGuestsApi.createDelegation(eventId, body);
      notify('eventGuests.delegations.saved', { type: 'success' });
      await onSaved();
      onClose();
    } catch (e) {
      const errs = fieldErrors(e);
      const langErr = Object.entries(errs).find(([k]) => k.startsWith('languages'));
      setErrors({ ...errs, ...(langErr ? { languages: langErr[1] } : {}) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open fullWidth maxWidth="lg" onClose={onClose} data-testid="delegation-dialog">
      <DialogTitle>{delegation ? delegation.name : translate('eventGuests.delegations.add')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 2fr 1fr 1fr' }, gap: 1.5, pt: 1, mb: 2 }}>
          <TextField size="small" required label={translate('eventGuests.delegations.name')} value={name} onChange={(e) => setName(e.target.value)} error={!!errors.name} helperText={errors.name}
            slotProps={{ htmlInput: { 'data-testid': 'delegation-name' } }} />
          <TextField size="small" required label={translate('eventGuests.delegations.country')} value={country} onChange={(e) => setCountry(e.target.value.toUpperCase().slice(0, 2))}
            error={!!errors.country} helperText={errors.country ?? translate('eventGuests.fields.countryHint')} slotProps={{ htmlInput: { 'data-testid': 'delegation-country' } }} />
          <TextField size="small" label={translate('eventGuests.delegations.languages')} value={languages} onChange={(e) => setLanguages(e.target.value)}
            error={!!errors.languages} helperText={errors.languages ?? translate('eventGuests.fields.languagesHint')} slotProps={{ htmlInput: { 'data-testid': 'delegation-languages' } }} />
          <TextField select size="small" label={translate('eventGuests.delegations.minLevel')} value={minLevel} onChange={(e) => setMinLevel(e.target.value)}>
            {LEVELS.map((v) => <MenuItem key={v} value={v}>{v}</MenuItem>)}
          </TextField>
          <TextField select size="small" label={translate('eventGuests.delegations.liaisonsNeeded')} value={liaisonsNeeded} onChange={(e) => setLiaisonsNeeded(Number(e.target.value))}>
            {[1, 2].map((v) => <MenuItem key={v} value={v}>{v}</MenuItem>)}
          </TextField>
        </Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>{translate('eventGuests.delegations.programme')}</Typography>
        <Stack spacing={1} data-testid="programme-editor">
          {programme.map((p, i) => (
            <Stack key={i} direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
              <TextField select size="small" label={translate('eventGuests.delegations.kind')} value={p.kind} onChange={(e) => setItem(i, { kind: e.target.value as ProgrammeKind })} sx={{ minWidth: 130 }}>
                {KINDS.map((k) => <MenuItem key={k} value={k}>{translate(`eventGuests.delegations.kinds.${k}`)}</MenuItem>)}
              </TextField>
              <TextField size="small" label={translate('eventGuests.delegations.itemTitle')} value={p.title} onChange={(e) => setItem(i, { title: e.target.value })} sx={{ flex: 2 }}
                error={!!errors[`programme.${i}.title`]} helperText={errors[`programme.${i}.title`]} slotProps={{ htmlInput: { 'data-testid': `programme-title-${i}` } }} />
              <TextField size="small" type="datetime-local" label={translate('eventGuests.delegations.startsAt')} value={toBakuInput(p.startsAt)}
                onChange={(e) => setItem(i, { startsAt: fromBakuInput(e.target.value) ?? p.startsAt })} slotProps={{ inputLabel: { shrink: true } }} />
              <TextField size="small" type="datetime-local" label={translate('eventGuests.delegations.endsAt')} value={toBakuInput(p.endsAt)}
                onChange={(e) => setItem(i, { endsAt: fromBakuInput(e.target.value) ?? p.endsAt })} error={!!errors[`programme.${i}.endsAt`]} helperText={errors[`programme.${i}.endsAt`]}
                slotProps={{ inputLabel: { shrink: true } }} />
              <TextField size="small" label={translate('eventGuests.delegations.place')} value={p.place} onChange={(e) => setItem(i, { place: e.target.value })} sx={{ flex: 1 }} />
              <IconButton aria-label={translate('eventGuests.delegations.removeItem')} onClick={() => setProgramme((ps) => ps.filter((_, k) => k !== i))}><DeleteIcon /></IconButton>
            </Stack>
          ))}
          <Box><Button startIcon={<AddIcon />} onClick={addItem} data-testid="programme-add">{translate('eventGuests.delegations.addItem')}</Button></Box>
        </Stack>
        <TextField size="small" fullWidth multiline minRows={2} label={translate('eventGuests.delegations.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} sx={{ mt: 2 }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('eventGuests.cancel')}</Button>
        <Button variant="contained" disabled={busy} onClick={() => void save()} data-testid="delegation-save">{translate('eventGuests.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
