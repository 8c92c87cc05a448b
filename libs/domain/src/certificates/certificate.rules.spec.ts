import {
  certificateEligibility, certificateRuleProblems, formatSerial, normalizeVerificationCode, parseSerial, verificationCodeFrom, VERIFICATION_CODE_ALPHABET,
  type CertificateFacts, type CertificateTypeRule,
} from './certificate.rules';

const facts = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  minutes: 0, totalMinutes: 0, onboardingComplete: true, signupBlocked: false, qualifications: [], today: '2026-06-15', ...over,
});
const programme: CertificateTypeRule = { kind: 'programme', active: true, rule: { minHours: 40, periodFrom: '2026-01-01', periodTo: '2026-12-31' } };
const event: CertificateTypeRule = { kind: 'event', active: true, rule: { eventId: 'e1' } };
const milestone: CertificateTypeRule = { kind: 'milestone', active: true, rule: { milestoneHours: 100 } };
const training: CertificateTypeRule = { kind: 'training', active: true, rule: { qualification: 'protocol' } };

describe('certificateEligibility', () => {
  it.each<[string, CertificateTypeRule, Partial<CertificateFacts>, boolean, string[], number, number | null]>([
    ['programme: 40 h within the period', programme, { minutes: 2400 }, true, [], 2400, 2400],
    ['programme: 84 of 120 hours', { ...programme, rule: { ...programme.rule, minHours: 120 } }, { minutes: 5040 }, false, ['notEnoughHours'], 5040, 7200],
    ['programme: one minute short', programme, { minutes: 2399 }, false, ['notEnoughHours'], 2399, 2400],
    ['programme: onboarding not complete', programme, { minutes: 3000, onboardingComplete: false }, false, ['onboardingIncomplete'], 3000, 2400],
    ['programme: open no-show block', programme, { minutes: 3000, signupBlocked: true }, false, ['noShowBlock'], 3000, 2400],
    ['programme: before the period starts', programme, { minutes: 0, today: '2025-12-31' }, false, ['outsidePeriod', 'notEnoughHours'], 0, 2400],
    ['programme: everything missing, in order', { ...programme, active: false }, { onboardingComplete: false, signupBlocked: true }, false,
      ['typeInactive', 'notEnoughHours', 'onboardingIncomplete', 'noShowBlock'], 0, 2400],
    ['event: served there', event, { minutes: 480 }, true, [], 480, null],
    ['event: never there', event, { minutes: 0, totalMinutes: 9000 }, false, ['notAtEvent'], 0, null],
    ['event: a minimum of 8 h, served 6', { ...event, rule: { eventId: 'e1', minHours: 8 } }, { minutes: 360 }, false, ['notEnoughHours'], 360, 480],
    ['event: a block or onboarding does not matter', event, { minutes: 60, signupBlocked: true, onboardingComplete: false }, true, [], 60, null],
    ['milestone 100: exactly 100 h', milestone, { totalMinutes: 6000 }, true, [], 6000, 6000],
    ['milestone 100: 99 h 45 min', milestone, { totalMinutes: 5985, minutes: 99999 }, false, ['notEnoughHours'], 5985, 6000],
    ['milestone 500', { ...milestone, rule: { milestoneHours: 500 } }, { totalMinutes: 30000 }, true, [], 30000, 30000],
    ['training: holds the qualification', training, { qualifications: ['first_aid', 'protocol'] }, true, [], 0, null],
    ['training: does not', training, { qualifications: ['first_aid'] }, false, ['qualificationMissing'], 0, null],
    ['inactive type, otherwise earned', { ...milestone, active: false }, { totalMinutes: 7000 }, false, ['typeInactive'], 7000, 6000],
  ])('%s', (_, type, f, eligible, reasons, minutes, required) => {
    expect(certificateEligibility(type, facts(f))).toEqual({ eligible, reasons, minutes, requiredMinutes: required });
  });
});

describe('certificateRuleProblems', () => {
  it.each<[string, Parameters<typeof certificateRuleProblems>, string[]]>([
    ['programme complete', ['programme', { minHours: 40, periodFrom: '2026-01-01', periodTo: '2026-12-31' }], []],
    ['programme without hours', ['programme', {}], ['rule.minHours:certificateRuleRequired']],
    ['period backwards', ['programme', { minHours: 1, periodFrom: '2026-02-01', periodTo: '2026-01-01' }], ['rule.periodTo:certificatePeriodOrder']],
    ['not a date', ['programme', { minHours: 1, periodFrom: '1.1.2026' }], ['rule.periodFrom:isIsoDate']],
    ['event without its event', ['event', {}], ['rule.eventId:certificateRuleRequired']],
    ['milestone 150', ['milestone', { milestoneHours: 150 }], ['rule.milestoneHours:certificateMilestone']],
    ['milestone 250', ['milestone', { milestoneHours: 250 }], []],
    ['training without a qualification', ['training', { qualification: ' ' }], ['rule.qualification:certificateRuleRequired']],
  ])('%s', (_, args, expected) => {
    expect(certificateRuleProblems(...args).map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});

describe('serials', () => {
  it.each([
    [2025, 123, 'KD-2025-000123'],
    [2026, 1, 'KD-2026-000001'],
    [2026, 999999, 'KD-2026-999999'],
  ])('%i #%i → %s and back', (year, n, serial) => {
    expect(formatSerial(year, n)).toBe(serial);
    expect(parseSerial(serial)).toEqual({ year, number: n });
  });

  it.each([[2025, 0], [2025, 1_000_000], [25, 1], [2025, 1.5]])('refuses year %i number %d', (year, n) => {
    expect(() => formatSerial(year, n)).toThrow(RangeError);
  });

  it.each(['KD-2025-123', 'KD-2025-0001234', 'XX-2025-000123', 'KD-2025-000000', '', 'KD 2025 000123'])('%j is not a serial', (s) => {
    expect(parseSerial(s)).toBeNull();
  });

  it('forgives case and surrounding spaces', () => expect(parseSerial(' kd-2025-000007 ')).toEqual({ year: 2025, number: 7 }));
});

describe('verification codes', () => {
  it('takes 20 characters of the base32 alphabet from random bytes', () => {
    const code = verificationCodeFrom(Uint8Array.from({ length: 20 }, (_, i) => i * 13 + 7));
    expect(code).toHaveLength(20);
    expect([...code].every((c) => VERIFICATION_CODE_ALPHABET.includes(c))).toBe(true);
    expect(verificationCodeFrom(new Uint8Array(20).fill(255))).toBe('7'.repeat(20));
  });

  it('refuses too few bytes', () => expect(() => verificationCodeFrom(new Uint8Array(19))).toThrow(RangeError));

  it.each<[string, string | null]>([
    ['ABCDEFGHIJKLMNOPQRST', 'ABCDEFGHIJKLMNOPQRST'],
    ['abcde-fghij-klmno-pqrst', 'ABCDEFGHIJKLMNOPQRST'],
    ['ABCDE FGHIJ KLMNO 234567'.slice(0, 23), 'ABCDEFGHIJKLMNO23456'],
    ['ABCDEFGHIJKLMNOPQRS1', null], // 1 is not in the alphabet
    ['ABCDEFGHIJKLMNOPQRS', null],
    ['../../etc/passwd', null],
  ])('%j → %j', (input, expected) => expect(normalizeVerificationCode(input)).toBe(expected));
});
