import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Box, Button, Link, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { AutoFillButton, type ProposalCounts } from './auto-fill';
import { day, hm, isOver, rosteringApi, type Name, type Person, type Shift } from './rostering-api';
import { addDays, dmy, FILL_COLOURS as COLOURS, mondayOf, todayInBaku } from './rostering-screens';
import { ShiftPeopleDialog } from './shift-people-dialog';

type Lang = 'az' | 'en' | 'ru';

/** Auto-fill only plans shifts still ahead (the API skips the rest): offer it only when one of them has a free place. */
const fillable = (shifts: Shift[]): boolean =>
  shifts.some((s) => s.status !== 'cancelled' && Date.parse(s.startsAt) > Date.now() && s.assignedCount < s.slots);

/** The coordinator's week: days × shifts of one center, coloured by fill; a click opens the shift's people. */
export function WeekViewPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [centers, setCenters] = useState<{ id: string; name: Name }[]>([]);
  // The center and the week are state (quick clicks add up) mirrored into the address, so Back (e.g.
  // from the templates) or a reload returns to the same week.
  const [params, setParams] = useSearchParams();
  const [centerId, setCenterId] = useState(params.get('center') ?? '');
  const [start, setStart] = useState(() => mondayOf(params.get('start') ?? todayInBaku()));
  useEffect(() => {
    if (centerId && (params.get('center') !== centerId || params.get('start') !== start)) setParams({ center: centerId, start }, { replace: true });
  }, [centerId, start, params, setParams]);
  // The day sheet opens on today when today is in the week shown, else on its Monday.
  const today = todayInBaku();
  const sheetDate = today >= start && today <= addDays(start, 6) ? today : start;
  const [week, setWeek] = useState<{ days: string[]; shifts: (Shift & { people: Person[] })[] } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  // While an auto-fill preview is open: how many people it would add to each shift.
  const [proposed, setProposed] = useState<ProposalCounts>({});
  useEffect(() => {
    void rosteringApi.centers().then((r) => {
      setCenters(r.data);
      setCenterId((c) => c || r.data[0]?.id || '');
    });
  }, []);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    if (!centerId) return;
    // Only the answer for the week asked last is shown (an earlier, slower one is dropped).
    let current = true;
    void rosteringApi.week(centerId, start).then((w) => current && setWeek(w));
    return () => {
      current = false;
    };
  }, [centerId, start, version]);
  return (
    <Box sx={{ p: 1 }}>
      <Title title="rostering.week.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label={translate('rostering.week.center')} value={centerId} onChange={(e) => setCenterId(e.target.value)} sx={{ minWidth: 260 }}>
          {centers.map((c) => <MenuItem key={c.id} value={c.id}>{c.name[l]}</MenuItem>)}
        </TextField>
        <Button onClick={() => setStart((d) => addDays(d, -7))}>{translate('rostering.week.previous')}</Button>
        <Button onClick={() => setStart(mondayOf(todayInBaku()))}>{translate('rostering.week.thisWeek')}</Button>
        <Button onClick={() => setStart((d) => addDays(d, 7))}>{translate('rostering.week.next')}</Button>
        <Button component={RouterLink} to={`/rostering/day-sheet?center=${centerId}&date=${sheetDate}`} data-testid="week-day-sheet">{translate('rostering.week.daySheet')}</Button>
        {week && (
          <AutoFillButton centerId={centerId} defaultFrom={week.days[0]} defaultTo={week.days[6]} onPreview={setProposed} onApplied={reload}
            unavailable={fillable(week.shifts) ? undefined : week.shifts.length > 0 && (
              <Typography variant="caption" color="text.secondary" data-testid="auto-fill-nothing">{translate('rostering.week.nothingToFill')}</Typography>
            )} />
        )}
        {(['full', 'partial', 'empty'] as const).map((k) => (
          <Typography key={k} variant="caption" sx={{ background: COLOURS[k], px: 1, borderRadius: 1 }}>{translate(`rostering.week.${k}`)}</Typography>
        ))}
      </Stack>
      {week && <Typography variant="h6" data-testid="week-range">{dmy(week.days[0])} – {dmy(week.days[6])}</Typography>}
      {week && !week.shifts.length && (
        <Typography variant="body2" sx={{ my: 1 }} data-testid="week-no-shifts">
          {translate('rostering.week.noShifts')}{' '}
          <Link component={RouterLink} to={`/rostering/templates?center=${centerId}`}>{translate('rostering.week.makeShifts')}</Link>
        </Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(120px, 1fr))', gap: 1, overflowX: 'auto' }} data-testid="week-grid">
        {week?.days.map((d, i) => (
          <Box key={d}>
            <Typography variant="subtitle2">{translate(`rostering.weekdays.${i + 1}`)} {d.slice(8)}.{d.slice(5, 7)}</Typography>
            <Stack spacing={0.5}>
              {week.shifts.filter((s) => day(s.startsAt) === d).map((s) => (
                <Paper key={s.id} onClick={() => setOpen(s.id)} data-testid="week-shift" data-over={String(isOver(s))} data-shift-id={s.id} data-fill={s.fill} data-proposed={proposed[s.id] ?? 0}
                  sx={{ p: 0.5, cursor: 'pointer', background: s.status === 'cancelled' ? '#eee' : COLOURS[s.fill], outline: proposed[s.id] ? '3px solid #1976d2' : undefined,
                    // Shifts already over step back in grey; their text keeps full contrast (a faded card was 3.6:1).
                    filter: isOver(s) ? 'grayscale(1)' : undefined }}>
                  <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>{hm(s.startsAt)}–{hm(s.endsAt)}</Typography>
                  <Typography variant="caption" component="div">{s.position.name[l]}</Typography>
                  <Typography variant="caption" component="div" data-testid="fill-count">{s.assignedCount}/{s.slots}</Typography>
                  {!!proposed[s.id] && <Typography variant="caption" component="div" sx={{ color: '#0d47a1', fontWeight: 600 }}>{translate('autoRoster.proposed', { n: proposed[s.id] })}</Typography>}
                </Paper>
              ))}
            </Stack>
          </Box>
        ))}
      </Box>
      {open && <ShiftPeopleDialog shiftIds={[open]} onChanged={reload} onClose={() => { setOpen(null); reload(); }} />}
    </Box>
  );
}
