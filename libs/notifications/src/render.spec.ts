import { LOCALES, type Locale } from './locale';
import { TEMPLATE_NAMES, isEssential, type TemplateName } from './registry';
import { parseTemplateFile, render } from './render';
import { sampleProps } from './sample-props.fixture';

const AZ_LETTERS = ['ə', 'ğ', 'ı', 'ö', 'ü', 'ç', 'ş'];
const decodeEntities = (html: string): string => html.replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&amp;/g, '&');
const renderSample = <N extends TemplateName>(name: N, locale: Locale) => render(name, sampleProps[name], locale);

const cases = TEMPLATE_NAMES.flatMap((name) => LOCALES.map((locale) => [name, locale] as const));

describe.each(cases)('%s in %s', (name, locale) => {
  const mail = renderSample(name, locale);

  it('has a one-line subject, an HTML and a plain-text body, with nothing left unrendered', () => {
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).toContain('<!DOCTYPE html>');
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.text.trim().length).toBeGreaterThan(50);
    for (const part of [mail.subject, mail.html, mail.text]) {
      expect(part).not.toContain('{{');
      expect(part).not.toContain('}}');
      expect(part).not.toMatch(/undefined|\[object Object\]|Invalid Date|NaN/);
    }
  });

  it('greets the recipient by name in both bodies and keeps the brand in the layout', () => {
    expect(mail.html).toContain('Gülçöhrə Ağayeva-Şıxəliyeva');
    expect(mail.text).toContain('Gülçöhrə Ağayeva-Şıxəliyeva');
    expect(mail.html).toContain('Könüllü DOST');
    expect(mail.text).toContain('Könüllü DOST');
  });

  it('the plain-text body is not HTML: no tags, no entities', () => {
    expect(mail.text).not.toMatch(/<(p|a|table|br|strong)\b/);
    expect(mail.text).not.toMatch(/&(amp|lt|gt|quot|#x?[0-9a-f]+);/i);
  });

  it('every link of the props is in both bodies', () => {
    const urls = Object.entries(sampleProps[name])
      .filter(([key, value]) => key.endsWith('Url') && typeof value === 'string')
      .map(([, value]) => value as string);
    for (const url of urls) {
      expect(decodeEntities(mail.html)).toContain(`href="${url}"`);
      expect(mail.text).toContain(url);
    }
  });

  it('an unsubscribe link only in non-essential mail', () => {
    const unsubscribe = { az: 'abunəlikdən çıxın', en: 'unsubscribe', ru: 'отпишитесь' }[locale];
    expect(mail.html.includes(unsubscribe)).toBe(!isEssential(name));
    expect(mail.text.includes(unsubscribe)).toBe(!isEssential(name));
  });

  if (locale === 'az') {
    it('Azerbaijani letters ə ğ ı ö ü ç ş survive into the subject and both bodies', () => {
      const html = decodeEntities(mail.html).toLocaleLowerCase('az');
      const text = mail.text.toLocaleLowerCase('az');
      for (const letter of AZ_LETTERS) {
        expect(html).toContain(letter);
        expect(text).toContain(letter);
      }
      expect(mail.subject).toMatch(/[əğıöüçşƏĞIÖÜÇŞ]/);
      expect(mail.subject).not.toMatch(/[\uFFFD]|Ã|Ä/);
    });
  }
});

describe('rendering', () => {
  it('escapes props in HTML but leaves them as written in the subject and plain text', () => {
    const mail = render(
      'coordinator-message',
      { ...sampleProps['coordinator-message'], messageSubject: 'Ağa & <oğulları>', messageBody: '<script>alert(1)</script>\nİkinci sətir\n\nYeni abzas' },
      'az',
    );
    expect(mail.subject).toBe('Ağa & <oğulları> — Bakı 1 saylı DOST mərkəzi');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>İkinci sətir</p>');
    expect(mail.html).toContain('>Yeni abzas</p>');
    expect(mail.html).toContain('Ağa &amp; &lt;oğulları&gt;');
    expect(mail.text).toContain('<script>alert(1)</script>\nİkinci sətir\n\nYeni abzas');
  });

  it('a line break in a prop never reaches the subject', () => {
    const mail = render('coordinator-message', { ...sampleProps['coordinator-message'], messageSubject: 'Salam\r\nBcc: someone@evil.example' }, 'az');
    expect(mail.subject).toBe('Salam Bcc: someone@evil.example — Bakı 1 saylı DOST mərkəzi');
  });

  it('shows dates and durations in the language of the mail, in Baku time', () => {
    expect(renderSample('shift-assigned', 'az').text).toContain('24 oktyabr 2025, cümə, 09:00–13:30');
    expect(renderSample('shift-assigned', 'en').text).toContain('Friday, 24 October 2025, 09:00–13:30');
    expect(renderSample('shift-assigned', 'ru').text).toContain('пятница, 24 октября 2025 г., 09:00–13:30');
    expect(renderSample('hours-approved', 'az').subject).toBe('Könüllülük saatlarınız təsdiqləndi: 7 saat 30 dəqiqə');
    expect(renderSample('hours-approved', 'ru').text).toContain('7 ч 30 мин волонтёрской работы за 2 смены');
    expect(render('hours-approved', { ...sampleProps['hours-approved'], shiftCount: 5 }, 'ru').text).toContain('за 5 смен');
    expect(render('hours-approved', { ...sampleProps['hours-approved'], shiftCount: 1 }, 'en').text).toContain('for 1 shift.');
  });

  it('leaves out an optional detail that is not given', () => {
    const text = renderSample('shift-changed', 'en').text;
    // The new shift has no address; the previous one had.
    expect(text.match(/Address:/g)).toHaveLength(1);
  });

  it('the invitation names the platform once, also when the platform itself invites (recruitment onboarding)', () => {
    const props = { ...sampleProps['account-invitation'], inviterName: 'Könüllü DOST' };
    const expected = { az: 'Könüllü DOST sizi platformaya dəvət edib.', en: 'Könüllü DOST has invited you to join the platform.', ru: 'Könüllü DOST приглашает вас на платформу.' };
    for (const locale of ['az', 'en', 'ru'] as const) {
      const { text } = render('account-invitation', props, locale);
      expect(text).toContain(expected[locale]);
      const sentence = text.split('\n').find((line) => line.startsWith('Könüllü DOST '));
      expect(sentence?.match(/Könüllü DOST/g)).toHaveLength(1);
    }
  });

  it('the e-mail verification shows the 6-digit code', () => {
    const mail = renderSample('email-verification', 'az');
    expect(mail.html).toContain('482913');
    expect(mail.text).toContain('daxil edin: 482913');
  });

  it('fails loudly when props from the queue lack a field, instead of sending a gap', () => {
    const withoutLink = { recipientName: 'Aynur', expiresInMinutes: 30 } as unknown as (typeof sampleProps)['password-reset'];
    expect(() => render('password-reset', withoutLink, 'az')).toThrow(/"resetUrl" not defined/);
    // Props come out of the queue as JSON, where a missing field is an absent key.
    const withoutName = JSON.parse(JSON.stringify({ ...sampleProps['application-rejected'], recipientName: undefined })) as (typeof sampleProps)['application-rejected'];
    expect(() => render('application-rejected', withoutName, 'en')).toThrow(/"recipientName" not defined/);
    const withoutDate = JSON.parse(JSON.stringify({ ...sampleProps['account-invitation'], expiresAt: undefined })) as (typeof sampleProps)['account-invitation'];
    expect(() => render('account-invitation', withoutDate, 'ru')).toThrow(/Not a date/);
  });
});

describe('template files', () => {
  it('need all three sections', () => {
    expect(() => parseTemplateFile('{{!-- subject --}}\nHi\n{{!-- html --}}\n<p>x</p>', 'x.hbs')).toThrow(/x\.hbs/);
    expect(() => parseTemplateFile('{{!-- subject --}}\nA\n{{!-- subject --}}\nB\n{{!-- html --}}\nh\n{{!-- text --}}\nt', 'y.hbs')).toThrow(/twice/);
    expect(parseTemplateFile('{{!-- subject --}}\nA\n{{!-- html --}}\n<p>h</p>\n{{!-- text --}}\nt\n', 'z.hbs')).toEqual({ subject: 'A', html: '<p>h</p>', text: 't' });
  });
});
