import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Checkbox, Chip, FormControlLabel, IconButton, MenuItem, Paper, Stack, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import GridViewIcon from '@mui/icons-material/GridView';
import { rosterSetupApi, type Position } from './rostering-api';
import { addDays, dmy, fieldErrors, todayInBaku, type Lang } from './rostering-screens';
import { eventBlocksApi, type StaffingArea } from './event-blocks-api';

interface Row { positionId: string; place: string; startTime: string; endTime: string; slots: string }

const emptyRow = (positionId = ''): Row => ({ positionId, place: '', startTime: '09:00', endTime: '13:00', slots: '2' });

/**
 * The organiser's time blocks: days × rows of (position, place, from–to, volunteers) become shifts in one
 * go, and a day's blocks can be copied to another day. What is made shows on the role board at once.
 */
export function BlocksTab({ eventId, eventDay }: { eventId: string; eventDay: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [positions, setPositions] = useState<Position[] | null>(null);
  const first = eventDay >= todayInBaku() ? eventDay : todayInBaku();
  const [dates, setDates] = useState<string[]>([first]);
  const [newDate, setNewDate] = useState(addDays(first, 1));
  const [rows, setRows] = useState<Row[]>([emptyRow()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Each action's result shows in its own panel; a new action replaces the last one's (no two stale lines).
  const [result, setResult] = useState<{ of: 'blocks' | 'copy'; text: string } | null>(null);
  const [copyFrom, setCopyFrom] = useState(first);
  const [copyTo, setCopyTo] = useState(addDays(first, 1));
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void rosterSetupApi.positions({ eventId }).then((r) => {
      const active = r.data.filter((p) => p.active);
      setPositions(active);
      setRows((rs) => rs.map((x) => (x.positionId ? x : { ...x, positionId: active[0]?.id ?? '' })));
    });
  }, [eventId]);
  const setRow = (i: number, change: Partial<Row>) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...change } : r)));
  const run = async (of: 'blocks' | 'copy', work: () => Promise<{ created: number; skipped: number }>) => {
    setBusy(true);
    setErrors({});
    setResult(null);
    try {
      const r = await work();
      const text = translate('rostering.blocks.created', { created: r.created, skipped: r.skipped });
      setResult({ of, text });
      notify(text, { type: 'success' });
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const create = () => run('blocks', () => eventBlocksApi.createBlocks(eventId, dates, rows.map((r) => ({
    positionId: r.positionId, startTime: r.startTime, endTime: r.endTime, slots: Number(r.slots), ...(r.place.trim() ? { place: r.place.trim() } : {}),
  }))));
  if (positions && positions.length === 0) return <Alert severity="info">{translate('rostering.blocks.noPositions')}</Alert>;
  return (
    <Stack spacing={2} data-testid="event-blocks">
      <Typography variant="body2" color="text.secondary">{translate('rostering.blocks.hint')}</Typography>
      <Paper variant="outlined" sx={{ p: 1 }}>
        <Typography variant="subtitle2">{translate('rostering.blocks.dates')}</Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center', my: 1 }}>
          {dates.map((d) => (
            <Chip key={d} label={dmy(d)} data-testid="block-date" onDelete={() => setDates(dates.filter((x) => x !== d))} />
          ))}
          <TextField type="date" size="small" label={translate('rostering.blocks.date')} value={newDate} onChange={(e) => setNewDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'block-new-date', min: todayInBaku() } }} />
          <Button startIcon={<AddIcon />} data-testid="block-add-date" disabled={!newDate || dates.includes(newDate)}
            onClick={() => { setDates([...dates, newDate].sort()); setNewDate(addDays(newDate, 1)); }}>
            {translate('rostering.blocks.addDate')}
          </Button>
        </Stack>
        {dates.length === 0 && <Typography variant="caption" color="error">{translate('rostering.blocks.noDates')}</Typography>}
        {Object.entries(errors).filter(([k]) => k.startsWith('dates')).map(([k, m]) => <Alert key={k} severity="error" sx={{ mt: 1 }}>{m}</Alert>)}
      </Paper>
      <Paper variant="outlined" sx={{ p: 1 }}>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>{translate('rostering.blocks.rows')}</Typography>
        {rows.map((r, i) => (
          <Stack key={i} direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 1, alignItems: 'flex-start' }} data-testid="block-row">
            <TextField select size="small" label={translate('rostering.blocks.position')} value={positions ? r.positionId : ''} sx={{ minWidth: 220 }}
              onChange={(e) => setRow(i, { positionId: e.target.value })} error={!!errors[`blocks.${i}.positionId`]} helperText={errors[`blocks.${i}.positionId`]}
              slotProps={{ htmlInput: { 'data-testid': 'block-position' } }}>
              {(positions ?? []).map((p) => <MenuItem key={p.id} value={p.id}>{p.name[l]}</MenuItem>)}
            </TextField>
            <TextField size="small" label={translate('rostering.blocks.place')} value={r.place} onChange={(e) => setRow(i, { place: e.target.value })} sx={{ minWidth: 160 }}
              slotProps={{ htmlInput: { 'data-testid': 'block-place', maxLength: 200 } }} />
            <TextField type="time" size="small" label={translate('rostering.blocks.start')} value={r.startTime} onChange={(e) => setRow(i, { startTime: e.target.value })}
              error={!!errors[`blocks.${i}.startTime`]} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'block-start' } }} />
            <TextField type="time" size="small" label={translate('rostering.blocks.end')} value={r.endTime} onChange={(e) => setRow(i, { endTime: e.target.value })}
              error={!!errors[`blocks.${i}.endTime`]} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'block-end' } }} />
            <TextField type="number" size="small" label={translate('rostering.blocks.slots')} value={r.slots} onChange={(e) => setRow(i, { slots: e.target.value })} sx={{ width: 120 }}
              error={!!errors[`blocks.${i}.slots`]} helperText={errors[`blocks.${i}.slots`]} slotProps={{ htmlInput: { 'data-testid': 'block-slots', min: 1, max: 1000 } }} />
            <IconButton aria-label={translate('rostering.blocks.removeRow')} disabled={rows.length === 1} onClick={() => setRows(rows.filter((_, k) => k !== i))}><DeleteIcon /></IconButton>
          </Stack>
        ))}
        <Stack direction="row" spacing={1}>
          <Button startIcon={<AddIcon />} onClick={() => setRows([...rows, emptyRow(positions?.[0]?.id)])} data-testid="block-add-row">{translate('rostering.blocks.addRow')}</Button>
          <Button variant="contained" disabled={busy || !dates.length || !positions} onClick={() => void create()} data-testid="blocks-create">{translate('rostering.blocks.create')}</Button>
          <Button component={RouterLink} to={`/rostering/role-board?event=${eventId}`} startIcon={<GridViewIcon />} data-testid="blocks-to-board">{translate('rostering.blocks.toBoard')}</Button>
        </Stack>
        {result?.of === 'blocks' && <Alert severity="success" sx={{ mt: 1 }} data-testid="blocks-result">{result.text}</Alert>}
      </Paper>
      <Paper variant="outlined" sx={{ p: 1 }}>
        <Typography variant="subtitle2">{translate('rostering.blocks.copyTitle')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('rostering.blocks.copyHint')}</Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField type="date" size="small" label={translate('rostering.blocks.copyFrom')} value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'copy-from' } }} />
          <TextField type="date" size="small" label={translate('rostering.blocks.copyTo')} value={copyTo} onChange={(e) => setCopyTo(e.target.value)}
            error={!!errors['to.0']} helperText={errors['to.0']} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'copy-to', min: todayInBaku() } }} />
          <Button startIcon={<ContentCopyIcon />} disabled={busy || !copyFrom || !copyTo} data-testid="copy-day"
            onClick={() => void run('copy', () => eventBlocksApi.copyDay(eventId, copyFrom, [copyTo]))}>
            {translate('rostering.blocks.copy')}
          </Button>
        </Stack>
        {result?.of === 'copy' && <Alert severity="success" sx={{ mt: 1 }} data-testid="copy-result">{result.text}</Alert>}
      </Paper>
    </Stack>
  );
}

/** Where the event draws its volunteers from: regions and single centers (none = the whole network). */
export function StaffingAreaTab({ eventId }: { eventId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [area, setArea] = useState<StaffingArea | null>(null);
  const [regions, setRegions] = useState<string[]>([]);
  const [centerIds, setCenterIds] = useState<string[]>([]);
  useEffect(() => {
    void eventBlocksApi.area(eventId).then((a) => {
      setArea(a);
      setRegions(a.regions);
      setCenterIds(a.centerIds);
    });
  }, [eventId]);
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const save = async () => {
    try {
      const a = await eventBlocksApi.saveArea(eventId, regions, centerIds);
      setArea(a);
      notify('rostering.area.saved', { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  if (!area) return null;
  return (
    <Stack spacing={1} data-testid="staffing-area">
      <Typography variant="body2" color="text.secondary">{translate('rostering.area.hint')}</Typography>
      {!regions.length && !centerIds.length && <Alert severity="info">{translate('rostering.area.whole')}</Alert>}
      {area.options.map((o) => (
        <Paper key={o.region} variant="outlined" sx={{ p: 1 }}>
          <FormControlLabel control={<Checkbox checked={regions.includes(o.region)} onChange={() => setRegions(toggle(regions, o.region))} />}
            label={<strong>{o.region}</strong>} data-testid="area-region" />
          <Box sx={{ pl: 4, display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
            {o.centers.map((c) => (
              <FormControlLabel key={c.id} disabled={regions.includes(o.region)}
                control={<Checkbox size="small" checked={regions.includes(o.region) || centerIds.includes(c.id)} onChange={() => setCenterIds(toggle(centerIds, c.id))} />}
                label={c.name[l]} />
            ))}
          </Box>
        </Paper>
      ))}
      <Box><Button variant="contained" onClick={() => void save()} data-testid="area-save">{translate('rostering.area.save')}</Button></Box>
    </Stack>
  );
}
