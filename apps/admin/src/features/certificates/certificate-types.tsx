import {
  AutocompleteInput, BooleanInput, Create, Datagrid, DateInput, Edit, FormDataConsumer, FunctionField, List, NumberInput, ReferenceInput, SelectInput, Show, SimpleForm,
  TextInput, TopToolbar, EditButton, ListButton, required, useLocaleState, usePermissions, useRecordContext, useTranslate,
} from 'react-admin';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { qualificationName, useQualificationCatalogue } from '../qualifications';
import { KINDS, periodLabel, localized, MILESTONES, type CertificateKind, type CertificateType } from './certificates-api';

/** The rule in words: "120 saat · 01.09.2025 – 30.11.2025". */
function RuleSummary({ t }: { t: CertificateType }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // A training's qualification by its name in the catalogue the API serves (the one source of names).
  const catalogue = useQualificationCatalogue();
  const r = t.rule ?? {};
  const parts = [
    r.minHours != null && translate('certificates.hours', { smart_count: r.minHours }),
    r.milestoneHours != null && translate('certificates.hours', { smart_count: r.milestoneHours }),
    (r.periodFrom || r.periodTo) && periodLabel(r.periodFrom, r.periodTo),
    r.qualification && qualificationName(catalogue, r.qualification, locale),
  ].filter(Boolean);
  return <span>{parts.join(' · ')}</span>;
}

const yesNo = (on: boolean, translate: ReturnType<typeof useTranslate>) => (
  <Chip size="small" variant={on ? 'filled' : 'outlined'} color={on ? 'success' : 'default'} label={translate(on ? 'certificates.types.yes' : 'certificates.types.no')} />
);

export function CertificateTypeList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Me>();
  return (
    <List sort={{ field: 'code', order: 'ASC' }} exporter={false} perPage={50} title={translate('certificates.types.title')}>
      <Datagrid rowClick={hasRole(permissions, 'admin') ? 'edit' : 'show'} bulkActionButtons={false} data-testid="certificate-types">
        <FunctionField source="code" render={(t: CertificateType) => <span style={{ fontFamily: 'monospace' }}>{t.code}</span>} />
        <FunctionField source="name" label="certificates.types.name" sortable={false} render={(t: CertificateType) => localized(t.name, locale)} />
        <FunctionField source="kind" render={(t: CertificateType) => translate(`certificates.kinds.${t.kind}`)} />
        <FunctionField source="rule" label="certificates.types.rule" sortable={false} render={(t: CertificateType) => <RuleSummary t={t} />} />
        <FunctionField source="autoIssue" render={(t: CertificateType) => yesNo(t.autoIssue, translate)} />
        <FunctionField source="active" render={(t: CertificateType) => yesNo(t.active, translate)} />
      </Datagrid>
    </List>
  );
}

/** The rule's fields for a kind (the others stay empty: the API ignores them). */
function RuleInputs({ kind, qualification }: { kind: CertificateKind | undefined; qualification?: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const catalogue = useQualificationCatalogue();
  // The catalogue's active entries by name, and the one already chosen even when it is no longer offered.
  const qualificationChoices = catalogue.filter((q) => q.active || q.code === qualification).map((q) => ({ id: q.code, name: qualificationName(catalogue, q.code, locale) }));
  const name = (r: { name?: Record<string, string> }) => localized(r?.name as never, locale);
  if (!kind) return null;
  return (
    <Box sx={{ width: '100%', maxWidth: 560 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate(`certificates.types.ruleHelp.${kind}`)}</Typography>
      {kind === 'programme' && (
        <>
          <NumberInput source="rule.minHours" min={1} step={1} validate={required()} fullWidth />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
            <DateInput source="rule.periodFrom" fullWidth />
            <DateInput source="rule.periodTo" fullWidth />
          </Stack>
          <ReferenceInput source="rule.centerId" reference="centers" perPage={100}><AutocompleteInput optionText={name} fullWidth /></ReferenceInput>
        </>
      )}
      {kind === 'event' && (
        <>
          <ReferenceInput source="rule.eventId" reference="events" perPage={100}><AutocompleteInput optionText={name} validate={required()} fullWidth /></ReferenceInput>
          <NumberInput source="rule.minHours" min={0} step={1} fullWidth />
        </>
      )}
      {kind === 'milestone' && (
        <SelectInput source="rule.milestoneHours" validate={required()} fullWidth
          choices={MILESTONES.map((h) => ({ id: h, name: translate('certificates.hours', { smart_count: h }) }))} />
      )}
      {kind === 'training' && <SelectInput source="rule.qualification" validate={required()} fullWidth choices={qualificationChoices} data-testid="rule-qualification" />}
    </Box>
  );
}

function TypeForm({ creating }: { creating?: boolean }) {
  const translate = useTranslate();
  return (
    <SimpleForm>
      <TextInput source="code" validate={required()} disabled={!creating} helperText={creating ? 'certificates.types.codeHelp' : false} />
      <SelectInput source="kind" validate={required()} disabled={!creating} choices={KINDS.map((id) => ({ id, name: translate(`certificates.kinds.${id}`) }))} />
      <TextInput source="name.az" validate={required()} fullWidth sx={{ maxWidth: 560 }} />
      <TextInput source="name.en" validate={required()} fullWidth sx={{ maxWidth: 560 }} />
      <TextInput source="name.ru" validate={required()} fullWidth sx={{ maxWidth: 560 }} />
      <FormDataConsumer<{ kind?: CertificateKind; rule?: { qualification?: string } }>>{({ formData }) => <RuleInputs kind={formData.kind} qualification={formData.rule?.qualification} />}</FormDataConsumer>
      <BooleanInput source="autoIssue" helperText={translate('certificates.types.autoIssueHelp')} />
      <BooleanInput source="active" defaultValue />
    </SimpleForm>
  );
}

export const CertificateTypeEdit = () => (
  <Edit mutationMode="pessimistic">
    <TypeForm />
  </Edit>
);

export const CertificateTypeCreate = () => (
  <Create redirect="list">
    <TypeForm creating />
  </Create>
);

function TypeDetail() {
  const t = useRecordContext<CertificateType>();
  const translate = useTranslate();
  if (!t) return null;
  const row = (label: string, value: React.ReactNode) => (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} sx={{ py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 180 }}>{label}</Typography>
      <Box>{value}</Box>
    </Stack>
  );
  const f = (k: string) => translate(`resources.certificate-types.fields.${k}`);
  return (
    <Box sx={{ p: 2 }}>
      {row(f('code'), t.code)}
      {row(f('kind'), translate(`certificates.kinds.${t.kind}`))}
      {(['az', 'en', 'ru'] as const).map((l) => row(f(`name.${l}`), t.name[l]))}
      {row(translate('certificates.types.rule'), <><RuleSummary t={t} /><Typography variant="body2" color="text.secondary">{translate(`certificates.types.ruleHelp.${t.kind}`)}</Typography></>)}
      {row(f('autoIssue'), yesNo(t.autoIssue, translate))}
      {row(f('active'), yesNo(t.active, translate))}
    </Box>
  );
}

export function CertificateTypeShow() {
  const { permissions } = usePermissions<Me>();
  return (
    <Show actions={<TopToolbar><ListButton />{hasRole(permissions, 'admin') && <EditButton />}</TopToolbar>}>
      <TypeDetail />
    </Show>
  );
}
