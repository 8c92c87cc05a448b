import { Box, Button, Typography } from '@mui/material';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** The page for an address the console does not know: says so in plain words, and leads home (issue 19). */
export function NotFoundPage() {
  const translate = useTranslate();
  return (
    <Box component="main" sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', gap: 2, p: 4 }} data-testid="not-found">
      <SearchOffIcon sx={{ fontSize: 72, color: 'text.secondary' }} aria-hidden />
      <Typography variant="h4" component="h1">{translate('ra.page.not_found')}</Typography>
      <Typography>{translate('ra.message.not_found')}</Typography>
      <Button variant="contained" component={Link} to="/">{translate('ra.action.back')}</Button>
    </Box>
  );
}
