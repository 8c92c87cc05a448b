import { useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/EventAvailable';
import RestoreIcon from '@mui/icons-material/Restore';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { dmy, fieldErrors, isoWeekday, todayInBaku, type Lang } from './rostering-screens';
import { DAY_KINDS, type NonWorkingDay } from './swaps-api';
import { holidaysApi, type CalendarDay, type CalendarYear } from './holidays-api';
import { yearFromParam } from './holiday-year';

/**
 * Azerbaijan's non-working days by year: computed by the Labour Code (art. 105) for any year, corrected per
 * date by the admin (a decree's extra day off, a closure, or a holiday worked after all), with a warning until
 * the year's list is confirmed against the Cabinet's decision. Templates skip what this page shows.
 */
export function NonWorkingDaysPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const year = yearFromParam(params.get('year'), Number(todayInBaku().slice(0, 4)));
  const setYear = useCallback((y: number) => setParams((p) => { const next = new URLSearchParams(p); next.set('year', String(y)); return next; }, { replace: true }), [setParams]);
  const [cal, setCal] = useState<CalendarYear | null>(null);
  const [editing, setEditing] = useState<NonWorkingDay | 'new' | null>(null);
  const load = useCallback(() => holidaysApi.year(year).then(setCal), [year]);
  useEffect(() => {
    setCal(null);
    void load();
  }, [load]);
  const rows = cal?.days ?? null;
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      notify('holidays.saved', { type: 'success' });
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const makeWorking = (d: CalendarDay) => {
    const note = window.prompt(`${translate('holidays.confirmWorking', { date: dmy(d.date) })}\n${translate('holidays.note')}`, '');
    if (note === null) return;
    void act(() => holidaysApi.makeWorking(d.date, note.trim() || null));
  };
  return (
    <Box sx={{ p: 1 }}>
      <Title title="rostering.holidays.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <IconButton aria-label={translate('rostering.holidays.prevYear')} onClick={() => setYear(year - 1)}><ChevronLeftIcon /></IconButton>
        <Typography variant="h6" component="h2" data-testid="holidays-year">{year}</Typography>
        <IconButton aria-label={translate('rostering.holidays.nextYear')} onClick={() => setYear(year + 1)}><ChevronRightIcon /></IconButton>
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" onClick={() => setEditing('new')} data-testid="holiday-create">{translate('rostering.holidays.create')}</Button>
      </Stack>
      <Typography variant="body2" sx={{ mb: 1 }}>{translate('rostering.holidays.hint')}</Typography>
      {cal && (cal.confirmed ? (
        <Alert severity="success" sx={{ mb: 1 }} data-testid="holidays-confirmed"
          action={<Button color="inherit" size="small" onClick={() => void act(() => holidaysApi.confirm(year, false))}>{translate('holidays.unconfirm')}</Button>}>
          {translate('holidays.confirmedAt', { year, date: cal.confirmedAt ? dmy(cal.confirmedAt.slice(0, 10)) : '' })}
        </Alert>
      ) : (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="holidays-unconfirmed"
          action={<Button color="inherit" size="small" data-testid="holidays-confirm" onClick={() => void act(() => holidaysApi.confirm(year, true))}>{translate('holidays.confirm')}</Button>}>
          {translate('holidays.unconfirmed', { year })}
        </Alert>
      ))}
      {rows?.length === 0 && <Alert severity="info">{translate('rostering.holidays.empty', { year })}</Alert>}
      {!!rows?.length && (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="holidays-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('rostering.holidays.date')}</TableCell>
                <TableCell>{translate('rostering.holidays.name')}</TableCell>
                <TableCell>{translate('rostering.holidays.kind')}</TableCell>
                <TableCell>{translate('holidays.source')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((d) => (
                <TableRow key={d.date} data-testid="holiday-row" data-date={d.date} data-source={d.source}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {dmy(d.date)} <Typography variant="caption" component="span">{translate(`rostering.weekdays.${isoWeekday(d.date)}`)}</Typography>
                  </TableCell>
                  <TableCell>{d.name[l] || d.name.az}{d.note && <Typography variant="caption" component="div" color="text.secondary">{d.note}</Typography>}</TableCell>
                  <TableCell>{translate(`rostering.holidays.kinds.${d.kind}`)}</TableCell>
                  <TableCell>{translate(`holidays.sources.${d.source}`)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => setEditing(d)}>{translate('rostering.templates.edit')}</Button>
                    {d.source === 'override' && (
                      <IconButton size="small" aria-label={translate('holidays.restore')} onClick={() => void act(() => holidaysApi.restore(d.date))}><RestoreIcon fontSize="small" /></IconButton>
                    )}
                    <IconButton size="small" aria-label={translate('holidays.makeWorking')} onClick={() => makeWorking(d)}><DeleteIcon fontSize="small" /></IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {!!cal?.removed.length && (
        <Paper variant="outlined" sx={{ mt: 2, p: 1 }} data-testid="holidays-removed">
          <Typography variant="subtitle2">{translate('holidays.removedTitle')}</Typography>
          {cal.removed.map((r) => (
            <Stack key={r.date} direction="row" spacing={1} alignItems="center">
              <Typography variant="body2">{dmy(r.date)} — {r.name[l] || r.name.az}{r.note ? ` (${r.note})` : ''}</Typography>
              <Button size="small" onClick={() => void act(() => holidaysApi.restore(r.date))}>{translate('holidays.restore')}</Button>
            </Stack>
          ))}
        </Paper>
      )}
      {editing && (
        <DayDialog day={editing === 'new' ? null : editing} year={year} taken={rows?.map((d) => d.date) ?? []} onClose={(saved) => {
          setEditing(null);
          if (saved) {
            if (Number(saved.slice(0, 4)) !== year) setYear(Number(saved.slice(0, 4)));
            else void load();
          }
        }} />
      )}
    </Box>
  );
}

function DayDialog({ day, year, taken, onClose }: { day: NonWorkingDay | null; year: number; taken: string[]; onClose: (savedDate: string | null) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [form, setForm] = useState<NonWorkingDay & { note?: string | null }>(day ?? { date: `${year}-01-01`, kind: 'holiday', name: { az: '', en: '', ru: '' }, note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    // PUT replaces the day of that date: a new day on a date of this year's list would silently overwrite it.
    if (!day && taken.includes(form.date) && !window.confirm(translate('rostering.holidays.confirmReplace', { date: dmy(form.date) }))) return;
    try {
      // An admin's override of that date: a decree's day off, a closure, or a renamed computed day.
      await holidaysApi.add(form.date, form.kind, { az: form.name.az.trim(), en: form.name.en.trim(), ru: form.name.ru.trim() }, form.note?.trim() || null);
      notify('rostering.holidays.saved', { type: 'success' });
      onClose(form.date);
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    }
  };
  const err = (key: string) => ({ error: !!errors[key], helperText: errors[key] });
  return (
    <Dialog open onClose={() => onClose(null)} fullWidth maxWidth="sm">
      <DialogTitle>{translate(day ? 'rostering.holidays.editTitle' : 'rostering.holidays.createTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} data-testid="holiday-form">
          <TextField type="date" label={translate('rostering.holidays.date')} value={form.date} disabled={!!day} onChange={(e) => setForm({ ...form, date: e.target.value })}
            {...err('date')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'date' } }} />
          <TextField select label={translate('rostering.holidays.kind')} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as NonWorkingDay['kind'] })}
            {...err('kind')} slotProps={{ htmlInput: { 'data-testid': 'holiday-kind' } }}>
            {DAY_KINDS.map((k) => <MenuItem key={k} value={k}>{translate(`rostering.holidays.kinds.${k}`)}</MenuItem>)}
          </TextField>
          {(['az', 'en', 'ru'] as const).map((k) => (
            <TextField key={k} label={translate(`rostering.positions.name_${k}`)} value={form.name[k]} onChange={(e) => setForm({ ...form, name: { ...form.name, [k]: e.target.value } })}
              {...err(`name.${k}`)} slotProps={{ htmlInput: { name: `name.${k}` } }} />
          ))}
          <TextField label={translate('holidays.note')} value={form.note ?? ''} onChange={(e) => setForm({ ...form, note: e.target.value })}
            {...err('note')} slotProps={{ htmlInput: { name: 'note', maxLength: 500 } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(null)}>{translate('rostering.week.close')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="holiday-save">{translate('rostering.templates.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
