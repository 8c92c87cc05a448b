import { checkRoster } from './roster.checker';
import { RosterBestResponse } from './roster-dp';
import { RosterPairResponse } from './roster-pair';
import { RosterColumns, type RosterHighs } from './roster-columns';
import { validateRosterProblem } from './roster-validate';
import { describeRosterGap, explainUnfilled } from './roster-explain';
import { compileRosterProblem, isEligible, type RosterModel } from './roster.model';
import { RosterRandom } from './roster-random';
import { EPS, RosterSearch, type Change } from './roster.search';
import type { RosterAssignment, RosterProblem, RosterSolution, RosterUnfilled } from './roster.types';

export interface RosterSolveOptions {
  /** Overrides problem.options.timeLimitSeconds. Needs `now`; without a clock only maxIterations stops the search. */
  timeLimitSeconds?: number;
  /** Overrides problem.options.seed (default 1). */
  seed?: number;
  /** A clock in milliseconds (e.g. `() => performance.now()`); the domain never reads the clock itself. */
  now?: () => number;
  /** Stop after this many improvement iterations (default: unlimited with a clock, 300 000 without). */
  maxIterations?: number;
  /** Polled every few hundred iterations; return true to cancel (the best roster so far is returned). */
  shouldStop?: () => boolean;
  /** Called about every 100 ms of search (needs `now`) with the fraction of the time limit used. */
  onProgress?: (progress: {
    fraction: number;
    bestTotal: number | null;
    feasible: boolean;
    current: { cost: number; hardPenalty: number; hardWeight: number; temperature: number };
  }) => void;
  /** Penalty per unit of a broken hard rule during search (default: the largest weight in the problem). */
  hardWeight?: number;
  /** Search knobs for benchmarking; the defaults are what the benchmark measured best. */
  tuning?: RosterTuning;
  /**
   * A loaded HiGHS runtime (`await require('highs')()`): with it, problems small enough also get the
   * column phase (roster-columns.ts: column generation and a MIP over whole schedules).
   */
  highs?: RosterHighs;
}

export interface RosterTuning {
  /** Share of the work spent in large-neighbourhood steps (0–1). */
  dpShare?: number;
  /** Probability that a multi-volunteer step empties the window first. */
  ruin?: number;
  /** Most volunteers re-planned together. */
  maxGroup?: number;
  /** Largest window in days. */
  maxWindow?: number;
  /** Probability of the whole horizon (when it fits) as the window. */
  fullWindow?: number;
  /** Scale of the random noise added to costs in the first best-response round. */
  noise?: number;
  /** Temperature factor of large-neighbourhood steps relative to annealing. */
  lnsTemperature?: number;
  /** Best-response rounds over a group (stops early when a round changes nothing). */
  rounds?: number;
  /** Probability that the next volunteer of a group is chosen around the previous one's shifts. */
  chain?: number;
  /** DP transitions per work unit. */
  dpUnit?: number;
  /** Longest window of the repair by best response, in days (default: the whole horizon if it fits). */
  repairWindow?: number;
  /** Whether the repair's work counts towards the large-neighbourhood share (default true). */
  countRepairWork?: boolean;
  /** Share of large-neighbourhood steps that re-plan two volunteers jointly (exact pair programme). */
  pair?: number;
  /** Largest product of the two volunteers' states on one day for the joint programme. */
  pairStates?: number;
  /** Largest window of the joint programme, in days. */
  pairWindow?: number;
  /** Probability that a pair step starts from a volunteer whose requests go unmet. */
  pairUnmet?: number;
  /**
   * Column phase (needs `highs`): when it starts, when column generation, the dive and the MIP must
   * stop, as fractions of the time limit (of maxIterations without a clock; start ≥ 1 = never),
   * and how long the MIP may go without a better roster (fraction of the limit; with a clock only).
   */
  columns?: { start?: number; generateUntil?: number; diveUntil?: number; solveUntil?: number; stall?: number };
}

function defaultScales(m: RosterModel): { maxWeight: number; small: number } {
  let maxWeight = 0;
  let sum = 0;
  let n = 0;
  for (let s = 0; s < m.S; s++) {
    maxWeight = Math.max(maxWeight, m.sUnder[s], m.sOver[s]);
    if (m.sOver[s] > 0) {
      sum += m.sOver[s];
      n++;
    }
  }
  for (const rs of m.requests) {
    for (const r of rs) {
      maxWeight = Math.max(maxWeight, r.weight);
      if (r.weight > 0) {
        sum += r.weight;
        n++;
      }
    }
  }
  if (m.fairness > 0) maxWeight = Math.max(maxWeight, m.fairness * 60);
  let minUnder = Infinity;
  for (let s = 0; s < m.S; s++) if (m.sUnder[s] > 0) minUnder = Math.min(minUnder, m.sUnder[s]);
  const small = n > 0 ? sum / n : Number.isFinite(minUnder) ? minUnder / 10 : 1;
  return { maxWeight: Math.max(maxWeight, 1), small: Math.max(small, 1e-3) };
}

/** True when every weight of the objective is a whole number (so is every roster's objective). */
function wholeWeights(m: RosterModel): boolean {
  for (let s = 0; s < m.S; s++) if (!Number.isInteger(m.sUnder[s]) || !Number.isInteger(m.sOver[s])) return false;
  return m.requests.every((rs) => rs.every((r) => Number.isInteger(r.weight)));
}

/** DP transitions that cost about as much as one simulated-annealing move (work accounting, not time). */
const DP_UNIT = 25;
/** Horizons up to this many days are re-optimised whole by the best-response programme. */
const FULL_WINDOW_DAYS = 35;
/** Horizons up to this many days also get joint steps of two volunteers (see pairP). */
const PAIR_HORIZON_DAYS = 14;
/**
 * The column phase runs on horizons of up to four weeks, on problems of up to this many volunteer-days
 * per second of the time limit (without a clock: per 10 s). Measured on the benchmark (bench/README.md):
 * at 10 s it pays up to 18 volunteers over four weeks (instances 1–6) and costs the search more than it
 * finds beyond; at 60 s it pays on all of 1–12. On 6–8-week horizons a round of whole-horizon
 * programmes took over a second.
 */
const COLUMN_HORIZON_DAYS = 28;
const COLUMN_VOLUNTEER_DAYS_PER_SECOND = 52;
/** Without a clock the column phase is bounded by work: rounds of column generation, MIP nodes. */
const COLUMN_ROUNDS_WITHOUT_CLOCK = 60;
const COLUMN_NODES_WITHOUT_CLOCK = 200;

/**
 * Fills a roster: greedy construction (scarcest shifts first), repair of every volunteer who breaks a
 * rule by their best response (an exact dynamic programme over their own rules), then until the
 * limit a search that interleaves simulated annealing over small moves with large-neighbourhood
 * steps (a few volunteers re-planned in turn by best response over a window of days). The trajectory
 * depends only on the seed; a time limit only decides where it is cut off (same seed + same
 * maxIterations = same roster).
 */
export function solveRoster(problem: RosterProblem, options: RosterSolveOptions = {}): RosterSolution {
  const malformed = validateRosterProblem(problem);
  if (malformed.length) throw new RangeError(`not a roster problem: ${malformed.join('; ')}`);
  const now = options.now;
  const t0 = now ? now() : 0;
  const elapsed = () => (now ? now() - t0 : 0);
  const seed = options.seed ?? problem.options?.seed ?? 1;
  const timeLimitMs = (options.timeLimitSeconds ?? problem.options?.timeLimitSeconds ?? 10) * 1000;
  const maxIterations = options.maxIterations ?? (now ? Infinity : 300_000);
  const rng = new RosterRandom(seed);
  const m = compileRosterProblem(problem);
  const scales = defaultScales(m);
  const baseW = options.hardWeight ?? scales.maxWeight;
  let W = baseW;
  const st = new RosterSearch(m, baseW);
  let timeToFirstFeasibleMs: number | null = null;

  // Fixed assignments first: they stay whatever they cost.
  {
    const changes: Change[] = [];
    for (let v = 0; v < m.V; v++) {
      for (const s of m.fixed[v]) {
        const d = m.sDay[s];
        const prev = changes.find((c) => c[0] === v && c[1] === d);
        if (prev) prev[2] = [...prev[2], s];
        else changes.push([v, d, [...st.days[v][d], s]]);
      }
    }
    if (changes.length) {
      st.restore(Int32Array.from(changes.flatMap(([v, , list]) => list.flatMap((s) => [s, v]))));
    }
  }
  const isFixed = (s: number, v: number) => m.isFixed.has(s * m.V + v);
  const keepFixed = (v: number, list: number[]) => (m.fixed[v].length ? list.filter((s) => isFixed(s, v)) : []);

  // Construction: scarcest shifts first, each filled with the best candidate breaking no maximum rule.
  const order = Array.from({ length: m.S }, (_, i) => i).sort(
    (a, b) =>
      m.cand[a].length / Math.max(1, m.sDemand[a]) - m.cand[b].length / Math.max(1, m.sDemand[b]) ||
      m.sStart[a] - m.sStart[b] ||
      a - b,
  );
  const SAMPLE = 64;
  for (const s of order) {
    const c = m.cand[s];
    if (!c.length) continue;
    const d = m.sDay[s];
    while (st.count[s] < m.sDemand[s] && (m.sMax[s] < 0 || st.count[s] < m.sMax[s])) {
      let best = -1;
      let bestScore = Infinity;
      const n = Math.min(SAMPLE, c.length);
      const off = c.length > SAMPLE ? rng.int(c.length) : 0;
      for (let k = 0; k < n; k++) {
        const v = c[(off + k) % c.length];
        const old = st.days[v][d];
        if (old.length >= m.maxPerDay[v] || old.includes(s)) continue;
        let ok: boolean;
        let score: number;
        let gain: number;
        if (st.canAddFast(v, s)) {
          // The usual case (an empty day): evaluated around that day only.
          if (!st.addDelta(v, s)) continue;
          ok = st.aHardMaxDelta <= EPS;
          score = st.aCostDelta + st.aWeightedDelta;
          gain = st.aCostDelta + Math.min(0, st.aWeightedDelta);
        } else {
          if (!st.propose([[v, d, [...old, s]]])) continue;
          ok = st.pHardMaxDelta <= EPS;
          score = st.pCostDelta + st.pWeightedDelta;
          gain = st.pCostDelta + Math.min(0, st.pWeightedDelta);
          st.revert();
        }
        if (ok && gain < 0 && score < bestScore) {
          bestScore = score;
          best = v;
        }
      }
      if (best < 0) break;
      st.propose([[best, d, [...st.days[best][d], s]]]);
      st.commit();
    }
  }
  const constructionMs = elapsed();

  // Best response machinery.
  const br = new RosterBestResponse(m);
  const dpAble = new Uint8Array(m.V);
  for (let v = 0; v < m.V; v++) dpAble[v] = m.maxPerDay[v] === 1 && m.volShifts[v].length > 0 ? 1 : 0;
  const anyDp = dpAble.some((x) => x === 1);
  const coverDelta = (s: number, n: number) => st.coverCost(s, n + 1) - st.coverCost(s, n);
  let work = 0; // iterations, in units of one annealing move
  let dpWork = 0;
  let saWork = 0;
  let lnsSteps = 0;
  let lnsAccepted = 0;
  const tune = options.tuning ?? {};
  const dpUnit = tune.dpUnit ?? DP_UNIT;
  const maxRounds = tune.rounds ?? 2;
  const maxWindow = Math.min(m.H, tune.maxWindow ?? FULL_WINDOW_DAYS);
  let noiseAmp = 0;
  const noise = () => rng.next() * noiseAmp;
  /** Programme work counts towards the large-neighbourhood share, in annealing-move units. */
  const chargeDp = (transitions: number) => {
    const units = Math.ceil(transitions / dpUnit);
    work += units;
    dpWork += units;
  };
  /** The changes that give volunteer v the schedule `pick` (shift per day from day a, -1 = off). */
  const changesTo = (v: number, a: number, pick: Int32Array, out: Change[] = []): Change[] => {
    for (let k = 0; k < pick.length; k++) {
      const d = a + k;
      const s = pick[k];
      const cur = st.days[v][d];
      if (s < 0 ? cur.length > 0 : !(cur.length === 1 && cur[0] === s)) out.push([v, d, s < 0 ? [] : [s]]);
    }
    return out;
  };
  /** The volunteer's best response over [a, b] as changes (null: none possible; [] = already best). */
  const respond = (v: number, a: number, b: number, withNoise: boolean): Change[] | null => {
    const res = br.solve({
      m,
      v,
      a,
      b,
      days: st.days[v],
      count: st.count,
      minutes: st.vMinutes[v],
      coverDelta,
      noise: withNoise && noiseAmp > 0 ? noise : undefined,
    });
    chargeDp(br.lastWork);
    return res ? changesTo(v, a, res.pick) : null;
  };
  /** Windows covering the horizon for a volunteer, as long as the programme allows. */
  const respondAnywhere = (v: number, accept: () => boolean, stop: () => boolean): void => {
    let len = Math.min(m.H, tune.repairWindow ?? m.H);
    for (let a = 0; a < m.H;) {
      // One volunteer's windows over a year take seconds: the limit and cancellation are checked per window.
      if (stop()) return;
      const b = Math.min(m.H - 1, a + len - 1);
      const ch = respond(v, a, b, false);
      if (!ch && br.lastTooBig && len > 7) {
        len = Math.max(7, len >> 1);
        continue;
      }
      if (ch && ch.length && st.propose(ch)) {
        if (accept()) st.commit();
        else st.revert();
      }
      if (b === m.H - 1) break;
      a += Math.max(1, len >> 1);
    }
  };

  // Compound moves with an undo journal.
  const journal: Change[][] = [];
  let acc = 0;
  const apply = (changes: Change[]): boolean => {
    const inverse: Change[] = changes.map(([v, d]) => [v, d, st.days[v][d]]);
    if (!st.propose(changes)) return false;
    acc += st.pCostDelta + st.pWeightedDelta;
    st.commit();
    journal.push(inverse);
    return true;
  };
  const undo = () => {
    for (let i = journal.length - 1; i >= 0; i--) {
      st.propose(journal[i], true);
      st.commit();
    }
    journal.length = 0;
  };

  // Repair: every volunteer who breaks a rule takes their best response (closest to their rules).
  // On long horizons this can take longer than the limit, so it polls the clock and shouldStop too.
  const outOfTime = () => (now !== undefined && elapsed() >= timeLimitMs) || options.shouldStop?.() === true;
  if (anyDp && !st.feasible) {
    repair: for (let pass = 0; pass < 3 && !st.feasible; pass++) {
      for (let v = 0; v < m.V; v++) {
        if (!dpAble[v] || st.vHard[v] < EPS) continue;
        if (outOfTime()) break repair;
        respondAnywhere(
          v,
          () => st.pHardDelta < -EPS || (st.pHardDelta <= EPS && st.pCostDelta + st.pWeightedDelta < -EPS),
          outOfTime,
        );
      }
    }
  }

  const repairMs = elapsed() - constructionMs;
  // Counted in (the default, as benchmarked), the repair's programme work holds the large steps back
  // until annealing has caught up with it; on year-long horizons that is the rest of the run.
  if (tune.countRepairWork === false) dpWork = 0;

  let bestCost = Infinity;
  let bestSnap: Int32Array | null = null;
  let bestPending = false;
  let fallbackSnap: Int32Array | null = null; // least-bad infeasible roster, in case nothing feasible is found
  let fallbackHard = st.feasible ? 0 : st.hard;
  if (st.feasible) {
    bestCost = st.cost;
    bestPending = true;
    timeToFirstFeasibleMs = elapsed();
  }
  const noteState = () => {
    if (st.feasible) {
      if (st.cost < bestCost - EPS) {
        bestCost = st.cost;
        bestPending = true;
        if (timeToFirstFeasibleMs === null) timeToFirstFeasibleMs = elapsed();
      }
    } else if (!Number.isFinite(bestCost) && st.hard < fallbackHard - EPS) {
      fallbackHard = st.hard;
      fallbackSnap = st.snapshot();
    }
  };
  const saveBestBeforeChange = () => {
    if (bestPending) {
      bestSnap = st.snapshot();
      bestPending = false;
    }
  };

  // Improvement.
  const active: number[] = [];
  for (let v = 0; v < m.V; v++) if (m.volShifts[v].length) active.push(v);
  const shiftsWithCand: number[] = [];
  for (let s = 0; s < m.S; s++) if (m.cand[s].length) shiftsWithCand.push(s);
  const dayShifts: number[][] = Array.from({ length: m.H }, () => []);
  for (const s of shiftsWithCand) dayShifts[m.sDay[s]].push(s);
  const T0 = scales.small * 2;
  const T1 = scales.small * 0.02;
  let cycleLen = 100_000;
  let cycleStart = 0;
  let T = T0;
  let lastProgress = 0;
  const maxBlock = Math.min(m.H, 7);
  const multi = Array.prototype.some.call(m.maxPerDay, (x: number) => x > 1);
  const dpShare = anyDp ? (tune.dpShare ?? 0.5) : 0;
  const ruinP = tune.ruin ?? 0.5;
  const maxGroup = tune.maxGroup ?? 3;
  const fullP = tune.fullWindow ?? 0.5;
  const noiseScale = tune.noise ?? 0.5;
  const lnsTemp = tune.lnsTemperature ?? 1;
  const chainP = tune.chain ?? 0.5;
  // Share of joint pair steps among large steps. Measured on the benchmark (bench/README.md): on
  // two-week horizons they pay (instance 2 reaches its optimum within 10 s far more often); on
  // four-week ones the product of two volunteers' programmes costs more than it finds (7, 8, 10 worse).
  const pairP = tune.pair ?? (m.H <= PAIR_HORIZON_DAYS ? 0.3 : 0);
  const pairStates = tune.pairStates ?? 200_000;
  const pairWindow = Math.min(maxWindow, tune.pairWindow ?? maxWindow);
  const pairUnmet = tune.pairUnmet ?? 1;
  let pairSteps = 0;
  let pairAccepted = 0;
  let pairTooBig = 0;

  const pickMove = (): Change[] | null => {
    if (!shiftsWithCand.length) return null;
    const r = rng.next();
    if (r < 0.35) {
      // Add / drop / change one volunteer's day.
      const s = shiftsWithCand[rng.int(shiftsWithCand.length)];
      const c = m.cand[s];
      const v = c[rng.int(c.length)];
      const d = m.sDay[s];
      const old = st.days[v][d];
      if (old.includes(s)) return isFixed(s, v) ? null : [[v, d, old.filter((x) => x !== s)]];
      const keep = multi && rng.next() < 0.5 ? old : keepFixed(v, old);
      return [[v, d, [...keep, s]]];
    }
    if (r < 0.55) {
      // Move one working day of a volunteer to a nearby free day (keeps their hours and runs' shape).
      const v = active[rng.int(active.length)];
      const d1 = rng.int(m.H);
      const a = st.days[v][d1];
      if (!a.length || a.some((x) => isFixed(x, v))) return null;
      const d2 = d1 + (rng.next() < 0.5 ? -1 : 1) * (1 + rng.int(3));
      if (d2 < 0 || d2 >= m.H || st.days[v][d2].length) return null;
      const opts = m.volDayShifts[v][d2];
      if (!opts.length) return null;
      let pick = opts[rng.int(opts.length)];
      for (const x of opts) if (m.sPos[x] === m.sPos[a[0]]) pick = rng.next() < 0.7 ? x : pick;
      return [
        [v, d1, []],
        [v, d2, [pick]],
      ];
    }
    if (r < 0.75) {
      // Transfer a shift from one volunteer to another.
      const s = shiftsWithCand[rng.int(shiftsWithCand.length)];
      const mem = st.members[s];
      if (!mem.length) return null;
      const v1 = mem[rng.int(mem.length)];
      if (isFixed(s, v1)) return null;
      const c = m.cand[s];
      const v2 = c[rng.int(c.length)];
      if (v2 === v1) return null;
      const d = m.sDay[s];
      const o2 = st.days[v2][d];
      if (o2.includes(s)) return null;
      const keep = multi && rng.next() < 0.5 ? o2 : keepFixed(v2, o2);
      return [
        [v1, d, st.days[v1][d].filter((x) => x !== s)],
        [v2, d, [...keep, s]],
      ];
    }
    // Swap a block of days between two volunteers who share a skill (cover stays the same).
    const v1 = active[rng.int(active.length)];
    const mine = m.volShifts[v1];
    const s = mine[rng.int(mine.length)];
    const c = m.cand[s];
    const v2 = c[rng.int(c.length)];
    if (v2 === v1) return null;
    const L = 1 + rng.int(maxBlock);
    const d0 = Math.max(0, Math.min(m.H - L, m.sDay[s] - rng.int(L)));
    const changes: Change[] = [];
    for (let d = d0; d < d0 + L; d++) {
      const a = st.days[v1][d];
      const b = st.days[v2][d];
      if (a === b || (!a.length && !b.length)) continue;
      for (const x of b) if (!a.includes(x) && (isFixed(x, v2) || !isEligible(m, v1, x))) return null;
      for (const x of a) if (!b.includes(x) && (isFixed(x, v1) || !isEligible(m, v2, x))) return null;
      changes.push([v1, d, b], [v2, d, a]);
    }
    return changes.length ? changes : null;
  };

  /** The whole horizon (when it fits, with probability fullWindow), else a random window of 5..limit days. */
  const randomWindow = (limit: number): [number, number] => {
    if (m.H <= limit && rng.next() < fullP) return [0, m.H - 1];
    const L = Math.min(m.H, limit, 5 + rng.int(Math.max(1, limit - 4)));
    const a = rng.int(m.H - L + 1);
    return [a, a + L - 1];
  };

  /**
   * Joint step: two volunteers who could share a shift take their best pair of schedules over a
   * window (exact for the two, given everybody else); taken if it costs no more than now.
   */
  const pr = new RosterPairResponse();
  const pairCount = new Int32Array(m.S);
  const pairStep = (): void => {
    pairSteps++;
    const [a, b] = randomWindow(pairWindow);
    // Mostly one of the volunteers whose own requests go unmet, with a colleague who could cover for them.
    let u = active[rng.int(active.length)];
    if (rng.next() < pairUnmet) for (let t = 0; t < 8 && st.vSoft[u] <= EPS; t++) u = active[rng.int(active.length)];
    if (!dpAble[u]) return;
    const mine = m.volShifts[u];
    const c = m.cand[mine[rng.int(mine.length)]];
    const v = c[rng.int(c.length)];
    if (v === u || !dpAble[v]) return;
    // Each one's programme sees the cover without the other's window shifts.
    const graphOf = (x: number, other: number) => {
      pairCount.set(st.count);
      for (let d = a; d <= b; d++) for (const t of st.days[other][d]) pairCount[t]--;
      const res = br.solve({
        m,
        v: x,
        a,
        b,
        days: st.days[x],
        count: pairCount,
        minutes: st.vMinutes[x],
        coverDelta,
        graph: true,
      });
      chargeDp(br.lastWork);
      return res?.graph ?? null;
    };
    const gu = graphOf(u, v);
    if (!gu) return;
    const gv = graphOf(v, u);
    if (!gv) return;
    const together = (t: number): number | null => {
      const others =
        st.count[t] - (st.days[u][m.sDay[t]].includes(t) ? 1 : 0) - (st.days[v][m.sDay[t]].includes(t) ? 1 : 0);
      if (m.sMax[t] >= 0 && others + 2 > m.sMax[t]) return null;
      return coverDelta(t, others + 1) - coverDelta(t, others);
    };
    const scheduleOf = (x: number) => Int32Array.from({ length: b - a + 1 }, (_, k) => st.days[x][a + k][0] ?? -1);
    const res = pr.solve(gu, gv, together, pairStates, { u: scheduleOf(u), v: scheduleOf(v) });
    chargeDp(pr.lastWork);
    if (pr.lastTooBig) pairTooBig++;
    if (!res) return;
    const changes = changesTo(v, a, res.pickV, changesTo(u, a, res.pickU));
    if (!changes.length || !st.propose(changes)) return;
    if (st.pCostDelta + st.pWeightedDelta > EPS) {
      st.revert();
      return;
    }
    saveBestBeforeChange();
    st.commit();
    pairAccepted++;
    noteState();
  };

  /** Large-neighbourhood step: a few volunteers who could share a shift re-plan a window in turn. */
  const lnsStep = (): void => {
    if (pairP > 0 && rng.next() < pairP) {
      pairStep();
      return;
    }
    lnsSteps++;
    const [a, b] = randomWindow(maxWindow);
    // An anchor shift in the window, preferably one whose cover costs something.
    let s = -1;
    for (let t = 0; t < 12; t++) {
      const list = dayShifts[a + rng.int(b - a + 1)];
      if (!list.length) continue;
      const x = list[rng.int(list.length)];
      if (s < 0) s = x;
      if (st.coverCost(x, st.count[x]) > 0) {
        s = x;
        break;
      }
    }
    if (s < 0) return;
    const k = 1 + rng.int(maxGroup);
    const U: number[] = [];
    // A chain: each next volunteer could take a shift the previous one works in the window (or the anchor).
    let anchor = s;
    for (let t = 0; t < 4 * k && U.length < k; t++) {
      const c = m.cand[anchor];
      const v = c[rng.int(c.length)];
      if (!dpAble[v] || U.includes(v)) continue;
      U.push(v);
      if (rng.next() < chainP) {
        const d = a + rng.int(b - a + 1);
        const mine = st.days[v][d];
        if (mine.length) anchor = mine[0];
        else {
          const opts = m.volDayShifts[v][d];
          if (opts.length) anchor = opts[rng.int(opts.length)];
        }
      }
    }
    if (!U.length) return;
    saveBestBeforeChange();
    noiseAmp = rng.next() < 0.5 ? 0 : scales.small * noiseScale * rng.next();
    acc = 0;
    journal.length = 0;
    if (U.length > 1 && rng.next() < ruinP) {
      // Ruin first: the volunteers' window is emptied (fixed shifts stay), then rebuilt in turn.
      for (const v of U) {
        const ch: Change[] = [];
        for (let d = a; d <= b; d++) {
          const cur = st.days[v][d];
          if (cur.length) ch.push([v, d, keepFixed(v, cur)]);
        }
        if (ch.length) apply(ch);
      }
    }
    for (let i = U.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [U[i], U[j]] = [U[j], U[i]];
    }
    const rounds = U.length > 1 ? maxRounds : 1;
    for (let round = 0; round < rounds; round++) {
      let changed = false;
      for (const v of U) {
        const ch = respond(v, a, b, round === 0);
        if (ch && ch.length && apply(ch)) changed = true;
      }
      if (!changed && round > 0) break;
    }
    if (!journal.length) return;
    if (acc <= EPS || rng.next() < Math.exp(-acc / (T * lnsTemp))) {
      journal.length = 0;
      lnsAccepted++;
      noteState();
    } else undo();
  };

  /** Progress about every 100 ms (needs a clock). */
  const report = (t: number) => {
    if (!options.onProgress || !now || t - lastProgress < 100) return;
    lastProgress = t;
    options.onProgress({
      fraction: Math.min(1, t / timeLimitMs),
      bestTotal: Number.isFinite(bestCost) ? bestCost : null,
      feasible: Number.isFinite(bestCost),
      current: { cost: st.cost, hardPenalty: st.hard, hardWeight: W, temperature: T },
    });
  };

  /*
   * Column phase (roster-columns.ts), once, after the search has had its share of the time: column
   * generation priced by every volunteer's programme, a dive that follows the LP to a roster, then the
   * MIP over the columns with the best roster so far as its start (so it can only improve on it); each
   * roster is kept only if it beats the current one, and the search then goes on from there.
   */
  const columnTune = tune.columns ?? {};
  const columnStart = columnTune.start ?? 0.2;
  let columnPending =
    options.highs !== undefined &&
    columnStart < 1 &&
    active.length > 0 &&
    active.every((v) => dpAble[v] === 1) &&
    m.H <= COLUMN_HORIZON_DAYS &&
    m.V * m.H <= COLUMN_VOLUNTEER_DAYS_PER_SECOND * (now ? timeLimitMs / 1000 : 10);
  let columnRounds = 0;
  let columnCount = 0;
  let columnBound: number | null = null;
  /**
   * A proven lower bound on the objective (from an exact column generation), rounded up when every
   * weight is whole. The master leaves fairness out (it is never negative), so the bound holds with it too.
   */
  let lowerBound = -Infinity;
  let columnMs = 0;
  let columnImproved = 0;
  /** Polled while HiGHS or the pricing runs: reports progress, true once the phase's share is used. */
  const budgetAt = (fraction: number) => {
    if (!now) return () => options.shouldStop?.() === true;
    return () => {
      const t = elapsed();
      report(t);
      return t >= fraction * timeLimitMs || options.shouldStop?.() === true;
    };
  };
  const columnPhase = (): void => {
    columnPending = false;
    const t = elapsed();
    saveBestBeforeChange();
    if (bestSnap && (!st.feasible || st.cost > bestCost + EPS)) st.restore(bestSnap);
    const cols = new RosterColumns(m, options.highs!, br, active);
    const pickOf = (v: number) => Int32Array.from(st.days[v], (list) => (list.length ? list[0] : -1));
    /** Takes a roster of the phase (a schedule per active volunteer) if it is better than the current one. */
    const adopt = (picks: Int32Array[] | null): void => {
      if (!picks) return;
      const changes: Change[] = [];
      active.forEach((v, i) => changesTo(v, 0, picks[i], changes));
      if (!changes.length || !st.propose(changes)) return;
      const delta = st.pCostDelta + st.pWeightedDelta;
      if (delta < -EPS || (!st.feasible && st.pHardDelta < -EPS)) {
        st.commit();
        columnImproved++;
        noteState();
      } else st.revert();
    };
    try {
      for (const v of active) cols.add(v, pickOf(v));
      const ok = cols.generate(budgetAt(columnTune.generateUntil ?? 0.5), now ? Infinity : COLUMN_ROUNDS_WITHOUT_CLOCK);
      columnRounds = cols.rounds;
      columnBound = cols.bound;
      if (cols.bound !== null && cols.exact)
        lowerBound = wholeWeights(m) && m.fairness === 0 ? Math.ceil(cols.bound - 1e-6) : cols.bound;
      // Unfinished generation (a large problem, or the pricing did not fit) leaves columns that are
      // mostly not worth the time of a dive or a MIP: the search does better with it.
      if (!ok || cols.bound === null) return;
      adopt(cols.dive(budgetAt(columnTune.diveUntil ?? 0.65)));
      columnRounds = cols.rounds;
      if (bestCost <= Math.max(0, lowerBound) + EPS) return; // proven optimal: no MIP needed
      // The MIP starts from the best roster so far and stops at its share of the time, or when its
      // best roster has not improved for a while.
      const start = active.map((v) => cols.add(v, pickOf(v)));
      const mipBudget = budgetAt(columnTune.solveUntil ?? 0.8);
      const stallMs = (columnTune.stall ?? 0.25) * timeLimitMs;
      let incumbent = Infinity;
      let improvedAt = elapsed();
      const mipStop = (value: number) => {
        if (mipBudget()) return true;
        if (!now) return false;
        const t = elapsed();
        if (value < incumbent - EPS) {
          incumbent = value;
          improvedAt = t;
        }
        return Number.isFinite(incumbent) && t - improvedAt >= stallMs;
      };
      adopt(cols.solve(start.every((c) => c >= 0) ? start : null, mipStop, now ? undefined : COLUMN_NODES_WITHOUT_CLOCK));
    } finally {
      columnCount = cols.size;
      work += Math.ceil(cols.work / dpUnit);
      cols.dispose();
      columnMs = elapsed() - t;
    }
  };

  // The clock and shouldStop are polled on a fixed grid of work (every 256 units): a large step that
  // overshoots one grid point does not push the later polls back, so the number of polls, and thus the
  // time between them, does not depend on how the work is split between annealing and large steps.
  const POLL = 256;
  let nextCheck = POLL;
  while (work < maxIterations) {
    if (work >= nextCheck) {
      nextCheck = (Math.floor(work / POLL) + 1) * POLL;
      const t = elapsed();
      if (now && t >= timeLimitMs) break;
      if (options.shouldStop?.()) break;
      if (bestCost <= Math.max(0, lowerBound) + EPS) break; // nothing left to improve (proven)
      if (columnPending && (now ? t >= columnStart * timeLimitMs : work >= columnStart * maxIterations)) {
        columnPhase();
        continue;
      }
      T = T0 * Math.pow(T1 / T0, Math.min(1, (work - cycleStart) / cycleLen));
      // Each kind of rule has its own penalty weight: it grows while that kind is broken and relaxes
      // while it is not, so the search trades one kind against another instead of freezing.
      for (let k = 0; k < st.kindW.length; k++) {
        st.kindW[k] =
          st.kindTotal[k] > EPS ? Math.min(baseW * 50, st.kindW[k] * 1.05) : Math.max(baseW * 0.5, st.kindW[k] / 1.02);
      }
      W = st.kindW.reduce((x, y) => Math.max(x, y), 0);
      report(t);
      if (work - cycleStart >= cycleLen) {
        // A new annealing cycle, a little longer, from the best roster.
        cycleStart = work;
        cycleLen = Math.floor(cycleLen * 1.3);
        T = T0;
        saveBestBeforeChange();
        if (!bestSnap && !st.feasible) st.kindW.fill(baseW); // stuck short of feasibility: loosen up and explore again
        if (bestSnap && (!st.feasible || st.cost > bestCost + EPS)) st.restore(bestSnap);
      }
    }
    if (dpWork < dpShare * (dpWork + saWork)) {
      lnsStep();
      continue;
    }
    work++;
    saWork++;
    const changes = pickMove();
    if (!changes || !st.propose(changes)) continue;
    const delta = st.pCostDelta + st.pWeightedDelta;
    if (delta > 0 && rng.next() >= Math.exp(-delta / T)) {
      st.revert();
      continue;
    }
    saveBestBeforeChange();
    st.commit();
    noteState();
  }

  saveBestBeforeChange();
  if (bestSnap) st.restore(bestSnap);
  else if (fallbackSnap && st.hard > fallbackHard) st.restore(fallbackSnap);

  const assignments: RosterAssignment[] = [];
  for (let s = 0; s < m.S; s++) {
    const vs = st.members[s].slice().sort((a, b) => a - b);
    for (const v of vs) assignments.push({ shiftId: problem.shifts[s].id, volunteerId: problem.volunteers[v].id });
  }
  const unfilled: RosterUnfilled[] = [];
  for (let s = 0; s < m.S; s++) {
    const missing = m.sDemand[s] - st.count[s];
    if (missing > 0) {
      const details = explainUnfilled(m, st.days, st.members, s);
      unfilled.push({
        shiftId: problem.shifts[s].id,
        missing,
        reasons: details.map((d) => describeRosterGap(d, 'en')),
        details,
      });
    }
  }
  let under = 0;
  let over = 0;
  for (let s = 0; s < m.S; s++) {
    const n = st.count[s];
    under += Math.max(0, m.sDemand[s] - n) * m.sUnder[s];
    over += Math.max(0, n - m.sDemand[s]) * m.sOver[s];
  }
  const objective = { total: under + over + st.soft + st.fair, under, over, requests: st.soft, fairness: st.fair };
  const check = checkRoster(problem, { assignments });
  return {
    assignments,
    unfilled,
    objective,
    hardViolations: check.violations.length,
    stats: {
      timeToFirstFeasibleMs,
      iterations: work,
      elapsedMs: Math.round(elapsed()),
      constructionMs: Math.round(constructionMs),
      repairMs: Math.round(repairMs),
      seed,
      hardWeight: baseW,
      lnsSteps,
      lnsAccepted,
      pairSteps,
      pairAccepted,
      pairTooBig,
      annealingMoves: saWork,
      columnRounds,
      columns: columnCount,
      columnBound,
      columnMs: Math.round(columnMs),
      columnImproved,
      lowerBound: Number.isFinite(lowerBound) ? lowerBound : null,
      provenOptimal: Number.isFinite(bestCost) && bestCost <= Math.max(0, lowerBound) + EPS,
    },
  };
}
