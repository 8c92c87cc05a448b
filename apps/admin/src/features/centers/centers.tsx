import {
  BooleanField, BooleanInput, Create, Datagrid, Edit, FunctionField, List, NumberInput, SearchInput, SelectField, SelectInput,
  Show, SimpleForm, SimpleShowLayout, TextField, TextInput, NumberField, required, useTranslate, usePermissions, useRecordContext,
  TopToolbar, EditButton, Labeled, useLocaleState, useGetList, Button as RaButton, CreateButton, ExportButton, FilterButton,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { Chip, Stack, Tooltip } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { CoordinatorsPanel } from './coordinators-panel';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';

export const KINDS = ['national_center', 'regional_center', 'district_branch', 'smart_point'] as const;

type Named = Record<string, string>;
interface CenterRef { id: string; kind: string; name: Named }

/** "Qarabağ Regional DOST Mərkəzi › Ağdam filialı": the centers above this one, in the console's language. */
export function CenterPath() {
  const record = useRecordContext<{ path?: CenterRef[] }>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.path?.length) return <span data-testid="center-path">{translate('network.root')}</span>;
  return <span data-testid="center-path">{record.path.map((p) => p.name[locale] ?? p.name.az).join(' › ')}</span>;
}

function CenterListActions() {
  const { permissions } = usePermissions<Me>();
  return (
    <TopToolbar>
      <FilterButton />
      <RaButton component={Link} to="/network" label="network.treeButton" data-testid="network-tree-link"><AccountTreeIcon /></RaButton>
      {hasRole(permissions, 'admin') && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
}

function useKindChoices() {
  const translate = useTranslate();
  return KINDS.map((id) => ({ id, name: translate(`centers.kinds.${id}`) }));
}

/** The center's name in the console's language. */
export function CenterName() {
  const record = useRecordContext<{ name: Record<string, string>; demo: boolean }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <span>{record.name[locale] ?? record.name.az}</span>
      {record.demo && (
        <Tooltip title={translate('centers.demoHint')}>
          <Chip size="small" variant="outlined" label={translate('app.demo')} />
        </Tooltip>
      )}
    </Stack>
  );
}

const centerFilters = (kinds: { id: string; name: string }[]) => [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kinds} />,
  <TextInput key="region" source="region" />,
  <BooleanInput key="active" source="active" />,
];

export function CenterList() {
  const kinds = useKindChoices();
  return (
    <List filters={centerFilters(kinds)} sort={{ field: 'name', order: 'ASC' }} actions={<CenterListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField source="name" label="centers.nameColumn" sortBy="name" render={() => <CenterName />} />
        <FunctionField source="path" label="network.pathColumn" sortable={false} render={() => <CenterPath />} />
        <SelectField source="kind" choices={kinds} />
        <TextField source="region" />
        <TextField source="phone" sortable={false} />
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
}

function CenterShowActions() {
  const { permissions } = usePermissions<Me>();
  return <TopToolbar>{hasRole(permissions, 'admin') && <EditButton />}</TopToolbar>;
}

export function CenterShow() {
  const kinds = useKindChoices();
  return (
    <Show actions={<CenterShowActions />}>
      <SimpleShowLayout>
        <Labeled label="centers.names">
          <CenterName />
        </Labeled>
        <TextField source="name.az" />
        <TextField source="name.en" />
        <TextField source="name.ru" />
        <TextField source="code" />
        <SelectField source="kind" choices={kinds} />
        <Labeled label="network.pathColumn"><CenterPath /></Labeled>
        <FunctionField source="regionalCenter" label="network.regionalCenter" render={(r: { regionalCenter?: CenterRef | null }) => <RegionalName center={r.regionalCenter ?? null} />} />
        <TextField source="region" />
        <TextField source="address" />
        <NumberField source="latitude" options={{ maximumFractionDigits: 6 }} />
        <NumberField source="longitude" options={{ maximumFractionDigits: 6 }} />
        <TextField source="phone" />
        <TextField source="openingHours" />
        <BooleanField source="active" />
        <CoordinatorsPanel />
      </SimpleShowLayout>
    </Show>
  );
}

function RegionalName({ center }: { center: CenterRef | null }) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return <span>{center ? center.name[locale] ?? center.name.az : translate('network.noRegion')}</span>;
}

/** The parent picker: every center but this one (the API refuses cycles and wrong kinds, in words). */
function ParentInput() {
  const record = useRecordContext<{ id?: string }>();
  const [locale] = useLocaleState();
  const { data } = useGetList<{ id: string; name: Named; kind: string }>('centers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const choices = (data ?? []).filter((c) => c.id !== record?.id).map((c) => ({ id: c.id, name: c.name[locale] ?? c.name.az }));
  return (
    <SelectInput source="parentId" label="network.parent" choices={choices} emptyText="network.root" parse={(v: string) => v || null}
      format={(v: string | null) => v ?? ''} helperText="network.parentHint" />
  );
}

function CenterForm({ create }: { create?: boolean }) {
  const kinds = useKindChoices();
  return (
    <SimpleForm>
      <TextInput source="name.az" validate={required()} fullWidth />
      <TextInput source="name.en" validate={required()} fullWidth />
      <TextInput source="name.ru" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} width="100%">
        <TextInput source="code" validate={required()} disabled={!create} helperText="barda, baku-1…" />
        <SelectInput source="kind" choices={kinds} validate={required()} />
        <TextInput source="region" validate={required()} />
      </Stack>
      <ParentInput />
      <TextInput source="address" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="latitude" />
        <NumberInput source="longitude" />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="phone" helperText="+994 12 000 00 00" />
        <TextInput source="openingHours" helperText="B.e.–Cümə 09:00–18:00" />
      </Stack>
      <BooleanInput source="active" defaultValue={true} />
    </SimpleForm>
  );
}

export const CenterEdit = () => (
  <Edit mutationMode="pessimistic">
    <CenterForm />
  </Edit>
);

export const CenterCreate = () => (
  <Create redirect="show">
    <CenterForm create />
  </Create>
);
