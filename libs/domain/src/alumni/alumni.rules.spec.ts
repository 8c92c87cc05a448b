import { aggregateRatings, cvProblem, inTalentPool, mayBecomeAlumni, validateRating, type RatingInput } from './alumni.rules';

const TODAY = '2026-12-06';
const scores = { punctuality: 5, communication: 4, serviceToCitizens: 3, teamwork: 2 };

describe('mayBecomeAlumni', () => {
  it.each([
    ['active', { ok: true }],
    ['paused', { ok: true }],
    ['alumni', { ok: false, reason: 'alreadyAlumni' }],
    ['staff', { ok: false, reason: 'alreadyStaff' }],
    ['exited', { ok: false, reason: 'exited' }],
    ['applicant', { ok: false, reason: 'notOnboarded' }],
  ] as const)('%s → %o', (status, expected) => expect(mayBecomeAlumni(status)).toEqual(expected));
});

describe('inTalentPool', () => {
  it.each([
    ['alumni', true, true],
    ['alumni', false, false],
    ['staff', true, false],
    ['active', true, false],
    ['exited', true, false],
  ] as const)('%s with consent %s → %s', (status, consent, expected) => expect(inTalentPool(status, consent)).toBe(expected));
});

describe('validateRating', () => {
  const event: RatingInput = { ...scores, eventId: 'e' };
  const period: RatingInput = { ...scores, centerId: 'c', periodFrom: '2026-11-01', periodTo: '2026-11-30' };
  it.each<[string, RatingInput, string[]]>([
    ['an event rating', event, []],
    ['a period rating', period, []],
    ['a period ending today', { ...period, periodTo: TODAY }, []],
    ['score 0', { ...event, punctuality: 0 }, ['punctuality:ratingScore']],
    ['score 6', { ...event, teamwork: 6 }, ['teamwork:ratingScore']],
    ['score 3.5', { ...event, communication: 3.5 }, ['communication:ratingScore']],
    ['score as text', { ...event, serviceToCitizens: '4' }, ['serviceToCitizens:ratingScore']],
    ['a missing score', { eventId: 'e', punctuality: 3, communication: 3, teamwork: 3 }, ['serviceToCitizens:ratingScore']],
    ['both event and center', { ...period, eventId: 'e' }, ['eventId:ratingContext']],
    ['neither event nor center', { ...scores }, ['eventId:ratingContext']],
    ['a center without a period', { ...scores, centerId: 'c' }, ['periodFrom:ratingPeriodRequired']],
    ['a center without the end', { ...scores, centerId: 'c', periodFrom: '2026-11-01' }, ['periodTo:ratingPeriodRequired']],
    ['a reversed period', { ...period, periodFrom: '2026-12-01', periodTo: '2026-11-01' }, ['periodTo:ratingPeriodOrder']],
    ['a period ending tomorrow', { ...period, periodTo: '2026-12-07' }, ['periodTo:ratingPeriodFuture']],
    ['a period over two years back', { ...period, periodFrom: '2024-12-01' }, ['periodFrom:ratingPeriodTooOld']],
    ['a comment of 2000 characters', { ...event, comment: 'ə'.repeat(2000) }, []],
    ['a comment of 2001 characters', { ...event, comment: 'ə'.repeat(2001) }, ['comment:ratingCommentTooLong']],
  ])('%s', (_, input, expected) => {
    expect(validateRating(input, TODAY).map((e) => `${e.field}:${e.code}`)).toEqual(expected);
  });
});

describe('aggregateRatings', () => {
  it('no ratings: count 0 and no averages', () => {
    expect(aggregateRatings([])).toEqual({
      count: 0, overall: null, averages: { punctuality: null, communication: null, serviceToCitizens: null, teamwork: null },
    });
  });
  it.each([
    [[scores], { punctuality: 5, communication: 4, serviceToCitizens: 3, teamwork: 2 }, 3.5],
    [[scores, { punctuality: 4, communication: 4, serviceToCitizens: 4, teamwork: 5 }], { punctuality: 4.5, communication: 4, serviceToCitizens: 3.5, teamwork: 3.5 }, 3.9],
    [[scores, scores, { punctuality: 5, communication: 5, serviceToCitizens: 5, teamwork: 5 }], { punctuality: 5, communication: 4.3, serviceToCitizens: 3.7, teamwork: 3 }, 4],
  ])('%#: averages per rubric, rounded to one decimal', (ratings, averages, overall) => {
    const agg = aggregateRatings(ratings);
    expect(agg).toEqual({ count: ratings.length, averages, overall });
    expect(Object.keys(agg)).not.toContain('comment');
  });
});

describe('cvProblem', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n');
  it.each<[string, Uint8Array, number, string | null]>([
    ['a PDF', pdf, 1000, null],
    ['a PDF at the limit', pdf, 5 * 1024 * 1024, null],
    ['a PDF over the limit', pdf, 5 * 1024 * 1024 + 1, 'cvTooLarge'],
    ['an empty file', new Uint8Array(), 0, 'cvEmpty'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 1000, 'cvNotPdf'],
    ['a text file named .pdf', new TextEncoder().encode('hello'), 5, 'cvNotPdf'],
    ['three bytes', new TextEncoder().encode('%PD'), 3, 'cvNotPdf'],
  ])('%s', (_, head, size, expected) => expect(cvProblem(head, size)).toBe(expected));
});
