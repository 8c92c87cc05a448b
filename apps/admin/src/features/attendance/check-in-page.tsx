import { useCallback, useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Title, useAuthenticated, useLocaleState, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LogoutIcon from '@mui/icons-material/Logout';
import type { Lang } from '../rostering/rostering-screens';
import { attendanceApi, bakuHm, type ScanAnswer } from './attendance-api';

type State = { kind: 'working' } | { kind: 'done'; answer: ScanAnswer } | { kind: 'refused'; message: string };

/** Baku wall-clock "HH:MM" of now (the moment the API recorded, near enough for a confirmation). */
const bakuNow = (): string => new Date(Date.now() + 4 * 3600_000).toISOString().slice(11, 16);

/**
 * What a phone's camera opens from the kiosk's QR (`#/check-in?code=…`): after login if needed (react-admin
 * brings the volunteer back here with the code), it checks in once and shows the shift, the place and the
 * time — or the API's reason, already in the volunteer's language. Checked in already → offers check-out.
 */
export function CheckInPage() {
  // Not logged in → the login page, which brings the volunteer back here with the same ?code= afterwards.
  const { isPending, authenticated } = useAuthenticated();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const [state, setState] = useState<State>({ kind: 'working' });
  const sent = useRef<string | null>(null);
  const send = useCallback(async (action?: 'in' | 'out') => {
    setState({ kind: 'working' });
    try {
      setState({ kind: 'done', answer: await attendanceApi.scan(code, action) });
    } catch (e) {
      const message = (e as Error).message;
      setState({ kind: 'refused', message: message === 'app.errors.network' ? translate('app.errors.network') : message });
    }
  }, [code, translate]);
  useEffect(() => {
    // Once per code (React's strict mode runs effects twice; the API would answer already_in anyway).
    if (isPending || !authenticated || !code || sent.current === code) return;
    sent.current = code;
    void send();
  }, [isPending, authenticated, code, send]);

  const describe = (a: ScanAnswer): { text: string; ok: boolean } => {
    const position = a.shift?.positionName[l] ?? '';
    const place = a.place.name[l];
    const at = a.result === 'checked_out' && a.checkOutAt ? bakuHm(a.checkOutAt) : a.checkInAt ? bakuHm(a.checkInAt) : bakuNow();
    const vars = { position, place, time: at };
    switch (a.result) {
      case 'checked_in':
        return { ok: true, text: translate('attendance.checkIn.checkedIn', vars) };
      case 'checked_out':
        return { ok: true, text: translate('attendance.checkIn.checkedOut', vars) };
      case 'walk_in':
        return { ok: true, text: translate('attendance.checkIn.walkIn', vars) };
      case 'already_in':
        return { ok: true, text: translate('attendance.checkIn.alreadyIn', vars) };
      default:
        return { ok: true, text: translate('attendance.checkIn.alreadyOut', vars) };
    }
  };

  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', p: 1 }}>
      <Title title="attendance.checkIn.title" />
      <Card variant="outlined" data-testid="check-in">
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h5" component="h1">{translate('attendance.checkIn.title')}</Typography>
            {!code && <Alert severity="warning" data-testid="check-in-refused">{translate('attendance.checkIn.noCode')}</Alert>}
            {code && state.kind === 'working' && (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <CircularProgress size={28} />
                <Typography>{translate('attendance.checkIn.working')}</Typography>
              </Stack>
            )}
            {code && state.kind === 'done' && (() => {
              const d = describe(state.answer);
              return (
                <>
                  <Alert icon={<CheckCircleIcon fontSize="large" />} severity={state.answer.result.startsWith('already') ? 'info' : 'success'}
                    data-testid="check-in-result" data-result={state.answer.result} sx={{ fontSize: 18 }}>
                    {d.text}
                    {state.answer.late && !!state.answer.lateMinutes && <Typography variant="body2">{translate('attendance.late', { n: state.answer.lateMinutes })}</Typography>}
                    {state.answer.result === 'checked_out' && state.answer.minutes != null && <Typography variant="body2">{translate('attendance.worked', { n: state.answer.minutes })}</Typography>}
                  </Alert>
                  {state.answer.result === 'already_in' && (
                    <Button variant="contained" size="large" startIcon={<LogoutIcon />} data-testid="check-out" onClick={() => void send('out')}>
                      {translate('attendance.checkIn.checkOut')}
                    </Button>
                  )}
                </>
              );
            })()}
            {code && state.kind === 'refused' && (
              <>
                <Alert severity="error" data-testid="check-in-refused" sx={{ fontSize: 18 }}>{state.message}</Alert>
                <Button onClick={() => void send()}>{translate('attendance.checkIn.retry')}</Button>
              </>
            )}
            <Button component={RouterLink} to="/my-shifts">{translate('attendance.checkIn.myShifts')}</Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
