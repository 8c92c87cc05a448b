import { useLocaleState } from 'react-admin';
import { Autocomplete, Chip, TextField } from '@mui/material';
import { useQualificationCatalogue, type Locale } from './qualifications-api';

/**
 * Picks qualification codes from the catalogue (a position's requirements). Codes already required but no longer
 * in use stay shown, so saving a position never drops a requirement silently.
 */
export function QualificationsPicker({ value, onChange, label, helperText, error }: {
  value: string[]; onChange: (codes: string[]) => void; label: string; helperText?: string; error?: boolean;
}) {
  const [locale] = useLocaleState();
  const catalogue = useQualificationCatalogue();
  const options = [...catalogue.filter((q) => q.active || value.includes(q.code)).map((q) => q.code), ...value.filter((c) => !catalogue.some((q) => q.code === c))];
  const name = (code: string) => catalogue.find((q) => q.code === code)?.name[locale as Locale] ?? code;
  return (
    <Autocomplete multiple options={options} value={value} onChange={(_, v) => onChange(v)} getOptionLabel={name} filterSelectedOptions
      renderTags={(v, getTagProps) => v.map((code, i) => <Chip {...getTagProps({ index: i })} key={code} label={name(code)} size="small" data-code={code} />)}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} error={error} inputProps={{ ...params.inputProps, 'data-testid': 'position-qualifications' }} />} />
  );
}
