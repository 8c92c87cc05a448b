import { Datagrid, FunctionField, List, SearchInput, TextInput, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { formatBaku } from '../../time';
import { auditSentence, type AuditEntry } from './audit-sentence';

/** "Aysel Məmmədova (koordinator) Tural Məmmədovun növbəsini ləğv etdi · 06.12.2026 14:05"; the action's code only as a tooltip (for the action filter). */
function Sentence() {
  const record = useRecordContext<AuditEntry & { at: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <span data-testid="audit-sentence" title={record.action} data-action={record.action}>
      <Typography component="span" variant="body2">{auditSentence(record, translate, locale, (iso) => formatBaku(iso, locale))}</Typography>
      <Typography component="span" variant="body2" color="text.secondary">{` · ${formatBaku(record.at, locale)}`}</Typography>
    </span>
  );
}

/** Read-only: who did what to whom, when, in the reader's language. Entries are never edited. */
export function AuditList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />, <TextInput key="entity" source="entity" />, <TextInput key="action" source="action" />]}
      sort={{ field: 'at', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField source="at" sortBy="at" label="audit.sentenceColumn" render={() => <Sentence />} />
      </Datagrid>
    </List>
  );
}
