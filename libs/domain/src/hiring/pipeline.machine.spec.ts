import type { Actor } from '../access';
import { allowedCandidateMoves, CANDIDATE_STAGES, decideCandidateMove, type CandidateStage } from './pipeline.machine';

// The pipeline as the issue describes it, written out by hand so the test does not reuse the machine's table.
const LEGAL = new Set([
  'sourced>contacted', 'sourced>declined', 'sourced>withdrawn',
  'contacted>interview', 'contacted>declined', 'contacted>withdrawn',
  'interview>offer', 'interview>declined', 'interview>withdrawn',
  'offer>hired', 'offer>declined', 'offer>withdrawn',
]);
const FINAL: CandidateStage[] = ['hired', 'declined', 'withdrawn'];

const actor = (id: string, roles: Actor['roles'], centerIds: string[] = []): Actor => ({ id, roles, centerIds, eventIds: [] });
const CANDIDATE_USER = 'u-cand';

type Who = 'hr' | 'self-withdraw-only' | 'nobody';
const ACTORS: [string, Actor, Who][] = [
  ['hr', actor('h', ['hr']), 'hr'],
  ['admin', actor('a', ['admin']), 'hr'],
  ['coordinator (never the pool)', actor('c', ['coordinator'], ['A']), 'nobody'],
  ['organizer', actor('o', ['organizer']), 'nobody'],
  ['another volunteer', actor('v', ['volunteer']), 'nobody'],
  ['the candidate himself', actor(CANDIDATE_USER, ['volunteer']), 'self-withdraw-only'],
  ['nobody (no roles)', actor('x', []), 'nobody'],
];

function expected(from: CandidateStage, to: CandidateStage, who: Who): string {
  if (FINAL.includes(from)) return 'FINAL_STAGE';
  if (!LEGAL.has(`${from}>${to}`)) return 'ILLEGAL_MOVE';
  if (who === 'hr') return 'ok';
  if (who === 'self-withdraw-only' && to === 'withdrawn') return 'ok';
  return 'NOT_ALLOWED';
}

const matrix = ACTORS.flatMap(([name, a, who]) =>
  CANDIDATE_STAGES.flatMap((from) => CANDIDATE_STAGES.map((to) => [name, from, to, a, expected(from, to, who)] as const)),
);

describe('hiring pipeline: every move for every role', () => {
  it.each(matrix)('%s: %s → %s', (_name, from, to, a, outcome) => {
    const decision = decideCandidateMove({ from, to, actor: a, candidateUserId: CANDIDATE_USER });
    expect(decision.ok ? 'ok' : decision.code).toBe(outcome);
  });

  it('covers all 7 × 7 pairs for each actor', () => {
    expect(matrix).toHaveLength(ACTORS.length * 49);
  });
});

describe('hiring pipeline: rules', () => {
  const hr = actor('h', ['hr']);

  it.each([
    [{ hired: 0, posts: 1 }, { ok: true, to: 'hired' }],
    [{ hired: 1, posts: 2 }, { ok: true, to: 'hired' }],
    [{ hired: 2, posts: 2 }, { ok: false, code: 'POSTS_FILLED' }],
  ] as const)('hiring with %j', (posts, outcome) => {
    expect(decideCandidateMove({ from: 'offer', to: 'hired', actor: hr, posts })).toMatchObject(outcome);
  });

  it('a candidate without a known user id cannot withdraw (deny by default)', () => {
    expect(decideCandidateMove({ from: 'sourced', to: 'withdrawn', actor: actor('u', ['volunteer']) })).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('the board offers HR the next step, declining and withdrawing; the candidate only withdrawing', () => {
    expect(allowedCandidateMoves('interview', hr)).toEqual(['offer', 'declined', 'withdrawn']);
    expect(allowedCandidateMoves('interview', actor(CANDIDATE_USER, ['volunteer']), { candidateUserId: CANDIDATE_USER })).toEqual(['withdrawn']);
    expect(allowedCandidateMoves('hired', hr)).toEqual([]);
  });
});
