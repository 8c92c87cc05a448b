import { useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import { hiringApi, localized, type MyApplication, type MyVacancy } from './hiring-api';
import { toDmy } from '../../layout/date-field';
import { bakuDmy } from '../../time';

// dd.mm.yyyy (HH:mm) in Baku time, the console's convention in every language.
const dateTime = (iso: string, _locale?: string) => bakuDmy(iso);

/** The alumnus's "Vakansiyalar": vacancies open to alumni, apply, and the own applications with withdraw. */
export function MyVacanciesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [vacancies, setVacancies] = useState<MyVacancy[] | null>(null);
  const [mine, setMine] = useState<MyApplication[]>([]);
  const [refused, setRefused] = useState(false);
  const load = useCallback(() => {
    hiringApi.myVacancies().then(setVacancies).catch((e: { status?: number }) => { if (e?.status === 403) setRefused(true); else notify(String(e), { type: 'error' }); });
    hiringApi.myApplications().then(setMine).catch(() => setMine([]));
  }, [notify]);
  useEffect(load, [load]);
  const run = async (what: Promise<unknown>, ok: string) => {
    try { await what; notify(ok, { type: 'success' }); } catch (e) { notify(e instanceof Error ? e.message : String(e), { type: 'error' }); }
    load();
  };
  return (
    <Box p={2} maxWidth={900} data-testid="my-vacancies">
      <Title title={translate('hiring.my.title')} />
      <Typography variant="h5" component="h1">{translate('hiring.my.title')}</Typography>
      {refused ? <Alert severity="info" sx={{ mt: 2 }}>{translate('hiring.my.notAlumni')}</Alert> : (
        <>
          <Typography color="text.secondary" mb={2}>{translate('hiring.my.lead')}</Typography>
          {vacancies?.length === 0 && <Alert severity="info">{translate('hiring.my.none')}</Alert>}
          <Stack spacing={2}>
            {(vacancies ?? []).map((v) => (
              <Card key={v.id} variant="outlined" data-testid={`my-vacancy-${v.id}`}>
                <CardContent>
                  <Typography variant="h6" component="h2">{v.title}</Typography>
                  <Typography color="text.secondary">
                    {v.centerName ? localized(v.centerName, locale) : v.department} · {translate('hiring.my.posts', { posts: v.posts })}
                    {v.closesOn ? ` · ${translate('hiring.my.closesOn', { date: toDmy(v.closesOn) })}` : ''}
                  </Typography>
                  {v.description && <Typography sx={{ mt: 1, whiteSpace: 'pre-line' }}>{v.description}</Typography>}
                  <Stack direction="row" spacing={0.5} mt={1} flexWrap="wrap" useFlexGap>
                    {v.requirements.minHours ? <Chip size="small" label={translate('hiring.my.hours', { smart_count: v.requirements.minHours })} /> : null}
                    {(v.requirements.languages ?? []).map((l) => <Chip key={l.language} size="small" label={`${l.language.toUpperCase()} ≥ ${l.level}`} />)}
                  </Stack>
                </CardContent>
                <CardActions>
                  {v.myApplicationId ? <Chip color="success" label={translate('hiring.my.applied')} />
                    : <Button variant="contained" onClick={() => run(hiringApi.apply(v.id), 'hiring.my.sent')} data-testid="apply">{translate('hiring.my.apply')}</Button>}
                </CardActions>
              </Card>
            ))}
          </Stack>
          <Typography variant="h6" component="h2" mt={3} mb={1}>{translate('hiring.my.mine')}</Typography>
          {mine.length === 0 && <Typography color="text.secondary">{translate('hiring.my.noneMine')}</Typography>}
          <Stack spacing={1}>
            {mine.map((a) => (
              <Card key={a.id} variant="outlined" data-testid={`my-application-${a.id}`}>
                <CardContent sx={{ pb: 0.5 }}>
                  <Stack direction="row" spacing={1} alignItems="center">
                    <Typography fontWeight={600}>{a.vacancyTitle}</Typography>
                    <Chip size="small" label={translate(`hiring.stages.${a.stage}`)} data-testid="application-stage" />
                  </Stack>
                  {a.nextInterviewAt && <Typography variant="body2">{translate('hiring.my.interview', { date: dateTime(a.nextInterviewAt, locale), place: a.nextInterviewPlace ?? '' })}</Typography>}
                </CardContent>
                {a.mayWithdraw && (
                  <CardActions>
                    <Button size="small" color="inherit" onClick={() => run(hiringApi.withdraw(a.id), 'hiring.my.withdrawn')} data-testid="withdraw">{translate('hiring.my.withdraw')}</Button>
                  </CardActions>
                )}
              </Card>
            ))}
          </Stack>
        </>
      )}
    </Box>
  );
}
