import { azLocative, eventDays, feedbackOpen, feedbackSummary, responseRate } from './debrief.rules';

describe('debrief rules', () => {
  it.each([
    ['SOCGOV 2026', 'SOCGOV 2026-da'],
    ['SOCGOV 2025', 'SOCGOV 2025-də'],
    ['Forum 2020', 'Forum 2020-də'],
    ['Forum 2030', 'Forum 2030-da'],
    ['Forum 2000', 'Forum 2000-də'],
    ['Sammit', 'Sammitdə'],
  ])('azLocative(%s) = %s', (name, expected) => expect(azLocative(name)).toBe(expected));

  it('event days are the Baku dates from start to end', () => {
    // 24 Oct 2025 09:00–18:00 Baku (05:00–14:00 UTC)
    expect(eventDays(Date.parse('2025-10-24T05:00:00Z'), Date.parse('2025-10-24T14:00:00Z'))).toEqual(['2025-10-24']);
    // 22:00 UTC is 02:00 next day in Baku
    expect(eventDays(Date.parse('2026-05-11T05:00:00Z'), Date.parse('2026-05-12T22:00:00Z'))).toEqual(['2026-05-11', '2026-05-12', '2026-05-13']);
    // ends at Baku midnight: not the next day
    expect(eventDays(Date.parse('2026-05-11T05:00:00Z'), Date.parse('2026-05-11T20:00:00Z'))).toEqual(['2026-05-11']);
  });

  it('the form is open from the end for 30 days', () => {
    const end = Date.parse('2025-10-24T14:00:00Z');
    expect(feedbackOpen(end, end - 1)).toBe(false);
    expect(feedbackOpen(end, end)).toBe(true);
    expect(feedbackOpen(end, end + 30 * 86_400_000 - 1)).toBe(true);
    expect(feedbackOpen(end, end + 30 * 86_400_000)).toBe(false);
  });

  it('response rate and summary', () => {
    expect(responseRate(3, 4)).toBe(0.75);
    expect(responseRate(0, 0)).toBe(0);
    const s = feedbackSummary([{ question: 'organisation', score: 5, n: 2 }, { question: 'organisation', score: 2, n: 1 }]);
    expect(s.organisation).toEqual({ counts: [0, 1, 0, 0, 2], answers: 3, average: 4 });
    expect(s.again).toEqual({ counts: [0, 0, 0, 0, 0], answers: 0, average: null });
  });
});
