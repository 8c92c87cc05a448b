import {
  ArrayInput, AutocompleteArrayInput, AutocompleteInput, BooleanInput, Create, Datagrid, DateInput, Edit, EditButton, FunctionField, List, NumberInput,
  ReferenceInput, SelectInput, Show, SimpleForm, SimpleFormIterator, TextInput, TopToolbar, ListButton, required, useGetList, useLocaleState,
  useRecordContext, useTranslate, type Validator,
} from 'react-admin';
import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { CEFR, FIT_PARTS, localized, OPEN_STAGES, type Vacancy } from './hiring-api';
import { VacancyBoard } from './vacancy-board';
import { toDmy } from '../../layout/date-field';

const STATUS_COLOR = { draft: 'default', open: 'success', closed: 'default' } as const;

function StatusChip({ v }: { v: Vacancy }) {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOR[v.status]} label={translate(`hiring.statuses.${v.status}`)} />;
}

function PlaceText({ v }: { v: Vacancy }) {
  const [locale] = useLocaleState();
  return <span>{v.centerName ? localized(v.centerName, locale) : v.department}</span>;
}

/** Candidates per open stage, "3 · 2 · 1 · 0", and the hires. */
function Counts({ v }: { v: Vacancy }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap">
      {OPEN_STAGES.map((s) => <Chip key={s} size="small" variant="outlined" label={`${translate(`hiring.stages.${s}`)}: ${v.stageCounts?.[s] ?? 0}`} />)}
      <Chip size="small" color="success" variant="outlined" label={`${translate('hiring.stages.hired')}: ${v.stageCounts?.hired ?? 0} / ${v.posts}`} />
    </Stack>
  );
}

export function VacancyList() {
  const translate = useTranslate();
  const filters = [
    <TextInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" alwaysOn choices={['draft', 'open', 'closed'].map((s) => ({ id: s, name: translate(`hiring.statuses.${s}`) }))} />,
  ];
  return (
    <List filters={filters} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="vacancies">
        <FunctionField source="title" render={(v: Vacancy) => <strong>{v.title}</strong>} />
        <FunctionField source="centerId" sortable={false} render={(v: Vacancy) => <PlaceText v={v} />} />
        <FunctionField source="candidates" sortable={false} render={(v: Vacancy) => <Counts v={v} />} />
        <FunctionField source="opensOn" render={(v: Vacancy) => toDmy(v.opensOn)} />
        <FunctionField source="closesOn" render={(v: Vacancy) => toDmy(v.closesOn) || '—'} />
        <FunctionField source="status" render={(v: Vacancy) => <StatusChip v={v} />} />
      </Datagrid>
    </List>
  );
}

const placeRequired: Validator = (_value, all: Record<string, unknown>) =>
  !all.centerId && !(typeof all.department === 'string' && all.department.trim()) ? 'hiring.placeHelp' : undefined;

function VacancyForm() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: types } = useGetList('certificate-types', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } });
  return (
    <SimpleForm sx={{ maxWidth: 760 }}>
      <TextInput source="title" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} width="100%">
        <SelectInput source="language" defaultValue="az" choices={['az', 'en', 'ru'].map((l) => ({ id: l, name: translate(`hiring.languages.${l}`) }))} />
        <SelectInput source="status" defaultValue="open" choices={['draft', 'open', 'closed'].map((s) => ({ id: s, name: translate(`hiring.statuses.${s}`) }))} />
        <NumberInput source="posts" defaultValue={1} min={1} max={1000} step={1} />
      </Stack>
      <Typography variant="body2" color="text.secondary">{translate('hiring.placeHelp')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} width="100%">
        <ReferenceInput source="centerId" reference="centers" perPage={100}>
          <AutocompleteInput optionText={(c: { name?: Record<string, string> }) => c?.name?.[locale] ?? c?.name?.az ?? ''} fullWidth validate={placeRequired} />
        </ReferenceInput>
        <TextInput source="department" fullWidth validate={placeRequired} />
      </Stack>
      <SelectInput source="staffRole" defaultValue="coordinator" fullWidth choices={['coordinator', 'staff'].map((r) => ({ id: r, name: translate(`hiring.staffRoles.${r}`) }))} />
      <TextInput source="description" multiline minRows={3} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} width="100%">
        <DateInput source="opensOn" validate={required()} defaultValue={new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10)} />
        <DateInput source="closesOn" />
      </Stack>
      <BooleanInput source="openToAlumni" defaultValue />
      <NumberInput source="requirements.minHours" min={0} step={10} />
      <ArrayInput source="requirements.languages">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="language" label="resources.vacancies.fields.language_code" validate={required()} sx={{ width: 140 }} />
          <SelectInput source="level" label="resources.vacancies.fields.level" validate={required()} choices={CEFR.map((l) => ({ id: l, name: l }))} />
        </SimpleFormIterator>
      </ArrayInput>
      <AutocompleteArrayInput source="requirements.certificateTypes" fullWidth
        choices={(types ?? []).map((t) => ({ id: t.code, name: `${localized(t.name, locale)} (${t.code})` }))} />
      <Typography variant="body2" color="text.secondary">{translate('hiring.weightsHelp')}</Typography>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {FIT_PARTS.map((p) => <NumberInput key={p} source={`fitWeights.${p}`} min={0} max={100} step={5} sx={{ width: 170 }} />)}
      </Stack>
    </SimpleForm>
  );
}

export const VacancyCreate = () => <Create redirect="show"><VacancyForm /></Create>;
export const VacancyEdit = () => <Edit redirect="show" mutationMode="pessimistic"><VacancyForm /></Edit>;

function VacancyDetails() {
  const v = useRecordContext<Vacancy>();
  const translate = useTranslate();
  if (!v) return null;
  const req = v.requirements ?? {};
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" mb={1} flexWrap="wrap">
          <Typography variant="h5" component="h1" data-testid="vacancy-title">{v.title}</Typography>
          <StatusChip v={v} />
          {v.openToAlumni && <Chip size="small" variant="outlined" label={translate('resources.vacancies.fields.openToAlumni')} />}
        </Stack>
        <Typography color="text.secondary"><PlaceText v={v} /> · {translate(`hiring.staffRoles.${v.staffRole}`)} · {translate('hiring.my.posts', { posts: v.posts })}</Typography>
        <Typography color="text.secondary">{toDmy(v.opensOn)} – {toDmy(v.closesOn) || '…'}{v.ownerName ? ` · ${v.ownerName}` : ''}</Typography>
        {v.description && <Typography sx={{ mt: 1, whiteSpace: 'pre-line' }}>{v.description}</Typography>}
        <Stack direction="row" spacing={0.5} mt={1} flexWrap="wrap" useFlexGap>
          {req.minHours ? <Chip size="small" label={translate('hiring.my.hours', { smart_count: req.minHours })} /> : null}
          {(req.languages ?? []).map((l) => <Chip key={l.language} size="small" label={`${l.language.toUpperCase()} ≥ ${l.level}`} />)}
          {(req.certificateTypes ?? []).map((c) => <Chip key={c} size="small" variant="outlined" label={c} />)}
        </Stack>
      </CardContent>
    </Card>
  );
}

function ShowActions() {
  return <TopToolbar><ListButton /><EditButton /></TopToolbar>;
}

export function VacancyShow() {
  return (
    <Show actions={<ShowActions />} component={Box}>
      <VacancyDetails />
      <VacancyBoard />
    </Show>
  );
}
