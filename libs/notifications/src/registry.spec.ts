import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from './locale';
import { TEMPLATE_NAMES, isEssential, templateKind, type TemplateProps } from './registry';
import { TEMPLATES_ROOT, render } from './render';

describe('template registry', () => {
  it('has a file for every template in every language', () => {
    const missing = TEMPLATE_NAMES.flatMap((name) => LOCALES.map((locale) => join(name, `${locale}.hbs`))).filter(
      (file) => !existsSync(join(TEMPLATES_ROOT, 'templates', file)),
    );
    expect(missing).toEqual([]);
  });

  it('only group messages and vacancy invitations can be unsubscribed from; the rest always goes', () => {
    expect(TEMPLATE_NAMES.filter((name) => !isEssential(name)).sort()).toEqual(['coordinator-message', 'vacancy-invitation']);
    expect(templateKind('password-reset')).toBe('essential');
  });

  // These lines are checked by `tsc -p libs/notifications/tsconfig.json`: each @ts-expect-error fails the
  // typecheck if the line below it ever compiles.
  it('the compiler rejects missing and unknown props', () => {
    const typecheckOnly = (): void => {
      // @ts-expect-error the verification code is missing
      render('email-verification', { recipientName: 'Aynur', verifyUrl: 'https://x', expiresInMinutes: 30 }, 'az');
      // @ts-expect-error a non-essential template cannot be rendered without its unsubscribe link
      const noUnsubscribe: TemplateProps<'coordinator-message'> = { recipientName: 'A', coordinatorName: 'B', centerName: 'C', messageSubject: 'D', messageBody: 'E' };
      // @ts-expect-error no such template
      render('no-such-template', { recipientName: 'Aynur' }, 'az');
      // @ts-expect-error 'de' is not one of our languages
      render('password-reset', { recipientName: 'Aynur', resetUrl: 'https://x', expiresInMinutes: 30 }, 'de');
      void noUnsubscribe;
    };
    expect(typeof typecheckOnly).toBe('function');
  });
});
