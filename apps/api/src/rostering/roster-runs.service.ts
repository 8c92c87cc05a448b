import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  addDays, bakuMidnightMs, buildAutoRosterProblem, daysBetween, describeIneligibility, describeRosterGap, isIsoDate, toBakuIso,
  type AutoRosterInput, type IneligibilityDetails, type Locale, type RosterSolution,
} from '@dost/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { JobsService } from '../jobs/jobs.service';
import { ApplicationsService } from '../recruitment/applications.service';
import type { VolunteerEntity } from '../people/entities/volunteer.entity';
import { AssignmentsRepository } from './assignments.repository';
import type { RosterRunDto, RosterRunShiftDto, StartRosterRunDto } from './dto/roster-runs.dto';
import type { RosterRunEntity, RosterRunResult } from './entities/roster-run.entity';
import type { ShiftPolicyEntity } from './entities/shift-policy.entity';
import type { ShiftEntity } from './entities/shift.entity';
import { RosteringEligibilityService, type PoolContext, type VolunteerFacts } from './rostering-eligibility.service';
import { rosteringProblems } from './rostering.errors';
import { RosteringNotifier } from './rostering-notifier';
import { RosterRunsRepository } from './roster-runs.repository';
import { RosterSolverRunner } from './roster-solver.runner';
import { ShiftsRepository } from './shifts.repository';
import { ShiftsService } from './shifts.service';
import { staffScope } from './signup.service';
import { qualificationNameFor } from '../qualifications/qualification-names';

export const ROSTER_RUN_QUEUE = 'rostering.roster-run';
export const ROSTER_RUN_MAX_DAYS = 31;
const POOL_LIMIT = 5000;
const DAY_MS = 86_400_000;

type Name = { az: string; en: string; ru: string };
/** What the preview shows of each shift and person, kept with the result so a preview never changes under the reader. */
interface Snapshot {
  shifts: Record<string, { startsAt: string; endsAt: string; positionId: string }>;
  positions: Record<string, Name>;
  names: Record<string, string>;
}
interface Loaded {
  problemInput: AutoRosterInput;
  snapshot: Snapshot;
  /** In start order. */
  shiftsById: Map<string, ShiftEntity>;
  volunteersById: Map<string, VolunteerEntity>;
  facts: Map<string, VolunteerFacts>;
  policy: ShiftPolicyEntity | null;
  pool: PoolContext;
}
type StoredResult = RosterRunResult & { snapshot: Snapshot; rejected: { shiftId: string; volunteerId: string; reason: IneligibilityDetails }[] };

/**
 * Auto-roster in the product: a run is queued as a pg-boss job, builds the engine's problem from the
 * database, solves it in a worker thread (progress and cancel go through the run's row, so any replica
 * may run it), re-checks every proposal with the eligibility rule, and keeps the preview. Applying it
 * assigns in one transaction, re-checking each proposal again against what changed meanwhile.
 */
@Injectable()
export class RosterRunsService implements OnModuleInit {
  private readonly logger = new Logger('roster-runs');

  constructor(
    private readonly jobs: JobsService,
    private readonly runs: RosterRunsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly shiftsService: ShiftsService,
    private readonly assignments: AssignmentsRepository,
    private readonly eligibility: RosteringEligibilityService,
    private readonly notifier: RosteringNotifier,
    private readonly solver: RosterSolverRunner,
    private readonly applications: ApplicationsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    // One run at a time per worker: a run takes a core for its whole time limit.
    this.jobs.register<{ runId: string }>(ROSTER_RUN_QUEUE, (data) => this.execute(data.runId), { batchSize: 1 });
  }

  async start(actor: AuthUser, dto: StartRosterRunDto, now = new Date()): Promise<RosterRunDto> {
    return this.startRun(actor, dto, null, now);
  }

  /**
   * A run that staffs only the given shifts of an event (liaison matching, docs/liaisons.md): the same job, preview
   * and apply, with the rest of the event's board left alone — its people count as busy, like work elsewhere.
   */
  async startForShifts(actor: AuthUser, dto: StartRosterRunDto & { eventId: string }, shiftIds: readonly string[], now = new Date()): Promise<RosterRunDto> {
    return this.startRun(actor, dto, [...shiftIds], now);
  }

  private async startRun(actor: AuthUser, dto: StartRosterRunDto, shiftIds: string[] | null, now: Date): Promise<RosterRunDto> {
    this.shiftsService.assertOwner(actor, dto);
    if (!isIsoDate(dto.from)) throw ApiProblem.validation([{ field: 'from', code: 'isIsoDate' }]);
    if (!isIsoDate(dto.to)) throw ApiProblem.validation([{ field: 'to', code: 'isIsoDate' }]);
    const days = daysBetween(dto.from, dto.to) + 1;
    if (days < 1 || days > ROSTER_RUN_MAX_DAYS) throw ApiProblem.validation([{ field: 'to', code: 'rosterRange', params: { max: ROSTER_RUN_MAX_DAYS } }]);
    if (bakuMidnightMs(addDays(dto.to, 1)) <= now.getTime()) throw ApiProblem.validation([{ field: 'to', code: 'rosterPast' }]);
    // One search at a time per center or event: a second click waits for the first preview.
    if (await this.runs.activeFor({ centerId: dto.centerId ?? null, eventId: dto.eventId ?? null })) throw rosteringProblems.runActive();
    const run = await this.shifts.transaction(async (em) => {
      const saved = await this.runs.insert(em, {
        centerId: dto.centerId ?? null, eventId: dto.eventId ?? null, fromDate: dto.from, toDate: dto.to, status: 'queued', progress: 0,
        timeLimitSeconds: dto.timeLimitSeconds ?? 10, requestedBy: actor.id, shiftIds,
      });
      await this.jobs.sendInTransaction(em, ROSTER_RUN_QUEUE, { runId: saved.id });
      return saved;
    });
    return this.toDto(run, 'az');
  }

  async get(actor: AuthUser, id: string, locale: Locale): Promise<RosterRunDto> {
    const run = await this.runs.find(id, staffScope(actor));
    if (!run) throw ApiProblem.notFound();
    return this.toDto(run, locale);
  }

  async list(actor: AuthUser, owner: { centerId?: string; eventId?: string }, locale: Locale): Promise<{ data: RosterRunDto[]; total: number }> {
    const rows = await this.runs.list(owner, staffScope(actor), 20);
    return { data: rows.map((r) => this.toDto(r, locale)), total: rows.length };
  }

  async cancel(actor: AuthUser, id: string, locale: Locale, now = new Date()): Promise<RosterRunDto> {
    const run = await this.runs.find(id, staffScope(actor));
    if (!run) throw ApiProblem.notFound();
    if (run.status !== 'queued' && run.status !== 'running') throw rosteringProblems.runNotActive();
    await this.runs.requestCancel(id, now);
    return this.toDto((await this.runs.find(id, 'any'))!, locale);
  }

  // ——— the job ———

  async execute(runId: string, now = new Date()): Promise<void> {
    if (!(await this.runs.claimStart(runId, now))) return;
    const run = (await this.runs.find(runId, 'any'))!;
    try {
      const loaded = await this.load(run, now);
      await this.runs.setProgress(runId, 5);
      const problem = buildAutoRosterProblem(loaded.problemInput);
      let shown = 5;
      const solution = await this.solver.solve(problem, {
        onProgress: (fraction) => {
          const next = Math.min(95, 5 + Math.floor(fraction * 90));
          if (next < shown + 5) return;
          shown = next;
          void this.runs.setProgress(runId, next).catch(() => undefined);
        },
        shouldCancel: () => this.runs.cancelRequested(runId),
      });
      const result = this.screen(solution, loaded, new Date());
      const cancelled = await this.runs.cancelRequested(runId);
      await this.runs.finish(runId, cancelled ? 'cancelled' : 'done', { result }, new Date());
    } catch (err) {
      const e = err as Error;
      this.logger.error({ err: { type: e.name, message: e.message }, runId }, 'roster run failed');
      await this.runs.finish(runId, 'failed', { error: `${e.name}: ${e.message}`.slice(0, 500) }, new Date());
    }
  }

  private async load(run: RosterRunEntity, now: Date): Promise<Loaded> {
    const from = new Date(bakuMidnightMs(run.fromDate));
    const to = new Date(bakuMidnightMs(addDays(run.toDate, 1)));
    const [rows] = await this.shifts.listShifts(
      { centerId: run.centerId ?? undefined, eventId: run.eventId ?? undefined, from, to, status: 'published' },
      { centers: 'all', events: 'all' },
      null,
    );
    // Only shifts still ahead: a started shift is the day's business, not the planner's.
    const only = run.shiftIds ? new Set(run.shiftIds) : null;
    const shifts = rows.filter((s) => s.startsAt < to && s.startsAt > now && (!only || only.has(s.id)));
    const onShifts = await this.assignments.people(shifts.map((s) => s.id), ['assigned']);
    const policy = await this.shifts.policyFor({ centerId: run.centerId, eventId: run.eventId });
    // Who may staff where (the pool rule of @dost/domain, the same one sign-up and assignment check): a
    // center's run draws on its own volunteers and those who prefer it; an event's on the area its organiser chose.
    const poolContext = await this.eligibility.poolContext([{ eventId: run.eventId }]);
    const candidates = (await this.assignments.activeVolunteers({ homeCenterIds: run.centerId ? [run.centerId] : undefined, preferringCenterId: run.centerId ?? undefined, limit: POOL_LIMIT }))
      .filter((v) => !v.signupBlocked && !(policy?.noShowLimit != null && v.noShowCount >= policy.noShowLimit));
    const preferred = await this.eligibility.preferredCenters(candidates.map((v) => v.id));
    const place = { centerId: run.centerId, eventId: run.eventId };
    const pool = candidates.filter((v) => this.eligibility.poolVerdict(v, preferred.get(v.id) ?? [], place, poolContext).inPool);
    const ids = pool.map((v) => v.id);
    const [quals, busy, availability] = await Promise.all([
      this.assignments.qualifications(ids),
      this.assignments.busyShifts(ids, new Date(from.getTime() - 8 * DAY_MS), new Date(to.getTime() + 8 * DAY_MS)),
      this.applications.availabilityOf(ids),
    ]);
    const inRun = new Set(shifts.map((s) => s.id));
    const snapshot: Snapshot = { shifts: {}, positions: {}, names: {} };
    for (const s of shifts) {
      snapshot.shifts[s.id] = { startsAt: toBakuIso(s.startsAt.getTime()), endsAt: toBakuIso(s.endsAt.getTime()), positionId: s.positionId };
      snapshot.positions[s.positionId] = { az: s.position.nameAz, en: s.position.nameEn, ru: s.position.nameRu };
    }
    // Grouped once: an event's pool is the whole network (thousands of volunteers).
    const qualsOf = groupBy(quals, (q) => q.volunteerId);
    const assignedOn = groupBy(onShifts, (p) => p.shiftId);
    const facts = new Map(pool.map((v) => [v.id, { volunteer: v, qualifications: qualsOf.get(v.id) ?? [], busy: busy.get(v.id) ?? [], preferredCenterIds: preferred.get(v.id) ?? [] }]));
    const problemInput = {
      from: run.fromDate,
      to: run.toDate,
      shifts: shifts.map((s) => ({
        id: s.id, positionId: s.positionId, site: s.centerId ?? s.eventId ?? '', startsAt: toBakuIso(s.startsAt.getTime()), endsAt: toBakuIso(s.endsAt.getTime()),
        slots: s.slots, requirements: s.position.requirements ?? {}, assigned: (assignedOn.get(s.id) ?? []).map((p) => p.volunteerId),
      })),
      volunteers: pool.map((v) => ({
        id: v.id, birthDate: v.birthDate, languages: v.languages ?? [], approvedMinutes: v.approvedMinutes, availability: availability.get(v.id) ?? [],
        qualifications: facts.get(v.id)!.qualifications.map((q) => ({ code: q.code, expiresOn: q.validUntil })),
        busy: (busy.get(v.id) ?? []).filter((b) => !inRun.has(b.shiftId)).map((b) => ({ startsAt: toBakuIso(b.startsAt.getTime()), endsAt: toBakuIso(b.endsAt.getTime()) })),
      })),
      policy: { weeklyCapMinutes: policy?.weeklyCapMinutes ?? null, minRestMinutes: policy?.minRestMinutes ?? null, maxShiftsPerDay: policy?.maxShiftsPerDay ?? null },
      timeLimitSeconds: run.timeLimitSeconds,
      seed: 1,
    };
    return { problemInput, snapshot, shiftsById: new Map(shifts.map((s) => [s.id, s])), volunteersById: new Map(pool.map((v) => [v.id, v])), facts, policy, pool: poolContext };
  }

  /**
   * Keeps the proposals the eligibility rule — the single source of truth — accepts as they stand
   * together (each accepted one counts as busy for the next); the others become gaps with the rule's reason.
   */
  private screen(
    solution: RosterSolution, loaded: Loaded, now: Date,
  ): StoredResult {
    const { shiftsById, volunteersById, facts, snapshot, policy, pool } = loaded;
    const shiftIds = [...shiftsById.keys()];
    const fixed = new Set<string>();
    for (const [, f] of facts) for (const b of f.busy) fixed.add(`${b.shiftId}|${f.volunteer.id}`);
    const added = new Map<string, number>();
    const proposals: { shiftId: string; volunteerId: string }[] = [];
    const rejected: StoredResult['rejected'] = [];
    const order = new Map(shiftIds.map((id, i) => [id, i]));
    const fresh = solution.assignments
      .filter((a) => !fixed.has(`${a.shiftId}|${a.volunteerId}`) && volunteersById.has(a.volunteerId))
      .sort((a, b) => (order.get(a.shiftId)! - order.get(b.shiftId)!) || a.volunteerId.localeCompare(b.volunteerId));
    for (const a of fresh) {
      const shift = shiftsById.get(a.shiftId)!;
      const f = facts.get(a.volunteerId)!;
      const atShift = { ...shift, assignedCount: shift.assignedCount + (added.get(shift.id) ?? 0) } as ShiftEntity;
      // Coordinator mode: the sign-up window does not hold auto-fill back (it governs self sign-up only).
      const verdict = this.eligibility.check(f, atShift, policy, 'coordinator', now, pool);
      // The auto-roster never overrides a policy: what would need an override is left to a person.
      const blocking = verdict.eligible ? verdict.overrides : verdict.reasons;
      if (blocking.length) {
        rejected.push({ shiftId: a.shiftId, volunteerId: a.volunteerId, reason: blocking[0] });
        continue;
      }
      proposals.push(a);
      added.set(shift.id, (added.get(shift.id) ?? 0) + 1);
      f.busy.push({
        assignmentId: 'proposal', shiftId: shift.id, startsAt: shift.startsAt, endsAt: shift.endsAt, status: 'assigned',
        placeAz: shift.center?.nameAz ?? shift.event?.nameAz ?? '', placeEn: shift.center?.nameEn ?? shift.event?.nameEn ?? '', placeRu: shift.center?.nameRu ?? shift.event?.nameRu ?? '',
      });
    }
    const unfilled = new Map(solution.unfilled.map((u) => [u.shiftId, { shiftId: u.shiftId, missing: u.missing, details: u.details ?? [] }]));
    for (const r of rejected) {
      const u = unfilled.get(r.shiftId) ?? { shiftId: r.shiftId, missing: 0, details: [] };
      u.missing += 1;
      unfilled.set(r.shiftId, u);
    }
    // Names only of the people the preview shows.
    for (const id of [...proposals, ...rejected].map((x) => x.volunteerId)) snapshot.names[id] = volunteersById.get(id)?.fullName ?? '';
    const slots = [...shiftsById.values()].reduce((n, s) => n + s.slots, 0);
    const filledBefore = [...shiftsById.values()].reduce((n, s) => n + s.assignedCount, 0);
    return {
      proposals,
      unfilled: [...unfilled.values()].sort((a, b) => order.get(a.shiftId)! - order.get(b.shiftId)!),
      objective: solution.objective,
      hardViolations: solution.hardViolations,
      stats: {
        shifts: shiftsById.size, slots, filledBefore, volunteers: volunteersById.size, elapsedMs: Number(solution.stats?.elapsedMs ?? 0),
        iterations: Number(solution.stats?.iterations ?? 0), timeToFirstFeasibleMs: solution.stats?.timeToFirstFeasibleMs ?? null,
      },
      snapshot,
      rejected,
    };
  }

  // ——— apply ———

  async apply(actor: AuthUser, id: string, locale: Locale, now = new Date()): Promise<RosterRunDto> {
    const outcome = await this.shifts.transaction(async (em) => {
      await this.runs.lock(em, id);
      const run = await this.runs.find(id, staffScope(actor), em);
      if (!run) throw ApiProblem.notFound();
      if (run.status !== 'done' || !run.result) throw rosteringProblems.runNotReady();
      const result = run.result as StoredResult;
      const policy = await this.shifts.policyFor({ centerId: run.centerId, eventId: run.eventId }, em);
      const pool = await this.eligibility.poolContext([{ eventId: run.eventId }], em);
      const locked = new Set<string>();
      let assigned = 0;
      const skipped: { shiftId: string; volunteerId: string; code: string }[] = [];
      for (const p of result.proposals) {
        const shift = await this.shifts.findShift(p.shiftId, 'any', em);
        if (!shift || shift.status !== 'published' || shift.startsAt <= now) {
          skipped.push({ ...p, code: 'SHIFT_GONE' });
          continue;
        }
        if (!locked.has(p.volunteerId)) {
          await this.assignments.lockVolunteer(em, p.volunteerId);
          locked.add(p.volunteerId);
        }
        const volunteer = await this.assignments.volunteer(p.volunteerId, em);
        if (!volunteer) {
          skipped.push({ ...p, code: 'NOT_ACTIVE' });
          continue;
        }
        if ((await this.assignments.liveAssignment(em, shift.id, volunteer.id))?.status === 'assigned') {
          skipped.push({ ...p, code: 'ALREADY_ON_SHIFT' });
          continue;
        }
        const facts = await this.eligibility.facts(volunteer, shift.startsAt, shift.endsAt, em);
        const verdict = this.eligibility.check(facts, shift, policy, 'coordinator', now, pool);
        const blocking = verdict.eligible ? verdict.overrides : verdict.reasons;
        if (blocking.length) {
          skipped.push({ ...p, code: blocking[0].code });
          continue;
        }
        if (!(await this.shifts.claimSlot(em, shift.id))) {
          skipped.push({ ...p, code: 'FULL' });
          continue;
        }
        const live = await this.assignments.liveAssignment(em, shift.id, volunteer.id);
        const values = { status: 'assigned' as const, source: 'auto_roster' as const, assignedBy: actor.id };
        if (live) await this.assignments.setAssignment(em, live.id, values);
        else await this.assignments.insertAssignment(em, { shiftId: shift.id, volunteerId: volunteer.id, ...values });
        await this.notifier.assigned(em, { email: volunteer.email, fullName: volunteer.fullName, locale: volunteer.locale, userId: volunteer.userId }, shift);
        assigned += 1;
      }
      if (!(await this.runs.markApplied(em, id, { assigned, skipped }, actor.id, now))) throw rosteringProblems.runNotReady();
      return { assigned, skipped: skipped.length };
    });
    await this.audit.record({ actor, action: 'rostering.roster_run.apply', entity: 'roster_run', entityId: id, details: outcome });
    return this.get(actor, id, locale);
  }

  // ——— the preview in the reader's language ———

  private toDto(run: RosterRunEntity, locale: Locale): RosterRunDto {
    const result = run.result as StoredResult | null;
    const snap = result?.snapshot;
    const shiftOf = (shiftId: string): RosterRunShiftDto => {
      const s = snap?.shifts[shiftId];
      return {
        shiftId, startsAt: s?.startsAt ?? '', endsAt: s?.endsAt ?? '',
        position: { id: s?.positionId ?? '', name: (s && snap?.positions[s.positionId]) || { az: '', en: '', ru: '' } },
      };
    };
    const positionName = (code: string, l: Locale) => snap?.positions[code]?.[l] ?? code;
    const nameOf = (volunteerId: string) => snap?.names[volunteerId] ?? '';
    const rejectedBy = new Map<string, string[]>();
    for (const r of result?.rejected ?? []) {
      rejectedBy.set(r.shiftId, [...(rejectedBy.get(r.shiftId) ?? []), `${nameOf(r.volunteerId)}: ${describeIneligibility(r.reason, locale, { audience: 'staff', qualificationName: qualificationNameFor })}`]);
    }
    const unfilledSlots = (result?.unfilled ?? []).reduce((n, u) => n + u.missing, 0);
    return {
      id: run.id, centerId: run.centerId, eventId: run.eventId, from: run.fromDate, to: run.toDate, status: run.status, progress: run.progress,
      timeLimitSeconds: run.timeLimitSeconds, error: run.error, createdAt: run.createdAt.toISOString(), startedAt: run.startedAt?.toISOString() ?? null,
      finishedAt: run.finishedAt?.toISOString() ?? null, appliedAt: run.appliedAt?.toISOString() ?? null,
      summary: result
        ? { shifts: result.stats.shifts, slots: result.stats.slots, filledBefore: result.stats.filledBefore, proposed: result.proposals.length, unfilledSlots, elapsedMs: result.stats.elapsedMs }
        : null,
      proposals: (result?.proposals ?? []).map((p) => ({ ...shiftOf(p.shiftId), volunteerId: p.volunteerId, fullName: nameOf(p.volunteerId) })),
      unfilled: (result?.unfilled ?? []).map((u) => ({
        ...shiftOf(u.shiftId), missing: u.missing,
        reasons: [...u.details.map((d) => describeRosterGap(d, locale, { positionName, qualificationName: qualificationNameFor })), ...(rejectedBy.get(u.shiftId) ?? [])],
      })),
      applied: run.applied
        ? {
            assigned: run.applied.assigned,
            skipped: run.applied.skipped.map((s) => ({ ...shiftOf(s.shiftId), volunteerId: s.volunteerId, fullName: nameOf(s.volunteerId), reason: skipReason(s.code, locale) })),
          }
        : null,
    };
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

function skipReason(code: string, locale: Locale): string {
  const t = (az: string, en: string, ru: string) => ({ az, en, ru })[locale];
  switch (code) {
    case 'SHIFT_GONE':
      return t('Növbə artıq ləğv edilib və ya başlayıb.', 'The shift was cancelled or has started.', 'Смена отменена или уже началась.');
    case 'ALREADY_ON_SHIFT':
      return t('Könüllü artıq bu növbədədir.', 'The volunteer is already on this shift.', 'Волонтёр уже на этой смене.');
    case 'FULL':
      return t('Bu arada növbədəki bütün yerlər tutulub.', 'Meanwhile every slot of the shift was taken.', 'За это время все места на смене заняты.');
    default:
      return t(
        `Bu arada könüllünün vəziyyəti dəyişib (${code}); koordinator əl ilə qərar versin.`,
        `The volunteer’s situation changed meanwhile (${code}); leave it to a coordinator.`,
        `За это время ситуация волонтёра изменилась (${code}); решение за координатором.`,
      );
  }
}
