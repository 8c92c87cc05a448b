import { Box, Card, CardContent, MenuItem, Select, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { hashQuery } from '../notifications/public-api';

const LANGUAGES = [
  { code: 'az', name: 'Azərbaycanca' },
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
];

/** Mobile-first frame of the applicant's pages (wider than the mail pages: the form is long). */
export function ApplicantFrame({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: '#f4f6fa', py: { xs: 0, sm: 3 }, px: { xs: 0, sm: 2 } }}>
      <Card sx={{ maxWidth: 720, mx: 'auto', borderRadius: { xs: 0, sm: 2 } }}>
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: { xs: 2, sm: 3 } }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="overline" sx={{ color: '#0b4f8a', fontWeight: 700 }}>{translate('mail.brand')}</Typography>
            {/* The name goes on the combobox itself (aria-label on the Select's root names nothing a screen reader reads). */}
            <Select size="small" value={locale} onChange={(e) => setLocale(e.target.value)} SelectDisplayProps={{ 'aria-label': translate('mail.language') } as never}
              inputProps={{ 'aria-label': translate('mail.language') }} data-testid="language">
              {LANGUAGES.map((l) => <MenuItem key={l.code} value={l.code} lang={l.code}>{l.name}</MenuItem>)}
            </Select>
          </Box>
          <Typography variant="h5" component="h1">{title}</Typography>
          {children}
        </CardContent>
      </Card>
    </Box>
  );
}

/** Opens the page in the language of the mail link (`&lang=`), once on arrival. */
export function useMailLanguage(): void {
  const [, setLocale] = useLocaleState();
  const [lang] = useState(() => hashQuery().get('lang'));
  useEffect(() => {
    if (lang && ['az', 'en', 'ru'].includes(lang)) setLocale(lang);
  }, [lang, setLocale]);
}
