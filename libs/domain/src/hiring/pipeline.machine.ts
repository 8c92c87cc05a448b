import { hasRole, type Actor } from '../access';

export const CANDIDATE_STAGES = ['sourced', 'contacted', 'interview', 'offer', 'hired', 'declined', 'withdrawn'] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

/** The order of the main line; the kanban board shows its columns in it. */
export const OPEN_CANDIDATE_STAGES: readonly CandidateStage[] = ['sourced', 'contacted', 'interview', 'offer'];
/** Nothing leaves these. A declined or withdrawn person may be added to another vacancy. */
export const FINAL_CANDIDATE_STAGES: readonly CandidateStage[] = ['hired', 'declined', 'withdrawn'];

export const CANDIDATE_SOURCES = ['sourced', 'applied'] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

/**
 * The pipeline edges. The main line moves one step at a time (an offer needs an interview); HR may
 * decline from every open stage (the "not selected" mail goes out), the candidate may withdraw from
 * every open stage. HR may also record a withdrawal the candidate told them about.
 */
const MOVES: Readonly<Record<CandidateStage, readonly CandidateStage[]>> = {
  sourced: ['contacted', 'declined', 'withdrawn'],
  contacted: ['interview', 'declined', 'withdrawn'],
  interview: ['offer', 'declined', 'withdrawn'],
  offer: ['hired', 'declined', 'withdrawn'],
  hired: [],
  declined: [],
  withdrawn: [],
};

export type PipelineErrorCode = 'FINAL_STAGE' | 'ILLEGAL_MOVE' | 'NOT_ALLOWED' | 'POSTS_FILLED';

export interface PipelineMoveRequest {
  from: CandidateStage;
  to: CandidateStage;
  actor: Actor;
  /** The actor id that counts as the candidate himself (his user id); without it nobody is the candidate. */
  candidateUserId?: string | null;
  /** When given, hiring beyond the vacancy's posts is refused. */
  posts?: { hired: number; posts: number };
}

export type PipelineDecision = { ok: true; to: CandidateStage } | { ok: false; code: PipelineErrorCode; message: string };

export function isFinalCandidateStage(stage: CandidateStage): boolean {
  return FINAL_CANDIDATE_STAGES.includes(stage);
}

/** HR runs the pipeline agency-wide; admins may too. Coordinators never see it (they never see the pool). */
export function mayManageHiring(actor: Actor): boolean {
  return hasRole(actor, 'hr') || hasRole(actor, 'admin');
}

function isTheCandidate(actor: Actor, candidateUserId: string | null | undefined): boolean {
  return candidateUserId != null && actor.id === candidateUserId;
}

/**
 * Decides one move. Checks run in this order, the first failing one is the answer: FINAL_STAGE,
 * ILLEGAL_MOVE, NOT_ALLOWED, POSTS_FILLED. Messages are for logs; users see texts chosen by `code`.
 */
export function decideCandidateMove(request: PipelineMoveRequest): PipelineDecision {
  const { from, to, actor, candidateUserId, posts } = request;
  if (isFinalCandidateStage(from)) {
    return { ok: false, code: 'FINAL_STAGE', message: `A candidate who is ${from} does not move any more.` };
  }
  if (!MOVES[from].includes(to)) {
    return { ok: false, code: 'ILLEGAL_MOVE', message: `A candidate cannot move from ${from} to ${to}.` };
  }
  const mayMove = mayManageHiring(actor) || (to === 'withdrawn' && isTheCandidate(actor, candidateUserId));
  if (!mayMove) {
    return { ok: false, code: 'NOT_ALLOWED', message: `This user may not move the candidate to ${to}.` };
  }
  if (to === 'hired' && posts && posts.hired >= posts.posts) {
    return { ok: false, code: 'POSTS_FILLED', message: 'Every post of the vacancy is filled.' };
  }
  return { ok: true, to };
}

/** The moves this actor can make now, for the board's buttons. */
export function allowedCandidateMoves(from: CandidateStage, actor: Actor, context: Omit<PipelineMoveRequest, 'from' | 'to' | 'actor'> = {}): CandidateStage[] {
  return MOVES[from].filter((to) => decideCandidateMove({ from, to, actor, ...context }).ok);
}
