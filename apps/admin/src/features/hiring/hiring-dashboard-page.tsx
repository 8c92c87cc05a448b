import { useEffect, useState } from 'react';
import { Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Box, Button, Card, CardContent, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { FUNNEL_STEPS, hiringApi, localized, type Dashboard } from './hiring-api';
import { DmyDateField, toDmy } from '../../layout/date-field';

const bakuToday = () => new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);
const yearAgo = () => { const d = new Date(Date.now() + 4 * 3600_000); d.setUTCFullYear(d.getUTCFullYear() - 1); return `${d.toISOString().slice(0, 7)}-01`; };

/**
 * Axis ticks without the words every label shares ("Könüllü DOST — набор, …"): cut to the axis width, such labels
 * all read the same. The shared head is cut at a word boundary; the tooltip keeps the whole name.
 */
export function withoutSharedHead(labels: string[]): (v: string, ctx: { location: string }) => string {
  let head = labels.length > 1 ? labels[0] : '';
  for (const l of labels) while (head && !l.startsWith(head)) head = head.slice(0, -1);
  const cut = Math.max(head.lastIndexOf(' '), head.lastIndexOf('—') + 1);
  const strip = cut > 0 ? head.slice(0, cut) : '';
  return (v, ctx) => (ctx.location === 'tick' && strip && v.length > strip.length ? v.slice(strip.length).replace(/^[\s—,–-]+/, '') : v);
}

function ChartCard({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom>{title}</Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/**
 * HR's first page: the pipeline from volunteers to staff. The funnel is the state now; the months, time to
 * hire and the headline share count the period. Every chart's numbers are in the XLSX export.
 */
export function HiringDashboardPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [from, setFrom] = useState(yearAgo);
  const [to, setTo] = useState(bakuToday);
  const [centerId, setCenterId] = useState('');
  const [intakeId, setIntakeId] = useState('');
  const [data, setData] = useState<Dashboard | null>(null);
  const { data: centers } = useGetList('centers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } });
  const query = { from, to, centerId: centerId || undefined, intakeId: intakeId || undefined };
  const load = () => hiringApi.dashboard(query).then(setData).catch((e) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }));
  // The dates apply with the button (typing a date must not reload on every key); the selects at once.
  useEffect(() => { void load(); }, [centerId, intakeId]);
  const cohortLabels = (data?.byCohort ?? []).map((c) => c.intakeName ? localized(c.intakeName, locale) : translate('hiring.dashboard.noCohort'));
  const step = (s: (typeof FUNNEL_STEPS)[number]) => translate(`hiring.dashboard.steps.${s}`);
  const download = (format: 'csv' | 'xlsx') => hiringApi.exportDashboard(query, format).catch(() => notify('hiring.dashboard.exportFailed', { type: 'error' }));
  return (
    <Box p={2} data-testid="hiring-dashboard">
      <Title title={translate('hiring.dashboard.title')} />
      <Typography variant="h5" component="h1">{translate('hiring.dashboard.title')}</Typography>
      <Typography color="text.secondary" mb={2}>{translate('hiring.dashboard.lead')}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} mb={2} alignItems={{ md: 'center' }} flexWrap="wrap" useFlexGap sx={{ '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
        <DmyDateField size="small" label={translate('hiring.dashboard.from')} value={from} onChange={setFrom} max={to} testId="hiring-from" />
        <DmyDateField size="small" label={translate('hiring.dashboard.to')} value={to} onChange={setTo} min={from} testId="hiring-to" />
        <TextField select size="small" sx={{ minWidth: 220 }} label={translate('hiring.dashboard.center')} value={centerId} onChange={(e) => setCenterId(e.target.value)}>
          <MenuItem value="">{translate('hiring.dashboard.all')}</MenuItem>
          {(centers ?? []).map((c) => <MenuItem key={c.id} value={c.id}>{localized(c.name, locale)}</MenuItem>)}
        </TextField>
        <TextField select size="small" sx={{ minWidth: 220 }} label={translate('hiring.dashboard.cohort')} value={intakeId} onChange={(e) => setIntakeId(e.target.value)}>
          <MenuItem value="">{translate('hiring.dashboard.all')}</MenuItem>
          {(data?.byCohort ?? []).filter((c) => c.intakeId).map((c) => <MenuItem key={c.intakeId} value={c.intakeId ?? ''}>{localized(c.intakeName, locale)}</MenuItem>)}
        </TextField>
        <Button variant="outlined" onClick={load}>{translate('hiring.dashboard.apply')}</Button>
        <Box flex={1} />
        <Button startIcon={<DownloadIcon />} onClick={() => download('xlsx')} data-testid="hiring-export-xlsx">{translate('hiring.dashboard.exportXlsx')}</Button>
        <Button startIcon={<DownloadIcon />} onClick={() => download('csv')}>{translate('hiring.dashboard.exportCsv')}</Button>
        <Button href="#/vacancies" variant="contained">{translate('hiring.dashboard.vacancies')}</Button>
      </Stack>
      {data && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardContent>
                <Typography variant="h3" component="p" data-testid="headline-share">{data.headline.sharePercent == null ? '—' : `${data.headline.sharePercent}%`}</Typography>
                <Typography variant="h6" component="p">
                  {data.headline.sharePercent == null ? translate('hiring.dashboard.headlineNone') : translate('hiring.dashboard.headline', { share: data.headline.sharePercent })}
                </Typography>
                <Typography color="text.secondary">{translate('hiring.dashboard.headlineHint', data.headline)} · {toDmy(data.from)} – {toDmy(data.to)}</Typography>
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardContent>
                <Typography color="text.secondary" gutterBottom>{translate('hiring.dashboard.timeToHire')}</Typography>
                <Typography variant="h5" component="p" data-testid="time-to-hire">
                  {data.timeToHire.count === 0 ? translate('hiring.dashboard.timeToHireNone')
                    : translate('hiring.dashboard.timeToHireValue', { median: data.timeToHire.medianDays, average: data.timeToHire.averageDays, smart_count: data.timeToHire.count })}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
          <Grid size={12}>
            <ChartCard title={translate('hiring.dashboard.funnel')} testId="funnel-chart">
              <BarChart height={280} layout="horizontal" margin={{ left: 150 }}
                yAxis={[{ scaleType: 'band', data: FUNNEL_STEPS.map(step), width: 150 }]}
                series={[{ data: FUNNEL_STEPS.map((s) => data.funnel[s]), label: translate('hiring.dashboard.funnel'), color: '#1b5e9b',
                  valueFormatter: (v, { dataIndex }) => { const c = data.conversion[FUNNEL_STEPS[dataIndex]]; return c == null ? String(v) : `${v} (${translate('hiring.dashboard.conversion', { value: c })})`; } }]} />
              <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap data-testid="funnel-numbers">
                {FUNNEL_STEPS.map((s) => <Typography key={s} variant="body2" data-testid={`funnel-${s}`} data-value={data.funnel[s]}><strong>{data.funnel[s]}</strong> {step(s)}</Typography>)}
              </Stack>
            </ChartCard>
          </Grid>
          <Grid size={12}>
            <ChartCard title={translate('hiring.dashboard.byMonth')}>
              {/* Linear: a smoothed curve overshoots between months (below zero, above the peak); the right margin keeps the last month's label whole. */}
              <LineChart height={260} margin={{ right: 40 }} xAxis={[{ scaleType: 'point', data: data.byMonth.map((m) => m.month) }]}
                series={(['optedIn', 'contacted', 'interviewed', 'hired'] as const).map((k) => ({ data: data.byMonth.map((m) => m[k]), label: step(k), curve: 'linear' as const }))} />
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <ChartCard title={translate('hiring.dashboard.byCenter')}>
              <BarChart height={Math.max(240, data.byCenter.length * 40)} layout="horizontal" margin={{ left: 170 }}
                yAxis={[{ scaleType: 'band', data: data.byCenter.map((c) => c.centerName ? localized(c.centerName, locale) : translate('hiring.dashboard.noCenter')), width: 170 }]}
                series={(['alumni', 'optedIn', 'contacted', 'hired'] as const).map((k) => ({ data: data.byCenter.map((c) => c[k]), label: step(k) }))} />
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <ChartCard title={translate('hiring.dashboard.byCohort')}>
              <BarChart height={Math.max(240, data.byCohort.length * 40)} layout="horizontal" margin={{ left: 170 }}
                yAxis={[{ scaleType: 'band', data: cohortLabels, width: 170, valueFormatter: withoutSharedHead(cohortLabels) }]}
                series={(['alumni', 'optedIn', 'contacted', 'hired'] as const).map((k) => ({ data: data.byCohort.map((c) => c[k]), label: step(k) }))} />
            </ChartCard>
          </Grid>
        </Grid>
      )}
    </Box>
  );
}
