import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { HourStatus } from './hours-api';

const words = (code: string) => code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Review flags (late, early leave, auto-closed, late sync, walk-in, corrected) as chips in the reader's language. */
export function FlagChips({ flags }: { flags: readonly string[] }) {
  const translate = useTranslate();
  if (!flags.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap" data-testid="hour-flags">
      {flags.map((f) => (
        <Chip key={f} size="small" variant="outlined" color={f === 'corrected' ? 'info' : 'warning'} label={translate(`hours.flags.${f}`, { _: words(f) })} data-flag={f} />
      ))}
    </Stack>
  );
}

export function StatusChip({ status }: { status: HourStatus }) {
  const translate = useTranslate();
  const color = status === 'approved' ? 'success' : status === 'rejected' ? 'error' : 'default';
  return <Chip size="small" color={color} label={translate(`hours.status.${status}`)} data-status={status} />;
}
