import { useEffect, useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Title, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Chip, CircularProgress, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTalentFormat } from './format';
import { talentApi, type EvidencePack } from './talent-api';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid={testId}>
      <Typography variant="h6" sx={{ mb: 1 }}>{title}</Typography>
      {children}
    </Paper>
  );
}

/** The evidence pack of one alumnus (only with a live job-pool consent; every view and download is audited by the API). */
export function EvidencePage() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const f = useTalentFormat();
  const [pack, setPack] = useState<EvidencePack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  useEffect(() => {
    if (id) talentApi.evidence(id).then(setPack).catch((e: Error) => setError(e.message));
  }, [id]);
  const t = (k: string) => translate(`talent.pack.${k}`);
  const pdf = async () => {
    setDownloading(true);
    try {
      await talentApi.evidencePdf(id!);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setDownloading(false);
    }
  };
  const none = <Typography color="text.secondary">{t('none')}</Typography>;
  return (
    <Box sx={{ p: 1, maxWidth: 1100 }}>
      <Title title="talent.pack.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button component={RouterLink} to="/talent-pool" startIcon={<ArrowBackIcon />} size="small">{t('back')}</Button>
        {pack && <Button variant="contained" size="small" startIcon={<PictureAsPdfIcon />} onClick={() => void pdf()} disabled={downloading} data-testid="evidence-pdf">{t('pdf')}</Button>}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {!pack && !error && <CircularProgress size={24} />}
      {pack && (
        <>
          <Typography variant="h5" data-testid="evidence-name">{pack.fullName}</Typography>
          <Typography variant="caption" color="text.secondary">{t('audited')}</Typography>
          <Section title={t('title')}>
            <Stack spacing={0.5}>
              <Typography><b>{t('alumniSince')}:</b> {f.date(pack.alumniSince)}</Typography>
              <Typography><b>{t('education')}:</b> {[pack.educationLevel ? translate(`talent.education.${pack.educationLevel}`) : '', pack.institution].filter(Boolean).join(', ') || '—'}</Typography>
              <Typography><b>{t('field')}:</b> {pack.fieldOfStudy ?? '—'}</Typography>
              <Typography><b>{t('region')}:</b> {pack.region ?? '—'}</Typography>
              <Typography><b>{t('availability')}:</b> {translate(`talent.availabilityKinds.${pack.availabilityKind}`)}</Typography>
              <Box><b>{t('languages')}:</b> {pack.languages.map((l) => <Chip key={l.language} size="small" label={`${l.language} ${l.level}`} sx={{ mr: 0.5 }} />)}</Box>
              <Typography><b>{t('skills')}:</b> {pack.skills.join(', ') || '—'}</Typography>
              <Typography><b>{t('preferredCenters')}:</b> {pack.preferredCenters.map(f.name).join(', ') || '—'}</Typography>
            </Stack>
          </Section>
          <Section title={`${t('hours')}: ${f.hours(pack.approvedMinutes)}`} testId="evidence-hours">
            {pack.hoursByYear.length > 0 && (
              <Box data-testid="evidence-hours-chart">
                <Typography variant="subtitle2">{t('hoursChart')}</Typography>
                <BarChart height={240} xAxis={[{ scaleType: 'band', data: pack.hoursByYear.map((y) => String(y.year)) }]} yAxis={[{ valueFormatter: (v: number | null) => (v === null ? '' : f.n(v)) }]}
                  series={[{ data: pack.hoursByYear.map((y) => Math.round((y.minutes / 60) * 10) / 10), label: t('minutes'), valueFormatter: (v: number | null) => (v === null ? '' : f.n(v)) }]} />
              </Box>
            )}
            {pack.hours.length === 0 ? none : (
              <Table size="small">
                <TableHead><TableRow><TableCell>{t('year')}</TableCell><TableCell>{t('place')}</TableCell><TableCell>{t('position')}</TableCell><TableCell align="right">{t('minutes')}</TableCell></TableRow></TableHead>
                <TableBody>
                  {pack.hours.map((h, i) => (
                    <TableRow key={i}><TableCell>{h.year}</TableCell><TableCell>{f.name(h.placeName)}</TableCell><TableCell>{f.name(h.positionName) || '—'}</TableCell><TableCell align="right">{f.hours(h.minutes)}</TableCell></TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
          <Section title={t('reliability')} testId="evidence-reliability">
            <Typography>{t('attended')}: {pack.reliability.attended} · {t('noShows')}: {pack.reliability.noShows} · {t('attendance')}: {pack.reliability.reliability === null ? '—' : `${f.n(pack.reliability.reliability * 100)} %`}</Typography>
          </Section>
          <Section title={t('ratings')} testId="evidence-ratings">
            {pack.ratings.length === 0 ? none : (
              <>
                <Typography sx={{ mb: 1 }}>
                  <b>{t('average')}:</b> {t('punctuality')} {f.n(pack.ratingAverages.punctuality ?? 0)} · {t('communication')} {f.n(pack.ratingAverages.communication ?? 0)} · {t('service')} {f.n(pack.ratingAverages.serviceToCitizens ?? 0)} · {t('teamwork')} {f.n(pack.ratingAverages.teamwork ?? 0)}
                </Typography>
                {pack.ratings.map((r) => (
                  <Box key={r.id} sx={{ mb: 1.5 }}>
                    <Typography variant="subtitle2">{f.date(r.createdAt)} · {f.name(r.placeName)}{r.periodFrom && r.periodTo ? ` (${f.day(r.periodFrom)}–${f.day(r.periodTo)})` : ''}{r.raterName ? ` · ${r.raterName}` : ''}</Typography>
                    <Typography variant="body2">{t('punctuality')} {r.punctuality} · {t('communication')} {r.communication} · {t('service')} {r.serviceToCitizens} · {t('teamwork')} {r.teamwork}</Typography>
                    {r.comment && <Typography variant="body2" color="text.secondary">“{r.comment}”</Typography>}
                  </Box>
                ))}
              </>
            )}
          </Section>
          <Section title={t('certificates')} testId="evidence-certificates">
            {pack.certificates.length === 0 ? none : (
              <Table size="small">
                <TableHead><TableRow><TableCell>{t('serial')}</TableCell><TableCell>{t('certificate')}</TableCell><TableCell>{t('status')}</TableCell><TableCell>{t('minutes')}</TableCell><TableCell /></TableRow></TableHead>
                <TableBody>
                  {pack.certificates.map((c) => (
                    <TableRow key={c.id}>
                      <TableCell>{c.serial}</TableCell><TableCell>{f.name(c.title)}</TableCell><TableCell>{t(`statuses.${c.status}`)}</TableCell><TableCell>{f.hours(c.minutes)}</TableCell>
                      <TableCell><Link href={c.verifyUrl} target="_blank" rel="noopener">{t('verify')}</Link></TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
          <Section title={t('roles')} testId="evidence-roles">
            {pack.eventRoles.length === 0 ? none : pack.eventRoles.map((r) => (
              <Typography key={`${r.eventId}-${f.name(r.positionName)}`}>{f.name(r.eventName)} — {f.name(r.positionName)} ({translate('talent.pack.shiftCount', { smart_count: r.shifts })} · {f.day(r.firstDate)}{r.lastDate !== r.firstDate ? `–${f.day(r.lastDate)}` : ''})</Typography>
            ))}
          </Section>
          {pack.notes.length > 0 && (
            <Section title={t('notes')}>
              {pack.notes.map((n, i) => <Typography key={i} variant="body2"><b>{f.date(n.createdAt)} · {n.authorName}:</b> {n.body}</Typography>)}
            </Section>
          )}
        </>
      )}
    </Box>
  );
}
