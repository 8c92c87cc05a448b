import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardActions, CardContent, GlobalStyles, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { hm, rosteringApi, rosterSetupApi, type Name, type Person, type Shift } from './rostering-api';
import { addDays, dmy, isoWeekday, todayInBaku, type Lang } from './rostering-screens';
import { ShiftAttendanceButton } from '../attendance/shift-attendance';
import { DmyDateField } from '../../layout/date-field';

/** On paper only the sheet is left: no app bar, no menu, no controls. */
const PRINT_STYLES = (
  <GlobalStyles styles={{
    '@media print': {
      '.RaAppBar-root, .MuiAppBar-root, .MuiDrawer-root, .RaSidebar-docked, .RaSidebar-fixed, [data-print="hide"]': { display: 'none !important' },
      '.RaLayout-appFrame': { marginTop: '0 !important' },
      '.RaLayout-content, .RaLayout-contentWithSidebar': { padding: '0 !important', margin: '0 !important' },
      body: { background: '#fff' },
      '@page': { margin: '12mm' },
    },
  }} />
);

/** Who is where on one day at one center, per shift: time, position, people — made to be printed. */
export function DaySheetPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const [centers, setCenters] = useState<{ id: string; name: Name }[]>([]);
  const centerId = params.get('center') ?? centers[0]?.id ?? '';
  const date = params.get('date') ?? todayInBaku();
  const [sheet, setSheet] = useState<{ date: string; shifts: (Shift & { people: Person[] })[] } | null>(null);
  useEffect(() => {
    void rosteringApi.centers().then((r) => setCenters(r.data));
  }, []);
  useEffect(() => {
    if (!centerId) return;
    setSheet(null);
    void rosterSetupApi.daySheet(centerId, date).then(setSheet);
  }, [centerId, date]);
  // After the attendance dialog: the same sheet again, without blanking it meanwhile.
  const refresh = () => void rosterSetupApi.daySheet(centerId, date).then(setSheet);
  const go = (next: { center?: string; date?: string }) => setParams({ center: next.center ?? centerId, date: next.date ?? date });
  const center = centers.find((c) => c.id === centerId);
  const people = sheet?.shifts.reduce((n, s) => n + s.people.length, 0) ?? 0;
  return (
    <Box sx={{ p: 1 }}>
      {PRINT_STYLES}
      <Title title="rostering.daySheet.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }} data-print="hide">
        <TextField select size="small" label={translate('rostering.week.center')} value={centerId} onChange={(e) => go({ center: e.target.value })} sx={{ minWidth: 260 }}>
          {centers.map((c) => <MenuItem key={c.id} value={c.id}>{c.name[l]}</MenuItem>)}
        </TextField>
        <Button onClick={() => go({ date: addDays(date, -1) })}>{translate('rostering.daySheet.previous')}</Button>
        <DmyDateField size="small" label={translate('rostering.daySheet.date')} value={date} onChange={(d) => go({ date: d })} testId="day-sheet-date" sx={{ width: 180 }} />
        <Button onClick={() => go({ date: addDays(date, 1) })}>{translate('rostering.daySheet.next')}</Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print">{translate('rostering.daySheet.print')}</Button>
        <Button component={RouterLink} to={`/rostering/week?center=${centerId}&start=${date}`}>{translate('rostering.menu.week')}</Button>
      </Stack>
      <Paper variant="outlined" sx={{ p: 2, '@media print': { border: 0, p: 0 } }} data-testid="day-sheet">
        <Typography variant="h5" component="h1">{translate('rostering.daySheet.heading')}</Typography>
        <Typography variant="subtitle1">
          {center?.name[l]} · {translate(`rostering.weekdays.${isoWeekday(date)}`)}, {dmy(date)}
        </Typography>
        {sheet && (
          <Typography variant="body2" sx={{ mb: 1 }} data-testid="day-sheet-summary">
            {translate('rostering.daySheet.summary', { shifts: sheet.shifts.length, people })}
          </Typography>
        )}
        {sheet?.shifts.length === 0 && <Alert severity="info">{translate('rostering.daySheet.empty')}</Alert>}
        {!!sheet?.shifts.length && (
          <Table size="small" sx={{ '& td, & th': { verticalAlign: 'top' } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 110 }}>{translate('rostering.daySheet.time')}</TableCell>
                <TableCell sx={{ width: '28%' }}>{translate('rostering.templates.position')}</TableCell>
                <TableCell>{translate('rostering.daySheet.people')}</TableCell>
                <TableCell sx={{ width: 80 }}>{translate('rostering.daySheet.fill')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sheet.shifts.map((s) => (
                <TableRow key={s.id} data-testid="day-sheet-shift" data-shift-id={s.id}>
                  <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{hm(s.startsAt)}–{hm(s.endsAt)}</TableCell>
                  <TableCell>{s.position.name[l]}</TableCell>
                  <TableCell>
                    {s.people.length === 0 && <Typography variant="body2" color="text.secondary">{translate('rostering.week.nobody')}</Typography>}
                    {s.people.map((p, i) => (
                      <Typography key={p.assignmentId} variant="body2" data-testid="day-sheet-person">
                        {i + 1}. {p.fullName}{p.status === 'no_show' ? ` — ${translate('rostering.myShifts.no_show')}` : ''}
                      </Typography>
                    ))}
                  </TableCell>
                  <TableCell>{s.assignedCount}/{s.slots}{s.people.length > 0 && <ShiftAttendanceButton shiftId={s.id} title={`${s.position.name[l]} · ${hm(s.startsAt)}–${hm(s.endsAt)}`} onClosed={refresh} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      {centerId && <CenterFeedCard centerId={centerId} />}
    </Box>
  );
}

/** The center's secret iCal link (counts only, no names): a new link revokes the old one. */
export function CenterFeedCard({ centerId }: { centerId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => setUrl(null), [centerId]);
  const act = async (work: () => Promise<void>, ok: string) => {
    try {
      await work();
      notify(ok, { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Card variant="outlined" sx={{ mt: 2, maxWidth: 720 }} data-print="hide" data-testid="center-feed">
      <CardContent>
        <Typography variant="subtitle2">{translate('rostering.feed.title')}</Typography>
        <Typography variant="body2">{translate('rostering.feed.hint')}</Typography>
        {url && <TextField fullWidth size="small" sx={{ mt: 1 }} value={url} slotProps={{ input: { readOnly: true }, htmlInput: { 'data-testid': 'center-feed-url' } }} />}
      </CardContent>
      <CardActions>
        <Button size="small" onClick={() => act(async () => setUrl((await rosterSetupApi.newCenterFeed(centerId)).url), 'rostering.feed.created')} data-testid="center-feed-new">
          {translate('rostering.feed.newLink')}
        </Button>
        <Button size="small" color="error" onClick={() => act(async () => { await rosterSetupApi.revokeCenterFeed(centerId); setUrl(null); }, 'rostering.feed.revoked')}>
          {translate('rostering.feed.revoke')}
        </Button>
      </CardActions>
    </Card>
  );
}
