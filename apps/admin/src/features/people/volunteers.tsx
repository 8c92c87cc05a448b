import { useState } from 'react';
import {
  AutocompleteInput, Datagrid, FilterButton, FunctionField, List, ReferenceInput, SearchInput, SelectInput, TopToolbar, useListContext, useLocaleState, useNotify,
  usePermissions, useTranslate,
} from 'react-admin';
import { Box, Button, ButtonGroup, Chip, CircularProgress, Stack } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { hoursText } from '@dost/domain';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { formatBaku } from '../../time';
import { useQualificationCatalogue } from '../qualifications';
import { CEFR_LEVELS, LANGUAGE_CODES, localized, peopleApi, percent, VOLUNTEER_STATUSES, type Lang, type VolunteerListItem, type VolunteerStatus } from './people-api';

const STATUS_COLOR: Record<VolunteerStatus, 'default' | 'success' | 'warning' | 'info' | 'primary'> = {
  applicant: 'info', active: 'success', paused: 'warning', alumni: 'primary', staff: 'primary', exited: 'default',
};

export function VolunteerStatusChip({ status }: { status: VolunteerStatus }) {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOR[status]} label={translate(`people.status.${status}`)} data-testid="volunteer-status" />;
}

/** "ru B2" chips; the language's name in the reader's language as a tooltip. */
export function LanguageChips({ languages }: { languages: { language: string; level: string }[] }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {languages.map((l) => (
        <Chip key={l.language} size="small" variant="outlined" title={translate(`recruitment.languages.${l.language}`, { _: l.language })} label={`${l.language.toUpperCase()} ${l.level}`} />
      ))}
    </Stack>
  );
}

function useFilters() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Me>();
  const [locale] = useLocaleState();
  const catalogue = useQualificationCatalogue();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.volunteers.fields.q')} />,
    <SelectInput key="language" source="language" alwaysOn emptyText={translate('people.all')}
      choices={LANGUAGE_CODES.map((id) => ({ id, name: translate(`recruitment.languages.${id}`, { _: id }) }))} />,
    <SelectInput key="minLevel" source="minLevel" alwaysOn emptyText={translate('people.anyLevel')} choices={CEFR_LEVELS.map((id) => ({ id, name: id }))} />,
    <SelectInput key="qualification" source="qualification" alwaysOn emptyText={translate('people.all')}
      choices={catalogue.map((q) => ({ id: q.code, name: localized(q.name, locale) }))} />,
    <SelectInput key="status" source="status" emptyText={translate('people.all')} choices={VOLUNTEER_STATUSES.map((id) => ({ id, name: translate(`people.status.${id}`) }))} />,
    ...(hasRole(permissions, 'admin', 'hr', 'coordinator')
      ? [<ReferenceInput key="homeCenterId" source="homeCenterId" reference="centers" perPage={100}><AutocompleteInput optionText={(r: { name?: Record<string, string> }) => localized(r?.name as never, locale)} /></ReferenceInput>]
      : []),
  ];
}

/** CSV / Excel of what the list shows now (its filters), fetched with the token; the API audits it. */
function ExportButtons() {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      const filter = Object.fromEntries(Object.entries(filterValues ?? {}).filter(([, v]) => v !== '' && v !== null && v !== undefined).map(([k, v]) => [k, String(v)]));
      await peopleApi.export(format, filter);
    } catch (e) {
      notify('people.exportFailed', { type: 'error', messageArgs: { message: (e as Error).message } });
    } finally {
      setBusy(null);
    }
  };
  return (
    <ButtonGroup size="small" variant="outlined">
      {(['csv', 'xlsx'] as const).map((f) => (
        <Button key={f} startIcon={busy === f ? <CircularProgress size={14} /> : <DownloadIcon />} disabled={!!busy} onClick={() => void run(f)} data-testid={`volunteers-export-${f}`}>
          {translate(f === 'csv' ? 'people.exportCsv' : 'people.exportXlsx')}
        </Button>
      ))}
    </ButtonGroup>
  );
}

function ListActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <FilterButton />
      <ExportButtons />
    </TopToolbar>
  );
}

/** "Könüllülər": the people the caller may see (the API scopes it), with filters, hours, reliability, last shift. */
export function VolunteerList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List filters={useFilters()} actions={<ListActions />} sort={{ field: 'fullName', order: 'ASC' }} exporter={false} perPage={50} title={translate('people.title')}>
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="volunteer-list" empty={<Box p={2}>{translate('people.empty')}</Box>}>
        <FunctionField source="fullName" render={(v: VolunteerListItem) => <span data-testid="volunteer-name">{v.fullName}</span>} />
        <FunctionField source="status" render={(v: VolunteerListItem) => <VolunteerStatusChip status={v.status} />} />
        <FunctionField source="homeCenter" sortable={false} render={(v: VolunteerListItem) => localized(v.homeCenter?.name, locale)} />
        <FunctionField source="languages" sortable={false} render={(v: VolunteerListItem) => <LanguageChips languages={v.languages} />} />
        <FunctionField source="approvedMinutes" render={(v: VolunteerListItem) => hoursText(v.approvedMinutes, locale as Lang)} />
        <FunctionField source="reliability" sortable={false} render={(v: VolunteerListItem) => percent(v.reliability)} />
        <FunctionField source="lastShiftAt" render={(v: VolunteerListItem) => (v.lastShiftAt ? formatBaku(v.lastShiftAt, locale, false) : '—')} />
      </Datagrid>
    </List>
  );
}
