import { useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { dmy, fieldErrors, isoWeekday, todayInBaku, type Lang } from './rostering-screens';
import { DAY_KINDS, swapsApi, type NonWorkingDay } from './swaps-api';

/**
 * The admin's non-working days (Azerbaijan's public holidays and other closures) by year: templates skip
 * them when generating shifts. The date is the key: editing keeps it, a different date is a new day.
 */
export function NonWorkingDaysPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [year, setYear] = useState(Number(todayInBaku().slice(0, 4)));
  const [rows, setRows] = useState<NonWorkingDay[] | null>(null);
  const [editing, setEditing] = useState<NonWorkingDay | 'new' | null>(null);
  const load = useCallback(() => swapsApi.nonWorkingDays(year).then((r) => setRows(r.data)), [year]);
  useEffect(() => {
    setRows(null);
    void load();
  }, [load]);
  const remove = async (d: NonWorkingDay) => {
    if (!window.confirm(translate('rostering.holidays.confirmDelete', { date: dmy(d.date) }))) return;
    try {
      await swapsApi.deleteNonWorkingDay(d.date);
      notify('rostering.holidays.deleted', { type: 'success' });
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
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
      {rows?.length === 0 && <Alert severity="info">{translate('rostering.holidays.empty', { year })}</Alert>}
      {!!rows?.length && (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="holidays-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('rostering.holidays.date')}</TableCell>
                <TableCell>{translate('rostering.holidays.name')}</TableCell>
                <TableCell>{translate('rostering.holidays.kind')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((d) => (
                <TableRow key={d.date} data-testid="holiday-row" data-date={d.date}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {dmy(d.date)} <Typography variant="caption" component="span">{translate(`rostering.weekdays.${isoWeekday(d.date)}`)}</Typography>
                  </TableCell>
                  <TableCell>{d.name[l] || d.name.az}</TableCell>
                  <TableCell>{translate(`rostering.holidays.kinds.${d.kind}`)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => setEditing(d)}>{translate('rostering.templates.edit')}</Button>
                    <IconButton size="small" aria-label={translate('rostering.templates.delete')} onClick={() => void remove(d)}><DeleteIcon fontSize="small" /></IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
  const [form, setForm] = useState<NonWorkingDay>(day ?? { date: `${year}-01-01`, kind: 'holiday', name: { az: '', en: '', ru: '' } });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    // PUT replaces the day of that date: a new day on a date of this year's list would silently overwrite it.
    if (!day && taken.includes(form.date) && !window.confirm(translate('rostering.holidays.confirmReplace', { date: dmy(form.date) }))) return;
    try {
      const saved = await swapsApi.saveNonWorkingDay({ ...form, name: { az: form.name.az.trim(), en: form.name.en.trim(), ru: form.name.ru.trim() } });
      notify('rostering.holidays.saved', { type: 'success' });
      onClose(saved.date);
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
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(null)}>{translate('rostering.week.close')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="holiday-save">{translate('rostering.templates.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
