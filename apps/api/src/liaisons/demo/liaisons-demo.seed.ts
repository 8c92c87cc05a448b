import {
  addDays, bakuDateOf, buildAutoRosterProblem, liaisonDuties, liaisonPositionCode, liaisonPositionNames, solveRoster, toBakuIso, type AutoRosterInput,
} from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { EventDelegationEntity } from '../../event-guests/entities/event-delegation.entity';
import { DEMO_GUESTS_EVENT_NAME_EN } from '../../event-guests/demo/event-guests-demo.seed';
import { EventGuestEntity } from '../../event-guests/entities/event-guest.entity';
import { PositionEntity } from '../../rostering/entities/position.entity';
import { ShiftEntity } from '../../rostering/entities/shift.entity';
import { DelegationLiaisonDutyEntity } from '../entities/delegation-liaison-duty.entity';
import { liaisonGroupsOf } from '../liaison-groups';
import { seedLiaisonSpeakersDemo } from './liaison-speakers.demo';

const DAY = 86_400_000;

/**
 * Demo (docs/liaisons.md): every future event with delegations or VIP guests in the demo gets its liaison duties, matched
 * by the roster engine as "Dil üzrə uyğunlaşdır" would (same problem builder, same engine, deterministic seed) and
 * applied — so the organiser's page shows filled duties (the demo's language volunteers, liaison-speakers.demo.ts) and,
 * where no demo volunteer fits (nobody speaks Portuguese; a third French speaker on the forum's day), the empty ones
 * with the engine's reason. Runs after the guests' demo; no mail is sent.
 */
export async function seedLiaisonsDemo(em: EntityManager, now: Date, onlyEventIds?: readonly string[]): Promise<void> {
  const events: { id: string }[] = await em.query(
    `SELECT e.id FROM events e WHERE e.starts_at > $1 AND ($2::uuid[] IS NULL OR e.id = ANY($2::uuid[])) AND (EXISTS (SELECT 1 FROM event_delegations d WHERE d.event_id = e.id)
       OR EXISTS (SELECT 1 FROM event_guests g WHERE g.event_id = e.id AND g.vip AND g.delegation_id IS NULL)) ORDER BY e.starts_at`,
    [now, onlyEventIds ? [...onlyEventIds] : null],
  );
  // The demo organisation's own volunteers speak az, en, ru and some Turkish: the forum's language volunteers live in
  // its area (the first demo center there), so the first start shows filled duties (liaison-speakers.demo.ts).
  if (!onlyEventIds && events.length) {
    const [home] = await em.query(
      `SELECT c.id FROM events e JOIN event_staffing_areas a ON a.event_id = e.id JOIN centers c ON c.demo
          AND (c.region IN (SELECT jsonb_array_elements_text(a.regions)) OR c.id::text IN (SELECT jsonb_array_elements_text(a.center_ids)))
        WHERE e.id = ANY($1::uuid[]) AND e.name_en = $2 ORDER BY c.code LIMIT 1`,
      [events.map((e) => e.id), DEMO_GUESTS_EVENT_NAME_EN],
    );
    if (home) await seedLiaisonSpeakersDemo(em, home.id);
  }
  for (const { id: eventId } of events) await seedEvent(em, eventId, now);
}

async function seedEvent(em: EntityManager, eventId: string, now: Date): Promise<void> {
  const groups = liaisonGroupsOf(await em.find(EventDelegationEntity, { where: { eventId }, order: { name: 'ASC' } }), await em.find(EventGuestEntity, { where: { eventId } }));
  const positions = new Map((await em.find(PositionEntity, { where: { eventId } })).map((p) => [p.code, p]));
  const created: ShiftEntity[] = [];
  for (const g of groups) {
    for (const duty of liaisonDuties(g)) {
      if (Date.parse(duty.startsAt) <= now.getTime()) continue;
      const code = liaisonPositionCode(duty.kind, duty.language, duty.minLevel);
      let position = positions.get(code);
      if (!position) {
        const names = liaisonPositionNames(duty.kind, duty.language, duty.minLevel);
        position = await em.save(PositionEntity, em.create(PositionEntity, {
          eventId, code, nameAz: names.az, nameEn: names.en, nameRu: names.ru, active: true,
          requirements: duty.language ? { languages: [{ language: duty.language, minLevel: duty.minLevel }] } : {},
        }));
        positions.set(code, position);
      }
      const shift = await em.save(ShiftEntity, em.create(ShiftEntity, {
        eventId, positionId: position.id, startsAt: new Date(duty.startsAt), endsAt: new Date(duty.endsAt), slots: duty.slots, assignedCount: 0,
        visibility: 'assign_only', status: 'published', notes: [g.name, duty.place].filter(Boolean).join(' — ').slice(0, 500),
      }));
      shift.position = position;
      created.push(shift);
      await em.insert(DelegationLiaisonDutyEntity, {
        eventId, delegationId: g.type === 'delegation' ? g.id : null, guestId: g.type === 'guest' ? g.id : null, shiftId: shift.id, kind: duty.kind, dutyKey: duty.key,
      });
    }
  }
  if (!created.length) return;
  // One run covers at most 31 days (as the API's matching): the first window of duties.
  const firstDay = bakuDateOf(Math.min(...created.map((s) => +s.startsAt)));
  const shifts = created.filter((s) => bakuDateOf(s.startsAt.getTime()) <= addDays(firstDay, 30));

  // The event's pool as the run builds it: active volunteers of the staffing area (none chosen = the whole network).
  const [area] = await em.query(`SELECT regions, center_ids AS "centerIds" FROM event_staffing_areas WHERE event_id = $1`, [eventId]);
  const regions: string[] = area?.regions ?? [];
  const centerIds: string[] = area?.centerIds ?? [];
  const pool: { id: string; fullName: string; birthDate: string | null; languages: { language: string; level: string }[]; approvedMinutes: number }[] = await em.query(
    `SELECT v.id, v.full_name AS "fullName", v.birth_date::text AS "birthDate", v.languages, v.approved_minutes AS "approvedMinutes"
       FROM volunteers v LEFT JOIN centers c ON c.id = v.home_center_id
      WHERE v.status = 'active' AND NOT v.signup_blocked
        AND ($1::int = 0 OR c.region = ANY($2::text[]) OR v.home_center_id = ANY($3::uuid[]))`,
    [regions.length + centerIds.length, regions, centerIds],
  );
  const ids = pool.map((v) => v.id);
  const first = Math.min(...shifts.map((s) => +s.startsAt));
  const last = Math.max(...shifts.map((s) => +s.endsAt));
  const busy: { volunteerId: string; startsAt: Date; endsAt: Date }[] = await em.query(
    `SELECT a.volunteer_id AS "volunteerId", s.starts_at AS "startsAt", s.ends_at AS "endsAt" FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
      WHERE a.volunteer_id = ANY($1::uuid[]) AND a.status = 'assigned' AND s.status = 'published' AND s.ends_at > $2 AND s.starts_at < $3`,
    [ids, new Date(first - 2 * DAY), new Date(last + 2 * DAY)],
  );
  const availability: { volunteerId: string; availability: string[] }[] = await em.query(
    `SELECT DISTINCT ON (volunteer_id) volunteer_id AS "volunteerId", availability FROM applications WHERE volunteer_id = ANY($1::uuid[]) ORDER BY volunteer_id, created_at DESC`,
    [ids],
  );
  const quals: { volunteerId: string; code: string; validUntil: string | null }[] = await em.query(
    `SELECT volunteer_id AS "volunteerId", code, valid_until::text AS "validUntil" FROM volunteer_qualifications WHERE volunteer_id = ANY($1::uuid[])`,
    [ids],
  );
  const [policy] = await em.query(`SELECT weekly_cap_minutes AS "weeklyCapMinutes", min_rest_minutes AS "minRestMinutes", max_shifts_per_day AS "maxShiftsPerDay" FROM shift_policies WHERE event_id = $1`, [eventId]);
  const days = shifts.map((s) => bakuDateOf(s.startsAt.getTime())).sort();
  const input: AutoRosterInput = {
    from: days[0], to: days[days.length - 1],
    shifts: shifts.map((s) => ({
      id: s.id, positionId: s.positionId, site: eventId, startsAt: toBakuIso(s.startsAt.getTime()), endsAt: toBakuIso(s.endsAt.getTime()), slots: s.slots,
      requirements: s.position.requirements ?? {}, assigned: [],
    })),
    volunteers: pool.map((v) => ({
      id: v.id, birthDate: v.birthDate, languages: v.languages ?? [], approvedMinutes: v.approvedMinutes,
      availability: availability.find((a) => a.volunteerId === v.id)?.availability ?? [],
      qualifications: quals.filter((q) => q.volunteerId === v.id).map((q) => ({ code: q.code, expiresOn: q.validUntil })),
      busy: busy.filter((b) => b.volunteerId === v.id).map((b) => ({ startsAt: toBakuIso(b.startsAt.getTime()), endsAt: toBakuIso(b.endsAt.getTime()) })),
    })),
    policy: { weeklyCapMinutes: policy?.weeklyCapMinutes ?? null, minRestMinutes: policy?.minRestMinutes ?? null, maxShiftsPerDay: policy?.maxShiftsPerDay ?? null },
    timeLimitSeconds: 1,
    seed: 1,
  };
  // Without a clock the engine stops after a fixed amount of work: the same demo on every first start.
  const solution = solveRoster(buildAutoRosterProblem(input), { seed: 1, maxIterations: 20_000 });
  const byShift = new Map<string, string[]>();
  for (const a of solution.assignments) byShift.set(a.shiftId, [...(byShift.get(a.shiftId) ?? []), a.volunteerId]);
  for (const [shiftId, people] of byShift) {
    await em.query(
      `INSERT INTO shift_assignments (shift_id, volunteer_id, status, source, overrides) SELECT $1, unnest($2::uuid[]), 'assigned', 'auto_roster', '[]'::jsonb`,
      [shiftId, people],
    );
    await em.update(ShiftEntity, { id: shiftId }, { assignedCount: people.length });
  }
  const [organizer] = await em.query(`SELECT user_id AS id FROM event_organizers WHERE event_id = $1 LIMIT 1`, [eventId]);
  const [admin] = organizer ? [organizer] : await em.query(`SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin' LIMIT 1`);
  const names = Object.fromEntries(pool.filter((v) => solution.assignments.some((a) => a.volunteerId === v.id)).map((v) => [v.id, v.fullName]));
  // The run as "Dil üzrə uyğunlaşdır" leaves it once applied: the organiser's page reads the gaps' reasons from it.
  await em.query(
    `INSERT INTO roster_runs (event_id, from_date, to_date, status, progress, time_limit_seconds, requested_by, shift_ids, result, applied, started_at, finished_at, applied_at, applied_by)
     VALUES ($1, $2, $3, 'applied', 100, 1, $4, $5, $6, $7, $8, $8, $8, $4)`,
    [
      eventId, input.from, input.to, admin.id, JSON.stringify(shifts.map((s) => s.id)),
      JSON.stringify({
        proposals: solution.assignments, unfilled: solution.unfilled.map((u) => ({ shiftId: u.shiftId, missing: u.missing, details: u.details ?? [] })),
        objective: solution.objective, hardViolations: solution.hardViolations,
        stats: { shifts: shifts.length, slots: shifts.reduce((n, s) => n + s.slots, 0), filledBefore: 0, volunteers: pool.length, elapsedMs: 0, iterations: Number(solution.stats?.iterations ?? 0), timeToFirstFeasibleMs: null },
        snapshot: { shifts: {}, positions: {}, names }, rejected: [],
      }),
      JSON.stringify({ assigned: solution.assignments.length, skipped: [] }),
      now,
    ],
  );
}
