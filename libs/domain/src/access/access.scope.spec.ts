import { canReadCenter, canReadEvent, centerScope, eventScope, hasRole, type Actor } from './access.scope';

const actor = (roles: Actor['roles'], centerIds: string[] = [], eventIds: string[] = []): Actor => ({ id: 'u', roles, centerIds, eventIds });

describe('scopes', () => {
  it.each([
    ['admin', actor(['admin']), 'all', 'all'],
    ['hr', actor(['hr']), 'all', 'all'],
    ['coordinator of A', actor(['coordinator'], ['A']), ['A'], []],
    ['organizer of E', actor(['organizer'], [], ['E']), [], ['E']],
    ['volunteer (ids on the record do not widen the scope)', actor(['volunteer'], ['A'], ['E']), [], []],
    ['applicant', actor(['applicant']), [], []],
    ['nobody (no roles)', actor([], ['A'], ['E']), [], []],
    ['coordinator who also organises', actor(['coordinator', 'organizer'], ['A'], ['E']), ['A'], ['E']],
  ])('%s', (_name, a, centers, events) => {
    expect(centerScope(a)).toEqual(centers);
    expect(eventScope(a)).toEqual(events);
  });

  it.each([
    [actor(['coordinator'], ['A']), 'A', true],
    [actor(['coordinator'], ['A']), 'B', false],
    [actor(['hr']), 'B', true],
    [actor(['organizer'], ['A'], ['E']), 'A', false],
  ])('center read %#', (a, centerId, ok) => expect(canReadCenter(a, centerId)).toBe(ok));

  it.each([
    [actor(['organizer'], [], ['E']), 'E', true],
    [actor(['organizer'], [], ['E']), 'F', false],
    [actor(['coordinator'], ['A']), 'E', false],
    [actor(['admin']), 'F', true],
  ])('event read %#', (a, eventId, ok) => expect(canReadEvent(a, eventId)).toBe(ok));

  it('hasRole', () => {
    expect(hasRole(actor(['coordinator', 'volunteer']), 'volunteer')).toBe(true);
    expect(hasRole(actor(['coordinator']), 'admin')).toBe(false);
  });
});
