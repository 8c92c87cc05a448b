import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Alert, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import { bakuDmy } from '../../time';
import { dmy } from '../rostering/rostering-screens';
import { accreditationApi, type Lang, type ScanAnswer } from './accreditation-api';
import { contrast } from './accreditation-page';

const hm = (iso: string | null) => (iso ? bakuDmy(iso).slice(11) : '');

/**
 * The door (docs/accreditation.md): the badge's QR opens /#/badge/<token>; a signed-in organiser of the event (or an
 * admin) sees at once a green or red panel, the person's name, today's positions and the zones open to them today.
 * A reprinted badge's old QR says "replaced"; a made-up or another event's code says "unknown".
 */
export function BadgeScanPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const { token = '' } = useParams();
  const [answer, setAnswer] = useState<ScanAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setAnswer(null);
    setError(null);
    // A token that cannot be one (too short, other characters) is "unknown" without asking.
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) { setAnswer({ result: 'unknown' }); return; }
    accreditationApi.scan(token).then(setAnswer, (e: Error) => setError(e.message));
  }, [token]);
  const green = answer?.result === 'valid' && answer.access === 'granted';
  return (
    <Box sx={{ p: 1, maxWidth: 640, mx: 'auto' }} data-testid="badge-scan">
      <Title title="accreditation.scan.title" />
      {!answer && !error && <Typography>{translate('accreditation.scan.checking')}</Typography>}
      {error && <Alert severity="error">{error}</Alert>}
      {answer && (
        <Paper elevation={0} data-testid="scan-verdict" data-result={answer.result} data-access={answer.access ?? 'denied'}
          sx={{ p: 3, mb: 2, textAlign: 'center', color: '#fff', bgcolor: green ? '#1b7f3b' : answer.result === 'unknown' ? '#5b6573' : '#b3261e', borderRadius: 2 }}>
          {green ? <CheckCircleIcon sx={{ fontSize: 72 }} /> : <CancelIcon sx={{ fontSize: 72 }} />}
          <Typography variant="h4" component="p" sx={{ fontWeight: 700 }}>
            {answer.result === 'valid' ? translate(green ? 'accreditation.scan.granted' : 'accreditation.scan.denied')
              : translate(answer.result === 'replaced' ? 'accreditation.scan.replaced' : 'accreditation.scan.unknown')}
          </Typography>
          {answer.result === 'valid' && answer.reason && <Typography variant="h6" component="p">{translate(`accreditation.scan.reasons.${answer.reason}`)}</Typography>}
          {answer.result === 'replaced' && <Typography sx={{ mt: 1 }}>{translate('accreditation.scan.replacedText', { at: bakuDmy(answer.replacedAt) })}</Typography>}
          {answer.result === 'unknown' && <Typography sx={{ mt: 1 }}>{translate('accreditation.scan.unknownText')}</Typography>}
        </Paper>
      )}
      {answer?.result === 'valid' && answer.holder && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="overline">{translate(`accreditation.scan.kinds.${answer.holder.kind}`)} · {answer.event?.name[l]}</Typography>
          <Typography variant="h5" component="p" sx={{ fontWeight: 700 }} data-testid="scan-name">{answer.holder.name}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('accreditation.scan.day', { day: dmy(answer.day ?? '') })}</Typography>
          {!!answer.roles?.length && (
            <>
              <Typography variant="subtitle2">{translate('accreditation.scan.roles')}</Typography>
              <Stack component="ul" sx={{ pl: 2, mt: 0 }}>
                {answer.roles.map((r, i) => <li key={i}>{r.name[l]}{r.startsAt ? ` · ${hm(r.startsAt)}–${hm(r.endsAt)}` : ''}</li>)}
              </Stack>
            </>
          )}
          <Typography variant="subtitle2">{translate('accreditation.scan.zones')}</Typography>
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 0.5 }} data-testid="scan-zones">
            {!answer.zones?.length && <Typography color="text.secondary">{translate('accreditation.scan.noZones')}</Typography>}
            {answer.zones?.map((z) => <Chip key={z.id} label={z.name[l]} sx={{ bgcolor: z.color, color: contrast(z.color), fontWeight: 700, fontSize: 16, px: 1 }} />)}
          </Stack>
        </Paper>
      )}
    </Box>
  );
}
