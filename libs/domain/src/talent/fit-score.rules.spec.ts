import { DEFAULT_FIT_WEIGHTS, fitHoursTarget, fitScore, FIT_PARTS, normaliseWeights, type FitFacts, type FitRequirements } from './fit-score.rules';
import { languageToken, languageTokens } from './language-tokens.rules';

const facts = (over: Partial<FitFacts> = {}): FitFacts => ({
  approvedMinutes: 0, attendance: { attended: 0, noShows: 0 }, ratingAverage: null, languages: [], certificateTypes: [], validCertificates: 0, ...over,
});

describe('default weights', () => {
  it('add up to 100 with hours 30 and reliability 25', () => {
    expect(FIT_PARTS.reduce((s, p) => s + DEFAULT_FIT_WEIGHTS[p], 0)).toBe(100);
    expect(DEFAULT_FIT_WEIGHTS.hours).toBe(30);
    expect(DEFAULT_FIT_WEIGHTS.reliability).toBe(25);
  });
  it.each([
    [null, DEFAULT_FIT_WEIGHTS],
    [{ hours: 50 }, { ...DEFAULT_FIT_WEIGHTS, hours: 50 }],
    [{ ratings: -3, languages: Number.NaN }, { ...DEFAULT_FIT_WEIGHTS, ratings: 0 }],
  ] as const)('normaliseWeights(%j)', (w, expected) => expect(normaliseWeights(w)).toEqual(expected));
});

describe('fit score parts (value, weight, points)', () => {
  it.each<[string, FitFacts, FitRequirements, Record<string, number>, number]>([
    ['nothing yet', facts(), {}, { hours: 0, reliability: 0, ratings: 0, languages: 1, certificates: 0 }, 15],
    ['500 h fill the hours part without a minimum', facts({ approvedMinutes: 500 * 60 }), {}, { hours: 1 }, 45],
    ['250 h are half of it', facts({ approvedMinutes: 250 * 60 }), {}, { hours: 0.5 }, 30],
    ['a 200 h minimum fills it at 400 h', facts({ approvedMinutes: 400 * 60 }), { minHours: 200 }, { hours: 1 }, 45],
    ['more hours never above 1', facts({ approvedMinutes: 9000 * 60 }), {}, { hours: 1 }, 45],
    ['reliability is attended ÷ (attended + no-shows)', facts({ attendance: { attended: 9, noShows: 1 } }), {}, { reliability: 0.9 }, 37.5],
    ['ratings 1…5 map to 0…1', facts({ ratingAverage: 4 }), {}, { ratings: 0.75 }, 30],
    ['en ≥ B2 asked, C1 held', facts({ languages: [{ language: 'en', level: 'C1' }] }), { languages: [{ language: 'en', level: 'B2' }] }, { languages: 1 }, 15],
    ['en ≥ B2 asked, B1 held', facts({ languages: [{ language: 'en', level: 'B1' }] }), { languages: [{ language: 'en', level: 'B2' }] }, { languages: 0 }, 0],
    ['two asked, one met', facts({ languages: [{ language: 'ru', level: 'C2' }] }), { languages: [{ language: 'en', level: 'B2' }, { language: 'ru', level: 'B1' }] }, { languages: 0.5 }, 7.5],
    ['certificates without a type asked: 3 fill it', facts({ validCertificates: 3, certificateTypes: ['a'] }), {}, { certificates: 1 }, 25],
    ['certificate types asked: share held', facts({ validCertificates: 1, certificateTypes: ['programme'] }), { certificateTypes: ['programme', 'socgov'] }, { certificates: 0.5 }, 20],
  ])('%s', (_why, f, req, values, score) => {
    const r = fitScore(f, req);
    for (const [part, value] of Object.entries(values)) {
      const p = r.parts.find((x) => x.part === part)!;
      expect(p.value).toBeCloseTo(value, 4);
      expect(p.points).toBeCloseTo(value * p.weight, 2);
    }
    expect(r.score).toBeCloseTo(score, 1);
  });

  it('the score is Σ points ÷ Σ weights × 100 with a vacancy\'s own weights', () => {
    const f = facts({ approvedMinutes: 100 * 60, attendance: { attended: 3, noShows: 1 }, ratingAverage: 5 });
    const r = fitScore(f, {}, { hours: 50, reliability: 50, ratings: 0, languages: 0, certificates: 0 });
    expect(r.parts.map((p) => [p.part, p.weight, p.points])).toEqual([
      ['hours', 50, 10], ['reliability', 50, 37.5], ['ratings', 0, 0], ['languages', 0, 0], ['certificates', 0, 0],
    ]);
    expect(r.score).toBe(47.5);
  });
  it('all weights 0 give 0, not NaN', () => expect(fitScore(facts({ approvedMinutes: 6000 }), {}, { hours: 0, reliability: 0, ratings: 0, languages: 0, certificates: 0 }).score).toBe(0));
  it('fitHoursTarget', () => {
    expect(fitHoursTarget({})).toBe(500);
    expect(fitHoursTarget({ minHours: 200 })).toBe(400);
  });
});

describe('language tokens', () => {
  it.each([
    [[{ language: 'en', level: 'B2' }], ['en:A1', 'en:A2', 'en:B1', 'en:B2']],
    [[{ language: 'EN', level: 'A1' }, { language: 'az', level: 'A2' }], ['az:A1', 'az:A2', 'en:A1']],
    [[], []],
  ] as const)('%j → %j', (langs, tokens) => expect(languageTokens(langs)).toEqual(tokens));
  it('a requirement is one token', () => expect(languageToken('EN', 'B2')).toBe('en:B2'));
});
