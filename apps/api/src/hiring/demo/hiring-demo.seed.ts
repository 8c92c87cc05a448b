import { addDays, bakuDateOf, type CandidateStage } from '@dost/domain';
import type { EntityManager } from 'typeorm';

const DAY = 24 * 3600 * 1000;
const MAIN_LINE: CandidateStage[] = ['sourced', 'contacted', 'interview', 'offer', 'hired'];

/** The stage path to a stage (a declined person was contacted first), with days before now for each step. */
function path(to: CandidateStage, startDaysAgo: number): { stage: CandidateStage; daysAgo: number }[] {
  const steps = to === 'declined' ? ['sourced', 'contacted', 'declined'] as CandidateStage[]
    : MAIN_LINE.slice(0, MAIN_LINE.indexOf(to) + 1);
  return steps.map((stage, i) => ({ stage, daysAgo: Math.max(1, startDaysAgo - i * 7) }));
}

/**
 * The hiring demo (docs/hiring.md), after the alumni demo: two open vacancies at demo centers, consenting alumni
 * at every stage of the first, an application and a contact at the second, and one hire with a staff account
 * (coordinator of Bərdə; their volunteer history stays). volunteer01 (the alumna's login) is left free to apply, and the demo volunteer's login
 * (volunteer@demo, an alumnus too when his Barda programme certificate is issued) stays a volunteer, never a hire.
 * Deterministic: people by e-mail order, dates relative to `now`.
 */
export async function seedHiringDemo(em: EntityManager, now: Date): Promise<void> {
  const [hr]: { id: string; password_hash: string | null }[] = await em.query(`SELECT id, password_hash FROM users WHERE email = 'hr@demo.dost.local'`);
  const centers: { id: string; code: string }[] = await em.query(`SELECT id, code FROM centers WHERE demo ORDER BY code`);
  const barda = centers.find((c) => c.code === 'barda');
  const other = centers.find((c) => c.code !== 'barda');
  if (!hr || !barda || !other) return;
  const people: { id: string; user_id: string | null; full_name: string; email: string; locale: string; english_long: boolean }[] = await em.query(
    `SELECT v.id, v.user_id, v.full_name, v.email, v.locale,
            (v.approved_minutes >= 12000 AND v.languages @> '[{"language":"en"}]'
              AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.languages) l WHERE l->>'language' = 'en' AND l->>'level' IN ('B2', 'C1', 'C2'))) AS english_long
       FROM volunteers v
      WHERE v.demo AND v.status = 'alumni' AND v.email NOT IN ('volunteer01@demo.dost.local', 'volunteer@demo.dost.local')
        AND EXISTS (SELECT 1 FROM job_pool_consents j WHERE j.volunteer_id = v.id AND j.withdrawn_at IS NULL)
      ORDER BY v.email`,
  );
  const today = bakuDateOf(now.getTime());

  const insertVacancy = async (v: Record<string, unknown>): Promise<string> => {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO vacancies (title, language, center_id, department, description, requirements, posts, opens_on, closes_on, open_to_alumni, staff_role, owner_id, status, demo)
       VALUES ($1, 'az', $2, NULL, $3, $4, $5, $6, $7, true, $8, $9, 'open', true) RETURNING id`,
      [v.title, v.centerId, v.description, JSON.stringify(v.requirements), v.posts, v.opensOn, v.closesOn, v.staffRole, hr.id],
    );
    return row.id;
  };
  const coordinatorPost = await insertVacancy({
    title: 'Bərdə DOST mərkəzinin koordinatoru', centerId: barda.id, posts: 2, staffRole: 'coordinator',
    description: 'Mərkəzdə könüllülərin növbələrini planlaşdırmaq, yeni könüllüləri qarşılamaq və vətəndaş xidmətinin keyfiyyətinə baxmaq.',
    requirements: { languages: [{ language: 'en', level: 'B2' }], minHours: 200 }, opensOn: addDays(today, -45), closesOn: addDays(today, 30),
  });
  const servicePost = await insertVacancy({
    title: 'Vətəndaş xidməti üzrə mütəxəssis', centerId: other.id, posts: 1, staffRole: 'staff',
    description: 'Müraciətlərin qəbulu, vətəndaşlara məsləhət və elektron xidmətlərdə yardım.',
    requirements: { languages: [{ language: 'ru', level: 'B1' }], minHours: 100 }, opensOn: addDays(today, -20), closesOn: addDays(today, 40),
  });

  const addCandidate = async (vacancyId: string, personId: string, to: CandidateStage, startDaysAgo: number, source: 'sourced' | 'applied'): Promise<{ id: string; at: Date }> => {
    const steps = path(to, startDaysAgo);
    const last = new Date(now.getTime() - steps[steps.length - 1].daysAgo * DAY);
    const first = new Date(now.getTime() - steps[0].daysAgo * DAY);
    const [c]: { id: string }[] = await em.query(
      `INSERT INTO candidates (vacancy_id, volunteer_id, stage, source, added_by, version, stage_changed_at, hired_at, demo, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, $9, $7) RETURNING id`,
      [vacancyId, personId, to, source, source === 'sourced' ? hr.id : null, steps.length, last, to === 'hired' ? last : null, first],
    );
    let from: CandidateStage | null = null;
    for (const s of steps) {
      await em.query(`INSERT INTO candidate_stage_changes (candidate_id, from_stage, to_stage, actor_id, reason, at) VALUES ($1, $2, $3, $4, NULL, $5)`,
        [c.id, from, s.stage, source === 'applied' && from === null ? null : hr.id, new Date(now.getTime() - s.daysAgo * DAY)]);
      from = s.stage;
    }
    return { id: c.id, at: last };
  };
  const note = (candidateId: string, body: string) =>
    em.query(`INSERT INTO candidate_notes (candidate_id, author_id, author_name, body) VALUES ($1, $2, 'Nigar Əliyeva (demo)', $3)`, [candidateId, hr.id, body]);

  if (people.length === 0) return;

  // The first vacancy: one person per stage (as far as the demo's consenting alumni go), the hire last.
  // The hire leaves the pool (staff are not in it): take someone who is not an English-speaking long record, so
  // the pool's "English ≥ B2, ≥ 200 hours" search keeps its people for the demo and its tests.
  const hired = [...people].reverse().find((p) => !p.english_long) ?? people[people.length - 1];
  const others = people.filter((p) => p !== hired);
  const at = (k: number) => others[k % Math.max(1, others.length)];
  const plan: [CandidateStage, number][] = [['sourced', 6], ['contacted', 20], ['interview', 26], ['offer', 33], ['declined', 30]];
  for (const [k, [stage, days]] of plan.entries()) {
    if (k >= others.length) break;
    const c = await addCandidate(coordinatorPost, at(k).id, stage, days, 'sourced');
    if (stage === 'interview') {
      const day = addDays(today, 3);
      await em.query(`INSERT INTO candidate_interviews (candidate_id, starts_at, ends_at, place, scheduled_by) VALUES ($1, $2, $3, $4, $5)`,
        [c.id, `${day}T11:00:00+04:00`, `${day}T11:45:00+04:00`, 'Bərdə DOST mərkəzi, 2-ci mərtəbə, 204-cü otaq', hr.id]);
      await note(c.id, 'İngilis dili yaxşıdır; növbə planlaşdırması barədə soruşmaq.');
    }
    if (stage === 'offer') await note(c.id, 'Müsahibə çox uğurlu keçdi. Maaş təklifi göndərildi.');
  }
  const hire = await addCandidate(coordinatorPost, hired.id, 'hired', 40, 'sourced');
  await note(hire.id, 'Könüllü kimi 2 il Bərdədə xidmət edib — komanda onu yaxşı tanıyır.');

  // The staff account: the person's own login (the demo password, like every demo account) with the coordinator role at Bərdə.
  let userId = hired.user_id;
  if (!userId) {
    const [u]: { id: string }[] = await em.query(
      `INSERT INTO users (email, password_hash, full_name, locale, active, demo) VALUES ($1, $2, $3, $4, true, true) RETURNING id`,
      [hired.email, hr.password_hash, hired.full_name, hired.locale],
    );
    userId = u.id;
    await em.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'volunteer')`, [userId]);
    await em.query(`UPDATE volunteers SET user_id = $1 WHERE id = $2`, [userId, hired.id]);
  }
  await em.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'coordinator') ON CONFLICT DO NOTHING`, [userId]);
  await em.query(`INSERT INTO coordinator_centers (user_id, center_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, barda.id]);
  await em.query(`UPDATE volunteers SET status = 'staff' WHERE id = $1`, [hired.id]);
  await em.query(`INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, actor_user_id, at) VALUES ($1, 'alumni', 'staff', $2, $3, $4)`,
    [hired.id, 'İşə götürülüb: Bərdə DOST mərkəzinin koordinatoru', hr.id, hire.at]);

  // The second vacancy: an alumnus applied on their own, another was contacted.
  if (others.length >= 2) {
    await addCandidate(servicePost, at(1).id, 'sourced', 4, 'applied');
    await addCandidate(servicePost, at(2).id, 'contacted', 9, 'sourced');
  }
}
