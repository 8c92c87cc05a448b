import { useCallback, useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { Lang } from '../rostering/rostering-screens';
import { attendanceApi, bakuDateTime, bakuHm, type BlockedVolunteer, type Place } from './attendance-api';
import { LiftBlockDialog } from './no-show-dialogs';

/**
 * Volunteers of the place blocked from self sign-up by no-shows (GET /attendance/blocked): name, count,
 * the latest missed shifts, and "Bloku götür" with a reason. Shown under "who is in now".
 */
export function BlockedCard({ place }: { place: Place }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [rows, setRows] = useState<BlockedVolunteer[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lifting, setLifting] = useState<BlockedVolunteer | null>(null);
  const key = `${place.centerId ?? ''}:${place.eventId ?? ''}`;
  const load = useCallback(async () => {
    try {
      setRows(await attendanceApi.blocked(place));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
    // the place's key stands for the place
  }, [key]);
  useEffect(() => {
    setRows(null);
    void load();
  }, [load]);
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="blocked">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography variant="h6" sx={{ flex: 1 }}>{translate('attendance.blocked.title')}</Typography>
          <Chip color={rows?.length ? 'error' : 'default'} label={rows?.length ?? '…'} />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('attendance.blocked.intro')}</Typography>
        {error && <Alert severity="error">{error}</Alert>}
        {rows?.length === 0 && <Typography variant="body2" data-testid="blocked-none">{translate('attendance.blocked.none')}</Typography>}
        <Stack spacing={1.5}>
          {rows?.map((v) => (
            <Box key={v.volunteerId} data-testid="blocked-person" data-volunteer-id={v.volunteerId} sx={{ borderTop: 1, borderColor: 'divider', pt: 1 }}>
              <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'flex-start' } }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="subtitle2">{v.fullName}</Typography>
                  <Typography variant="body2">{translate('attendance.blocked.count', { n: v.noShowCount })}</Typography>
                  {v.noShows.length > 0 && (
                    <>
                      <Typography variant="caption" color="text.secondary">{translate('attendance.blocked.last')}</Typography>
                      {v.noShows.map((n) => (
                        <Typography key={n.assignmentId} variant="body2" data-testid="blocked-no-show">
                          {bakuDateTime(n.startsAt)}–{bakuHm(n.endsAt)} · {n.positionName[l]} · {n.placeName[l]}
                        </Typography>
                      ))}
                    </>
                  )}
                </Box>
                <Button size="small" variant="outlined" color="warning" startIcon={<LockOpenIcon />} data-testid="lift-block-open" onClick={() => setLifting(v)}>
                  {translate('attendance.blocked.lift')}
                </Button>
              </Stack>
            </Box>
          ))}
        </Stack>
      </CardContent>
      {lifting && (
        <LiftBlockDialog volunteerId={lifting.volunteerId} fullName={lifting.fullName} onClose={() => setLifting(null)}
          onDone={() => {
            setLifting(null);
            void load();
          }} />
      )}
    </Card>
  );
}
