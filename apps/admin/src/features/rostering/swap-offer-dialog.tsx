import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup, TextField, Typography,
} from '@mui/material';
import { swapsApi, type SwapCandidate } from './swaps-api';

type Audience = 'pool' | 'colleague';

/** Asks whether the shift goes to the open pool or to one colleague; colleagues are loaded only when that choice is made. */
export function SwapOfferDialog({ assignmentId, onClose, onOffer }: {
  assignmentId: string | null;
  onClose: () => void;
  onOffer: (assignmentId: string, toVolunteerId?: string) => Promise<void>;
}) {
  const translate = useTranslate();
  const [audience, setAudience] = useState<Audience>('pool');
  const [colleagues, setColleagues] = useState<SwapCandidate[] | null>(null);
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setAudience('pool');
    setColleagues(null);
    setTo('');
  }, [assignmentId]);
  useEffect(() => {
    if (!assignmentId || audience !== 'colleague' || colleagues) return;
    swapsApi.candidates(assignmentId).then((r) => setColleagues(r.data), () => setColleagues([]));
  }, [assignmentId, audience, colleagues]);
  const ready = audience === 'pool' || !!to;
  const submit = async () => {
    if (!assignmentId || !ready) return;
    setBusy(true);
    try {
      await onOffer(assignmentId, audience === 'colleague' ? to : undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={!!assignmentId} onClose={onClose} fullWidth maxWidth="xs" data-testid="swap-offer-dialog">
      <DialogTitle>{translate('rostering.swapOffer.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>{translate('rostering.swapOffer.hint')}</Typography>
        <RadioGroup value={audience} onChange={(e) => setAudience(e.target.value as Audience)} name="audience">
          <FormControlLabel value="pool" control={<Radio />} label={translate('rostering.swapOffer.pool')} />
          <Typography variant="caption" sx={{ ml: 4, mt: -1, mb: 1 }}>{translate('rostering.swapOffer.poolHint')}</Typography>
          <FormControlLabel value="colleague" control={<Radio />} label={translate('rostering.swapOffer.colleague')} />
          <Typography variant="caption" sx={{ ml: 4, mt: -1 }}>{translate('rostering.swapOffer.colleagueHint')}</Typography>
        </RadioGroup>
        {audience === 'colleague' && (
          colleagues === null ? (
            <Typography variant="body2" sx={{ mt: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
              <CircularProgress size={16} /> {translate('rostering.swapOffer.loading')}
            </Typography>
          ) : colleagues.length === 0 ? (
            <Typography variant="body2" sx={{ mt: 1 }} data-testid="swap-offer-no-colleagues">{translate('rostering.swapOffer.none')}</Typography>
          ) : (
            <TextField
              select fullWidth size="small" sx={{ mt: 1 }} label={translate('rostering.swapOffer.pick')} value={to} onChange={(e) => setTo(e.target.value)}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { name: 'toVolunteerId' } }}
            >
              <option value="">{translate('rostering.swapOffer.pickPlaceholder')}</option>
              {colleagues.map((c) => <option key={c.volunteerId} value={c.volunteerId}>{c.fullName}</option>)}
            </TextField>
          )
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('rostering.swapOffer.close')}</Button>
        <Button variant="contained" disabled={!ready || busy} onClick={submit} data-testid="swap-offer-submit">{translate('rostering.swapOffer.submit')}</Button>
      </DialogActions>
    </Dialog>
  );
}
