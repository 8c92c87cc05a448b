import {
  AutocompleteArrayInput, Create, Datagrid, Edit, FunctionField, List, ReferenceArrayField, ReferenceArrayInput, SearchInput,
  SelectField, SelectInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, required, useTranslate, usePermissions,
  useRecordContext, useLocaleState, TopToolbar, EditButton, SingleFieldList, ChipField, Labeled,
} from 'react-admin';
import { Button, Chip, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { formatBaku, fromBakuInput, toBakuInput } from '../../time';

const STATUSES = ['draft', 'published', 'completed', 'cancelled'] as const;

function useStatusChoices() {
  const translate = useTranslate();
  return STATUSES.map((id) => ({ id, name: translate(`events.statuses.${id}`) }));
}

export function EventName() {
  const record = useRecordContext<{ name: Record<string, string>; demo: boolean }>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <span>{record.name[locale] ?? record.name.az}</span>
      {record.demo && <Chip size="small" variant="outlined" label={translate('app.demo')} />}
    </Stack>
  );
}

export function BakuDateTime({ source }: { source: string }) {
  const record = useRecordContext<Record<string, string>>();
  const [locale] = useLocaleState();
  return <span>{formatBaku(record?.[source], locale)}</span>;
}

export function EventList() {
  const statuses = useStatusChoices();
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={statuses} />]}
      sort={{ field: 'startsAt', order: 'DESC' }}
     
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField source="name" label="events.nameColumn" sortBy="name" render={() => <EventName />} />
        <TextField source="venue" sortable={false} />
        <FunctionField source="startsAt" sortBy="startsAt" render={() => <BakuDateTime source="startsAt" />} />
        <SelectField source="status" choices={statuses} />
      </Datagrid>
    </List>
  );
}

function EventShowActions() {
  const { permissions } = usePermissions<Me>();
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  return (
    <TopToolbar>
      {record && <Button component={Link} to={`/events/${record.id}/intake`} size="small">{translate('debrief.intakeLink')}</Button>}
      {record && <Button component={Link} to={`/events/${record.id}/debrief`} size="small" data-testid="event-debrief-link">{translate('debrief.link')}</Button>}
      {record && <Button component={Link} to={`/event-operations/liaisons?event=${record.id}`} size="small" data-testid="event-liaisons-link">{translate('liaisons.menu')}</Button>}
      {hasRole(permissions, 'admin') && <EditButton />}
    </TopToolbar>
  );
}

export function EventShow() {
  const statuses = useStatusChoices();
  const { permissions } = usePermissions<Me>();
  return (
    <Show actions={<EventShowActions />}>
      <SimpleShowLayout>
        <Labeled label="events.nameColumn">
          <EventName />
        </Labeled>
        <TextField source="name.az" />
        <TextField source="name.en" />
        <TextField source="name.ru" />
        <TextField source="venue" />
        <FunctionField source="startsAt" render={() => <BakuDateTime source="startsAt" />} />
        <FunctionField source="endsAt" render={() => <BakuDateTime source="endsAt" />} />
        <SelectField source="status" choices={statuses} />
        {hasRole(permissions, 'admin') && (
          <ReferenceArrayField source="organizerIds" reference="users">
            <SingleFieldList linkType={false}>
              <ChipField source="fullName" />
            </SingleFieldList>
          </ReferenceArrayField>
        )}
      </SimpleShowLayout>
    </Show>
  );
}

function EventForm() {
  const statuses = useStatusChoices();
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  // Organisers may create events (they become an organiser of them); only admins choose organisers (the user list is theirs).
  const admin = hasRole(permissions, 'admin');
  return (
    <SimpleForm>
      {!admin && (
        <Typography variant="body2" color="text.secondary" data-testid="event-you-organize">
          {translate('events.youOrganize')}
        </Typography>
      )}
      <TextInput source="name.az" validate={required()} fullWidth />
      <TextInput source="name.en" validate={required()} fullWidth />
      <TextInput source="name.ru" validate={required()} fullWidth />
      <TextInput source="venue" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="startsAt" type="datetime-local" validate={required()} format={toBakuInput} parse={fromBakuInput} helperText={translate('events.timeZoneHint')} />
        <TextInput source="endsAt" type="datetime-local" validate={required()} format={toBakuInput} parse={fromBakuInput} helperText={translate('events.timeZoneHint')} />
      </Stack>
      <SelectInput source="status" choices={statuses} defaultValue="draft" />
      {admin && (
        <ReferenceArrayInput source="organizerIds" reference="users" filter={{ role: 'organizer' }}>
          <AutocompleteArrayInput optionText="fullName" filterToQuery={(q: string) => ({ q })} />
        </ReferenceArrayInput>
      )}
    </SimpleForm>
  );
}

export const EventEdit = () => (
  <Edit mutationMode="pessimistic">
    <EventForm />
  </Edit>
);

export const EventCreate = () => (
  <Create redirect="show">
    <EventForm />
  </Create>
);
