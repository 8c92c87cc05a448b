import type { EntityManager } from 'typeorm';

/** Notes the Barda coordinator keeps on two of the center's people (deterministic, so the profile shows something true). */
const NOTES: { email: string; body: string; daysAgo: number }[] = [
  { email: 'volunteer05@demo.dost.local', body: 'Rus dilini yaxşı bilir (B2) — protokol təlimindən sonra Protokol köməkçisi (VIP qonaq masası) növbələrinə təyin etmək olar; ingilis dili hələ A2-dir.', daysAgo: 12 },
  { email: 'volunteer05@demo.dost.local', body: 'Telefonla danışdıq: həftə sonları daha çox növbə götürə bilər.', daysAgo: 3 },
  { email: 'volunteer02@demo.dost.local', body: 'İmtahan sessiyası yanvarın sonuna qədər davam edir; bu müddətdə az növbə.', daysAgo: 6 },
];

/**
 * The people part of the demo (after the onboarding history; the alumni's changes write their own rows, some
 * before this runs): each demo person's status history begins where they became active — the onboarded step of their
 * application, by the same coordinator — or, without one, with their status when the record was made; and a few
 * staff notes at Barda.
 */
export async function seedPeopleDemo(em: EntityManager, now: Date): Promise<void> {
  await em.query(
    `INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, actor_user_id, at)
     SELECT v.id, 'applicant', 'active', 'onboarded', t.actor_id, t.at
       FROM volunteers v
       JOIN LATERAL (
         SELECT tr.actor_id, tr.at FROM applications a JOIN application_transitions tr ON tr.application_id = a.id AND tr.to_status = 'onboarded'
          WHERE a.volunteer_id = v.id ORDER BY tr.at LIMIT 1
       ) t ON TRUE
      WHERE v.demo AND NOT EXISTS (SELECT 1 FROM volunteer_status_changes h WHERE h.volunteer_id = v.id AND (h.from_status IS NULL OR h.from_status = 'applicant'))`,
  );
  await em.query(
    `INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, at)
     SELECT v.id, NULL,
            coalesce((SELECT h.from_status FROM volunteer_status_changes h WHERE h.volunteer_id = v.id ORDER BY h.at, h.id LIMIT 1), v.status), v.created_at
       FROM volunteers v
      WHERE v.demo AND NOT EXISTS (SELECT 1 FROM volunteer_status_changes h WHERE h.volunteer_id = v.id AND (h.from_status IS NULL OR h.from_status = 'applicant'))`,
  );
  const [coordinator] = await em.query(`SELECT id, full_name FROM users WHERE email = 'coordinator@demo.dost.local'`);
  if (!coordinator) return;
  for (const n of NOTES) {
    await em.query(
      `INSERT INTO volunteer_notes (volunteer_id, author_user_id, author_name, body, created_at)
       SELECT v.id, $2, $3, $4, $5 FROM volunteers v WHERE v.email = $1`,
      [n.email, coordinator.id, coordinator.full_name, n.body, new Date(now.getTime() - n.daysAgo * 86_400_000)],
    );
  }
}
