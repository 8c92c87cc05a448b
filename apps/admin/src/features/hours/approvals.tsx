import { useEffect, useState } from 'react';
import {
  Datagrid, FunctionField, List, ReferenceInput, SearchInput, SelectInput, Show, TopToolbar, AutocompleteInput, useListContext, useLocaleState, useNotify,
  usePermissions, useRecordContext, useRefresh, useTranslate, useUnselectAll, Button as RaButton, ListButton,
} from 'react-admin';
import {
  Badge, Box, Button, Card, CardActionArea, CardContent, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, useMediaQuery, type Theme,
} from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import EditIcon from '@mui/icons-material/Edit';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { useLocation, useNavigate } from 'react-router-dom';
import { DmyDateInput } from '../../layout/date-field';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { formatBaku } from '../../time';
import { FlagChips, StatusChip } from './hour-chips';
import { dateLabel, formatMinutes, hoursApi, type HourEntry, type HourEntryDetail, type Lang } from './hours-api';

const STATUSES = ['pending', 'approved', 'rejected'] as const;
/** Said on `window` after a decision, so the menu's badge counts again at once. */
const DECIDED_EVENT = 'dost:hours-decided';

/** The pending count as a badge on the menu icon: fetched on each navigation and every minute. */
export function PendingHoursIcon() {
  const [count, setCount] = useState(0);
  const { pathname } = useLocation();
  useEffect(() => {
    let live = true;
    const load = () => hoursApi.pendingCount().then((r) => live && setCount(r.count), () => undefined);
    void load();
    const timer = setInterval(load, 60_000);
    const onDecided = () => void load();
    window.addEventListener(DECIDED_EVENT, onDecided);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(DECIDED_EVENT, onDecided);
    };
  }, [pathname]);
  return (
    <Badge badgeContent={count} color="error" max={999} data-testid="pending-hours-badge" data-count={count}>
      <FactCheckIcon />
    </Badge>
  );
}

function useFilters() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const name = (r: { name?: Record<Lang, string> }) => r?.name?.[l] ?? r?.name?.az ?? '';
  return [
    <SelectInput key="status" source="status" alwaysOn emptyText={translate('hours.approvals.all')}
      choices={STATUSES.map((id) => ({ id, name: translate(`hours.status.${id}`) }))} />,
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.hour-entries.fields.q')} />,
    ...(hasRole(permissions, 'admin', 'hr', 'coordinator')
      ? [<ReferenceInput key="centerId" source="centerId" reference="centers" perPage={100}><AutocompleteInput optionText={name} /></ReferenceInput>]
      : []),
    ...(hasRole(permissions, 'admin', 'hr', 'organizer')
      ? [<ReferenceInput key="eventId" source="eventId" reference="events" perPage={100}><AutocompleteInput optionText={name} /></ReferenceInput>]
      : []),
    <DmyDateInput key="from" source="from" />,
    <DmyDateInput key="to" source="to" />,
  ];
}

async function decide(ids: string[], decision: 'approved' | 'rejected', reason: string | undefined, translate: ReturnType<typeof useTranslate>, notify: ReturnType<typeof useNotify>) {
  const r = await hoursApi.decide(ids, decision, reason);
  window.dispatchEvent(new Event(DECIDED_EVENT));
  const done = translate(decision === 'approved' ? 'hours.approvals.approvedDone' : 'hours.approvals.rejectedDone', { smart_count: r.changed.length });
  const skipped = r.unchanged.length + r.missing.length > 0 ? ` ${translate('hours.approvals.skipped', { unchanged: r.unchanged.length, missing: r.missing.length })}` : '';
  notify(`${done}${skipped}`, { type: skipped ? 'warning' : 'success' });
}

/** Asks for the reason of a rejection (required: the volunteer reads it); the API's field error shows under it. */
function RejectDialog({ open, onClose, onReject }: { open: boolean; onClose: () => void; onReject: (reason: string) => Promise<void> }) {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setReason('');
    setError(null);
  }, [open]);
  const submit = async () => {
    setBusy(true);
    try {
      await onReject(reason);
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      setError(body?.errors?.reason ?? (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('hours.approvals.rejectTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('hours.approvals.rejectHint')}</Typography>
        <TextField autoFocus fullWidth multiline minRows={2} label={translate('hours.approvals.reason')} value={reason} onChange={(e) => setReason(e.target.value)}
          error={!!error} helperText={error} name="reason" slotProps={{ htmlInput: { maxLength: 500 } }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button color="error" variant="contained" onClick={() => void submit()} disabled={busy} data-testid="reject-confirm">{translate('hours.approvals.reject')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function BulkDecide() {
  const { selectedIds, resource } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = selectedIds.map(String);
  const after = () => (unselectAll(), refresh());
  const approve = async () => {
    setBusy(true);
    try {
      await decide(ids, 'approved', undefined, translate, notify);
      after();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <RaButton label="hours.approvals.approve" onClick={() => void approve()} disabled={busy} data-testid="bulk-approve"><CheckIcon /></RaButton>
      <RaButton label="hours.approvals.reject" onClick={() => setRejecting(true)} disabled={busy} color="error" data-testid="bulk-reject"><CloseIcon /></RaButton>
      <RejectDialog open={rejecting} onClose={() => setRejecting(false)} onReject={async (reason) => {
        await decide(ids, 'rejected', reason, translate, notify);
        setRejecting(false);
        after();
      }} />
    </>
  );
}

function Minutes({ e }: { e: HourEntry }) {
  const [locale] = useLocaleState();
  return (
    <Stack>
      <span>{formatMinutes(e.minutes, locale)}</span>
      {e.minutes !== e.originalMinutes && <Typography variant="caption" color="text.secondary" sx={{ textDecoration: 'line-through' }}>{formatMinutes(e.originalMinutes, locale)}</Typography>}
    </Stack>
  );
}

/**
 * The queue on a phone (390 px): one card per entry — who, when, where, how long, flags — with its checkbox;
 * Approve / Reject for the selection stay at the top while one is made. A card opens the entry.
 */
function PhoneQueue({ canDecide }: { canDecide: boolean }) {
  const { data, selectedIds, onToggleItem, onSelect, isPending, resource } = useListContext<HourEntry>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  if (isPending) return null;
  if (!data?.length) return <Box p={2}>{translate('hours.approvals.empty')}</Box>;
  const all = data.length > 0 && data.every((e) => selectedIds.includes(e.id));
  return (
    <Stack spacing={1} sx={{ p: 1 }} data-testid="hour-approvals">
      {canDecide && (
        <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1, position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', py: 0.5 }}>
          <Checkbox checked={all} indeterminate={!all && selectedIds.length > 0} onChange={() => onSelect(all ? [] : data.map((e) => e.id))}
            slotProps={{ input: { 'aria-label': translate('ra.action.select_all') } }} data-testid="queue-select-all" />
          <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }}>
            {selectedIds.length ? translate('ra.action.bulk_actions', { smart_count: selectedIds.length }) : translate('ra.action.select_all')}
          </Typography>
          {selectedIds.length > 0 && <BulkDecide />}
        </Stack>
      )}
      {data.map((e) => (
        <Card key={e.id} variant="outlined" data-testid="hour-entry-card" data-status={e.status}
          sx={{ display: 'flex', alignItems: 'flex-start', borderColor: selectedIds.includes(e.id) ? 'primary.main' : undefined }}>
          {canDecide && (
            <Checkbox checked={selectedIds.includes(e.id)} onChange={() => onToggleItem(e.id)} sx={{ mt: 0.5 }}
              slotProps={{ input: { 'aria-label': e.volunteerName } }} />
          )}
          <CardActionArea onClick={() => void navigate(`/${resource}/${e.id}/show`)} sx={{ minWidth: 0 }}>
            <CardContent sx={{ py: 1, pl: canDecide ? 0 : 2, '&:last-child': { pb: 1 } }}>
              <Stack direction="row" sx={{ gap: 1, alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}>
                <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }} data-testid="hour-volunteer">{e.volunteerName}</Typography>
                <Minutes e={e} />
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                {dateLabel(e.workDate)} · {e.place.name[l]} · {e.positionName?.[l] ?? translate(`hours.categories.${e.category}`)}
              </Typography>
              <Stack direction="row" sx={{ gap: 0.5, mt: 0.5, flexWrap: 'wrap' }}>
                <StatusChip status={e.status} />
                <FlagChips flags={e.flags} />
              </Stack>
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Stack>
  );
}

/** The approval queue: filters, checkboxes, bulk Approve / Reject; a row opens the entry with its history. */
export function HourEntryList() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  // HR reads the ledger but does not decide (the API refuses it too).
  const canDecide = hasRole(permissions, 'admin', 'coordinator', 'organizer');
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={useFilters()} filterDefaultValues={{ status: 'pending' }} sort={{ field: 'workDate', order: 'ASC' }} exporter={false} perPage={50}
      title={translate('hours.approvals.title')}>
      {phone ? <PhoneQueue canDecide={canDecide} /> : <Datagrid rowClick="show" bulkActionButtons={canDecide ? <BulkDecide /> : false} data-testid="hour-approvals" empty={<Box p={2}>{translate('hours.approvals.empty')}</Box>}>
        <FunctionField source="workDate" render={(e: HourEntry) => dateLabel(e.workDate)} />
        <FunctionField source="volunteerName" render={(e: HourEntry) => <span data-testid="hour-volunteer">{e.volunteerName}</span>} />
        <FunctionField source="place" sortable={false} render={(e: HourEntry) => e.place.name[l]} />
        <FunctionField source="positionName" sortable={false} render={(e: HourEntry) => e.positionName?.[l] ?? translate(`hours.categories.${e.category}`)} />
        <FunctionField source="minutes" render={(e: HourEntry) => <Minutes e={e} />} />
        <FunctionField source="flags" sortable={false} render={(e: HourEntry) => <FlagChips flags={e.flags} />} />
        {/* Not sortable: the queue is filtered by status already, and the last column's sort button sat under the
            collapsed bulk-action bar (axe: target size below 24 px). */}
        <FunctionField source="status" sortable={false} render={(e: HourEntry) => <StatusChip status={e.status} />} />
      </Datagrid>}
    </List>
  );
}

function CorrectDialog({ entry, open, onClose }: { entry: HourEntryDetail; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [minutes, setMinutes] = useState(String(entry.minutes));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setMinutes(String(entry.minutes));
    setReason('');
    setErrors({});
  }, [open, entry.minutes]);
  const save = async () => {
    setBusy(true);
    try {
      await hoursApi.correct(entry.id, Number(minutes), reason);
      notify('hours.approvals.corrected', { type: 'success' });
      onClose();
      refresh();
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) setErrors(body.errors);
      else notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate('hours.approvals.correctTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">{translate('hours.approvals.correctHint')}</Typography>
          <TextField type="number" label={translate('hours.approvals.newMinutes')} value={minutes} onChange={(e) => setMinutes(e.target.value)} name="minutes"
            error={!!errors.minutes} helperText={errors.minutes} slotProps={{ htmlInput: { min: 0, max: 1440 } }} />
          <TextField label={translate('hours.approvals.reason')} value={reason} onChange={(e) => setReason(e.target.value)} name="reason" multiline minRows={2}
            error={!!errors.reason} helperText={errors.reason} slotProps={{ htmlInput: { maxLength: 500 } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy} data-testid="correct-save">{translate('ra.action.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function EntryDetail() {
  const e = useRecordContext<HourEntryDetail>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const { permissions } = usePermissions<Me>();
  const [correcting, setCorrecting] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  if (!e) return null;
  const canDecide = hasRole(permissions, 'admin', 'coordinator', 'organizer');
  const row = (label: string, value: React.ReactNode) => (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} sx={{ py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 180 }}>{label}</Typography>
      <Box>{value}</Box>
    </Stack>
  );
  const approve = async () => {
    try {
      await decide([e.id], 'approved', undefined, translate, notify);
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={2} sx={{ p: 2 }} data-testid="hour-entry-detail">
      <Card variant="outlined">
        <CardContent>
          {row(translate('resources.hour-entries.fields.volunteerName'), <Typography sx={{ fontWeight: 600 }}>{e.volunteerName}</Typography>)}
          {row(translate('resources.hour-entries.fields.workDate'), dateLabel(e.workDate))}
          {row(translate('resources.hour-entries.fields.place'), e.place.name[l])}
          {row(translate('resources.hour-entries.fields.positionName'), `${e.positionName?.[l] ?? translate(`hours.categories.${e.category}`)} · ${translate(`hours.approvals.source.${e.source}`)}`)}
          {row(translate('resources.hour-entries.fields.minutes'), <span data-testid="entry-minutes">{formatMinutes(e.minutes, locale)}</span>)}
          {e.minutes !== e.originalMinutes && row(translate('hours.approvals.original'), formatMinutes(e.originalMinutes, locale))}
          {row(translate('resources.hour-entries.fields.status'), <StatusChip status={e.status} />)}
          {e.decisionReason && row(translate('hours.approvals.reason'), e.decisionReason)}
          {e.decidedByName && row(translate('hours.approvals.decidedBy'), `${e.decidedByName}, ${formatBaku(e.decidedAt, locale)}`)}
          {e.note && row(translate('hours.approvals.note'), <Typography sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{e.note}</Typography>)}
          {e.flags.length > 0 && row(translate('resources.hour-entries.fields.flags'), <FlagChips flags={e.flags} />)}
        </CardContent>
      </Card>
      {canDecide && (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
          {e.status !== 'approved' && <Button variant="contained" color="success" startIcon={<CheckIcon />} onClick={() => void approve()} data-testid="entry-approve">{translate('hours.approvals.approve')}</Button>}
          {e.status !== 'rejected' && <Button variant="outlined" color="error" startIcon={<CloseIcon />} onClick={() => setRejecting(true)} data-testid="entry-reject">{translate('hours.approvals.reject')}</Button>}
          <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setCorrecting(true)} data-testid="entry-correct">{translate('hours.approvals.correct')}</Button>
        </Stack>
      )}
      <Box>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{translate('hours.approvals.history')}</Typography>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="entry-history">
            <TableHead>
              <TableRow>
                <TableCell>{translate('hours.approvals.when')}</TableCell>
                <TableCell>{translate('hours.approvals.action')}</TableCell>
                <TableCell>{translate('resources.hour-entries.fields.minutes')}</TableCell>
                <TableCell>{translate('hours.approvals.by')}</TableCell>
                <TableCell>{translate('hours.approvals.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(e.history ?? []).map((c) => (
                <TableRow key={c.id} data-action={c.action}>
                  <TableCell>{formatBaku(c.at, locale)}</TableCell>
                  <TableCell>{translate(`hours.approvals.actions.${c.action}`)}</TableCell>
                  <TableCell>{c.fromMinutes !== null && c.fromMinutes !== c.toMinutes ? `${formatMinutes(c.fromMinutes, locale)} → ` : ''}{formatMinutes(c.toMinutes, locale)}</TableCell>
                  <TableCell>{c.byName ?? translate('hours.approvals.system')}</TableCell>
                  <TableCell>{c.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </Box>
      <CorrectDialog entry={e} open={correcting} onClose={() => setCorrecting(false)} />
      <RejectDialog open={rejecting} onClose={() => setRejecting(false)} onReject={async (reason) => {
        await decide([e.id], 'rejected', reason, translate, notify);
        setRejecting(false);
        refresh();
      }} />
    </Stack>
  );
}

export function HourEntryShow() {
  const translate = useTranslate();
  return (
    <Show title={translate('hours.approvals.detail')} actions={<TopToolbar><ListButton label="hours.approvals.back" /></TopToolbar>}>
      <EntryDetail />
    </Show>
  );
}

