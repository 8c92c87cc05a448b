import { Button, Chip } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { api } from '../../providers/http';

/** For the users screens: "invitation sent" while the user has not set a password yet. */
export function InvitedChip() {
  const record = useRecordContext<{ invited?: boolean }>();
  const translate = useTranslate();
  return record?.invited ? <Chip size="small" color="info" variant="outlined" label={translate('mail.users.invited')} /> : null;
}

/** For the user's page (admins): a fresh invitation link; the earlier one stops working. */
export function ResendInvitationButton() {
  const record = useRecordContext<{ id: string; invited?: boolean; active?: boolean }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record?.invited || record.active === false) return null;
  const resend = async () => {
    setBusy(true);
    try {
      await api(`/users/${record.id}/invitation`, { method: 'POST' });
      notify('mail.users.resent', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button startIcon={<SendIcon />} onClick={resend} disabled={busy}>{translate('mail.users.resend')}</Button>;
}

/** For the login page. */
export function ForgotPasswordLink() {
  const translate = useTranslate();
  return <Button component={Link} to="/forgot-password" size="small">{translate('mail.forgot.link')}</Button>;
}
