import { canReadCenter, canReadEvent, centerScope, eventScope, type Actor } from './roles';

const actor = (roles: Actor['roles'], centerIds: string[] = [], eventIds: string[] = []): Actor => ({ id: 'u', roles, centerIds, eventIds });

describe('scopes', () => {
  it.each([
    ['admin', actor(['admin']), 'all', 'all'],
    ['hr', actor(['hr']), 'all', 'all'],
    ['coordinator of A', actor(['coordinator'], ['A']), ['A'], []],
    ['organizer of E', actor(['organizer'], [], ['E']), [], ['E']],
    ['volunteer', actor(['volunteer'], ['A'], ['E']), [], []],
    ['coordinator who also organises', actor(['coordinator', 'organizer'], ['A'], ['E']), ['A'], ['E']],
  ])('%s', (_name, a, centers, events) => {
    expect(centerScope(a)).toEqual(centers);
    expect(eventScope(a)).toEqual(events);
  });

  it('a coordinator of center A cannot read center B', () => {
    const a = actor(['coordinator'], ['A']);
    expect(canReadCenter(a, 'A')).toBe(true);
    expect(canReadCenter(a, 'B')).toBe(false);
    expect(canReadEvent(a, 'E')).toBe(false);
  });
});
