import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, List, ListItem, ListItemText, MenuItem, Stack, TextField, Tooltip, Typography,
} from '@mui/material';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { bakuToday, formatDay, problemText, qualificationsApi, useQualificationCatalogue, type HeldQualification, type Locale } from './qualifications-api';

/** The last valid day the API will compute (same rule as @dost/domain qualificationExpiry), shown before granting. */
function previewExpiry(grantedOn: string, months: number | null): string | null {
  if (!months || !/^\d{4}-\d{2}-\d{2}$/.test(grantedOn)) return null;
  const [y, m, d] = grantedOn.split('-').map(Number);
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d > last) return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
  return new Date(Date.UTC(year, month - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * "Grant qualification": pick from the catalogue, the day it was earned, evidence. Mount it anywhere a volunteer is
 * shown (the profile page); `onGranted` lets the host reload what it shows.
 */
export function GrantQualificationDialog({ open, onClose, volunteerId, volunteerName, onGranted, initialQualificationId }: {
  open: boolean; onClose: () => void; volunteerId: string; volunteerName?: string; onGranted?: () => void; initialQualificationId?: string;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const catalogue = useQualificationCatalogue();
  const [qualificationId, setQualificationId] = useState(initialQualificationId ?? '');
  const [grantedOn, setGrantedOn] = useState(bakuToday());
  const [evidence, setEvidence] = useState('');
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) { setQualificationId(initialQualificationId ?? ''); setGrantedOn(bakuToday()); setEvidence(''); setFileName(''); setError(null); }
  }, [open, initialQualificationId]);
  const chosen = catalogue.find((q) => q.id === qualificationId);
  const until = chosen ? previewExpiry(grantedOn, chosen.validityMonths) : null;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await qualificationsApi.grant(volunteerId, { qualificationId, grantedOn, evidence: evidence || undefined, evidenceFileName: fileName || undefined });
      notify(res.outcome === 'granted' ? 'qualifications.grant.granted' : 'qualifications.grant.renewed', { type: 'success' });
      onGranted?.();
      onClose();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid="grant-qualification-dialog">
      <DialogTitle>{translate('qualifications.grant.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {volunteerName && <Typography>{translate('qualifications.grant.for', { name: volunteerName })}</Typography>}
          <TextField select label={translate('qualifications.grant.qualification')} value={qualificationId} onChange={(e) => setQualificationId(e.target.value)} required
            inputProps={{ 'data-testid': 'grant-qualification-select' }}>
            {catalogue.filter((q) => q.active).map((q) => <MenuItem key={q.id} value={q.id} data-code={q.code}>{q.name[locale as Locale] ?? q.name.az}</MenuItem>)}
          </TextField>
          <TextField type="date" label={translate('qualifications.grant.date')} value={grantedOn} onChange={(e) => setGrantedOn(e.target.value)} required
            InputLabelProps={{ shrink: true }} inputProps={{ max: bakuToday(), 'data-testid': 'grant-date' }}
            helperText={chosen ? (until ? translate('qualifications.grant.preview', { date: formatDay(until, locale) }) : translate('qualifications.grant.previewNoExpiry')) : ' '} />
          <TextField label={translate('qualifications.grant.evidence')} value={evidence} onChange={(e) => setEvidence(e.target.value)} multiline minRows={2} inputProps={{ maxLength: 1000 }} />
          <TextField label={translate('qualifications.grant.fileName')} value={fileName} onChange={(e) => setFileName(e.target.value)} inputProps={{ maxLength: 200 }} />
          {error && <Alert severity="error" data-testid="grant-error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('qualifications.grant.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={!qualificationId || !grantedOn || busy} data-testid="grant-submit">{translate('qualifications.grant.submit')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** One held qualification's status: expired (red), expiring within 30 days (orange), valid, or no expiry. */
export function QualificationValidity({ q }: { q: HeldQualification }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (q.validUntil == null) return <Chip size="small" variant="outlined" label={translate('qualifications.held.noExpiry')} />;
  if (q.expired) return <Chip size="small" color="error" label={`${translate('qualifications.held.expired')} (${formatDay(q.validUntil, locale)})`} data-testid="qualification-expired" />;
  const until = translate('qualifications.held.validUntil', { date: formatDay(q.validUntil, locale) });
  if (q.expiringSoon) return <Chip size="small" color="warning" label={`${until} · ${translate('qualifications.held.expiresIn', { smart_count: q.daysLeft ?? 0 })}`} data-testid="qualification-expiring" />;
  return <Chip size="small" color="success" variant="outlined" label={until} />;
}

/**
 * A volunteer's qualifications with expiry, and for coordinators and admins the "Grant qualification" button and
 * revoke. For the volunteer profile page: `<VolunteerQualificationsCard volunteerId={…} volunteerName={…} />`.
 */
export function VolunteerQualificationsCard({ volunteerId, volunteerName, onChange }: { volunteerId: string; volunteerName?: string; onChange?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Me>();
  const canGrant = hasRole(permissions, 'admin', 'coordinator');
  const catalogue = useQualificationCatalogue();
  const [held, setHeld] = useState<HeldQualification[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const load = useCallback(() => {
    qualificationsApi.held(volunteerId).then(setHeld, (e) => setError(problemText(e)));
  }, [volunteerId]);
  useEffect(load, [load]);
  const nameOf = useMemo(() => (q: HeldQualification) => q.name?.[locale as Locale] ?? catalogue.find((c) => c.code === q.code)?.name[locale as Locale] ?? q.code, [catalogue, locale]);
  const revoke = async (q: HeldQualification) => {
    const id = q.qualificationId ?? catalogue.find((c) => c.code === q.code)?.id;
    if (!id || !window.confirm(translate('qualifications.held.revokeConfirm', { name: nameOf(q) }))) return;
    try {
      await qualificationsApi.revoke(volunteerId, id);
      notify('qualifications.held.revoked', { type: 'info' });
      load();
      onChange?.();
    } catch (e) {
      notify(problemText(e), { type: 'error' });
    }
  };
  return (
    <Card variant="outlined" data-testid="volunteer-qualifications">
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">{translate('qualifications.held.title')}</Typography>
          {canGrant && <Button variant="contained" size="small" onClick={() => setOpen(true)} data-testid="grant-qualification">{translate('qualifications.held.grant')}</Button>}
        </Stack>
        {error && <Alert severity="error">{error}</Alert>}
        {held && held.length === 0 && <Typography color="text.secondary">{translate('qualifications.held.none')}</Typography>}
        {held && held.length > 0 && (
          <List dense disablePadding>
            {held.map((q) => (
              <ListItem key={q.id} disableGutters data-testid="held-qualification" data-code={q.code}
                secondaryAction={canGrant && (
                  <Tooltip title={translate('qualifications.held.revoke')}>
                    <IconButton edge="end" aria-label={translate('qualifications.held.revoke')} onClick={() => revoke(q)}><RemoveCircleOutlineIcon /></IconButton>
                  </Tooltip>
                )}>
                <ListItemText
                  primary={<Box component="span" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>{nameOf(q)} <QualificationValidity q={q} /></Box>}
                  secondary={[
                    q.grantedOn && translate('qualifications.held.grantedOn', { date: formatDay(q.grantedOn, locale) }),
                    q.trainingSessionId && translate('qualifications.held.byTraining'),
                    q.grantedByName,
                    q.evidence && `${translate('qualifications.held.evidence')}: ${q.evidence}`,
                    q.evidenceFileName,
                  ].filter(Boolean).join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
      <GrantQualificationDialog open={open} onClose={() => setOpen(false)} volunteerId={volunteerId} volunteerName={volunteerName} onGranted={() => { load(); onChange?.(); }} />
    </Card>
  );
}
