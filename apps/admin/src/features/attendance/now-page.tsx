import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import type { Lang } from '../rostering/rostering-screens';
import { attendanceApi, bakuHm, type AttendanceNow, type NowPerson } from './attendance-api';
import { BlockedCard } from './blocked-card';
import { usePlace } from './place-picker';

const REFRESH_MS = 30_000;

/** Who is in now, who is late, who is still expected at a center or event (GET /attendance/now), refreshed every 30 s. */
export function AttendanceNowPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const { place, picker } = usePlace();
  const [now, setNow] = useState<AttendanceNow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = place ? `${place.centerId ?? ''}:${place.eventId ?? ''}` : '';
  const load = useCallback(async () => {
    if (!place) return;
    try {
      setNow(await attendanceApi.now(place));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
    // the place's key stands for the place
  }, [key]);
  useEffect(() => {
    setNow(null);
    void load();
    const t = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(t);
  }, [load]);
  const shift = (p: NowPerson) => (p.shift ? `${p.shift.positionName[l]} · ${bakuHm(p.shift.startsAt)}–${bakuHm(p.shift.endsAt)}` : p.walkIn ? translate('attendance.marking.states.walk_in') : '');
  const column = (kind: 'in' | 'late' | 'expected', colour: 'success' | 'warning' | 'default') => (
    <Card variant="outlined" sx={{ flex: 1, minWidth: 260 }} data-testid={`now-${kind}`}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography variant="h6" sx={{ flex: 1 }}>{translate(`attendance.now.${kind}`)}</Typography>
          <Chip color={colour} label={now?.[kind].length ?? '…'} />
        </Stack>
        {now?.[kind].length === 0 && <Typography variant="body2" color="text.secondary">{translate('attendance.now.empty')}</Typography>}
        <List dense>
          {now?.[kind].map((p, i) => (
            <ListItem key={`${p.volunteerId}-${p.assignmentId ?? i}`} data-volunteer-id={p.volunteerId} disableGutters data-testid="now-person">
              <ListItemText primary={p.fullName} secondary={[
                shift(p),
                kind === 'in' && p.checkInAt ? translate('attendance.now.since', { time: bakuHm(p.checkInAt) }) : '',
                kind === 'late' && p.lateMinutes ? translate('attendance.now.lateBy', { n: p.lateMinutes }) : '',
              ].filter(Boolean).join(' · ')} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
  return (
    <Box sx={{ p: 1 }}>
      <Title title="attendance.now.title" />
      <Stack direction="row" sx={{ mb: 2, gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {picker}
        <Button startIcon={<RefreshIcon />} onClick={() => void load()}>{translate('attendance.now.refresh')}</Button>
        <Button component={RouterLink} to={`/attendance/kiosks?${place?.centerId ? `center=${place.centerId}` : place?.eventId ? `event=${place.eventId}` : ''}`}>
          {translate('attendance.now.kiosks')}
        </Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2 }}>
        {column('in', 'success')}
        {column('late', 'warning')}
        {column('expected', 'default')}
      </Stack>
      {place && <BlockedCard key={key} place={place} />}
    </Box>
  );
}
