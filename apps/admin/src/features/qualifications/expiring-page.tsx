import { useCallback, useEffect, useState } from 'react';
import { Title, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { problemText, qualificationsApi, type ExpiringQualification, type Locale } from './qualifications-api';
import { GrantQualificationDialog, QualificationValidity } from './volunteer-qualifications';

/** Qualifications of the caller's volunteers that end within 30 days, with "Renew" (the grant dialog) for coordinators. */
export function ExpiringQualificationsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Me>();
  const canGrant = hasRole(permissions, 'admin', 'coordinator');
  const [rows, setRows] = useState<ExpiringQualification[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renewing, setRenewing] = useState<ExpiringQualification | null>(null);
  const load = useCallback(() => void qualificationsApi.expiring(30).then(setRows, (e) => setError(problemText(e))), []);
  useEffect(load, [load]);
  const name = (r: ExpiringQualification) => r.name?.[locale as Locale] ?? r.code;
  return (
    <Box p={2} data-testid="expiring-qualifications-page">
      <Title title={translate('qualifications.expiring.title')} />
      <Typography variant="h5" component="h1" gutterBottom>{translate('qualifications.expiring.title')}</Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {rows && rows.length === 0 && <Typography color="text.secondary">{translate('qualifications.expiring.none')}</Typography>}
      {rows && rows.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="expiring-qualifications">
            <TableHead>
              <TableRow>
                <TableCell>{translate('qualifications.expiring.person')}</TableCell>
                <TableCell>{translate('qualifications.expiring.center')}</TableCell>
                <TableCell>{translate('qualifications.expiring.qualification')}</TableCell>
                <TableCell>{translate('qualifications.expiring.validUntil')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} data-testid="expiring-row" data-volunteer={r.volunteerId}>
                  <TableCell>{r.fullName}</TableCell>
                  <TableCell>{r.homeCenterName ? r.homeCenterName[locale as Locale] ?? r.homeCenterName.az : ''}</TableCell>
                  <TableCell>{name(r)}</TableCell>
                  <TableCell>
                    <QualificationValidity q={r} />
                    {r.reminded && (
                      <Tooltip title={translate('qualifications.expiring.reminded')}>
                        <NotificationsActiveIcon fontSize="small" color="action" sx={{ ml: 1, verticalAlign: 'middle' }} aria-label={translate('qualifications.expiring.reminded')} />
                      </Tooltip>
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {canGrant && <Button size="small" onClick={() => setRenewing(r)}>{translate('qualifications.expiring.grant')}</Button>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {renewing && (
        <GrantQualificationDialog open onClose={() => setRenewing(null)} volunteerId={renewing.volunteerId} volunteerName={renewing.fullName}
          initialQualificationId={renewing.qualificationId ?? undefined} onGranted={load} />
      )}
    </Box>
  );
}
