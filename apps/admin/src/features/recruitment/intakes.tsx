import {
  ArrayInput, AutocompleteArrayInput, BooleanInput, Create, Datagrid, Edit, FunctionField, List, NumberField, NumberInput, ReferenceArrayInput,
  SearchInput, SelectField, SelectInput, SimpleForm, SimpleFormIterator, TextInput, TopToolbar, EditButton, CreateButton, required, useLocaleState, useNotify,
  usePermissions, useRecordContext, useTranslate, Show, SimpleShowLayout, Labeled, DateInput, FormDataConsumer,
} from 'react-admin';
import { Box, Button, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { bakuDateTime, isoToDotted, staffApi, type Locale, type Name } from './recruitment-api';

const STATUS_CHOICES = ['draft', 'open', 'closed'];

function useStatusChoices() {
  const translate = useTranslate();
  return STATUS_CHOICES.map((id) => ({ id, name: translate(`recruitment.intakes.${id}`) }));
}

function IntakeName() {
  const record = useRecordContext<{ name: Name }>();
  const [locale] = useLocaleState();
  return record ? <span>{record.name[locale as Locale]}</span> : null;
}

export function IntakeList() {
  const statuses = useStatusChoices();
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={statuses} />]} sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<TopToolbar>{hasRole(permissions, 'admin', 'coordinator') && <CreateButton />}</TopToolbar>}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {/* `name` is the { az, en, ru } object: its label is one word of our own, not react-admin's humanised "Name". */}
        <FunctionField source="name" label={translate('recruitment.intakes.name')} sortable={false} render={() => <IntakeName />} />
        <SelectField source="status" choices={statuses} />
        <FunctionField source="opensOn" render={(r: { opensOn: string }) => isoToDotted(r.opensOn)} />
        <FunctionField source="closesOn" render={(r: { closesOn: string }) => isoToDotted(r.closesOn)} />
        <NumberField source="capacity" sortable={false} />
        <FunctionField source="minAge" label={translate('recruitment.intakes.ages')} sortable={false} render={(r: { minAge: number | null; maxAge: number | null }) => `${r.minAge ?? '–'}–${r.maxAge ?? '–'}`} />
      </Datagrid>
    </List>
  );
}

const localized = (base: string, multiline = false) => (
  <Stack sx={{ width: '100%' }}>
    {(['az', 'en', 'ru'] as const).map((l) => <TextInput key={l} source={`${base}.${l}`} multiline={multiline} fullWidth validate={base === 'description' ? undefined : required()} />)}
  </Stack>
);

function itemLabels(translate: (k: string) => string) {
  return (['az', 'en', 'ru'] as const).map((l) => <TextInput key={l} source={`label.${l}`} label={translate(`recruitment.intakes.label.${l}`)} validate={required()} />);
}

function IntakeForm() {
  const translate = useTranslate();
  const statuses = useStatusChoices();
  const [locale] = useLocaleState();
  const kinds = ['text', 'single', 'multiple'].map((id) => ({ id, name: translate(`recruitment.intakes.kinds.${id}`) }));
  return (
    <SimpleForm>
      {localized('name')}
      {localized('description', true)}
      <SelectInput source="status" choices={statuses} validate={required()} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DateInput source="opensOn" validate={required()} />
        <DateInput source="closesOn" validate={required()} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="capacity" validate={required()} min={1} />
        <NumberInput source="minAge" min={14} />
        <NumberInput source="maxAge" min={14} />
      </Stack>
      <ReferenceArrayInput source="centerIds" reference="centers" perPage={100}>
        <AutocompleteArrayInput optionText={(c: { name: Name }) => c.name[locale as Locale]} filterToQuery={(q: string) => ({ q })} fullWidth validate={required()} />
      </ReferenceArrayInput>
      {/* One input under another: laid out inline, a question's options were squeezed into a column a few pixels wide. */}
      <ArrayInput source="questions">
        <SimpleFormIterator>
          <TextInput source="id" label={translate('recruitment.intakes.itemId')} validate={required()} />
          <SelectInput source="kind" label={translate('recruitment.intakes.kind')} choices={kinds} validate={required()} />
          <BooleanInput source="required" label={translate('recruitment.intakes.required')} defaultValue={false} />
          {itemLabels(translate)}
          <FormDataConsumer<{ kind?: string }>>
            {({ scopedFormData }) => scopedFormData?.kind && scopedFormData.kind !== 'text' ? (
              <ArrayInput source="options" label={translate('recruitment.intakes.options')}>
                <SimpleFormIterator inline>
                  <TextInput source="id" label={translate('recruitment.intakes.itemId')} validate={required()} />
                  {itemLabels(translate)}
                </SimpleFormIterator>
              </ArrayInput>
            ) : null}
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="rubric">
        <SimpleFormIterator inline>
          <TextInput source="id" label={translate('recruitment.intakes.itemId')} validate={required()} />
          {itemLabels(translate)}
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="checklist">
        <SimpleFormIterator inline>
          <TextInput source="id" label={translate('recruitment.intakes.itemId')} validate={required()} />
          {itemLabels(translate)}
        </SimpleFormIterator>
      </ArrayInput>
      <Typography variant="body2" color="text.secondary">{translate('recruitment.intakes.consentHint')}</Typography>
      {localized('consentText', true)}
    </SimpleForm>
  );
}

export const IntakeCreate = () => <Create redirect="show"><IntakeForm /></Create>;
export const IntakeEdit = () => <Edit mutationMode="pessimistic" redirect="show"><IntakeForm /></Edit>;

/**
 * The API lets a coordinator change an intake only when every one of its centers is theirs (a network-wide
 * intake is the admins'): offer the edit button on the same rule instead of a form that ends in 403.
 */
export function canEditIntake(me: Me | undefined, intake: { centers?: { id: string }[] } | undefined): boolean {
  if (hasRole(me, 'admin')) return true;
  if (!hasRole(me, 'coordinator') || !intake) return false;
  return (intake.centers ?? []).every((c) => me?.centerIds.includes(c.id));
}

function ShowActions() {
  const { permissions } = usePermissions<Me>();
  const record = useRecordContext<{ centers: { id: string }[] }>();
  return <TopToolbar>{canEditIntake(permissions, record) && <EditButton />}</TopToolbar>;
}

export function IntakeShow() {
  const statuses = useStatusChoices();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <FunctionField source="name" label={translate('recruitment.intakes.name')} render={() => <IntakeName />} />
        <SelectField source="status" choices={statuses} />
        <FunctionField source="opensOn" render={(r: { opensOn: string }) => isoToDotted(r.opensOn)} />
        <FunctionField source="closesOn" render={(r: { closesOn: string }) => isoToDotted(r.closesOn)} />
        <NumberField source="capacity" />
        <FunctionField source="minAge" label={translate('recruitment.intakes.ages')} render={(r: { minAge: number | null; maxAge: number | null }) => `${r.minAge ?? '–'}–${r.maxAge ?? '–'}`} />
        <FunctionField source="centerIds" render={(r: { centers: { id: string; name: Name }[] }) => (
          <Stack direction="row" gap={0.5} flexWrap="wrap">{r.centers.map((c) => <Chip key={c.id} size="small" label={c.name[locale as Locale]} />)}</Stack>
        )} />
        <FunctionField source="consentVersion" render={(r: { consentVersion: number; consentText?: Name }) => (
          <Box><Typography variant="body2">v{r.consentVersion}</Typography><Typography variant="body2" color="text.secondary">{r.consentText?.[locale as Locale]}</Typography></Box>
        )} />
        <Labeled label={translate('recruitment.intakes.slots')}><SlotsPanel /></Labeled>
      </SimpleShowLayout>
    </Show>
  );
}

/** Interview times of the intake (staff see those of their centers), with add and delete. */
function SlotsPanel() {
  const record = useRecordContext<{ id: string; centers: { id: string; name: Name }[] }>();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Me>();
  const [slots, setSlots] = useState<Awaited<ReturnType<typeof staffApi.slots>>>([]);
  const [form, setForm] = useState({ centerId: '', date: '', start: '10:00', end: '10:30', location: '' });
  const load = useCallback(() => { if (record) void staffApi.slots(record.id).then(setSlots); }, [record]);
  useEffect(load, [load]);
  if (!record) return null;
  const centerName = (id: string) => record.centers.find((c) => c.id === id)?.name[locale as Locale] ?? '';
  const add = async () => {
    try {
      await staffApi.addSlot(record.id, { centerId: form.centerId, startsAt: `${form.date}T${form.start}:00+04:00`, endsAt: `${form.date}T${form.end}:00+04:00`, location: form.location });
      notify('recruitment.intakes.slotAdded', { type: 'success' });
      load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Box>
      <Table size="small">
        <TableHead><TableRow>
          <TableCell>{translate('recruitment.intakes.startsAt')}</TableCell><TableCell>{translate('recruitment.intakes.center')}</TableCell>
          <TableCell>{translate('recruitment.intakes.location')}</TableCell><TableCell /><TableCell />
        </TableRow></TableHead>
        <TableBody>
          {slots.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{bakuDateTime(s.startsAt)}–{bakuDateTime(s.endsAt).slice(-5)}</TableCell><TableCell>{centerName(s.centerId)}</TableCell><TableCell>{s.location}</TableCell>
              <TableCell>{s.applicationId ? translate('recruitment.intakes.bookedBy') : translate('recruitment.intakes.free')}</TableCell>
              <TableCell>{!s.applicationId && <Button size="small" color="error" onClick={async () => { await staffApi.deleteSlot(s.id); load(); }}>{translate('recruitment.intakes.deleteSlot')}</Button>}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {hasRole(permissions, 'admin', 'coordinator') && (
        <Stack direction={{ xs: 'column', md: 'row' }} gap={1} sx={{ mt: 1 }}>
          <TextField select size="small" label={translate('recruitment.intakes.center')} value={form.centerId} onChange={(e) => setForm({ ...form, centerId: e.target.value })} sx={{ minWidth: 180 }}>
            {record.centers.map((c) => <MenuItem key={c.id} value={c.id}>{c.name[locale as Locale]}</MenuItem>)}
          </TextField>
          <TextField size="small" type="date" label={translate('recruitment.intakes.date')} slotProps={{ inputLabel: { shrink: true } }} value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
          <TextField size="small" type="time" label={translate('recruitment.intakes.startsAt')} value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
          <TextField size="small" type="time" label={translate('recruitment.intakes.endsAt')} value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
          <TextField size="small" label={translate('recruitment.intakes.location')} value={form.location} onChange={(e) => setForm({ ...form, location: e.target.value })} />
          <Button variant="outlined" onClick={add} disabled={!form.centerId || !form.date || !form.location}>{translate('recruitment.intakes.addSlot')}</Button>
        </Stack>
      )}
    </Box>
  );
}
