import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export type DeliveryStatus = 'queued' | 'sent' | 'failed' | 'suppressed';

const COLORS: Record<DeliveryStatus, 'default' | 'success' | 'error' | 'warning'> = {
  queued: 'default',
  sent: 'success',
  failed: 'error',
  suppressed: 'warning',
};

/** queued / sent / failed (the reason on hover) / suppressed (unsubscribed). */
export function DeliveryStatusChip() {
  const record = useRecordContext<{ status: DeliveryStatus; lastError: string | null; attempts: number }>();
  const translate = useTranslate();
  if (!record) return null;
  const chip = (
    <Chip size="small" color={COLORS[record.status]} variant={record.status === 'queued' ? 'outlined' : 'filled'}
      label={translate(`mail.deliveries.statuses.${record.status}`)} data-status={record.status} />
  );
  return record.lastError && record.status !== 'sent' ? <Tooltip title={record.lastError}>{chip}</Tooltip> : chip;
}
