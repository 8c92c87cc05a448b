import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import {
  Datagrid, FunctionField, Labeled, List, NumberField, SearchInput, SelectInput, Show, SimpleShowLayout, TextField, TopToolbar,
  useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import { api } from '../../providers/http';
import { formatBaku } from '../../time';
import { DeliveryStatusChip } from './delivery-status-chip';
import { MAIL_TEMPLATES, readableTemplateCode } from './mail-templates';

const STATUSES = ['queued', 'sent', 'failed', 'suppressed'] as const;
const LOCALES = ['az', 'en', 'ru'] as const;

interface Delivery {
  id: string;
  template: string;
  locale: 'az' | 'en' | 'ru';
  toEmail: string;
  toName: string;
  status: (typeof STATUSES)[number];
  attempts: number;
  lastError: string | null;
  messageId: string;
  createdAt: string;
  sentAt: string | null;
  subject?: string;
  html?: string;
  text?: string;
}

/** A template's name in the console's language (mail-templates.spec.ts checks that every template has one). */
function useTemplateName() {
  const translate = useTranslate();
  return (template: string) => translate(`mail.deliveries.templates.${template}`, { _: readableTemplateCode(template) });
}

function useFilters() {
  const translate = useTranslate();
  const templateName = useTemplateName();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('mail.deliveries.search')} />,
    <SelectInput key="status" source="status" alwaysOn choices={STATUSES.map((id) => ({ id, name: translate(`mail.deliveries.statuses.${id}`) }))} />,
    <SelectInput key="template" source="template" choices={MAIL_TEMPLATES.map((id) => ({ id, name: templateName(id) }))} />,
    <SelectInput key="locale" source="locale" choices={LOCALES.map((id) => ({ id, name: translate(`mail.deliveries.locales.${id}`) }))} />,
  ];
}

function When({ field }: { field: 'createdAt' | 'sentAt' }) {
  const record = useRecordContext<Delivery>();
  const [locale] = useLocaleState();
  return <span>{formatBaku(record?.[field], locale)}</span>;
}

/** "Sent mail" (admins): every message, its status, attempts and reason; newest first. */
export function DeliveryList() {
  const templateName = useTemplateName();
  const translate = useTranslate();
  return (
    <List filters={useFilters()} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false} title={translate('mail.deliveries.title')}>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<Box p={2}>{translate('mail.deliveries.empty')}</Box>}>
        <FunctionField source="status" render={() => <DeliveryStatusChip />} />
        <FunctionField source="toEmail" sortable={false} render={(r: Delivery) => (
          <Stack><span>{r.toName}</span><Typography variant="caption" color="text.secondary">{r.toEmail}</Typography></Stack>
        )} />
        <FunctionField source="template" render={(r: Delivery) => templateName(r.template)} />
        <FunctionField source="locale" sortable={false} render={(r: Delivery) => r.locale.toUpperCase()} />
        <NumberField source="attempts" sortable={false} />
        <FunctionField source="createdAt" render={() => <When field="createdAt" />} />
      </Datagrid>
    </List>
  );
}

function RetryButton() {
  const record = useRecordContext<Delivery>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (record?.status !== 'failed') return null;
  const retry = async () => {
    setBusy(true);
    try {
      await api(`/notifications/deliveries/${record.id}/retry`, { method: 'POST' });
      notify('mail.deliveries.retried', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button startIcon={<ReplayIcon />} onClick={retry} disabled={busy}>{translate('mail.deliveries.retry')}</Button>;
}

/**
 * The message as the recipient sees it. The HTML runs in a sandboxed iframe (`sandbox=""`: no scripts,
 * no same-origin access, no forms) from `srcdoc`, so nothing in a mail can touch the console.
 */
function Preview() {
  const record = useRecordContext<Delivery>();
  const translate = useTranslate();
  if (!record?.html) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Labeled label="mail.deliveries.subject"><Typography data-testid="mail-subject">{record.subject}</Typography></Labeled>
      <Labeled label="mail.deliveries.html">
        <Box component="iframe" title={translate('mail.deliveries.html')} sandbox="" srcDoc={record.html} data-testid="mail-html"
          sx={{ width: '100%', maxWidth: 720, height: 560, border: '1px solid #e4e7ec', borderRadius: 1, bgcolor: '#fff' }} />
      </Labeled>
      <Labeled label="mail.deliveries.text">
        <Box component="pre" data-testid="mail-text" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 13, m: 0, p: 2, bgcolor: '#f8fafc', maxWidth: 720 }}>
          {record.text}
        </Box>
      </Labeled>
    </Stack>
  );
}

export function DeliveryShow() {
  const templateName = useTemplateName();
  const translate = useTranslate();
  return (
    <Show actions={<TopToolbar><RetryButton /></TopToolbar>} title={translate('mail.deliveries.title')}>
      <SimpleShowLayout>
        <FunctionField source="status" render={(r: Delivery) => (
          <Stack spacing={1} alignItems="flex-start">
            <DeliveryStatusChip />
            {r.lastError && r.status !== 'sent' && <Alert severity={r.status === 'failed' ? 'error' : 'info'}>{r.lastError}</Alert>}
          </Stack>
        )} />
        <FunctionField source="toEmail" render={(r: Delivery) => `${r.toName} <${r.toEmail}>`} />
        <FunctionField source="template" render={(r: Delivery) => templateName(r.template)} />
        <FunctionField source="locale" render={(r: Delivery) => translate(`mail.deliveries.locales.${r.locale}`)} />
        <NumberField source="attempts" />
        <FunctionField source="createdAt" render={() => <When field="createdAt" />} />
        <FunctionField source="sentAt" render={() => <When field="sentAt" />} />
        <TextField source="messageId" />
        <Preview />
      </SimpleShowLayout>
    </Show>
  );
}
