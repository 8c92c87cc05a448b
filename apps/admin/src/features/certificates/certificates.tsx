import { useEffect, useState, type ReactNode } from 'react';
import {
  AutocompleteInput, Datagrid, FilterButton, FunctionField, List, ListButton, NumberInput, ReferenceInput, SearchInput, SelectInput, Show, TopToolbar, useListContext,
  useLocaleState, useNotify, usePermissions, useRecordContext, useRedirect, useRefresh, useTranslate,
} from 'react-admin';
import {
  Box, Button, ButtonGroup, Card, CardContent, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Link, Stack, TextField, Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import BlockIcon from '@mui/icons-material/Block';
import EditNoteIcon from '@mui/icons-material/EditNote';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DataObjectIcon from '@mui/icons-material/DataObject';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { formatBaku } from '../../time';
import { CertificateStatusChip } from './my-certificates-page';
import { certificateFiles, certificatesApi, dateLabel, KINDS, localized, periodLabel, STATUSES, verifyLink, certificateHours, type Certificate } from './certificates-api';

/** Who may revoke and reissue (hr reads only; the API decides the place's scope). */
export const canManageCertificates = (me: Me | null | undefined) => hasRole(me, 'admin', 'coordinator', 'organizer');

const errorsOf = (e: unknown): Record<string, string> | undefined => (e as { body?: { errors?: Record<string, string> } }).body?.errors;

function useFilters() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  const [locale] = useLocaleState();
  const name = (r: { name?: Record<string, string> }) => localized(r?.name as never, locale);
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.certificates.fields.q')} />,
    <SelectInput key="status" source="status" alwaysOn emptyText={translate('certificates.staff.all')}
      choices={STATUSES.map((id) => ({ id, name: translate(`certificates.status.${id}`) }))} />,
    <ReferenceInput key="typeId" source="typeId" reference="certificate-types" perPage={100} alwaysOn>
      <AutocompleteInput optionText={name} label="resources.certificates.fields.typeId" />
    </ReferenceInput>,
    <SelectInput key="kind" source="kind" choices={KINDS.map((id) => ({ id, name: translate(`certificates.kinds.${id}`) }))} />,
    ...(hasRole(permissions, 'admin', 'hr', 'organizer')
      ? [<ReferenceInput key="eventId" source="eventId" reference="events" perPage={100}><AutocompleteInput optionText={name} /></ReferenceInput>]
      : []),
    ...(hasRole(permissions, 'admin', 'hr', 'coordinator')
      ? [<ReferenceInput key="centerId" source="centerId" reference="centers" perPage={100}><AutocompleteInput optionText={name} /></ReferenceInput>]
      : []),
    <NumberInput key="year" source="year" min={2020} max={2100} step={1} />,
  ];
}

/** CSV / Excel of what the list shows now (its filters), fetched with the token. */
function ExportButtons() {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      const filter = Object.fromEntries(Object.entries(filterValues ?? {}).filter(([, v]) => v !== '' && v !== null && v !== undefined).map(([k, v]) => [k, String(v)]));
      await certificateFiles.export(format, filter);
    } catch (e) {
      notify('certificates.files.downloadFailed', { type: 'error', messageArgs: { message: (e as Error).message } });
    } finally {
      setBusy(null);
    }
  };
  return (
    <ButtonGroup size="small" variant="outlined">
      {(['csv', 'xlsx'] as const).map((f) => (
        <Button key={f} startIcon={busy === f ? <CircularProgress size={14} /> : <DownloadIcon />} disabled={!!busy} onClick={() => void run(f)} data-testid={`certificates-export-${f}`}>
          {translate(f === 'csv' ? 'certificates.staff.exportCsv' : 'certificates.staff.exportXlsx')}
        </Button>
      ))}
    </ButtonGroup>
  );
}

function ListActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1 }}>
      <FilterButton />
      <ExportButtons />
    </TopToolbar>
  );
}

/** Staff's certificates: filters, serial, holder, type, hours, place, issued, status; CSV/XLSX of the filtered list. */
export function CertificateList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List filters={useFilters()} actions={<ListActions />} sort={{ field: 'issuedAt', order: 'DESC' }} exporter={false} perPage={50} title={translate('certificates.staff.title')}>
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="certificate-list" empty={<Box p={2}>{translate('certificates.staff.empty')}</Box>}>
        <FunctionField source="serial" render={(c: Certificate) => <span style={{ fontFamily: 'monospace' }} data-testid="certificate-serial">{c.serial}</span>} />
        <FunctionField source="holderName" render={(c: Certificate) => <span data-testid="certificate-holder">{c.holderName}</span>} />
        <FunctionField source="type" sortable={false} render={(c: Certificate) => localized(c.type.name, locale)} />
        <FunctionField source="minutes" render={(c: Certificate) => certificateHours(c.minutes, locale)} />
        <FunctionField source="place" sortable={false} render={(c: Certificate) => localized(c.place?.name, locale)} />
        <FunctionField source="issuedAt" render={(c: Certificate) => dateLabel(c.issuedAt)} />
        <FunctionField source="status" render={(c: Certificate) => <CertificateStatusChip status={c.status} />} />
      </Datagrid>
    </List>
  );
}

function RevokeDialog({ cert, open, onClose }: { cert: Certificate; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setReason('');
    setError(null);
  }, [open]);
  const submit = async () => {
    if (!reason.trim()) return setError(translate('certificates.staff.reasonRequired'));
    setBusy(true);
    try {
      await certificatesApi.revoke(cert.id, reason.trim());
      notify('certificates.staff.revoked', { type: 'success' });
      onClose();
      refresh();
    } catch (e) {
      setError(errorsOf(e)?.reason ?? (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('certificates.staff.revokeTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('certificates.staff.revokeHint')}</Typography>
        <TextField autoFocus fullWidth multiline minRows={2} required label={translate('certificates.staff.reason')} value={reason} onChange={(e) => setReason(e.target.value)}
          error={!!error} helperText={error} name="reason" slotProps={{ htmlInput: { maxLength: 500 } }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('certificates.staff.keep')}</Button>
        <Button color="error" variant="contained" onClick={() => void submit()} disabled={busy} data-testid="revoke-confirm">{translate('certificates.staff.revokeConfirm')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function ReissueDialog({ cert, open, onClose }: { cert: Certificate; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [holderName, setHolderName] = useState(cert.holderName);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setHolderName(cert.holderName);
    setReason('');
    setErrors({});
  }, [open, cert.holderName]);
  const submit = async () => {
    const missing: Record<string, string> = {};
    if (!holderName.trim()) missing.holderName = translate('ra.validation.required');
    if (!reason.trim()) missing.reason = translate('certificates.staff.reasonRequired');
    if (Object.keys(missing).length) return setErrors(missing);
    setBusy(true);
    try {
      const created = await certificatesApi.reissue(cert.id, holderName.trim(), reason.trim());
      notify('certificates.staff.reissued', { type: 'success', messageArgs: { serial: created.serial } });
      onClose();
      redirect('show', 'certificates', created.id);
    } catch (e) {
      const fields = errorsOf(e);
      if (fields) setErrors(fields);
      else setErrors({ reason: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('certificates.staff.reissueTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">{translate('certificates.staff.reissueHint')}</Typography>
          <TextField autoFocus fullWidth required label={translate('certificates.staff.holderName')} value={holderName} onChange={(e) => setHolderName(e.target.value)}
            error={!!errors.holderName} helperText={errors.holderName} name="holderName" slotProps={{ htmlInput: { maxLength: 200, lang: 'az' } }} />
          <TextField fullWidth multiline minRows={2} required label={translate('certificates.staff.reason')} value={reason} onChange={(e) => setReason(e.target.value)}
            error={!!errors.reason} helperText={errors.reason} name="reason" slotProps={{ htmlInput: { maxLength: 500 } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('certificates.staff.keep')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy} data-testid="reissue-confirm">{translate('certificates.staff.reissue')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function CertificateDetail() {
  const c = useRecordContext<Certificate>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Me>();
  const [revoking, setRevoking] = useState(false);
  const [reissuing, setReissuing] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  if (!c) return null;
  const row = (label: string, value: ReactNode, testId?: string) => (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} sx={{ py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 180 }}>{label}</Typography>
      <Box data-testid={testId} sx={{ overflowWrap: 'anywhere' }}>{value}</Box>
    </Stack>
  );
  const file = (key: string, action: () => Promise<void>) => async () => {
    setBusy(key);
    try {
      await action();
    } catch (e) {
      notify('certificates.files.downloadFailed', { type: 'error', messageArgs: { message: (e as Error).message } });
    } finally {
      setBusy(null);
    }
  };
  const icon = (key: string, fallback: ReactNode) => (busy === key ? <CircularProgress size={16} /> : fallback);
  const link = verifyLink(c);
  return (
    <Stack spacing={2} sx={{ p: 2 }} data-testid="certificate-detail" data-status={c.status}>
      <Card variant="outlined">
        <CardContent>
          {row(translate('certificates.fields.status'), <CertificateStatusChip status={c.status} />)}
          {c.status === 'revoked' && row(translate('certificates.fields.revokedReason'), `${dateLabel(c.revokedAt)} — ${c.revokedReason ?? ''}`, 'certificate-revoked')}
          {c.status === 'superseded' && c.supersededById &&
            row(translate('certificates.staff.supersededBy'), <Link component="button" onClick={() => redirect('show', 'certificates', c.supersededById ?? undefined)}>{translate('certificates.staff.openNew')}</Link>)}
          {row(translate('certificates.fields.serial'), <span style={{ fontFamily: 'monospace' }}>{c.serial}</span>, 'certificate-serial')}
          {row(translate('certificates.fields.holder'), <Typography sx={{ fontWeight: 600 }}>{c.holderName}</Typography>, 'certificate-holder')}
          {row(translate('certificates.fields.type'), `${localized(c.type.name, locale)} · ${translate(`certificates.kinds.${c.type.kind}`)}`)}
          {row(translate('certificates.fields.hours'), certificateHours(c.minutes, locale))}
          {c.roles.length > 0 && row(translate('certificates.fields.roles'), c.roles.map((r) => localized(r, locale)).join(', '))}
          {c.place && row(translate('certificates.fields.place'), localized(c.place.name, locale))}
          {(c.periodFrom || c.periodTo) && row(translate('certificates.fields.period'), periodLabel(c.periodFrom, c.periodTo))}
          {row(translate('certificates.fields.issuedAt'), formatBaku(c.issuedAt, locale))}
          {row(translate('certificates.fields.issuedBy'), c.issuedByName ?? translate(c.issuedBy ? 'certificates.staff.byStaff' : 'certificates.staff.automatic'))}
          {row(translate('certificates.fields.verifyLink'), <Link href={link} target="_blank" rel="noopener noreferrer" data-testid="certificate-verify-link">{link} <OpenInNewIcon sx={{ fontSize: 14, verticalAlign: 'middle' }} /></Link>)}
        </CardContent>
      </Card>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
        <Button variant="outlined" startIcon={icon('az-en', <PictureAsPdfIcon />)} disabled={!!busy} onClick={() => void file('az-en', () => certificateFiles.pdf(c, 'az-en'))()}
          data-testid="staff-pdf-az-en">{translate('certificates.files.pdfAzEn')}</Button>
        <Button variant="outlined" startIcon={icon('az-ru', <PictureAsPdfIcon />)} disabled={!!busy} onClick={() => void file('az-ru', () => certificateFiles.pdf(c, 'az-ru'))()}
          data-testid="staff-pdf-az-ru">{translate('certificates.files.pdfAzRu')}</Button>
        <Button variant="outlined" startIcon={icon('json', <DataObjectIcon />)} disabled={!!busy} onClick={() => void file('json', () => certificateFiles.credential(c))()}
          data-testid="staff-credential">{translate('certificates.files.credential')}</Button>
      </Stack>
      {canManageCertificates(permissions) && c.status === 'valid' && (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
          <Button variant="outlined" color="error" startIcon={<BlockIcon />} onClick={() => setRevoking(true)} data-testid="certificate-revoke">{translate('certificates.staff.revoke')}</Button>
          <Button variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setReissuing(true)} data-testid="certificate-reissue">{translate('certificates.staff.reissue')}</Button>
        </Stack>
      )}
      <RevokeDialog cert={c} open={revoking} onClose={() => setRevoking(false)} />
      <ReissueDialog cert={c} open={reissuing} onClose={() => setReissuing(false)} />
    </Stack>
  );
}

export function CertificateShow() {
  const translate = useTranslate();
  return (
    <Show title={translate('certificates.staff.detail')} actions={<TopToolbar><ListButton label="certificates.staff.back" /></TopToolbar>}>
      <CertificateDetail />
    </Show>
  );
}
