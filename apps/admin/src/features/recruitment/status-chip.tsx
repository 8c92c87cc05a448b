import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Status } from './recruitment-api';

const COLORS: Record<Status, 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info'> = {
  submitted: 'default', screening: 'info', interview: 'secondary', offered: 'primary', accepted: 'success', onboarded: 'success', rejected: 'error', withdrawn: 'default', waitlisted: 'warning',
};

export function StatusChip({ status }: { status: Status }) {
  const translate = useTranslate();
  return <Chip size="small" color={COLORS[status]} label={translate(`recruitment.statuses.${status}`)} variant={status === 'withdrawn' ? 'outlined' : 'filled'} />;
}
