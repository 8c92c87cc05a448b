import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Form, PasswordInput, SaveButton, Title, required, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { api, type Me } from '../../providers/http';
import { KioskPinCard } from '../attendance/kiosk-pin-card';
import { SessionsCard, TwoFactorCard } from './security';

export function AccountPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions<Me>();
  const submit = async (values: FieldValues) => {
    try {
      await api('/auth/password', { method: 'POST', body: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      notify('account.changed', { type: 'success' });
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return body.errors;
      notify((e as Error).message, { type: 'error' });
    }
    return undefined;
  };
  return (
    <Box p={2} maxWidth={520}>
      <Title title={translate('account.title')} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">{permissions?.fullName}</Typography>
          <Typography color="text.secondary">{permissions?.email}</Typography>
          <Stack direction="row" spacing={1} mt={1}>
            {permissions?.roles.map((r) => <Chip key={r} label={translate(`app.roles.${r}`)} />)}
          </Stack>
        </CardContent>
      </Card>
      <Typography variant="overline" component="h2" color="text.secondary">{translate('security.title')}</Typography>
      <TwoFactorCard />
      <SessionsCard />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>{translate('account.changePassword')}</Typography>
          <Form
            onSubmit={submit}
            validate={(v) => (v.newPassword && v.repeatPassword !== v.newPassword ? { repeatPassword: translate('account.mismatch') } : {})}
          >
            <PasswordInput source="currentPassword" label="account.currentPassword" validate={required()} fullWidth />
            <PasswordInput source="newPassword" label="account.newPassword" validate={required()} helperText={translate('account.rule')} fullWidth />
            <PasswordInput source="repeatPassword" label="account.repeatPassword" validate={required()} fullWidth />
            <SaveButton label="account.changePassword" alwaysEnable />
          </Form>
        </CardContent>
      </Card>
      <KioskPinCard />
    </Box>
  );
}
