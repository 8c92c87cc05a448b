import { mailAllowed, normaliseLanguages, notificationKindOf } from './my-profile.rules';

describe('notification preferences', () => {
  it.each([
    ['shift-reminder', 'reminders'],
    ['shift-swapped', 'swaps'],
    ['swap-declined', 'swaps'],
    ['coordinator-message', 'messages'],
    ['password-reset', null],
    ['email-verification', null],
    ['email-change', null],
    ['shift-cancelled', null],
  ])('%s is governed by %s', (template, kind) => {
    expect(notificationKindOf(template)).toBe(kind);
  });

  it.each([
    ['shift-reminder', { reminders: false }, false],
    ['shift-reminder', { reminders: true }, true],
    ['shift-reminder', null, true],
    ['password-reset', { reminders: false, swaps: false, messages: false }, true],
    ['coordinator-message', { messages: false }, false],
    ['shift-swapped', { reminders: false }, true],
  ] as const)('%s with %j → %s', (template, prefs, allowed) => {
    expect(mailAllowed(template, prefs)).toBe(allowed);
  });
});

describe('normaliseLanguages', () => {
  it('keeps one entry per language, lower-case, the strongest first', () => {
    expect(normaliseLanguages([{ language: 'EN', level: 'B1' }, { language: 'ru', level: 'C1' }, { language: 'en', level: 'B2' }])).toEqual([
      { language: 'ru', level: 'C1' },
      { language: 'en', level: 'B2' },
    ]);
  });
});
