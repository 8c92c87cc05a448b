import { useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { Alert, Box, Button, Card, CardActions, CardContent, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { Greeting } from '../dashboard/greeting';
import { bakuDmy } from '../../time';
import { applicantHomeApi, prefillDraft, type ApplicantHome } from './applicant-home-api';

type Lang = 'az' | 'en' | 'ru';

/** `#/my-applications`: the applicant's applications, stage, interview and next step; apply again pre-filled. */
export function ApplicantHomePage() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [home, setHome] = useState<ApplicantHome | null>(null);
  useEffect(() => {
    void applicantHomeApi.get().then(setHome).catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [notify]);
  if (!home) return <Box p={3}><Greeting /><CircularProgress /></Box>;

  const active = home.data.some((a) => !['rejected', 'withdrawn'].includes(a.status));
  const applyTo = (intakeId: string) => {
    if (home.prefill) prefillDraft(intakeId, home.prefill);
    void navigate(`/apply/${intakeId}`);
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 640 }} data-testid="applicant-home">
      <Title title={translate('applicantHome.title')} />
      <Greeting />
      {home.data.length === 0 && <Typography color="text.secondary" sx={{ mb: 2 }}>{translate('applicantHome.empty')}</Typography>}
      {home.data.map((a) => (
        <Card key={a.id} sx={{ mb: 2 }} data-testid="my-application" data-status={a.status}>
          <CardContent>
            <Stack direction="row" justifyContent="space-between" spacing={1} alignItems="flex-start">
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }}>{a.intakeName[l] || a.intakeName.az}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate('applicantHome.number', { number: a.number })} · {translate('applicantHome.submittedOn', { date: bakuDmy(a.createdAt, false) })}
                </Typography>
              </Box>
              <Chip color={a.status === 'rejected' || a.status === 'withdrawn' ? 'default' : 'primary'} label={translate(`recruitment.statuses.${a.status}`)} data-testid="application-stage" />
            </Stack>
            {a.interview && <Alert severity="info" sx={{ mt: 1.5 }}>{translate('applicantHome.interview', { time: bakuDmy(a.interview.startsAt), place: a.interview.location })}</Alert>}
            <Typography variant="subtitle2" sx={{ mt: 1.5 }}>{translate('applicantHome.next')}</Typography>
            <Typography data-testid="next-step">{translate(`applicantHome.steps.${a.nextStep}`)}</Typography>
          </CardContent>
          <CardActions sx={{ flexWrap: 'wrap', gap: 1 }}>
            {a.nextStep === 'bookInterview' || a.nextStep === 'attendInterview' ? (
              <Button variant="contained" href={a.statusUrl}>{translate(a.nextStep === 'bookInterview' ? 'applicantHome.book' : 'applicantHome.openStatus')}</Button>
            ) : (
              <Button href={a.statusUrl}>{translate('applicantHome.openStatus')}</Button>
            )}
          </CardActions>
        </Card>
      ))}
      {!active && home.openIntakes.length > 0 && (
        <Card sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="h6" component="h2">{translate('applicantHome.openIntakes')}</Typography>
            {home.prefill && <Typography variant="body2" color="text.secondary">{translate('applicantHome.applyAgainHint')}</Typography>}
            {home.openIntakes.map((i) => (
              <Stack key={i.id} direction="row" justifyContent="space-between" alignItems="center" spacing={1} sx={{ mt: 1 }}>
                <Typography sx={{ overflowWrap: 'anywhere' }}>{i.name[l] || i.name.az}</Typography>
                <Button variant="outlined" onClick={() => applyTo(i.id)} data-testid="apply-again">{translate(home.data.length ? 'applicantHome.applyAgain' : 'applicantHome.apply')}</Button>
              </Stack>
            ))}
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
