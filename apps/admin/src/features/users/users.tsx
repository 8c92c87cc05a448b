import {
  AutocompleteArrayInput, BooleanField, BooleanInput, Create, Datagrid, DateField, Edit, EmailField, FunctionField, List,
  PasswordInput, ReferenceArrayInput, SearchInput, SelectArrayInput, SelectInput, SimpleForm, TextField, TextInput, email, required,
  useTranslate, useRecordContext, useLocaleState,
} from 'react-admin';
import { Alert, Chip, Stack } from '@mui/material';
import { TopToolbar } from 'react-admin';
import { InvitedChip, ResendInvitationButton } from '../notifications/invitation';
import { ResetTwoFactorButton } from './two-factor-reset';

export const ROLES = ['admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant'] as const;

export function useRoleChoices() {
  const translate = useTranslate();
  return ROLES.map((id) => ({ id, name: translate(`app.roles.${id}`) }));
}

const LANGUAGES = [
  { id: 'az', name: 'Azərbaycanca' },
  { id: 'en', name: 'English' },
  { id: 'ru', name: 'Русский' },
];

function RoleChips() {
  const record = useRecordContext<{ roles: string[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap">
      {record?.roles.map((r) => <Chip key={r} size="small" label={translate(`app.roles.${r}`)} />)}
    </Stack>
  );
}

export function UserList() {
  const roles = useRoleChoices();
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={roles} />, <BooleanInput key="active" source="active" />]}
      sort={{ field: 'fullName', order: 'ASC' }}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="fullName" />
        <EmailField source="email" />
        <FunctionField source="roles" sortable={false} render={() => <RoleChips />} />
        <BooleanField source="active" />
        <FunctionField label="mail.users.invited" sortable={false} render={() => <InvitedChip />} />
        <DateField source="createdAt" />
      </Datagrid>
    </List>
  );
}

/** Centers/events shown by their name in the console's language. */
function useLocalisedName() {
  const [locale] = useLocaleState();
  return (r: { name: Record<string, string> }) => r?.name?.[locale] ?? r?.name?.az ?? '';
}

function AccessInputs() {
  const roles = useRoleChoices();
  const translate = useTranslate();
  const name = useLocalisedName();
  return (
    <>
      <SelectArrayInput source="roles" choices={roles} validate={required()} />
      <Alert severity="info" sx={{ mb: 2 }}>{translate('users.scopeHint')}</Alert>
      <ReferenceArrayInput source="centerIds" reference="centers" perPage={100}>
        <AutocompleteArrayInput optionText={name} filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="eventIds" reference="events" perPage={100}>
        <AutocompleteArrayInput optionText={name} filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceArrayInput>
    </>
  );
}

export function UserCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ locale: 'az', roles: [], centerIds: [], eventIds: [], active: true }}>
        <TextInput source="fullName" validate={required()} fullWidth />
        <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
        <SelectInput source="locale" choices={LANGUAGES} validate={required()} />
        <PasswordInput source="password" helperText={translate('users.passwordHint')} fullWidth />
        <AccessInputs />
      </SimpleForm>
    </Create>
  );
}

export function UserEdit() {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic" actions={<TopToolbar><InvitedChip /><ResendInvitationButton /><ResetTwoFactorButton /></TopToolbar>}>
      <SimpleForm>
        <TextInput source="fullName" validate={required()} fullWidth />
        <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
        <SelectInput source="locale" choices={LANGUAGES} validate={required()} />
        <BooleanInput source="active" />
        <Alert severity="warning" sx={{ mb: 2 }}>{translate('users.revokeHint')}</Alert>
        <AccessInputs />
      </SimpleForm>
    </Edit>
  );
}

