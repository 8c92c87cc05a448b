import { Box, Card, CardContent, MenuItem, Select, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

const LANGUAGES = [
  { code: 'az', name: 'Azərbaycanca' },
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
];

/** The frame of the public pages reached from mail: brand, title, language switch, content. */
export function PublicPageFrame({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: '#f4f6fa', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 440 }}>
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="overline" sx={{ color: '#0b4f8a', fontWeight: 700 }}>
              {translate('mail.brand')}
            </Typography>
            <Select size="small" value={locale} onChange={(e) => setLocale(e.target.value)} SelectDisplayProps={{ 'aria-label': translate('mail.language') } as never}
              inputProps={{ 'aria-label': translate('mail.language') }}>
              {LANGUAGES.map((l) => (
                <MenuItem key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </MenuItem>
              ))}
            </Select>
          </Box>
          <Typography variant="h5" component="h1">
            {title}
          </Typography>
          {children}
        </CardContent>
      </Card>
    </Box>
  );
}
