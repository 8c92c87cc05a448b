import { useEffect, useState } from 'react';
import { AppBar, LoadingIndicator, TitlePortal, useLocaleState, useLocales, useTranslate } from 'react-admin';
import { Button, Menu, MenuItem, useMediaQuery, type Theme } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { saveAccountLocale, type Lang } from '../features/my-profile/my-profile-api';

/**
 * The language switch: the language's name on wider screens, its two-letter code on a phone, so the
 * page title keeps the room ("Azərbaycanca" plus two icons left a 390 px bar ~100 px for the title).
 */
function LanguageButton() {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const name = languages.find((l) => l.locale === locale)?.name ?? locale;
  return (
    <>
      <Button
        color="inherit" onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="true" // The accessible name starts with the words shown (WCAG 2.5.3): "AZ — Dil: Azərbaycanca" on a phone.
        aria-label={phone ? `${locale.toUpperCase()} — ${translate('app.language')}: ${name}` : `${name} — ${translate('app.language')}`}
        data-testid="language-button" startIcon={<TranslateIcon />} endIcon={phone ? undefined : <ExpandMoreIcon fontSize="small" />}
        sx={{ flexShrink: 0, minWidth: 0, px: phone ? 1 : undefined }}
      >
        {phone ? locale.toUpperCase() : name}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {languages.map((l) => (
          <MenuItem key={l.locale} lang={l.locale} selected={l.locale === locale} onClick={() => (setLocale(l.locale), void saveAccountLocale(l.locale as Lang), setAnchor(null))}>
            {l.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

/** Whether the page's content has its own <h1> (many pages name their subject, e.g. the volunteer's name). */
function usePageHasOwnH1(): boolean {
  const [own, setOwn] = useState(false);
  useEffect(() => {
    const check = () => setOwn(!!document.getElementById('main-content')?.querySelector('h1'));
    check();
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return own;
}

/** react-admin's bar with a title that may take two lines on a phone (clamped with an ellipsis) instead of being cut. */
export function ConsoleAppBar() {
  const pageHasH1 = usePageHasOwnH1();
  return (
    <AppBar toolbar={<><LanguageButton /><LoadingIndicator /></>}>
      {/* The page's title is its one <h1> (styled as react-admin's h6) unless the page has an <h1> of its own. */}
      <TitlePortal
        component={pageHasH1 ? 'h6' : 'h1'}
        data-testid="app-title"
        sx={{
          minWidth: 0,
          fontSize: { xs: '1rem', sm: '1.25rem' },
          lineHeight: { xs: 1.25, sm: 1.6 },
          whiteSpace: { xs: 'normal', sm: 'nowrap' },
          display: { xs: '-webkit-box', sm: 'block' },
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          overflowWrap: 'anywhere',
        }}
      />
    </AppBar>
  );
}
