import { Alert, Box, Button, Card, CardContent, Chip, Grid, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useEffect, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { formatBaku } from '../../time';
import { QUESTIONS, debriefApi, type Debrief, type Lang } from './debrief-api';

const SCORE_COLORS = ['#c62828', '#ef6c00', '#f9a825', '#7cb342', '#2e7d32'];

/** Decimal with the locale's separator: Azerbaijani writes 3,5 like Russian (browsers often lack its data, as hours-api's formatNumber says). */
const decimal = (n: number, l: Lang) => new Intl.NumberFormat(l === 'en' ? 'en-GB' : 'ru', { maximumFractionDigits: 1 }).format(n);

/** `#/events/:id/debrief` (organiser, admin): feedback charts, response rate, per-role hours and no-shows, comments, certificates. */
export function DebriefPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [data, setData] = useState<Debrief | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    debriefApi.debrief(id).then((d) => live && setData(d), (e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [id]);
  if (error) return <Alert severity="error" sx={{ m: 2 }}>{translate(error, { _: error })}</Alert>;
  if (!data) return <LinearProgress sx={{ m: 2 }} />;
  const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
  const roleName = (r: Debrief['roles'][number]) => r.name?.[l] ?? translate('debrief.noRole');
  const anyAnswers = QUESTIONS.some((q) => data.questions[q].answers > 0);
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="debrief-page">
      <Title title={translate('debrief.title', { event: data.event.name[l] })} />
      <Typography variant="h5">{translate('debrief.title', { event: data.event.name[l] })}</Typography>
      <Typography color="text.secondary">{data.event.venue} · {formatBaku(data.event.startsAt, l, false)}</Typography>

      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card variant="outlined" data-testid="response-rate"><CardContent>
            <Typography variant="overline">{translate('debrief.responseRate')}</Typography>
            <Typography variant="h4">{Math.round(data.responseRate * 100)}%</Typography>
            <LinearProgress variant="determinate" value={data.responseRate * 100} sx={{ my: 1 }} />
            <Typography variant="body2">{translate('debrief.responseRateValue', { responded: data.responded, invited: data.invited, percent: Math.round(data.responseRate * 100) })}</Typography>
            <Typography variant="caption" color="text.secondary">
              {data.invitationsSentAt ? translate('debrief.invitationsSent', { date: formatBaku(data.invitationsSentAt, l) }) : translate('debrief.invitationsNotSent')}
            </Typography>
          </CardContent></Card>
        </Grid>
        <Grid size={{ xs: 6, md: 4 }}>
          <Card variant="outlined"><CardContent>
            <Typography variant="overline">{translate('debrief.approvedHours')}</Typography>
            <Typography variant="h4" data-testid="approved-hours">{decimal(hours(data.approvedMinutes), l)}</Typography>
          </CardContent></Card>
        </Grid>
        <Grid size={{ xs: 6, md: 4 }}>
          <Card variant="outlined"><CardContent>
            <Typography variant="overline">{translate('debrief.noShows')}</Typography>
            <Typography variant="h4" data-testid="no-shows">{data.noShows}</Typography>
          </CardContent></Card>
        </Grid>
      </Grid>

      <Card variant="outlined" data-testid="ratings-chart"><CardContent>
        <Typography variant="h6">{translate('debrief.ratings')}</Typography>
        <Typography variant="body2" color="text.secondary">{translate('debrief.ratingsHint')}</Typography>
        {anyAnswers ? (
          <>
            <BarChart height={280} layout="horizontal"
              yAxis={[{ scaleType: 'band', data: QUESTIONS.map((q) => translate(`debrief.questions.${q}`)), width: 170 }]}
              xAxis={[{ tickMinStep: 1 }]}
              series={[0, 1, 2, 3, 4].map((i) => ({ data: QUESTIONS.map((q) => data.questions[q].counts[i]), label: translate('debrief.score', { n: i + 1 }), stack: 'scores', color: SCORE_COLORS[i] }))}
            />
            <Stack direction="row" gap={1} flexWrap="wrap">
              {QUESTIONS.map((q) => (
                <Chip key={q} variant="outlined" data-testid={`average-${q}`}
                  label={`${translate(`debrief.questions.${q}`)} — ${translate('debrief.average', { value: data.questions[q].average === null ? '—' : decimal(data.questions[q].average!, l) })}`} />
              ))}
            </Stack>
          </>
        ) : <Typography sx={{ mt: 1 }}>{translate('debrief.noAnswers')}</Typography>}
      </CardContent></Card>

      <Card variant="outlined" data-testid="roles-chart"><CardContent>
        <Typography variant="h6">{translate('debrief.roles')}</Typography>
        <Typography variant="body2" color="text.secondary">{translate('debrief.rolesHint')}</Typography>
        {data.roles.length > 0 && (
          <BarChart height={Math.max(220, data.roles.length * 48)} layout="horizontal"
            yAxis={[{ scaleType: 'band', data: data.roles.map(roleName), width: 190 }]}
            xAxis={[{ valueFormatter: (v: number) => decimal(v, l) }]}
            series={[
              { data: data.roles.map((r) => hours(r.approvedMinutes)), label: translate('debrief.hours'), valueFormatter: (v: number | null) => (v === null ? '' : decimal(v, l)), color: '#1565c0' },
              { data: data.roles.map((r) => r.noShows), label: translate('debrief.noShows'), color: '#c62828' },
            ]}
          />
        )}
        <Table size="small">
          <TableHead><TableRow>
            <TableCell />
            <TableCell align="right">{translate('debrief.hours')}</TableCell>
            <TableCell align="right">{translate('debrief.volunteers')}</TableCell>
            <TableCell align="right">{translate('debrief.noShows')}</TableCell>
          </TableRow></TableHead>
          <TableBody>
            {data.roles.map((r) => (
              <TableRow key={r.positionId ?? 'none'} data-testid="role-row">
                <TableCell>{roleName(r)}</TableCell>
                <TableCell align="right">{decimal(hours(r.approvedMinutes), l)}</TableCell>
                <TableCell align="right">{r.volunteers}</TableCell>
                <TableCell align="right">{r.noShows}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent></Card>

      <Card variant="outlined"><CardContent>
        <Typography variant="h6">{translate('debrief.certificates')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('debrief.certificatesHint')}</Typography>
        {data.certificateTypes.length === 0 && <Alert severity="info">{translate('debrief.noCertificateType')}</Alert>}
        <Stack direction="row" gap={1} flexWrap="wrap">
          {data.certificateTypes.map((t) => (
            <Button key={t.id} variant="contained" component={Link} to={`/certificates/issue?typeId=${t.id}`} data-testid="issue-certificates">
              {translate('debrief.issue', { type: t.name[l] })}
            </Button>
          ))}
        </Stack>
      </CardContent></Card>

      <Card variant="outlined" data-testid="comments"><CardContent>
        <Typography variant="h6">{translate('debrief.comments')}</Typography>
        {data.comments.length === 0 && <Typography>{translate('debrief.noComments')}</Typography>}
        {data.comments.map((c, i) => (
          <Box key={i} sx={{ borderLeft: '3px solid #ddd', pl: 1.5, my: 1 }} data-testid="comment">
            <Typography>{c.comment}</Typography>
            <Typography variant="caption" color="text.secondary">
              {c.anonymous ? translate('debrief.anonymous') : c.volunteerName} · {formatBaku(`${c.submittedOn}T12:00:00+04:00`, l, false)}
            </Typography>
          </Box>
        ))}
      </CardContent></Card>
    </Box>
  );
}
