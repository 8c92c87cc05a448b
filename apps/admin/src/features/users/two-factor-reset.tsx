import { useEffect, useState } from 'react';
import { Button, Chip } from '@mui/material';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { Confirm, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { api } from '../../providers/http';

/**
 * Lost phone: the admin removes a user's authenticator and ends their sessions (audited); the user signs in
 * with the password and enrols again. Shown only while the user has two-step sign-in on.
 */
export function ResetTwoFactorButton() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const [enabled, setEnabled] = useState(false);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!record?.id) return;
    api<{ enabled: boolean }>(`/users/${record.id}/2fa`).then((s) => setEnabled(s.enabled), () => setEnabled(false));
  }, [record?.id]);
  if (!record || !enabled) return null;

  const reset = async () => {
    setBusy(true);
    try {
      await api(`/users/${record.id}/2fa/reset`, { method: 'POST' });
      notify('security.reset.done', { type: 'success' });
      setEnabled(false);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Chip size="small" color="success" label={translate('security.reset.on')} sx={{ mr: 1 }} />
      <Button size="small" color="warning" startIcon={<PhonelinkEraseIcon />} onClick={() => setOpen(true)} data-testid="reset-two-factor">
        {translate('security.reset.button')}
      </Button>
      <Confirm isOpen={open} loading={busy} title="security.reset.title" content="security.reset.content" onConfirm={reset} onClose={() => setOpen(false)} />
    </>
  );
}
