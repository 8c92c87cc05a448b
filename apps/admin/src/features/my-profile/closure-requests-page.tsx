import { useEffect, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Alert, Box, Card, CardContent, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { bakuDmy } from '../../time';
import { myProfileApi, type ClosureRequestRow } from './my-profile-api';

/** `#/closure-requests` (HR, admin): who asked to close their account; open ones first. */
export function ClosureRequestsPage() {
  const translate = useTranslate();
  const [rows, setRows] = useState<ClosureRequestRow[] | null>(null);
  useEffect(() => {
    void myProfileApi.closureRequests().then((r) => setRows(r.data)).catch(() => setRows([]));
  }, []);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 760 }}>
      <Title title={translate('myProfile.closures.title')} />
      <Alert severity="info" sx={{ mb: 2 }}>{translate('myProfile.closures.hint')}</Alert>
      {!rows && <CircularProgress />}
      {rows?.length === 0 && <Typography color="text.secondary">{translate('myProfile.closures.empty')}</Typography>}
      {rows?.map((r) => (
        <Card key={r.id} sx={{ mb: 1 }} data-testid="closure-request">
          <CardContent>
            <Stack direction="row" justifyContent="space-between" spacing={1}>
              <Box sx={{ minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{r.fullName}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>{r.email}</Typography>
              </Box>
              <Chip size="small" color={r.status === 'open' ? 'warning' : 'default'} label={translate(`myProfile.closures.statuses.${r.status}`)} />
            </Stack>
            <Typography variant="body2" sx={{ mt: 1 }}>{bakuDmy(r.createdAt)}</Typography>
            {r.reason && <Typography variant="body2" sx={{ mt: 0.5 }}>{translate('myProfile.closures.reason')}: {r.reason}</Typography>}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
