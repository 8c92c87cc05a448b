import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Checkbox, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, IconButton, MenuItem, Paper, Stack, Tab, Table, TableBody,
  TableCell, TableHead, TableRow, Tabs, TextField, Tooltip, Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import PrintIcon from '@mui/icons-material/Print';
import ReplayIcon from '@mui/icons-material/Replay';
import SaveIcon from '@mui/icons-material/Save';
import { day, rosterSetupApi, type EventSummary } from '../rostering/rostering-api';
import { dmy, fieldErrors } from '../rostering/rostering-screens';
import { bakuDmy } from '../../time';
import { accreditationApi, type Badge, type BadgeLayout, type BadgesAnswer, type GuestAccess, type Lang, type Zone, type ZonesAnswer } from './accreditation-api';

type TabKey = 'zones' | 'badges';
const TABS: readonly TabKey[] = ['zones', 'badges'];
const ACCESS: readonly GuestAccess[] = ['none', 'vip', 'all'];
const SUGGESTED = ['#C62828', '#C9A227', '#1565C0', '#2E7D32', '#6A1B9A', '#EF6C00'];

/**
 * An event's accreditation (docs/accreditation.md): its zones (colour, positions that enter, which guests) and its
 * badges — volunteers on the rota and guests — printed as an A4 sheet or one per page, reprinted one at a time.
 */
export function AccreditationPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const [events, setEvents] = useState<EventSummary[] | null>(null);
  useEffect(() => {
    void rosterSetupApi.events().then((r) => setEvents([...r.data].sort((a, b) => b.startsAt.localeCompare(a.startsAt))));
  }, []);
  const eventId = params.get('event') ?? events?.[0]?.id ?? '';
  const tab: TabKey = TABS.find((t) => t === params.get('tab')) ?? 'badges';
  return (
    <Box sx={{ p: 1 }} data-testid="accreditation-page">
      <Title title="accreditation.title" />
      {events && events.length === 0 && <Alert severity="info">{translate('accreditation.noEvents')}</Alert>}
      {!!events?.length && (
        <>
          <TextField select size="small" label={translate('accreditation.event')} value={eventId} onChange={(e) => setParams({ event: e.target.value, tab })}
            sx={{ minWidth: 320, maxWidth: '100%', mb: 1 }} slotProps={{ htmlInput: { 'data-testid': 'accreditation-event' } }}>
            {events.map((e) => <MenuItem key={e.id} value={e.id}>{e.name[l]} · {dmy(day(e.startsAt))}</MenuItem>)}
          </TextField>
          <Tabs value={tab} onChange={(_, v: TabKey) => setParams({ event: eventId, tab: v })} sx={{ mb: 1 }}>
            <Tab value="badges" label={translate('accreditation.tabs.badges')} data-testid="accreditation-tab-badges" />
            <Tab value="zones" label={translate('accreditation.tabs.zones')} data-testid="accreditation-tab-zones" />
          </Tabs>
          {eventId && tab === 'zones' && <ZonesTab key={eventId} eventId={eventId} />}
          {eventId && tab === 'badges' && <BadgesTab key={eventId} eventId={eventId} />}
        </>
      )}
    </Box>
  );
}

const emptyZone = (i: number): Zone => ({ name: { az: '', en: '', ru: '' }, color: SUGGESTED[i % SUGGESTED.length], guestAccess: 'none', positionIds: [] });

function ZonesTab({ eventId }: { eventId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [data, setData] = useState<ZonesAnswer | null>(null);
  const [zones, setZones] = useState<Zone[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void accreditationApi.zones(eventId).then((r) => { setData(r); setZones(r.zones); });
  }, [eventId]);
  const set = (i: number, change: Partial<Zone>) => setZones((zs) => zs.map((z, k) => (k === i ? { ...z, ...change } : z)));
  const setName = (i: number, lang: Lang, value: string) => setZones((zs) => zs.map((z, k) => (k === i ? { ...z, name: { ...z.name, [lang]: value } } : z)));
  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const r = await accreditationApi.saveZones(eventId, zones);
      setData(r);
      setZones(r.zones);
      notify('accreditation.zones.saved', { type: 'success' });
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  if (!data) return null;
  const err = (i: number, field: string) => errors[`zones.${i}.${field}`];
  return (
    <Stack spacing={2} data-testid="zones-editor">
      <Typography variant="body2" color="text.secondary">{translate('accreditation.zones.hint')}</Typography>
      {data.positions.length === 0 && <Alert severity="info">{translate('accreditation.zones.noPositions')}</Alert>}
      {zones.length === 0 && <Alert severity="info">{translate('accreditation.zones.empty')}</Alert>}
      {zones.map((z, i) => (
        <Paper key={z.id ?? `new-${i}`} variant="outlined" sx={{ p: 1.5, borderLeft: `8px solid ${z.color}` }} data-testid="zone-row">
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mb: 1 }}>
            {(['az', 'en', 'ru'] as const).map((lang) => (
              <TextField key={lang} size="small" required label={translate(`accreditation.zones.name${lang[0].toUpperCase()}${lang[1]}`)} value={z.name[lang]}
                onChange={(e) => setName(i, lang, e.target.value)} error={!!err(i, `name.${lang}`)} helperText={err(i, `name.${lang}`)}
                slotProps={{ htmlInput: { 'data-testid': `zone-name-${lang}`, maxLength: 100 } }} sx={{ flex: 1 }} />
            ))}
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
            <TextField size="small" label={translate('accreditation.zones.color')} value={z.color} onChange={(e) => set(i, { color: e.target.value })}
              error={!!err(i, 'color')} helperText={err(i, 'color')} sx={{ width: 160 }}
              slotProps={{ htmlInput: { 'data-testid': 'zone-color', maxLength: 7 }, input: { startAdornment: (
                <input type="color" aria-label={translate('accreditation.zones.color')} value={/^#[0-9a-fA-F]{6}$/.test(z.color) ? z.color : '#000000'}
                  onChange={(e) => set(i, { color: e.target.value.toUpperCase() })} style={{ width: 28, height: 24, border: 0, padding: 0, marginRight: 6, background: 'none' }} />
              ) } }} />
            <TextField select size="small" label={translate('accreditation.zones.guestAccess')} value={z.guestAccess} onChange={(e) => set(i, { guestAccess: e.target.value as GuestAccess })}
              sx={{ minWidth: 200 }} slotProps={{ htmlInput: { 'data-testid': 'zone-guests' } }}>
              {ACCESS.map((a) => <MenuItem key={a} value={a}>{translate(`accreditation.zones.access.${a}`)}</MenuItem>)}
            </TextField>
            <TextField select size="small" label={translate('accreditation.zones.positions')} value={z.positionIds} sx={{ flex: 1, minWidth: 240 }}
              error={Object.keys(errors).some((k) => k.startsWith(`zones.${i}.positionIds`))}
              slotProps={{
                htmlInput: { 'data-testid': 'zone-positions' },
                select: {
                  multiple: true, onChange: (e) => set(i, { positionIds: e.target.value as string[] }),
                  renderValue: (ids) => (ids as string[]).map((id) => data.positions.find((p) => p.id === id)?.name[l] ?? '').join(', '),
                },
              }}>
              {data.positions.map((p) => (
                <MenuItem key={p.id} value={p.id}><Checkbox size="small" checked={z.positionIds.includes(p.id)} />{p.name[l]}</MenuItem>
              ))}
            </TextField>
            <Tooltip title={translate('accreditation.zones.remove')}>
              <IconButton aria-label={translate('accreditation.zones.remove')} onClick={() => setZones(zones.filter((_, k) => k !== i))}><DeleteIcon /></IconButton>
            </Tooltip>
          </Stack>
        </Paper>
      ))}
      <Stack direction="row" spacing={1}>
        <Button startIcon={<AddIcon />} onClick={() => setZones([...zones, emptyZone(zones.length)])} data-testid="zone-add">{translate('accreditation.zones.add')}</Button>
        <Button variant="contained" startIcon={<SaveIcon />} disabled={busy} onClick={() => void save()} data-testid="zones-save">{translate('accreditation.zones.save')}</Button>
      </Stack>
    </Stack>
  );
}

const kindOf = (b: Badge): 'volunteer' | 'guest' | 'vip' => (b.holder.kind === 'volunteer' ? 'volunteer' : b.vip ? 'vip' : 'guest');

function BadgesTab({ eventId }: { eventId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [data, setData] = useState<BadgesAnswer | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<Badge | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => accreditationApi.badges(eventId).then(setData), [eventId]);
  useEffect(() => { void load(); }, [load]);
  const perZone = useMemo(() => {
    const counts = new Map<string, { name: string; color: string; count: number }>();
    for (const b of data?.badges ?? []) for (const z of b.zones) {
      const c = counts.get(z.id) ?? { name: z.name[l], color: z.color, count: 0 };
      c.count += 1;
      counts.set(z.id, c);
    }
    return [...counts.values()];
  }, [data, l]);
  const print = async (layout: BadgeLayout, ids?: string[]) => {
    setBusy(true);
    try {
      await accreditationApi.print(eventId, layout, ids);
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const reprint = async (b: Badge) => {
    setConfirm(null);
    setBusy(true);
    try {
      const fresh = await accreditationApi.reprint(eventId, b.id);
      notify('accreditation.badges.reprinted', { type: 'success' });
      setSelected((s) => s.filter((id) => id !== b.id));
      await accreditationApi.print(eventId, 'single', [fresh.id]);
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  if (!data) return null;
  const all = data.badges;
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <Stack spacing={2} data-testid="badges">
      <Typography variant="body2" color="text.secondary">{translate('accreditation.badges.hint')}</Typography>
      {all.length === 0 ? <Alert severity="info">{translate('accreditation.badges.empty')}</Alert> : (
        <>
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <Typography variant="subtitle1" data-testid="badge-count">{translate('accreditation.badges.count', { smart_count: all.length })}</Typography>
            <Button variant="contained" startIcon={<PrintIcon />} disabled={busy} onClick={() => void print('sheet')} data-testid="print-sheet">{translate('accreditation.badges.printSheet')}</Button>
            <Button variant="outlined" startIcon={<PrintIcon />} disabled={busy} onClick={() => void print('single')} data-testid="print-single">{translate('accreditation.badges.printSingle')}</Button>
            <Button variant="outlined" startIcon={<PrintIcon />} disabled={busy || !selected.length} onClick={() => void print('sheet', selected)} data-testid="print-selected">
              {translate('accreditation.badges.printSelected', { smart_count: selected.length })}
            </Button>
          </Stack>
          {perZone.length > 0 && (
            <Paper variant="outlined" sx={{ p: 1 }}>
              <Typography variant="subtitle2">{translate('accreditation.badges.chart')}</Typography>
              <BarChart height={Math.max(160, perZone.length * 44)} layout="horizontal" margin={{ left: 130 }}
                yAxis={[{ scaleType: 'band', data: perZone.map((z) => z.name), width: 130, colorMap: { type: 'ordinal', values: perZone.map((z) => z.name), colors: perZone.map((z) => z.color) } }]}
                xAxis={[{ tickMinStep: 1 }]}
                series={[{ data: perZone.map((z) => z.count), label: translate('accreditation.badges.chartCount') }]} hideLegend />
            </Paper>
          )}
          <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <Checkbox checked={selected.length === all.length} indeterminate={selected.length > 0 && selected.length < all.length}
                      onChange={(e) => setSelected(e.target.checked ? all.map((b) => b.id) : [])}
                      slotProps={{ input: { 'aria-label': translate('ra.action.select_all') } }} />
                  </TableCell>
                  <TableCell>{translate('accreditation.badges.name')}</TableCell>
                  <TableCell>{translate('accreditation.badges.kind')}</TableCell>
                  <TableCell>{translate('accreditation.badges.roles')}</TableCell>
                  <TableCell>{translate('accreditation.badges.zones')}</TableCell>
                  <TableCell>{translate('accreditation.badges.version')}</TableCell>
                  <TableCell>{translate('accreditation.badges.printed')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {all.map((b) => (
                  <TableRow key={b.id} data-testid="badge-row" data-name={b.holder.name}>
                    <TableCell padding="checkbox"><Checkbox checked={selected.includes(b.id)} onChange={() => toggle(b.id)} slotProps={{ input: { 'aria-label': b.holder.name } }} /></TableCell>
                    <TableCell>{b.holder.name}</TableCell>
                    <TableCell>{translate(`accreditation.badges.kinds.${kindOf(b)}`)}</TableCell>
                    <TableCell>{b.roles.map((r) => r[l]).join(', ')}</TableCell>
                    <TableCell>
                      <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                        {b.zones.length === 0 && <Typography variant="caption" color="text.secondary">{translate('accreditation.badges.noZone')}</Typography>}
                        {b.zones.map((z) => <Chip key={z.id} size="small" label={z.name[l]} sx={{ bgcolor: z.color, color: contrast(z.color) }} />)}
                      </Stack>
                    </TableCell>
                    <TableCell data-testid="badge-version">{b.version}</TableCell>
                    <TableCell>{b.printedAt ? bakuDmy(b.printedAt) : translate('accreditation.badges.notPrinted')}</TableCell>
                    <TableCell>
                      <Button size="small" startIcon={<ReplayIcon />} disabled={busy} onClick={() => setConfirm(b)} data-testid="badge-reprint">{translate('accreditation.badges.reprint')}</Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        </>
      )}
      <Dialog open={!!confirm} onClose={() => setConfirm(null)}>
        <DialogTitle>{translate('accreditation.badges.reprintTitle', { name: confirm?.holder.name ?? '' })}</DialogTitle>
        <DialogContent><DialogContentText>{translate('accreditation.badges.reprintText')}</DialogContentText></DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(null)}>{translate('accreditation.badges.cancel')}</Button>
          <Button variant="contained" onClick={() => confirm && void reprint(confirm)} data-testid="reprint-confirm">{translate('accreditation.badges.confirm')}</Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}

/** Black or white text, whichever reads on the zone's colour. */
export function contrast(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const lum = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2] > 0.35 ? '#111111' : '#ffffff';
}
