import {
  BooleanInput, Datagrid, FunctionField, List, NumberField, NumberInput, ReferenceInput, SearchInput, SelectInput, TextField as RaTextField, TextInput,
  TopToolbar, useGetList, useListContext, useLocaleState, useNotify, usePermissions, useRefresh, useTranslate, useUnselectAll, AutocompleteInput, FilterButton,
} from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, Divider, FormControlLabel, Grid, MenuItem, Rating, Stack,
  TextField, Typography, Chip,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { hasRole } from '../../providers/auth-provider';
import { formatBaku } from '../../time';
import type { Me } from '../../providers/http';
import { CEFR, STATUSES, WEEKDAYS, bakuDateTime, isoToDotted, saveFile, staffApi, type Detail, type Locale, type Name, type Status, type Summary } from './recruitment-api';
import { StatusChip } from './status-chip';

function useChoices() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The events that have an intake of their own (docs/debrief.md): every staff role may list intakes, not every one events.
  const { data: intakes } = useGetList<{ id: string; event?: { id: string; name: Name } | null }>('intakes', { pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'DESC' } });
  return {
    events: (intakes ?? []).flatMap((i) => (i.event ? [{ id: i.event.id, name: i.event.name[locale as Locale] }] : [])),
    statuses: STATUSES.map((id) => ({ id, name: translate(`recruitment.statuses.${id}`) })),
    halfDays: WEEKDAYS.flatMap((d) => (['am', 'pm'] as const).map((h) => ({ id: `${d}-${h}`, name: `${translate(`recruitment.weekdays.${d}`)} · ${translate(`recruitment.halfDays.${h}`)}` }))),
    levels: CEFR.map((id) => ({ id, name: id })),
  };
}

function filters(choices: ReturnType<typeof useChoices>, locale: Locale) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="intakeId" source="intakeId" reference="intakes" alwaysOn><AutocompleteInput optionText={(r: { name: Name }) => r.name[locale]} /></ReferenceInput>,
    <SelectInput key="status" source="status" choices={choices.statuses} alwaysOn />,
    <SelectInput key="eventId" source="eventId" choices={choices.events} />,
    <ReferenceInput key="centerId" source="centerId" reference="centers"><AutocompleteInput optionText={(r: { name: Name }) => r.name[locale]} /></ReferenceInput>,
    <TextInput key="language" source="language" />,
    <SelectInput key="minLevel" source="minLevel" choices={choices.levels} />,
    <NumberInput key="minAge" source="minAge" />,
    <NumberInput key="maxAge" source="maxAge" />,
    <SelectInput key="availability" source="availability" choices={choices.halfDays} />,
    <BooleanInput key="emailVerified" source="emailVerified" />,
  ];
}

/** Moves every selected application; each person gets the mail of the new stage. */
function BulkMoveButton() {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselect = useUnselectAll('applications');
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<Status>('screening');
  const [reason, setReason] = useState('');
  const run = async () => {
    try {
      const { results } = await staffApi.bulk(selectedIds as string[], to, reason || undefined);
      const ok = results.filter((r) => r.ok).length;
      notify(translate('recruitment.applications.moved', { ok, failed: results.length - ok }), { type: ok === results.length ? 'success' : 'warning' });
      setOpen(false);
      unselect();
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="bulk-move">{translate('recruitment.applications.move')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('recruitment.applications.move')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          <TextField select label={translate('recruitment.applications.moveTo')} value={to} onChange={(e) => setTo(e.target.value as Status)}>
            {STATUSES.filter((s) => s !== 'submitted' && s !== 'withdrawn').map((s) => <MenuItem key={s} value={s}>{translate(`recruitment.statuses.${s}`)}</MenuItem>)}
          </TextField>
          <TextField label={translate('recruitment.applications.reason')} value={reason} onChange={(e) => setReason(e.target.value)} multiline required={to === 'rejected'} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={run} disabled={to === 'rejected' && !reason.trim()}>{translate('recruitment.detail.confirmMove')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function ExportButtons() {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const run = async (format: 'csv' | 'xlsx') => {
    try {
      saveFile(await staffApi.export({ ...(filterValues as Record<string, string>), format }));
      notify('recruitment.applications.exported', { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button size="small" onClick={() => run('csv')}>{translate('recruitment.applications.export')}</Button>
      <Button size="small" onClick={() => run('xlsx')}>{translate('recruitment.applications.exportXlsx')}</Button>
    </>
  );
}

export function ApplicationList() {
  const choices = useChoices();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  const l = locale as Locale;
  return (
    <List filters={filters(choices, l)} sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<TopToolbar><FilterButton /><Button size="small" component={Link} to="/recruitment/board">{translate('recruitment.applications.board')}</Button><ExportButtons /></TopToolbar>}>
      <Datagrid rowClick={(id) => `/applications/${id}/show`} bulkActionButtons={hasRole(permissions, 'admin', 'coordinator') ? <BulkMoveButton /> : false}>
        <NumberField source="number" />
        <RaTextField source="fullName" />
        <FunctionField source="status" render={(r: Summary) => <StatusChip status={r.status} />} />
        <FunctionField source="intakeId" sortable={false} render={(r: Summary) => r.intakeName?.[l]} />
        <FunctionField source="eventId" sortable={false} render={(r: Summary) => r.event?.name[l] ?? '—'} />
        <FunctionField source="centers" sortable={false} render={(r: Summary) => r.centers.map((c) => c.name[l]).join(', ')} />
        <NumberField source="age" sortable={false} />
        <FunctionField source="languages" sortable={false} render={(r: Summary) => r.languages.map((x) => `${x.language} ${x.level}`).join(', ')} />
        <FunctionField source="score" render={(r: Summary) => r.score ?? '—'} />
        <FunctionField source="emailVerified" sortable={false} render={(r: Summary) => (r.emailVerified ? '✓' : '—')} />
        <FunctionField source="createdAt" render={(r: Summary) => formatBaku(r.createdAt, l)} />
      </Datagrid>
    </List>
  );
}

/** The application with answers, timeline, scores, moves, onboarding checklist; FİN masked (admin/HR may reveal, audited). */
export function ApplicationShow() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  const { permissions } = usePermissions<Me>();
  const [app, setApp] = useState<Detail | null>(null);
  const [fin, setFin] = useState<string | null>(null);
  const [pending, setPending] = useState<Status | null>(null);
  const [reason, setReason] = useState('');
  const [myScores, setMyScores] = useState<Record<string, number>>({});
  const load = useCallback(() => void staffApi.get(id).then((d) => {
    setApp(d);
    setMyScores(Object.fromEntries(d.scores.filter((s) => s.reviewerId === permissions?.id).map((s) => [s.criterion, s.score])));
  }).catch((e: Error) => notify(e.message, { type: 'error' })), [id, notify, permissions?.id]);
  useEffect(load, [load]);

  const call = async (work: () => Promise<Detail>, success?: string) => {
    try {
      setApp(await work());
      if (success) notify(success, { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  if (!app) return null;
  const move = async (to: Status) => {
    if (to === 'rejected') return setPending(to);
    await call(() => staffApi.move(app.id, to), translate('recruitment.detail.moveDone', { status: translate(`recruitment.statuses.${to}`) }));
  };
  const staff = hasRole(permissions, 'admin', 'coordinator');
  const section = (key: string) => <Typography variant="subtitle1" sx={{ fontWeight: 700, mt: 2 }}>{translate(key)}</Typography>;

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Button component={Link} to="/applications" size="small">{translate('recruitment.detail.back')}</Button>
      <Card sx={{ mt: 1 }}>
        <CardContent>
          <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
            <Typography variant="h5" data-testid="applicant-name">{app.fullName}</Typography>
            <Typography color="text.secondary">#{app.number}</Typography>
            <StatusChip status={app.status} />
            {!app.emailVerified && <Chip size="small" color="warning" label={translate('recruitment.detail.emailNotVerified')} />}
          </Stack>
          <Typography color="text.secondary">{app.intakeName?.[l]} · {translate('recruitment.detail.capacity', app.capacity)}</Typography>
          {app.event && (
            <Typography color="text.secondary" data-testid="application-event">
              {translate('recruitment.detail.eventDays', { event: app.event.name[l], days: (app.eventDays ?? []).map(isoToDotted).join(', ') || '—' })}
            </Typography>
          )}

          {section('recruitment.detail.moves')}
          {app.allowedTransitions.length === 0 && <Typography variant="body2">{translate('recruitment.detail.noMoves')}</Typography>}
          <Stack direction="row" gap={1} flexWrap="wrap">
            {app.allowedTransitions.map((to) => (
              <Button key={to} variant={to === 'rejected' || to === 'withdrawn' ? 'outlined' : 'contained'} color={to === 'rejected' ? 'error' : 'primary'}
                onClick={() => move(to)} data-testid={`move-${to}`}>
                {translate(`recruitment.actions.${to}`)}
              </Button>
            ))}
          </Stack>

          <Grid container spacing={2} sx={{ mt: 1 }}>
            <Grid size={{ xs: 12, md: 6 }}>
              {section('resources.applications.fields.email')}
              <Typography variant="body2">{app.email} · {app.phone}</Typography>
              <Typography variant="body2">
                {translate('resources.applications.fields.fin')}: <span data-testid="fin">{fin ?? app.fin}</span>{' '}
                {app.canRevealFin && !fin && <Button size="small" onClick={async () => setFin((await staffApi.fin(app.id)).fin)}>{translate('recruitment.detail.showFin')}</Button>}
              </Typography>
              {app.canRevealFin && <Typography variant="caption" color="text.secondary">{translate('recruitment.detail.finAudited')}</Typography>}
              <Typography variant="body2">{isoToDotted(app.birthDate)} ({app.age})</Typography>
              {section('recruitment.detail.occupation')}
              <Typography variant="body2" data-testid="application-occupation">
                {app.occupation ? translate(`recruitment.detail.occupations.${app.occupation}`) : translate('recruitment.detail.occupationNotAsked')}
              </Typography>
              {section('recruitment.detail.education')}
              <Typography variant="body2" data-testid="application-education">
                {app.education ? `${app.education.institution}, ${app.education.faculty}, ${app.education.year}` : translate('recruitment.detail.noEducation')}
              </Typography>
              {section('resources.applications.fields.languages')}
              <Typography variant="body2">{app.languages.map((x) => `${translate(`recruitment.languages.${x.language}`, { _: x.language })} ${x.level}`).join(', ')}</Typography>
              {section('recruitment.detail.skills')}
              <Typography variant="body2">{app.skills.join(', ') || '—'}</Typography>
              {section('recruitment.detail.availability')}
              <Stack direction="row" gap={0.5} flexWrap="wrap">{app.availability.map((a) => {
                const [d, h] = a.split('-');
                return <Chip key={a} size="small" label={`${translate(`recruitment.weekdays.${d}`)} · ${translate(`recruitment.halfDays.${h}`)}`} />;
              })}</Stack>
              {section('resources.applications.fields.centers')}
              <Typography variant="body2">{app.centers.map((c) => `${c.rank}. ${c.name[l]}`).join('  ')}</Typography>
              {section('recruitment.detail.motivation')}
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{app.motivation}</Typography>
              {app.questions.length > 0 && section('recruitment.detail.answers')}
              {app.questions.map((q) => {
                const v = app.answers[q.id];
                const label = (id: string) => q.options?.find((o) => o.id === id)?.label[l] ?? id;
                return <Typography key={q.id} variant="body2"><b>{/[?:]$/.test(q.label[l]) ? q.label[l] : `${q.label[l]}:`}</b> {v === undefined ? '—' : Array.isArray(v) ? v.map(label).join(', ') : q.kind === 'text' ? v : label(v)}</Typography>;
              })}
              {section('recruitment.detail.consent')}
              <Typography variant="body2">{app.consent ? `v${app.consent.version} · ${bakuDateTime(app.consent.givenAt)}${app.consent.withdrawnAt ? ` · ✕ ${bakuDateTime(app.consent.withdrawnAt)}` : ''}` : '—'}</Typography>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              {section('recruitment.detail.interview')}
              <Typography variant="body2">{app.interview ? `${bakuDateTime(app.interview.startsAt)} · ${app.interview.location}` : translate('recruitment.detail.noInterview')}</Typography>
              {section('recruitment.detail.scores')}
              {app.score !== null ? <Typography variant="body2">{translate('recruitment.detail.average', { score: app.score })}</Typography> : <Typography variant="body2">{translate('recruitment.detail.noScores')}</Typography>}
              {app.scores.map((s, i) => <Typography key={i} variant="caption" display="block">{s.reviewerName}: {app.rubric.find((r) => r.id === s.criterion)?.label[l] ?? s.criterion} — {s.score}</Typography>)}
              {staff && app.rubric.length > 0 && (
                <Box sx={{ mt: 1 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>{translate('recruitment.detail.myScores')}</Typography>
                  {app.rubric.map((r) => (
                    <Stack key={r.id} direction="row" alignItems="center" gap={1}>
                      <Typography variant="body2" sx={{ minWidth: 140 }}>{r.label[l]}</Typography>
                      <Rating
                        value={myScores[r.id] ?? null} onChange={(_, v) => setMyScores({ ...myScores, [r.id]: v ?? 0 })}
                        // Screen readers: MUI's defaults are English ("1 Star", "Empty").
                        getLabelText={(value) => translate('recruitment.detail.stars', { smart_count: value })} emptyLabelText={translate('recruitment.detail.noStars')}
                      />
                    </Stack>
                  ))}
                  <Button size="small" onClick={() => call(() => staffApi.scores(app.id, Object.fromEntries(Object.entries(myScores).filter(([, v]) => v >= 1))))}>
                    {translate('recruitment.detail.saveScores')}
                  </Button>
                </Box>
              )}
              {(app.status === 'accepted' || app.status === 'onboarded') && (
                <>
                  {section('recruitment.detail.checklist')}
                  {app.checklist.map((c) => (
                    <FormControlLabel key={c.id} sx={{ display: 'flex' }} label={c.label[l]} control={
                      <Checkbox checked={!!c.doneAt} disabled={!staff || app.status !== 'accepted'} inputProps={{ name: `checklist-${c.id}` } as never}
                        onChange={(e) => call(() => staffApi.checklist(app.id, c.id, e.target.checked))} />
                    } />
                  ))}
                </>
              )}
              {app.status === 'onboarded' && app.homeCenterId && (
                <>
                  {section('recruitment.detail.homeCenter')}
                  <Typography variant="body2" data-testid="home-center">{app.centers.find((c) => c.id === app.homeCenterId)?.name[l] ?? '—'}</Typography>
                </>
              )}
              {section('recruitment.detail.timeline')}
              {app.timeline.map((t, i) => (
                <Box key={i} sx={{ borderLeft: '3px solid #0d3b66', pl: 1, mb: 1 }} data-testid="timeline-entry">
                  <Typography variant="body2"><b>{translate(`recruitment.statuses.${t.to}`)}</b> · {bakuDateTime(t.at)}</Typography>
                  <Typography variant="caption" display="block">{translate('recruitment.detail.by', { name: t.actorName })}</Typography>
                  {t.reason && <Typography variant="caption" display="block">{t.reason}</Typography>}
                </Box>
              ))}
            </Grid>
          </Grid>
          <Divider sx={{ mt: 2 }} />
        </CardContent>
      </Card>
      <Dialog open={pending !== null} onClose={() => setPending(null)} fullWidth>
        <DialogTitle>{pending && translate(`recruitment.actions.${pending}`)}</DialogTitle>
        <DialogContent sx={{ pt: '8px !important' }}>
          <TextField fullWidth multiline minRows={2} label={translate('recruitment.detail.rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'reject-reason' } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPending(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color="error" disabled={!reason.trim()} onClick={async () => {
            const to = pending as Status;
            setPending(null);
            await call(() => staffApi.move(app.id, to, reason), translate('recruitment.detail.moveDone', { status: translate(`recruitment.statuses.${to}`) }));
            setReason('');
          }}>{translate('recruitment.detail.confirmMove')}</Button>
        </DialogActions>
      </Dialog>
      {app.status === 'rejected' && <Alert severity="info" sx={{ mt: 1 }}>{app.timeline.at(-1)?.reason}</Alert>}
    </Box>
  );
}
