import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, ButtonGroup, CircularProgress, MenuItem, Paper, Stack, Tab, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tabs, TextField, Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import type { Me, Role } from '../../providers/http';
import {
  addMonths, reportsApi, thisMonth, type CenterReport, type EventReport, type FileFormat, type Figures, type Lang, type Name, type NationalReport, type Range, type ReportTable,
} from './reports-api';
import { regionName } from './region-names';

type TabKey = 'national' | 'center' | 'event';
const TAB_ROLES: Record<TabKey, Role[]> = { national: ['admin', 'hr'], center: ['admin', 'hr', 'coordinator'], event: ['admin', 'hr', 'organizer'] };

/** A column of a report table: its label key and how a row shows in it. */
interface Column<T> { key: string; value: (row: T) => ReactNode; numeric?: boolean; nowrap?: boolean }

const AZ_MONTHS = ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'];
const AZ_MONTHS_LONG = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];

function useFormat() {
  const [locale] = useLocaleState();
  // Browsers often lack Azerbaijani number and month data (they show "1,102.3" and "2026 M01"): Azerbaijani
  // writes numbers like Russian does (1 102,3), and the month names are spelled out here.
  const number = new Intl.NumberFormat(locale === 'az' ? 'ru' : locale, { maximumFractionDigits: 1 });
  // The month's own name (nominative, "сентябрь", not "сентября 2026 г.") and the year apart: short enough for a
  // menu and for a chart's axis in every language.
  const monthOnly = (m: number, long: boolean) => (locale === 'az'
    ? (long ? AZ_MONTHS_LONG : AZ_MONTHS)[m - 1]
    : new Intl.DateTimeFormat(locale, { month: long ? 'long' : 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, m - 1, 15))).replace(/\.$/, ''));
  const monthName = (ym: string, long: boolean) => {
    const [y, m] = ym.split('-').map(Number);
    return `${monthOnly(m, long)} ${y}`;
  };
  const n = (v: number) => number.format(v);
  return {
    l: locale as Lang,
    n,
    /** For charts: axis ticks and tooltips in the console's number format (x-charts would write 1,000.5). */
    chartNumber: (v: number | null) => (v === null || v === undefined ? '' : n(v)),
    /** A month on a chart's axis: the month over the year, on two lines. */
    axisMonth: (ym: string) => {
      const [y, m] = ym.split('-').map(Number);
      return `${monthOnly(m, false)}\n${y}`;
    },
    region: (region: string) => regionName(region, locale),
    pct: (rate: number | null) => (rate === null ? '—' : `${number.format(Math.round(rate * 1000) / 10)}%`),
    name: (name: Name | null | undefined, fallback = '') => (name ? name[locale as Lang] || name.az : fallback),
    month: (ym: string) => monthName(ym, false),
    longMonth: (ym: string) => monthName(ym, true),
  };
}

/** The two download buttons of a table (the API writes the file: labels in the reader's language, audited). */
function ExportButtons({ path, table, query }: { path: string; table: ReportTable; query?: Record<string, string> }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState<FileFormat | null>(null);
  const download = async (format: FileFormat) => {
    setBusy(format);
    try {
      await reportsApi.download(path, format, table, query);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <ButtonGroup size="small" variant="outlined" aria-label={translate('reports.download')}>
      {(['csv', 'xlsx'] as const).map((f) => (
        <Button key={f} startIcon={busy === f ? <CircularProgress size={14} /> : <DownloadIcon />} disabled={!!busy} onClick={() => void download(f)} data-testid={`export-${table}-${f}`}>
          {translate(f === 'csv' ? 'reports.downloadCsv' : 'reports.downloadXlsx')}
        </Button>
      ))}
    </ButtonGroup>
  );
}

function Section({ title, actions, children, testId }: { title: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid={testId}>
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h6" component="h2">{translate(title)}</Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}

function ReportTableView<T>({ rows, columns, rowKey, total }: { rows: T[]; columns: Column<T>[]; rowKey: (row: T) => string; total?: T }) {
  const translate = useTranslate();
  return (
    // A long table scrolls in its box: keyboard users reach it with Tab and scroll it with the arrows (WCAG 2.1.1).
    <TableContainer tabIndex={0} sx={{ maxHeight: 520 }}>
      <Table size="small" stickyHeader>
        <TableHead>
          <TableRow>{columns.map((c) => <TableCell key={c.key} align={c.numeric ? 'right' : 'left'}>{translate(`reports.columns.${c.key}`)}</TableCell>)}</TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => <TableRow key={rowKey(r)} hover>{columns.map((c) => <TableCell key={c.key} align={c.numeric ? 'right' : 'left'} sx={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>{c.value(r)}</TableCell>)}</TableRow>)}
          {total && (
            <TableRow sx={{ '& td': { fontWeight: 600 } }}>
              {columns.map((c, i) => <TableCell key={c.key} align={c.numeric ? 'right' : 'left'}>{i === 0 ? translate('reports.totals') : c.value(total)}</TableCell>)}
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The columns every period shows, after its own first column(s). */
function figureColumns<T extends Figures>(f: ReturnType<typeof useFormat>, detail: boolean): Column<T>[] {
  return [
    { key: 'approvedHours', numeric: true, value: (r) => f.n(r.approvedHours) },
    { key: 'activeVolunteers', numeric: true, value: (r) => f.n(r.activeVolunteers) },
    ...(detail ? [{ key: 'slots', numeric: true, value: (r: T) => f.n(r.slots) }, { key: 'filled', numeric: true, value: (r: T) => f.n(r.filled) }] : []),
    { key: 'fillRate', numeric: true, value: (r) => f.pct(r.fillRate) },
    ...(detail ? [{ key: 'attended', numeric: true, value: (r: T) => f.n(r.attended) }, { key: 'noShows', numeric: true, value: (r: T) => f.n(r.noShows) }] : []),
    { key: 'noShowRate', numeric: true, value: (r) => f.pct(r.noShowRate) },
    { key: 'newVolunteers', numeric: true, value: (r) => f.n(r.newVolunteers) },
  ];
}

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Hours, people and rates by month: three charts of the same months. */
function MonthCharts({ months, eventHours }: { months: (Figures & { month: string; eventHours?: number })[]; eventHours?: boolean }) {
  const translate = useTranslate();
  const f = useFormat();
  const labels = months.map((m) => f.axisMonth(m.month));
  const col = (k: string) => translate(`reports.columns.${k}`);
  const pctFormatter = (v: number | null) => (v === null ? '—' : `${f.n(v)}%`);
  const monthAxis = { data: labels, tickLabelStyle: { fontSize: 11 }, height: 40, valueFormatter: (v: string, ctx: { location: string }) => (ctx.location === 'tick' ? v : v.replace('\n', ' ')) };
  const numberAxis = [{ valueFormatter: f.chartNumber }];
  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} data-testid="month-charts">
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="subtitle2">{translate('reports.sections.hoursChart')}</Typography>
        <BarChart height={260} xAxis={[{ scaleType: 'band', ...monthAxis }]} yAxis={numberAxis}
          series={[
            { data: months.map((m) => m.approvedHours), label: col('approvedHours'), valueFormatter: f.chartNumber },
            ...(eventHours ? [{ data: months.map((m) => m.eventHours ?? 0), label: col('eventHours'), valueFormatter: f.chartNumber }] : []),
          ]} />
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="subtitle2">{`${col('activeVolunteers')} · ${col('newVolunteers')}`}</Typography>
        <LineChart height={260} xAxis={[{ scaleType: 'point', ...monthAxis }]} yAxis={numberAxis}
          series={[
            { data: months.map((m) => m.activeVolunteers), label: col('activeVolunteers'), valueFormatter: f.chartNumber },
            { data: months.map((m) => m.newVolunteers), label: col('newVolunteers'), valueFormatter: f.chartNumber },
          ]} />
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="subtitle2">{translate('reports.sections.ratesChart')}</Typography>
        <LineChart height={260} xAxis={[{ scaleType: 'point', ...monthAxis }]} yAxis={[{ min: 0, max: 100, valueFormatter: f.chartNumber }]}
          series={[
            { data: months.map((m) => percent(m.fillRate)), label: col('fillRate'), connectNulls: true, valueFormatter: pctFormatter },
            { data: months.map((m) => percent(m.noShowRate)), label: col('noShowRate'), connectNulls: true, valueFormatter: pctFormatter },
          ]} />
      </Box>
    </Stack>
  );
}

/** The first and last month, picked from the last three years (the API takes at most 24 months). */
function RangePicker({ range, onChange }: { range: Range; onChange: (r: Range) => void }) {
  const translate = useTranslate();
  const f = useFormat();
  const now = thisMonth();
  const months = Array.from({ length: 36 }, (_, i) => addMonths(now, -i));
  const picker = (key: 'from' | 'to', allowed: (m: string) => boolean) => (
    <TextField select size="small" fullWidth={false} label={translate(`reports.${key}`)} value={range[key]} sx={{ minWidth: 200 }}
      onChange={(e) => onChange({ ...range, [key]: e.target.value })} slotProps={{ htmlInput: { 'data-testid': `report-${key}` } }}>
      {(months.includes(range[key]) ? months : [range[key], ...months]).map((m) => <MenuItem key={m} value={m} disabled={!allowed(m)}>{f.longMonth(m)}</MenuItem>)}
    </TextField>
  );
  return (
    <>
      {picker('from', (m) => m <= range.to && m > addMonths(range.to, -24))}
      {picker('to', (m) => m >= range.from && m < addMonths(range.from, 24))}
    </>
  );
}

/** Loads `load()` whenever `deps` change; the error (localised by the API) shows instead of the data. */
function useReport<T>(load: (() => Promise<T>) | null, deps: unknown[]): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: false });
  useEffect(() => {
    if (!load) return setState({ data: null, error: null, loading: false });
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then((data) => live && setState({ data, error: null, loading: false }), (e: Error) => live && setState({ data: null, error: e.message, loading: false }));
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

function Status({ loading, error }: { loading: boolean; error: string | null }) {
  const translate = useTranslate();
  if (error) return <Alert severity="error" sx={{ mb: 2 }}>{translate(error, { _: error })}</Alert>;
  return loading ? <CircularProgress size={24} sx={{ m: 2 }} /> : null;
}

function NationalView({ range }: { range: Range }) {
  const translate = useTranslate();
  const f = useFormat();
  const { data, error, loading } = useReport<NationalReport>(() => reportsApi.national(range), [range.from, range.to]);
  const q = { from: range.from, to: range.to };
  return (
    <Box data-testid="reports-national">
      <Status loading={loading} error={error} />
      {data && (
        <>
          <Section title="reports.sections.months" actions={<ExportButtons path="/reports/national" table="months" query={q} />}>
            <MonthCharts months={data.months} eventHours />
            <ReportTableView rows={data.months} rowKey={(r) => r.month} total={{ ...data.totals, month: '' }} columns={[
              { key: 'month', nowrap: true, value: (r) => f.month(r.month) }, ...figureColumns(f, false),
              { key: 'eventHours', numeric: true, value: (r) => f.n(r.eventHours) }, { key: 'eventVolunteers', numeric: true, value: (r) => f.n(r.eventVolunteers) },
            ]} />
            <Typography variant="caption" color="text.secondary">{translate('reports.totalsNote')}</Typography>
          </Section>
          <Section title="reports.sections.regions" actions={<ExportButtons path="/reports/national" table="regions" query={q} />}>
            {/* Hours and people on their own scales: side by side, not on one axis. */}
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              {(['approvedHours', 'activeVolunteers'] as const).map((k) => (
                <Box key={k} sx={{ flex: 1, minWidth: 0 }}>
                  <BarChart height={240} xAxis={[{ scaleType: 'band', data: data.regions.map((r) => f.region(r.region)), tickLabelStyle: { fontSize: 11 } }]} yAxis={[{ valueFormatter: f.chartNumber }]}
                    series={[{ data: data.regions.map((r) => r[k]), label: translate(`reports.columns.${k}`), valueFormatter: f.chartNumber }]} colors={k === 'activeVolunteers' ? ['#f9a825'] : undefined} />
                </Box>
              ))}
            </Stack>
            <ReportTableView rows={data.regions} rowKey={(r) => r.region} columns={[
              { key: 'region', value: (r) => f.region(r.region) }, { key: 'centers', numeric: true, value: (r) => f.n(r.centers) }, ...figureColumns(f, false),
            ]} />
          </Section>
          <Section title="reports.sections.regionalCenters" actions={<ExportButtons path="/reports/national" table="regionalCenters" query={q} />}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('reports.regionalCentersHint')}</Typography>
            <Box data-testid="reports-regional-centers">
              <ReportTableView rows={data.regionalCenters ?? []} rowKey={(r) => r.regionalCenterId ?? 'none'} columns={[
                { key: 'regionalCenter', value: (r) => (r.name ? f.name(r.name) : translate('reports.outsideRegions')) },
                { key: 'members', value: (r) => <span data-testid="regional-members">{r.centers.map((c) => f.name(c.name)).join(' · ')}</span> },
                ...figureColumns(f, false),
              ]} />
            </Box>
          </Section>
          <Section title="reports.sections.centers" actions={<ExportButtons path="/reports/national" table="centers" query={q} />}>
            <BarChart height={Math.max(240, data.centers.length * 22)} layout="horizontal" margin={{ left: 8 }}
              yAxis={[{ scaleType: 'band', data: data.centers.map((c) => f.name(c.name)), width: 180 }]} xAxis={[{ valueFormatter: f.chartNumber }]}
              series={[{ data: data.centers.map((c) => c.approvedHours), label: translate('reports.columns.approvedHours'), valueFormatter: f.chartNumber }]} />
            <ReportTableView rows={data.centers} rowKey={(r) => r.centerId} columns={[
              { key: 'center', value: (r) => f.name(r.name) }, { key: 'region', value: (r) => f.region(r.region) }, ...figureColumns(f, false),
            ]} />
          </Section>
        </>
      )}
    </Box>
  );
}

function CenterView({ range, centerId }: { range: Range; centerId: string }) {
  const f = useFormat();
  const { data, error, loading } = useReport<CenterReport>(centerId ? () => reportsApi.center(centerId, range) : null, [centerId, range.from, range.to]);
  return (
    <Box data-testid="reports-center">
      <Status loading={loading} error={error} />
      {data && (
        <Section title="reports.sections.months" actions={<ExportButtons path={`/reports/centers/${centerId}`} table="months" query={{ from: range.from, to: range.to }} />}>
          <MonthCharts months={data.months} />
          <ReportTableView rows={data.months} rowKey={(r) => r.month} total={{ ...data.totals, month: '' }}
            columns={[{ key: 'month', nowrap: true, value: (r) => f.month(r.month) }, ...figureColumns(f, true)]} />
        </Section>
      )}
    </Box>
  );
}

function EventView({ eventId }: { eventId: string }) {
  const translate = useTranslate();
  const f = useFormat();
  const { data, error, loading } = useReport<EventReport>(eventId ? () => reportsApi.event(eventId) : null, [eventId]);
  const col = (k: string) => translate(`reports.columns.${k}`);
  const roleName = (r: EventReport['roles'][number]) => f.name(r.name, translate('reports.noRole'));
  const path = `/reports/events/${eventId}`;
  const numberAxis = [{ valueFormatter: f.chartNumber }];
  if (!data) return <Status loading={loading} error={error} />;
  const staffed = data.roles.filter((r) => r.slots > 0);
  const hourLabel = (h: string) => (data.hours.some((x) => x.hour.slice(0, 10) !== h.slice(0, 10)) ? `${h.slice(8, 10)}.${h.slice(5, 7)} ${h.slice(11)}` : h.slice(11));
  return (
    <Box data-testid="reports-event">
      <Section title="reports.sections.roles" actions={<ExportButtons path={path} table="roles" />}>
        <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="subtitle2">{translate('reports.sections.coverageChart')}</Typography>
            <BarChart height={260} xAxis={[{ scaleType: 'band', data: staffed.map(roleName) }]} yAxis={numberAxis}
              series={[{ data: staffed.map((r) => r.slots), label: col('slots'), valueFormatter: f.chartNumber }, { data: staffed.map((r) => r.filled), label: col('filled'), valueFormatter: f.chartNumber }, { data: staffed.map((r) => r.attended), label: col('attended'), valueFormatter: f.chartNumber }]} />
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="subtitle2">{col('approvedHours')}</Typography>
            {data.totals.approvedMinutes === 0 ? <Typography color="text.secondary" sx={{ mt: 2 }}>{translate('reports.empty')}</Typography> : (
              <BarChart height={260} xAxis={[{ scaleType: 'band', data: data.roles.map(roleName) }]} yAxis={numberAxis}
                series={[{ data: data.roles.map((r) => r.approvedHours), label: col('approvedHours'), valueFormatter: f.chartNumber }]} />
            )}
          </Box>
        </Stack>
        <ReportTableView rows={data.roles} rowKey={(r) => r.positionId ?? 'none'} total={{ ...data.totals, positionId: null, name: null }} columns={[
          { key: 'role', value: roleName }, { key: 'slots', numeric: true, value: (r) => f.n(r.slots) }, { key: 'filled', numeric: true, value: (r) => f.n(r.filled) },
          { key: 'fillRate', numeric: true, value: (r) => f.pct(r.fillRate) }, { key: 'attended', numeric: true, value: (r) => f.n(r.attended) },
          { key: 'noShows', numeric: true, value: (r) => f.n(r.noShows) }, { key: 'noShowRate', numeric: true, value: (r) => f.pct(r.noShowRate) },
          { key: 'approvedHours', numeric: true, value: (r) => f.n(r.approvedHours) },
        ]} />
      </Section>
      <Section title="reports.sections.hours" actions={<ExportButtons path={path} table="hours" />}>
        {data.hours.length === 0 ? <Typography color="text.secondary">{translate('reports.empty')}</Typography> : (
          <>
            <BarChart height={260} xAxis={[{ scaleType: 'band', data: data.hours.map((h) => hourLabel(h.hour)) }]} yAxis={numberAxis}
              series={[{ data: data.hours.map((h) => h.slots), label: col('slots'), valueFormatter: f.chartNumber }, { data: data.hours.map((h) => h.filled), label: col('filled'), valueFormatter: f.chartNumber }, { data: data.hours.map((h) => h.attended), label: col('attended'), valueFormatter: f.chartNumber }]} />
            <ReportTableView rows={data.hours} rowKey={(r) => r.hour} columns={[
              { key: 'hour', value: (r) => hourLabel(r.hour) }, { key: 'slots', numeric: true, value: (r) => f.n(r.slots) },
              { key: 'filled', numeric: true, value: (r) => f.n(r.filled) }, { key: 'attended', numeric: true, value: (r) => f.n(r.attended) },
            ]} />
          </>
        )}
      </Section>
    </Box>
  );
}

/**
 * Reports: the network by month, region and center (admin, HR), a center by month (and its coordinators),
 * an event by role and hour (and its organisers). Every compared figure is a chart too; every table downloads.
 */
export function ReportsPage() {
  const translate = useTranslate();
  const f = useFormat();
  const { permissions } = usePermissions<Me>();
  const roles = permissions?.roles ?? [];
  const tabs = (Object.keys(TAB_ROLES) as TabKey[]).filter((t) => TAB_ROLES[t].some((r) => roles.includes(r)));
  const [params, setParams] = useSearchParams();
  const tab = (tabs.includes(params.get('tab') as TabKey) ? params.get('tab') : tabs[0]) as TabKey | undefined;
  const to = params.get('to') ?? thisMonth();
  const range: Range = { from: params.get('from') ?? addMonths(to, -11), to };
  const set = (changes: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...changes });
  const [centers, setCenters] = useState<{ id: string; name: Name; region: string }[]>([]);
  const [events, setEvents] = useState<{ id: string; name: Name; startsAt: string }[]>([]);
  useEffect(() => {
    if (tab === 'center' && !centers.length) void reportsApi.centers().then((r) => setCenters(r.data));
    if (tab === 'event' && !events.length) void reportsApi.events().then((r) => setEvents([...r.data].sort((a, b) => b.startsAt.localeCompare(a.startsAt))));
  }, [tab, centers.length, events.length]);
  const centerId = params.get('center') ?? (centers.length === 1 ? centers[0].id : '');
  // The latest event opens by itself: an organiser usually has one.
  const eventId = params.get('event') ?? events[0]?.id ?? '';
  if (!tab) return null;
  return (
    <Box sx={{ p: 1 }}>
      <Title title="reports.title" />
      <Tabs value={tab} onChange={(_, v: string) => set({ tab: v })} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile sx={{ mb: 2 }}>
        {tabs.map((t) => <Tab key={t} value={t} label={translate(`reports.tabs.${t}`)} data-testid={`reports-tab-${t}`} />)}
      </Tabs>
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}>
        {tab === 'center' && (
          <TextField select size="small" label={translate('reports.center')} value={centerId} onChange={(e) => set({ center: e.target.value })} fullWidth={false} sx={{ width: 360, maxWidth: '100%' }}
            slotProps={{ htmlInput: { 'data-testid': 'report-center' } }}>
            {[...centers].sort((a, b) => f.name(a.name).localeCompare(f.name(b.name), f.l)).map((c) => <MenuItem key={c.id} value={c.id}>{f.name(c.name)} · {f.region(c.region)}</MenuItem>)}
          </TextField>
        )}
        {tab === 'event' && (
          <TextField select size="small" label={translate('reports.event')} value={eventId} onChange={(e) => set({ event: e.target.value })} fullWidth={false} sx={{ width: 420, maxWidth: '100%' }}
            slotProps={{ htmlInput: { 'data-testid': 'report-event' } }}>
            {events.map((e) => <MenuItem key={e.id} value={e.id}>{f.name(e.name)} · {e.startsAt.slice(0, 10).split('-').reverse().join('.')}</MenuItem>)}
          </TextField>
        )}
        {tab !== 'event' && <RangePicker range={range} onChange={(r) => set({ from: r.from, to: r.to })} />}
      </Stack>
      {tab === 'national' && <NationalView range={range} />}
      {tab === 'center' && (centerId ? <CenterView range={range} centerId={centerId} /> : <Typography color="text.secondary">{translate('reports.pickCenter')}</Typography>)}
      {tab === 'event' && (eventId ? <EventView eventId={eventId} /> : <Typography color="text.secondary">{translate('reports.pickEvent')}</Typography>)}
    </Box>
  );
}
