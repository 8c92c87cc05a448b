import { Datagrid, FunctionField, List, SearchInput, TextField, TextInput, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatBaku } from '../../time';

function At() {
  const record = useRecordContext<{ at: string }>();
  const [locale] = useLocaleState();
  return <span>{formatBaku(record?.at, locale)}</span>;
}

/** The object's name in the reader's language; an object the catalogue does not know yet shows its code. */
function Entity() {
  const record = useRecordContext<{ entity: string }>();
  const translate = useTranslate();
  return <span>{record?.entity ? translate(`audit.entities.${record.entity}`, { _: record.entity }) : ''}</span>;
}

/** Read-only: who did what, when. Entries are never edited. */
export function AuditList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />, <TextInput key="entity" source="entity" />, <TextInput key="action" source="action" />]}
      sort={{ field: 'at', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField source="at" sortBy="at" render={() => <At />} />
        <TextField source="actorEmail" sortable={false} />
        <TextField source="action" sx={{ fontFamily: 'monospace' }} />
        <FunctionField source="entity" sortBy="entity" render={() => <Entity />} />
        <TextField source="entityId" sortable={false} />
      </Datagrid>
    </List>
  );
}
