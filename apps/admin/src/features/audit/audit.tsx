import { Datagrid, FunctionField, List, SearchInput, TextField, TextInput, useLocaleState, useRecordContext } from 'react-admin';
import { formatBaku } from '../../time';

function At() {
  const record = useRecordContext<{ at: string }>();
  const [locale] = useLocaleState();
  return <span>{formatBaku(record?.at, locale)}</span>;
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
        <TextField source="action" />
        <TextField source="entity" />
        <TextField source="entityId" sortable={false} />
      </Datagrid>
    </List>
  );
}
