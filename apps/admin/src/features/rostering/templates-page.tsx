import { DEFAULT_ATTENDANCE_POLICY } from '@dost/domain';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Link as RouterLink } from 'react-router-dom';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Checkbox, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, MenuItem, Paper, Stack, Switch, Tab,
  Table, TableBody, TableCell, TableHead, TableRow, Tabs, TextField, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { rosteringApi, rosterSetupApi, type Name, type Policy, type Position, type PositionInput, type Template, type TemplateInput } from './rostering-api';
import { addDays, CEFR, fieldErrors, intOrNull, LANGUAGE_CODES, str, todayInBaku, type Lang } from './rostering-screens';
import { policyOf, type Owner } from './swaps-api';
import { QualificationsPicker, qualificationName, useQualificationCatalogue } from '../qualifications';

type TabKey = 'templates' | 'positions' | 'policy';

/**
 * The coordinator's set-up of a center: weekly shift templates (and generating shifts from them),
 * the center's positions with their requirements, and the center's rostering policy.
 */
export function TemplatesPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [centers, setCenters] = useState<{ id: string; name: Name }[]>([]);
  const [centerId, setCenterId] = useState('');
  const [tab, setTab] = useState<TabKey>('templates');
  // Opened from another screen for one center (?center=…, e.g. the week view's "create shifts"): that one first.
  const [params] = useSearchParams();
  const wanted = params.get('center');
  useEffect(() => {
    void rosteringApi.centers().then((r) => {
      setCenters(r.data);
      const first = r.data.find((c) => c.id === wanted) ?? r.data[0];
      if (first) setCenterId(first.id);
    });
  }, [wanted]);
  return (
    <Box sx={{ p: 1 }}>
      <Title title="rostering.templates.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label={translate('rostering.week.center')} value={centerId} onChange={(e) => setCenterId(e.target.value)} sx={{ minWidth: 280 }}>
          {centers.map((c) => <MenuItem key={c.id} value={c.id}>{c.name[l]}</MenuItem>)}
        </TextField>
        <Button component={RouterLink} to={centerId ? `/rostering/week?center=${centerId}` : '/rostering/week'}>{translate('rostering.menu.week')}</Button>
      </Stack>
      <Tabs value={tab} onChange={(_, v: TabKey) => setTab(v)} sx={{ mb: 1 }}>
        <Tab value="templates" label={translate('rostering.templates.tab')} />
        <Tab value="positions" label={translate('rostering.positions.tab')} />
        <Tab value="policy" label={translate('rostering.policy.tab')} />
      </Tabs>
      {centerId && tab === 'templates' && <TemplatesTab centerId={centerId} />}
      {centerId && tab === 'positions' && <PositionsTab owner={{ centerId }} />}
      {centerId && tab === 'policy' && <PolicyTab key={centerId} owner={{ centerId }} />}
    </Box>
  );
}

// ——— templates ———

function TemplatesTab({ centerId }: { centerId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [rows, setRows] = useState<Template[] | null>(null);
  const [positions, setPositions] = useState<Position[]>([]);
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [generating, setGenerating] = useState<Template | null>(null);
  const load = useCallback(async () => {
    const [t, p] = await Promise.all([rosterSetupApi.templates(centerId), rosterSetupApi.positions({ centerId })]);
    setRows(t.data);
    setPositions(p.data);
  }, [centerId]);
  useEffect(() => {
    void load();
  }, [load]);
  const remove = async (t: Template) => {
    if (!window.confirm(translate('rostering.templates.confirmDelete'))) return;
    try {
      await rosterSetupApi.deleteTemplate(t.id);
      notify('rostering.templates.deleted', { type: 'success' });
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const weekdays = (t: Template) => t.weekdays.map((d) => translate(`rostering.weekdays.${d}`)).join(', ');
  return (
    <Paper variant="outlined" sx={{ p: 1 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="body2" sx={{ flex: 1 }}>{translate('rostering.templates.hint')}</Typography>
        <Button variant="contained" onClick={() => setEditing('new')} disabled={!positions.length} data-testid="template-create">{translate('rostering.templates.create')}</Button>
      </Stack>
      {!positions.length && rows && <Alert severity="info">{translate('rostering.templates.noPositions')}</Alert>}
      {rows?.length === 0 && <Typography variant="body2">{translate('rostering.templates.empty')}</Typography>}
      {!!rows?.length && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="templates-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('rostering.templates.position')}</TableCell>
                <TableCell>{translate('rostering.templates.weekdays')}</TableCell>
                <TableCell>{translate('rostering.templates.time')}</TableCell>
                <TableCell>{translate('rostering.templates.slots')}</TableCell>
                <TableCell>{translate('rostering.templates.visibility')}</TableCell>
                <TableCell>{translate('rostering.templates.window')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((t) => (
                <TableRow key={t.id} data-testid="template-row" data-template-id={t.id} sx={t.active ? undefined : INACTIVE_ROW}>
                  <TableCell>
                    {t.positionName[l]}
                    {!t.active && <Chip size="small" sx={{ ml: 1 }} label={translate('rostering.templates.inactive')} />}
                  </TableCell>
                  <TableCell>{weekdays(t)}</TableCell>
                  <TableCell>{t.startTime}–{t.endTime}</TableCell>
                  <TableCell>{t.slots}</TableCell>
                  <TableCell>{translate(`rostering.templates.${t.visibility}`)}</TableCell>
                  <TableCell>
                    <Typography variant="caption" component="div">
                      {t.signupOpensDaysBefore == null ? translate('rostering.templates.opensAlways') : translate('rostering.templates.opensDays', { days: t.signupOpensDaysBefore })}
                    </Typography>
                    <Typography variant="caption" component="div">
                      {t.cancellationCutoffHours == null ? translate('rostering.templates.noCutoff') : translate('rostering.templates.cutoffHours', { hours: t.cancellationCutoffHours })}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => setGenerating(t)} data-testid="template-generate">{translate('rostering.templates.generate')}</Button>
                    <Button size="small" onClick={() => setEditing(t)}>{translate('rostering.templates.edit')}</Button>
                    <IconButton size="small" aria-label={translate('rostering.templates.delete')} onClick={() => remove(t)}><DeleteIcon fontSize="small" /></IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {editing && (
        <TemplateDialog centerId={centerId} positions={positions} template={editing === 'new' ? null : editing}
          onClose={(saved) => { setEditing(null); if (saved) void load(); }} />
      )}
      {generating && <GenerateDialog template={generating} onClose={() => setGenerating(null)} />}
    </Paper>
  );
}

function TemplateDialog({ centerId, positions, template, onClose }: { centerId: string; positions: Position[]; template: Template | null; onClose: (saved: boolean) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [form, setForm] = useState({
    positionId: template?.positionId ?? positions.find((p) => p.active)?.id ?? '',
    weekdays: template?.weekdays ?? [1, 2, 3, 4, 5],
    startTime: template?.startTime ?? '09:00',
    endTime: template?.endTime ?? '13:00',
    slots: String(template?.slots ?? 2),
    visibility: template?.visibility ?? ('open' as const),
    signupOpensDaysBefore: str(template ? template.signupOpensDaysBefore : 14),
    cancellationCutoffHours: str(template ? template.cancellationCutoffHours : 24),
    active: template?.active ?? true,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = async () => {
    const body: TemplateInput = {
      centerId, positionId: form.positionId, weekdays: [...form.weekdays].sort(), startTime: form.startTime, endTime: form.endTime,
      slots: Number(form.slots), visibility: form.visibility, signupOpensDaysBefore: intOrNull(form.signupOpensDaysBefore),
      cancellationCutoffHours: intOrNull(form.cancellationCutoffHours), active: form.active,
    };
    try {
      if (template) await rosterSetupApi.updateTemplate(template.id, body);
      else await rosterSetupApi.createTemplate(body);
      notify('rostering.templates.saved', { type: 'success' });
      onClose(true);
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    }
  };
  const err = (key: string) => ({ error: !!errors[key], helperText: errors[key] });
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{translate(template ? 'rostering.templates.editTitle' : 'rostering.templates.createTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} data-testid="template-form">
          <TextField select label={translate('rostering.templates.position')} value={form.positionId} onChange={(e) => set('positionId', e.target.value)} {...err('positionId')}
            slotProps={{ htmlInput: { 'data-testid': 'template-position' } }}>
            {positions.map((p) => <MenuItem key={p.id} value={p.id} disabled={!p.active}>{p.name[l]}</MenuItem>)}
          </TextField>
          <Box>
            <Typography variant="caption" color={errors.weekdays ? 'error' : 'text.secondary'}>{translate('rostering.templates.weekdays')}</Typography>
            <ToggleButtonGroup size="small" value={form.weekdays} onChange={(_, v: number[]) => set('weekdays', v)} sx={{ display: 'flex', flexWrap: 'wrap' }}>
              {[1, 2, 3, 4, 5, 6, 7].map((d) => <ToggleButton key={d} value={d} data-testid={`weekday-${d}`}>{translate(`rostering.weekdays.${d}`)}</ToggleButton>)}
            </ToggleButtonGroup>
            {errors.weekdays && <Typography variant="caption" color="error">{errors.weekdays}</Typography>}
          </Box>
          <Stack direction="row" spacing={2}>
            <TextField type="time" label={translate('rostering.templates.start')} value={form.startTime} onChange={(e) => set('startTime', e.target.value)} {...err('startTime')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'startTime' } }} sx={{ flex: 1 }} />
            <TextField type="time" label={translate('rostering.templates.end')} value={form.endTime} onChange={(e) => set('endTime', e.target.value)} {...err('endTime')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'endTime' } }} sx={{ flex: 1 }} />
            <TextField type="number" label={translate('rostering.templates.slots')} value={form.slots} onChange={(e) => set('slots', e.target.value)} {...err('slots')}
              slotProps={{ htmlInput: { min: 1, max: 1000, name: 'slots' } }} sx={{ width: 110 }} />
          </Stack>
          <TextField select label={translate('rostering.templates.visibility')} value={form.visibility} onChange={(e) => set('visibility', e.target.value as TemplateInput['visibility'])} {...err('visibility')}>
            <MenuItem value="open">{translate('rostering.templates.open')}</MenuItem>
            <MenuItem value="assign_only">{translate('rostering.templates.assign_only')}</MenuItem>
          </TextField>
          <Stack direction="row" spacing={2}>
            <TextField type="number" label={translate('rostering.templates.opensBefore')} value={form.signupOpensDaysBefore} onChange={(e) => set('signupOpensDaysBefore', e.target.value)}
              {...err('signupOpensDaysBefore')} sx={{ flex: 1 }} slotProps={{ htmlInput: { min: 0, max: 365 } }} />
            <TextField type="number" label={translate('rostering.templates.cutoff')} value={form.cancellationCutoffHours} onChange={(e) => set('cancellationCutoffHours', e.target.value)}
              {...err('cancellationCutoffHours')} sx={{ flex: 1 }} slotProps={{ htmlInput: { min: 0, max: 720 } }} />
          </Stack>
          <Typography variant="caption" color="text.secondary">{translate('rostering.templates.emptyMeansNone')}</Typography>
          <FormControlLabel control={<Switch checked={form.active} onChange={(e) => set('active', e.target.checked)} />} label={translate('rostering.templates.active')} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{translate('rostering.week.close')}</Button>
        <Button variant="contained" onClick={save} data-testid="template-save">{translate('rostering.templates.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function GenerateDialog({ template, onClose }: { template: Template; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [from, setFrom] = useState(todayInBaku());
  const [to, setTo] = useState(addDays(todayInBaku(), 27));
  const [result, setResult] = useState<{ created: number; kept: number; removed: number } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      setErrors({});
      setResult(await rosterSetupApi.generate(template.id, from, to));
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate('rostering.templates.generateTitle', { position: template.positionName[locale as Lang] })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>{translate('rostering.templates.generateHint')}</Typography>
        <Stack direction="row" spacing={2}>
          <TextField type="date" label={translate('rostering.templates.from')} value={from} onChange={(e) => setFrom(e.target.value)} error={!!errors.from} helperText={errors.from}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'from' } }} sx={{ flex: 1 }} />
          <TextField type="date" label={translate('rostering.templates.to')} value={to} onChange={(e) => setTo(e.target.value)} error={!!errors.to} helperText={errors.to}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'to' } }} sx={{ flex: 1 }} />
        </Stack>
        {result && (
          <Alert severity="success" sx={{ mt: 2 }} data-testid="generate-result">
            <div data-testid="generate-created">{translate('rostering.templates.created', { n: result.created })}</div>
            <div data-testid="generate-kept">{translate('rostering.templates.kept', { n: result.kept })}</div>
            <div data-testid="generate-removed">{translate('rostering.templates.removed', { n: result.removed })}</div>
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('rostering.week.close')}</Button>
        <Button variant="contained" onClick={run} disabled={busy} data-testid="generate-run">{translate('rostering.templates.generateRun')}</Button>
      </DialogActions>
    </Dialog>
  );
}

// ——— positions ———

function requirementsText(p: Position, translate: (key: string, options?: Record<string, unknown>) => string, qualName: (code: string) => string): string {
  const r = p.requirements;
  const parts: string[] = [];
  for (const x of r.languages ?? []) parts.push(`${translate(`rostering.langs.${x.language}`, { _: x.language })} ≥ ${x.minLevel}`);
  // Names from the qualifications catalogue (the one source), the code when it is not there.
  if (r.qualifications?.length) parts.push(r.qualifications.map(qualName).join(', '));
  if (r.minAge) parts.push(translate('rostering.positions.ageAtLeast', { age: r.minAge }));
  if (r.minApprovedMinutes) parts.push(translate('rostering.positions.hoursAtLeast', { hours: Math.round(r.minApprovedMinutes / 60) }));
  return parts.join(' · ') || translate('rostering.positions.noRequirements');
}

/** A center's or an event's positions (the organiser's event set-up reuses it; `emptyKey` words the empty list for the owner). */
export function PositionsTab({ owner, emptyKey = 'rostering.positions.empty' }: { owner: Owner; emptyKey?: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [rows, setRows] = useState<Position[] | null>(null);
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  const catalogue = useQualificationCatalogue();
  const { centerId, eventId } = owner;
  const load = useCallback(() => rosterSetupApi.positions({ centerId, eventId }).then((r) => setRows(r.data)), [centerId, eventId]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Paper variant="outlined" sx={{ p: 1 }}>
      <Stack direction="row" sx={{ mb: 1, justifyContent: 'flex-end' }}>
        <Button variant="contained" onClick={() => setEditing('new')} data-testid="position-create">{translate('rostering.positions.create')}</Button>
      </Stack>
      {rows?.length === 0 && <Typography variant="body2">{translate(emptyKey)}</Typography>}
      {!!rows?.length && (
        <Table size="small" data-testid="positions-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('rostering.positions.name')}</TableCell>
              <TableCell>{translate('rostering.positions.code')}</TableCell>
              <TableCell>{translate('rostering.positions.requirements')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((p) => (
              <TableRow key={p.id} sx={p.active ? undefined : INACTIVE_ROW}>
                <TableCell>{p.name[l]}{!p.active && <Chip size="small" sx={{ ml: 1 }} label={translate('rostering.templates.inactive')} />}</TableCell>
                <TableCell><code>{p.code}</code></TableCell>
                <TableCell>{requirementsText(p, translate, (q) => qualificationName(catalogue, q, l))}</TableCell>
                <TableCell><Button size="small" onClick={() => setEditing(p)}>{translate('rostering.templates.edit')}</Button></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <PositionDialog owner={owner} position={editing === 'new' ? null : editing} onClose={(saved) => { setEditing(null); if (saved) void load(); }} />}
    </Paper>
  );
}

function PositionDialog({ owner, position, onClose }: { owner: Owner; position: Position | null; onClose: (saved: boolean) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const r = position?.requirements ?? {};
  const [code, setCode] = useState(position?.code ?? '');
  const [name, setName] = useState<Name>(position?.name ?? { az: '', en: '', ru: '' });
  const [languages, setLanguages] = useState(r.languages ?? []);
  const [qualifications, setQualifications] = useState<string[]>([...(r.qualifications ?? [])]);
  const [minAge, setMinAge] = useState(str(r.minAge));
  const [minHours, setMinHours] = useState(r.minApprovedMinutes ? String(r.minApprovedMinutes / 60) : '');
  const [active, setActive] = useState(position?.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const hours = intOrNull(minHours);
    const body: PositionInput = {
      code: code.trim(), name, active,
      requirements: {
        languages, qualifications, minAge: intOrNull(minAge),
        minApprovedMinutes: hours == null ? null : hours * 60,
      },
    };
    try {
      if (position) await rosterSetupApi.updatePosition(position.id, body);
      else await rosterSetupApi.createPosition({ ...body, ...owner });
      notify('rostering.positions.saved', { type: 'success' });
      onClose(true);
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    }
  };
  const err = (key: string) => ({ error: !!errors[key], helperText: errors[key] });
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{translate(position ? 'rostering.positions.editTitle' : 'rostering.positions.createTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField label={translate('rostering.positions.code')} value={code} onChange={(e) => setCode(e.target.value)} error={!!errors.code}
            helperText={errors.code ?? translate('rostering.positions.codeHint')} slotProps={{ htmlInput: { name: 'code' } }} />
          {(['az', 'en', 'ru'] as const).map((k) => (
            <TextField key={k} label={translate(`rostering.positions.name_${k}`)} value={name[k]} onChange={(e) => setName({ ...name, [k]: e.target.value })} {...err(`name.${k}`)}
              slotProps={{ htmlInput: { name: `name.${k}` } }} />
          ))}
          <Typography variant="subtitle2">{translate('rostering.positions.languages')}</Typography>
          {languages.map((x, i) => (
            <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <TextField select size="small" label={translate('rostering.positions.language')} value={x.language} sx={{ flex: 1 }}
                onChange={(e) => setLanguages(languages.map((y, j) => (j === i ? { ...y, language: e.target.value } : y)))}>
                {LANGUAGE_CODES.map((c) => <MenuItem key={c} value={c}>{translate(`rostering.langs.${c}`)}</MenuItem>)}
              </TextField>
              <TextField select size="small" label={translate('rostering.positions.minLevel')} value={x.minLevel} sx={{ width: 120 }}
                onChange={(e) => setLanguages(languages.map((y, j) => (j === i ? { ...y, minLevel: e.target.value } : y)))}>
                {CEFR.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
              </TextField>
              <IconButton aria-label={translate('rostering.week.remove')} onClick={() => setLanguages(languages.filter((_, j) => j !== i))}><DeleteIcon fontSize="small" /></IconButton>
            </Stack>
          ))}
          <Box><Button size="small" onClick={() => setLanguages([...languages, { language: 'en', minLevel: 'B1' }])}>{translate('rostering.positions.addLanguage')}</Button></Box>
          <QualificationsPicker label={translate('rostering.positions.qualifications')} helperText={errors['requirements.qualifications'] ?? translate('rostering.positions.qualificationsHint')}
            error={!!errors['requirements.qualifications']} value={qualifications} onChange={setQualifications} />
          <Stack direction="row" spacing={2}>
            <TextField type="number" label={translate('rostering.positions.minAge')} value={minAge} onChange={(e) => setMinAge(e.target.value)} {...err('requirements.minAge')} sx={{ flex: 1 }} />
            <TextField type="number" label={translate('rostering.positions.minHours')} value={minHours} onChange={(e) => setMinHours(e.target.value)} {...err('requirements.minApprovedMinutes')} sx={{ flex: 1 }} />
          </Stack>
          <FormControlLabel control={<Checkbox checked={active} onChange={(e) => setActive(e.target.checked)} />} label={translate('rostering.templates.active')} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{translate('rostering.week.close')}</Button>
        <Button variant="contained" onClick={save}>{translate('rostering.templates.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}

// ——— policy ———

/** An inactive row steps back in secondary text, which still meets AA (a faded row at 0.55 opacity did not). */
const INACTIVE_ROW = { '& td': { color: 'text.secondary' } } as const;
const hours = (minutes: number | null): string => (minutes == null ? '' : String(minutes / 60));
const minutesOf = (value: string): number | null => (value.trim() === '' ? null : Math.round(Number(value) * 60));

/** A center's or an event's rostering policy (`hintKey` words the explanation for the owner). */
export function PolicyTab({ owner, hintKey = 'rostering.policy.hint' }: { owner: Owner; hintKey?: string }) {
  const translate = useTranslate();
  // The owner's ids, not the object literal the parent makes on each render, decide when to load.
  const { centerId, eventId } = owner;
  const notify = useNotify();
  const [form, setForm] = useState<{
    cap: string; rest: string; perDay: string; noShows: string; approval: boolean; opens: string; grace: string; close: string; rounding: string;
  } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    void policyOf({ centerId, eventId }).then((p) =>
      setForm({
        cap: hours(p.weeklyCapMinutes), rest: hours(p.minRestMinutes), perDay: str(p.maxShiftsPerDay), noShows: str(p.noShowLimit), approval: p.swapNeedsApproval,
        opens: str(p.checkInOpensMinutes), grace: str(p.lateGraceMinutes), close: str(p.closeGraceMinutes), rounding: str(p.roundingMinutes),
      }),
    );
  }, [centerId, eventId]);
  if (!form) return null;
  const save = async () => {
    const body: Policy = {
      ...owner, weeklyCapMinutes: minutesOf(form.cap), minRestMinutes: minutesOf(form.rest), maxShiftsPerDay: intOrNull(form.perDay),
      noShowLimit: intOrNull(form.noShows), swapNeedsApproval: form.approval,
      checkInOpensMinutes: intOrNull(form.opens), lateGraceMinutes: intOrNull(form.grace), closeGraceMinutes: intOrNull(form.close), roundingMinutes: intOrNull(form.rounding),
    };
    try {
      setErrors({});
      await rosterSetupApi.savePolicy(body);
      notify('rostering.policy.saved', { type: 'success' });
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    }
  };
  const field = (key: 'cap' | 'rest' | 'perDay' | 'noShows' | 'opens' | 'grace' | 'close' | 'rounding', label: string, api: string, placeholder?: string) => (
    <TextField type="number" label={translate(label)} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      error={!!errors[api]} helperText={errors[api] ?? (placeholder && translate('rostering.policy.defaultIs', { value: placeholder }))}
      placeholder={placeholder} slotProps={{ htmlInput: { min: 0, step: key === 'cap' || key === 'rest' ? 0.5 : 1 } }} />
  );
  return (
    <Paper variant="outlined" sx={{ p: 2, maxWidth: 520 }}>
      <Stack spacing={2}>
        <Typography variant="body2">{translate(hintKey)}</Typography>
        {field('cap', 'rostering.policy.weeklyCap', 'weeklyCapMinutes')}
        {field('rest', 'rostering.policy.minRest', 'minRestMinutes')}
        {field('perDay', 'rostering.policy.maxPerDay', 'maxShiftsPerDay')}
        {field('noShows', 'rostering.policy.noShowLimit', 'noShowLimit')}
        <FormControlLabel control={<Switch checked={form.approval} onChange={(e) => setForm({ ...form, approval: e.target.checked })} />} label={translate('rostering.policy.swapApproval')} />
        <Typography variant="subtitle2" component="h3">{translate('rostering.policy.attendance')}</Typography>
        {field('opens', 'rostering.policy.checkInOpens', 'checkInOpensMinutes', String(DEFAULT_ATTENDANCE_POLICY.checkInOpensMinutes))}
        {field('grace', 'rostering.policy.lateGrace', 'lateGraceMinutes', String(DEFAULT_ATTENDANCE_POLICY.lateGraceMinutes))}
        {field('close', 'rostering.policy.closeGrace', 'closeGraceMinutes', String(DEFAULT_ATTENDANCE_POLICY.closeGraceMinutes))}
        {field('rounding', 'rostering.policy.rounding', 'roundingMinutes', String(DEFAULT_ATTENDANCE_POLICY.roundingMinutes))}
        <Box><Button variant="contained" onClick={save}>{translate('rostering.templates.save')}</Button></Box>
      </Stack>
    </Paper>
  );
}
