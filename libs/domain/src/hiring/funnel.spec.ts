import { funnelConversion, funnelCounts, programmeHireShare, timeToHire, type FunnelPerson } from './funnel';

const p = (over: Partial<FunnelPerson>): FunnelPerson => ({ volunteer: true, alumni: false, optedIn: false, furthestStage: null, ...over });

describe('funnel', () => {
  it('counts each step by the people who reached it, whatever happened later', () => {
    const counts = funnelCounts([
      p({}),
      p({ alumni: true }),
      p({ alumni: true, optedIn: true, furthestStage: 'sourced' }),
      p({ alumni: true, optedIn: true, reachedStages: ['contacted', 'declined'] }),
      p({ alumni: true, optedIn: true, reachedStages: ['sourced', 'contacted', 'interview', 'declined'] }),
      p({ alumni: true, optedIn: false, reachedStages: ['hired'] }),
    ]);
    expect(counts).toEqual({ volunteers: 6, alumni: 5, optedIn: 3, contacted: 3, interviewed: 2, hired: 1 });
  });

  it.each([
    [[], { volunteers: 0, alumni: 0, optedIn: 0, contacted: 0, interviewed: 0, hired: 0 }],
    [[p({ furthestStage: 'withdrawn' })], { volunteers: 1, alumni: 0, optedIn: 0, contacted: 0, interviewed: 0, hired: 0 }],
    [[p({ furthestStage: 'offer' })], { volunteers: 1, alumni: 0, optedIn: 0, contacted: 1, interviewed: 1, hired: 0 }],
  ] as const)('edge %#', (people, counts) => {
    expect(funnelCounts([...people] as FunnelPerson[])).toEqual(counts);
  });

  it('conversion is the share of the step before, null after an empty step', () => {
    expect(funnelConversion({ volunteers: 200, alumni: 50, optedIn: 20, contacted: 10, interviewed: 0, hired: 0 })).toEqual({
      volunteers: null, alumni: 25, optedIn: 40, contacted: 50, interviewed: 0, hired: null,
    });
  });
});

describe('time to hire', () => {
  const day = 24 * 3600 * 1000;
  const t0 = new Date(Date.now() - 100 * day);
  const hire = (days: number) => ({ enteredAt: t0, hiredAt: new Date(t0.getTime() + days * day) });

  it.each([
    [[], { count: 0, medianDays: null, averageDays: null }],
    [[hire(10)], { count: 1, medianDays: 10, averageDays: 10 }],
    [[hire(10), hire(20), hire(60)], { count: 3, medianDays: 20, averageDays: 30 }],
    [[hire(10), hire(21)], { count: 2, medianDays: 15.5, averageDays: 15.5 }],
  ])('%#', (hires, stats) => expect(timeToHire(hires)).toEqual(stats));
});

describe('share of staff hired from the programme', () => {
  it.each([
    [0, 0, null],
    [1, 0, 100],
    [1, 3, 25],
    [2, 1, 67],
  ])('%i from the programme, %i others → %s %', (a, b, share) => expect(programmeHireShare(a, b)).toBe(share));
});
