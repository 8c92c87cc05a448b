import { BooleanInput, Create, Datagrid, Edit, FunctionField, List, NumberInput, SimpleForm, TextInput, maxLength, maxValue, minValue, regex, required, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { Chip, Stack } from '@mui/material';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { qualificationsApi, type Locale, type Qualification } from './qualifications-api';

/** The catalogue: every staff member reads it (a row opens the editor for admins only). */
export function QualificationList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Me>();
  return (
    <List sort={{ field: 'code', order: 'ASC' }} exporter={false} perPage={100} pagination={false} title={translate('qualifications.catalogue.title')}>
      <Datagrid rowClick={hasRole(permissions, 'admin') ? 'edit' : false} bulkActionButtons={false} data-testid="qualifications-catalogue">
        <FunctionField source="code" sortable={false} render={(q: Qualification) => <span style={{ fontFamily: 'monospace' }}>{q.code}</span>} />
        <FunctionField source="name" sortable={false} label={`resources.qualifications.fields.name.${locale}`} render={(q: Qualification) => q.name[locale as Locale] ?? q.name.az} />
        <FunctionField source="validityMonths" sortable={false} render={(q: Qualification) =>
          q.validityMonths == null ? translate('qualifications.catalogue.noExpiry') : translate('qualifications.catalogue.months', { smart_count: q.validityMonths })} />
        <FunctionField source="active" sortable={false} render={(q: Qualification) => (
          <Chip size="small" variant={q.active ? 'filled' : 'outlined'} color={q.active ? 'success' : 'default'} label={translate(q.active ? 'qualifications.catalogue.yes' : 'qualifications.catalogue.no')} />
        )} />
      </Datagrid>
    </List>
  );
}

// No native min/max/step on the input: the browser would answer in its own language ("Value must be less than or
// equal to 120.") whatever the console's; react-admin's validators speak the screen's.
const wholeNumber = (v: unknown) => (v == null || v === '' || Number.isInteger(Number(v)) ? undefined : 'qualifications.catalogue.wholeMonths');

function QualificationForm({ creating }: { creating?: boolean }) {
  const translate = useTranslate();
  return (
    <SimpleForm>
      <TextInput source="code" disabled={!creating} validate={creating ? [required(), maxLength(60), regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'qualifications.catalogue.codeHint')] : undefined}
        helperText={translate('qualifications.catalogue.codeHint')} fullWidth />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }} sx={{ width: '100%' }}>
        <TextInput source="name.az" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="name.en" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="name.ru" validate={[required(), maxLength(200)]} fullWidth />
      </Stack>
      <NumberInput source="validityMonths" validate={[wholeNumber, minValue(1), maxValue(120)]} helperText={translate('qualifications.catalogue.validityHint')} />
      <BooleanInput source="active" />
    </SimpleForm>
  );
}

// After an edit the shared catalogue (names on every screen) is read again.
const refresh = () => void qualificationsApi.catalogue(true).catch(() => undefined);

/** Blank validity = no expiry: the API wants null, not an empty string. */
const transform = (data: Partial<Qualification>) => ({ ...data, validityMonths: data.validityMonths == null || (data.validityMonths as unknown) === '' ? null : Number(data.validityMonths) });

export function QualificationCreate() {
  return (
    <Create redirect="list" transform={transform} mutationOptions={{ onSuccess: refresh }} record={{ active: true }}>
      <QualificationForm creating />
    </Create>
  );
}

export function QualificationEdit() {
  return (
    <Edit mutationMode="pessimistic" transform={transform} mutationOptions={{ onSuccess: refresh }} redirect="list">
      <QualificationForm />
    </Edit>
  );
}
