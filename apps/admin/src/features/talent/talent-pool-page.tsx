import { Fragment, useCallback, useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Title, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Chip, CircularProgress, Collapse, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, List, ListItem, ListItemButton,
  ListItemText, Menu, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, TextField, Tooltip, Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useTalentFormat } from './format';
import { DmyDateField } from '../../layout/date-field';
import { talentApi, type FitScore, type PoolFilters, type PoolRow, type SavedSearch } from './talent-api';

const LANGUAGES = ['en', 'ru', 'az', 'tr', 'de', 'fr', 'ar', 'fa', 'zh', 'es', 'it', 'ka'];
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const EDUCATION = ['secondary', 'vocational', 'bachelor_student', 'bachelor', 'master_student', 'master', 'doctorate'];
const AVAILABILITY = ['full_time', 'part_time', 'project', 'not_available'];
const SORTS = ['fitScore', 'approvedHours', 'hours12m', 'attendance', 'rating', 'alumniSince', 'fullName'];
const FILTER_KEYS: (keyof PoolFilters)[] = [
  'q', 'vacancyId', 'minHours', 'minHours12m', 'minAttendance', 'maxNoShows', 'minRating', 'languages', 'centerId', 'positionCode', 'certificateType',
  'educationLevel', 'region', 'availability', 'alumniSinceFrom', 'alumniSinceTo', 'sort', 'order',
];

/** The fit score and, opened, each part: value × weight = points — so HR can explain the ranking. */
export function FitParts({ fit }: { fit: FitScore }) {
  const translate = useTranslate();
  const f = useTalentFormat();
  return (
    <Box data-testid="fit-parts">
      {fit.parts.map((p) => (
        <Typography key={p.part} variant="body2" data-testid={`fit-part-${p.part}`}>
          {translate('talent.partLine', { part: translate(`talent.parts.${p.part}`), value: f.n(p.value), weight: p.weight, points: f.n(p.points) })}
        </Typography>
      ))}
      <Typography variant="caption" color="text.secondary">{translate('talent.fitExplain')}</Typography>
    </Box>
  );
}

function AddToVacancy({ volunteerId }: { volunteerId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [vacancies, setVacancies] = useState<{ id: string; title: string }[] | null>(null);
  const open = async (el: HTMLElement) => {
    setAnchor(el);
    if (!vacancies) setVacancies(await talentApi.openVacancies().then((r) => r.data).catch(() => []));
  };
  const add = async (vacancyId: string) => {
    setAnchor(null);
    try {
      await talentApi.addToVacancy(vacancyId, volunteerId);
      notify('talent.added', { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Tooltip title={translate('talent.addToVacancy')}>
        <IconButton size="small" aria-label={translate('talent.addToVacancy')} onClick={(e) => void open(e.currentTarget)} data-testid="add-to-vacancy"><PersonAddIcon fontSize="small" /></IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem disabled dense>{translate('talent.addPick')}</MenuItem>
        {vacancies === null && <MenuItem disabled><CircularProgress size={16} /></MenuItem>}
        {vacancies?.length === 0 && <MenuItem disabled>{translate('talent.noVacancies')}</MenuItem>}
        {vacancies?.map((v) => <MenuItem key={v.id} onClick={() => void add(v.id)} data-testid="vacancy-option">{v.title}</MenuItem>)}
      </Menu>
    </>
  );
}

function PoolRowView({ row }: { row: PoolRow }) {
  const translate = useTranslate();
  const f = useTalentFormat();
  const [open, setOpen] = useState(false);
  return (
    <Fragment>
      <TableRow hover data-testid="pool-row">
        <TableCell>
          <RouterLink to={`/talent-pool/${row.id}`} data-testid="pool-name">{row.fullName}</RouterLink>
        </TableCell>
        <TableCell>
          <Tooltip title={<FitParts fit={row.fit} />}>
            <Button size="small" onClick={() => setOpen(!open)} endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />} data-testid="fit-score">
              {f.n(row.fit.score)}
            </Button>
          </Tooltip>
        </TableCell>
        <TableCell align="right">{f.hours(row.approvedMinutes)}</TableCell>
        <TableCell align="right">{f.hours(row.minutes12m)}</TableCell>
        <TableCell align="right">{row.attendancePercent === null ? '—' : `${f.n(row.attendancePercent)} %`}</TableCell>
        <TableCell align="right">{row.noShows}</TableCell>
        <TableCell align="right">{row.ratingAverage === null ? '—' : f.n(row.ratingAverage)}</TableCell>
        <TableCell>{row.languages.map((l) => <Chip key={l.language} size="small" label={`${l.language.toUpperCase()} ${l.level}`} sx={{ mr: 0.5 }} />)}</TableCell>
        <TableCell>{row.region ?? '—'}</TableCell>
        <TableCell>{f.date(row.alumniSince)}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <Button size="small" component={RouterLink} to={`/talent-pool/${row.id}`}>{translate('talent.evidence')}</Button>
          <AddToVacancy volunteerId={row.id} />
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={11} sx={{ py: 0, borderBottom: open ? undefined : 'none' }}>
          <Collapse in={open} unmountOnExit><Box sx={{ py: 1 }}><FitParts fit={row.fit} /></Box></Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
}

function SavedSearches({ filters, onApply }: { filters: PoolFilters; onApply: (f: PoolFilters) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [items, setItems] = useState<SavedSearch[]>([]);
  const [dialog, setDialog] = useState(false);
  const [name, setName] = useState('');
  const load = useCallback(() => void talentApi.saved().then((r) => setItems(r.data)).catch(() => setItems([])), []);
  useEffect(load, [load]);
  const save = async () => {
    try {
      await talentApi.save(name.trim(), filters);
      notify('talent.saved.savedOk', { type: 'success' });
      setDialog(false);
      setName('');
      load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 1, minWidth: 240 }} data-testid="saved-searches">
      <Typography variant="subtitle2">{translate('talent.saved.title')}</Typography>
      {items.length === 0 && <Typography variant="body2" color="text.secondary">{translate('talent.saved.none')}</Typography>}
      <List dense>
        {items.map((s) => (
          <ListItem key={s.id} disablePadding secondaryAction={
            <IconButton edge="end" size="small" aria-label={translate('talent.saved.remove')} onClick={() => void talentApi.removeSaved(s.id).then(() => { notify('talent.saved.removed'); load(); })}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          }>
            <ListItemButton onClick={() => onApply(s.filters)} data-testid="saved-search"><ListItemText primary={s.name} /></ListItemButton>
          </ListItem>
        ))}
      </List>
      <Button size="small" onClick={() => setDialog(true)} data-testid="save-search">{translate('talent.saved.save')}</Button>
      <Dialog open={dialog} onClose={() => setDialog(false)}>
        <DialogTitle>{translate('talent.saved.save')}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth label={translate('talent.saved.name')} value={name} onChange={(e) => setName(e.target.value)} sx={{ mt: 1 }}
            slotProps={{ htmlInput: { maxLength: 100, 'data-testid': 'saved-search-name' } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialog(false)}>{translate('ra.action.cancel')}</Button>
          <Button onClick={() => void save()} disabled={!name.trim()} variant="contained" data-testid="saved-search-confirm">{translate('ra.action.save')}</Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}

/**
 * "İstedad bazası": alumni with a live job-pool consent, filtered and ranked by the transparent fit score.
 * The filters live in the address (a link or a saved search reproduces the list).
 */
export function TalentPoolPage() {
  const translate = useTranslate();
  const f = useTalentFormat();
  const [params, setParams] = useSearchParams();
  const filters: PoolFilters = Object.fromEntries(FILTER_KEYS.filter((k) => params.get(k)).map((k) => [k, params.get(k)!]));
  const page = Number(params.get('page') ?? '1') || 1;
  const perPage = Number(params.get('perPage') ?? '25') || 25;
  const [draft, setDraft] = useState<PoolFilters>(filters);
  const [more, setMore] = useState(false);
  const [data, setData] = useState<{ data: PoolRow[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [centers, setCenters] = useState<{ id: string; name: { az: string; en: string; ru: string } }[]>([]);
  const [vacancies, setVacancies] = useState<{ id: string; title: string }[]>([]);
  const key = params.toString();
  useEffect(() => {
    setData(null);
    setError(null);
    talentApi.pool(filters, page, perPage).then(setData).catch((e: Error) => setError(e.message));
  }, [key]);
  useEffect(() => {
    void talentApi.centers().then((r) => setCenters(r.data)).catch(() => undefined);
    void talentApi.openVacancies().then((r) => setVacancies(r.data)).catch(() => undefined);
  }, []);
  const apply = (next: PoolFilters, nextPage = 1, nextPerPage = perPage) => {
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== ''));
    setDraft(clean);
    setParams({ ...clean, page: String(nextPage), perPage: String(nextPerPage) });
  };
  const [lang, level] = (draft.languages ?? '').split(':');
  // The console's language names (the rostering catalogue has every code the pool offers); an unknown code stays as is.
  const langName = (code: string) => translate(`rostering.langs.${code}`, { _: code });
  const field = (k: keyof PoolFilters, label: string, extra: { type?: string; width?: number } = {}) => (
    <TextField size="small" label={translate(label)} value={draft[k] ?? ''} type={extra.type ?? 'text'} sx={{ width: extra.width ?? 170 }}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} slotProps={{ htmlInput: { 'data-testid': `filter-${k}` }, inputLabel: extra.type === 'date' ? { shrink: true } : undefined }} />
  );
  const select = (k: keyof PoolFilters, label: string, options: { value: string; label: string }[], width = 190) => (
    <TextField select size="small" label={translate(label)} value={draft[k] ?? ''} sx={{ width }} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
      slotProps={{ htmlInput: { 'data-testid': `filter-${k}` } }}>
      <MenuItem value="">{translate('talent.filters.any')}</MenuItem>
      {options.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
    </TextField>
  );
  return (
    // contain inline-size: the 11-column table must not widen the layout past the screen (1400 px with the menu was
    // 1580 wide) — its own TableContainer scrolls instead.
    <Box sx={{ p: 1, contain: 'inline-size' }}>
      <Title title="talent.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('talent.intro')}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Box component="form" onSubmit={(e) => { e.preventDefault(); apply(draft); }}>
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 1, alignItems: 'center' }}>
              {field('q', 'talent.filters.q')}
              <TextField select size="small" label={translate('talent.filters.language')} value={lang ?? ''} sx={{ width: 170 }}
                onChange={(e) => setDraft({ ...draft, languages: e.target.value ? `${e.target.value}:${level || 'B2'}` : '' })} slotProps={{ htmlInput: { 'data-testid': 'filter-language' } }}>
                <MenuItem value="">{translate('talent.filters.any')}</MenuItem>
                {LANGUAGES.map((x) => <MenuItem key={x} value={x}>{langName(x)}</MenuItem>)}
              </TextField>
              <TextField select size="small" label={translate('talent.filters.level')} value={level ?? ''} sx={{ width: 110 }} disabled={!lang}
                onChange={(e) => setDraft({ ...draft, languages: `${lang}:${e.target.value}` })} slotProps={{ htmlInput: { 'data-testid': 'filter-level' } }}>
                {LEVELS.map((x) => <MenuItem key={x} value={x}>≥ {x}</MenuItem>)}
              </TextField>
              {field('minHours', 'talent.filters.minHours', { type: 'number' })}
              {field('minHours12m', 'talent.filters.minHours12m', { type: 'number', width: 200 })}
              {field('minAttendance', 'talent.filters.minAttendance', { type: 'number' })}
              <TextField select size="small" label={translate('talent.filters.vacancy')} value={draft.vacancyId ?? ''} sx={{ width: 260 }}
                onChange={(e) => setDraft({ ...draft, vacancyId: e.target.value })} slotProps={{ htmlInput: { 'data-testid': 'filter-vacancyId' } }}>
                <MenuItem value="">{translate('talent.filters.noVacancy')}</MenuItem>
                {vacancies.map((v) => <MenuItem key={v.id} value={v.id}>{v.title}</MenuItem>)}
              </TextField>
              {select('sort', 'talent.filters.sort', SORTS.map((s) => ({ value: s, label: translate(`talent.sorts.${s}`) })), 200)}
              <Button size="small" onClick={() => setMore(!more)}>{translate(more ? 'talent.filters.less' : 'talent.filters.more')}</Button>
            </Stack>
            <Collapse in={more}>
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 1 }}>
                {field('maxNoShows', 'talent.filters.maxNoShows', { type: 'number' })}
                {field('minRating', 'talent.filters.minRating', { type: 'number', width: 200 })}
                {select('centerId', 'talent.filters.center', centers.map((c) => ({ value: c.id, label: f.name(c.name) })), 260)}
                {field('positionCode', 'talent.filters.positionCode')}
                {field('certificateType', 'talent.filters.certificateType', { width: 200 })}
                {select('educationLevel', 'talent.filters.educationLevel', EDUCATION.map((e) => ({ value: e, label: translate(`talent.education.${e}`) })))}
                {field('region', 'talent.filters.region')}
                {select('availability', 'talent.filters.availability', AVAILABILITY.map((a) => ({ value: a, label: translate(`talent.availabilityKinds.${a}`) })))}
                <DmyDateField size="small" clearable label={translate('talent.filters.alumniSinceFrom')} value={draft.alumniSinceFrom ?? ''} sx={{ width: 200 }}
                  onChange={(v) => setDraft({ ...draft, alumniSinceFrom: v })} testId="filter-alumniSinceFrom" />
                <DmyDateField size="small" clearable label={translate('talent.filters.alumniSinceTo')} value={draft.alumniSinceTo ?? ''} sx={{ width: 200 }}
                  onChange={(v) => setDraft({ ...draft, alumniSinceTo: v })} testId="filter-alumniSinceTo" />
              </Stack>
            </Collapse>
            <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
              <Button type="submit" variant="contained" size="small" data-testid="pool-search">{translate('talent.filters.search')}</Button>
              <Button size="small" onClick={() => apply({})}>{translate('talent.filters.reset')}</Button>
            </Stack>
          </Box>
          {error && <Alert severity="error">{error}</Alert>}
          {!data && !error && <CircularProgress size={24} />}
          {data && (
            <Paper variant="outlined">
              <Typography variant="body2" sx={{ p: 1 }} data-testid="pool-total">{translate('talent.total', { total: data.total })}</Typography>
              {data.data.length === 0 ? <Typography sx={{ p: 2 }} color="text.secondary">{translate('talent.empty')}</Typography> : (
                <TableContainer>
                  <Table size="small">
                    <TableHead>
                      <TableRow>
                        {['fullName', 'fit', 'hours', 'hours12m', 'attendance', 'noShows', 'rating', 'languages', 'region', 'alumniSince', 'actions'].map((c) => (
                          <TableCell key={c} align={['hours', 'hours12m', 'attendance', 'noShows', 'rating'].includes(c) ? 'right' : 'left'}>{c === 'actions' ? '' : translate(`talent.columns.${c}`)}</TableCell>
                        ))}
                      </TableRow>
                    </TableHead>
                    <TableBody>{data.data.map((r) => <PoolRowView key={r.id} row={r} />)}</TableBody>
                  </Table>
                </TableContainer>
              )}
              <TablePagination component="div" count={data.total} page={page - 1} rowsPerPage={perPage} rowsPerPageOptions={[10, 25, 50, 100]}
                onPageChange={(_, p) => apply(filters, p + 1)} onRowsPerPageChange={(e) => apply(filters, 1, Number(e.target.value))}
                labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
                labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
                getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)} />
            </Paper>
          )}
        </Box>
        <SavedSearches filters={filters} onApply={(s) => apply(s)} />
      </Stack>
    </Box>
  );
}
