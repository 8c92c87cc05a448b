import { useEffect, useRef, useState } from 'react';
import { useInput, useTranslate, useTranslateLabel } from 'react-admin';
import { IconButton, InputAdornment, TextField, type SxProps, type Theme } from '@mui/material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';

/**
 * A calendar date written dd.mm.yyyy in every language. A native `<input type="date">` shows the browser's own
 * format (MM/DD/YYYY in an English Chromium, whatever the console's language); here the text is ours and the
 * browser's calendar opens from the button. Values are 'YYYY-MM-DD' (Baku calendar dates, no time zone).
 */
export function toDmy(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}

/** 'dd.mm.yyyy' (or 8 digits) → 'YYYY-MM-DD', or null when it is no real date. */
export function fromDmy(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Digits typed one after another get their dots ("3112" → "31.12."); dots the person places are kept. */
export function withDots(raw: string, previous: string): string {
  const cleaned = raw.replace(/[^\d.]/g, '').slice(0, 10);
  if (cleaned.length < previous.length) return cleaned;
  const dots = [...cleaned].flatMap((c, i) => (c === '.' ? [i] : []));
  if (!dots.every((i) => i === 2 || i === 5)) return cleaned;
  const digits = cleaned.replace(/\./g, '').slice(0, 8);
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter(Boolean).join('.') + (digits.length === 2 || digits.length === 4 ? '.' : '');
}

export interface DmyDateFieldProps {
  value: string;
  onChange: (iso: string) => void;
  label?: string;
  min?: string;
  max?: string;
  error?: boolean;
  helperText?: string;
  size?: 'small' | 'medium';
  name?: string;
  testId?: string;
  sx?: SxProps<Theme>;
  /** Empty text is allowed (a filter): it reports ''. */
  clearable?: boolean;
}

export function DmyDateField({ value, onChange, label, min, max, error, helperText, size, name, testId, sx, clearable }: DmyDateFieldProps) {
  const translate = useTranslate();
  const [text, setText] = useState(() => toDmy(value));
  const picker = useRef<HTMLInputElement>(null);
  // The value changed from outside (Previous / Next day, a reset): show it.
  useEffect(() => {
    if (fromDmy(text) !== value && !(clearable && !value && !text)) setText(toDmy(value));
  }, [value]);
  const parsed = fromDmy(text);
  const outOfRange = !!parsed && ((!!min && parsed < min) || (!!max && parsed > max));
  const invalid = text !== '' && (!parsed || outOfRange);
  const type = (raw: string) => {
    const next = withDots(raw, text);
    setText(next);
    const iso = fromDmy(next);
    if (iso && !((min && iso < min) || (max && iso > max))) {
      if (iso !== value) onChange(iso);
    } else if (clearable && next === '' && value) onChange('');
  };
  const open = () => {
    const input = picker.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      input.focus();
      input.click();
    }
  };
  return (
    <TextField
      label={label} size={size} sx={sx} value={text} onChange={(e) => type(e.target.value)}
      onBlur={() => invalid || setText(toDmy(parsed ?? value))}
      error={error || invalid} helperText={invalid ? translate('app.date.invalid') : helperText}
      placeholder={translate('app.date.placeholder')}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { inputMode: 'numeric', autoComplete: 'off', name, 'data-testid': testId, 'data-value': value, maxLength: 10 },
        input: {
          endAdornment: (
            <InputAdornment position="end" sx={{ position: 'relative' }}>
              <IconButton size="small" edge="end" aria-label={translate('app.date.calendar')} onClick={open}>
                <CalendarMonthIcon fontSize="small" />
              </IconButton>
              <input ref={picker} type="date" tabIndex={-1} aria-hidden value={value || ''} min={min} max={max}
                onChange={(e) => e.target.value && (setText(toDmy(e.target.value)), onChange(e.target.value))}
                style={{ position: 'absolute', right: 0, bottom: 0, width: 1, height: 1, opacity: 0, border: 0, padding: 0, pointerEvents: 'none' }} />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/** The same field as a react-admin input (list filters, forms): the source holds 'YYYY-MM-DD' or nothing. */
export function DmyDateInput({ source, label, alwaysOn: _alwaysOn, ...rest }: { source: string; label?: string; alwaysOn?: boolean; min?: string; max?: string; sx?: SxProps<Theme> }) {
  const { field, fieldState, isRequired } = useInput({ source });
  const translateLabel = useTranslateLabel();
  const text = translateLabel({ label, source }) as string;
  return (
    <DmyDateField {...rest} clearable value={(field.value as string | null) ?? ''} onChange={(iso) => field.onChange(iso || null)}
      label={isRequired ? `${text} *` : text} error={!!fieldState.error} helperText={fieldState.error?.message} name={source} />
  );
}
