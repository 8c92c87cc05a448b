import { addDays, bakuDateOf, qualificationExpiry } from '@dost/domain';
import type { EntityManager } from 'typeorm';

/** The day a grant must have been made on for `qualificationExpiry(day, months)` to be `validUntil` (demo back-dating). */
function grantedOnFor(validUntil: string, months: number): string {
  const approx = addDays(validUntil, -Math.round(months * 30.44) + 1);
  for (let d = -4; d <= 4; d += 1) {
    const day = addDays(approx, d);
    if (qualificationExpiry(day, months) === validUntil) return day;
  }
  return approx;
}

/**
 * The qualifications part of the demo, run last (it only adds to what the rostering demo gave people, so every
 * other screen's story stays as it was): grant dates for the qualifications people already hold, a first-aid
 * training session at Barda two years ago whose two attendees' first aid ends in 12 days, and Tural's
 * (volunteer@demo.dost.local) and one more Barda volunteer's first aid ending in 25 days — so "expiring within
 * 30 days" shows on the coordinator's dashboard and list on any day. No demo position requires first aid, so
 * nobody's eligibility changes.
 */
export async function seedQualificationsDemo(em: EntityManager, now: Date): Promise<void> {
  const today = bakuDateOf(now.getTime());
  const catalogue: { id: string; code: string; validity_months: number | null }[] = await em.query(`SELECT id, code, validity_months FROM qualifications`);
  const months = new Map(catalogue.map((q) => [q.code, q.validity_months]));
  const firstAid = catalogue.find((q) => q.code === 'first-aid');
  const [coordinator]: { id: string }[] = await em.query(`SELECT id FROM users WHERE email = 'coordinator@demo.dost.local'`);
  const [barda]: { id: string }[] = await em.query(`SELECT id FROM centers WHERE code = 'barda'`);

  // Grant dates for what the rostering demo gave: true to each row's expiry; without expiry, four months ago.
  const held: { id: string; code: string; valid_until: string | null }[] = await em.query(
    `SELECT id, code, valid_until::text FROM volunteer_qualifications WHERE granted_on IS NULL`,
  );
  for (const h of held) {
    const m = months.get(h.code);
    let grantedOn = h.valid_until && m ? grantedOnFor(h.valid_until, m) : addDays(today, -120);
    let validUntil = h.valid_until;
    // "365 days from today" is a day longer than 12 months: granted today then, with the catalogue's expiry.
    if (grantedOn > today && m) [grantedOn, validUntil] = [today, qualificationExpiry(today, m)];
    await em.query(`UPDATE volunteer_qualifications SET granted_on = $2, granted_by = $3, valid_until = $4 WHERE id = $1`, [h.id, grantedOn, coordinator?.id ?? null, validUntil]);
  }
  if (!firstAid?.validity_months || !barda) return;

  // Chosen when everything else is seeded (this runs last): Barda's active volunteers without first aid, by e-mail —
  // whoever the alumni and hiring demos made alumni or staff is no longer among them.
  const people: { id: string; email: string }[] = await em.query(
    `SELECT v.id, v.email FROM volunteers v
      WHERE v.demo AND v.status = 'active' AND v.home_center_id = $1 AND v.email LIKE 'volunteer__@demo.dost.local'
        AND NOT EXISTS (SELECT 1 FROM volunteer_qualifications q WHERE q.volunteer_id = v.id AND q.code = 'first-aid')
      ORDER BY v.email DESC LIMIT 3`,
    [barda.id],
  );
  const attendees = people.slice(0, 2);
  // The third, and Tural (the volunteer login, for his own view), hold first aid from a course of their own ending in 25 days.
  const [turalRow]: { id: string }[] = await em.query(`SELECT id FROM volunteers WHERE email = 'volunteer@demo.dost.local'`);
  const individual = [...people.slice(2), ...(turalRow ? [turalRow] : [])];

  const heldOn = grantedOnFor(addDays(today, 12), firstAid.validity_months);
  const [session]: { id: string }[] = await em.query(
    `INSERT INTO training_sessions (qualification_id, held_on, trainer, center_id, notes, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [firstAid.id, heldOn, 'Aysel Məmmədova (Qırmızı Aypara)', barda.id, 'İlk tibbi yardım kursu, 16 saat', coordinator?.id ?? null],
  );
  const grant = `INSERT INTO volunteer_qualifications (volunteer_id, code, granted_on, valid_until, granted_by, evidence, evidence_file_name, training_session_id)
    VALUES ($1, 'first-aid', $2, $3, $4, $5, $6, $7)
    ON CONFLICT (volunteer_id, code) DO UPDATE SET granted_on = EXCLUDED.granted_on, valid_until = EXCLUDED.valid_until, granted_by = EXCLUDED.granted_by,
      evidence = EXCLUDED.evidence, evidence_file_name = EXCLUDED.evidence_file_name, training_session_id = EXCLUDED.training_session_id`;
  for (const a of attendees) {
    await em.query(grant, [a.id, heldOn, qualificationExpiry(heldOn, firstAid.validity_months), coordinator?.id ?? null, 'İlk tibbi yardım kursu, 16 saat', null, session.id]);
  }
  const grantedOn = grantedOnFor(addDays(today, 25), firstAid.validity_months);
  for (const [k, p] of individual.entries()) {
    await em.query(grant, [p.id, grantedOn, qualificationExpiry(grantedOn, firstAid.validity_months), coordinator?.id ?? null, `Qırmızı Aypara sertifikatı № QA-2024-${118 + k}`, 'ilk-yardim-sertifikati.pdf', null]);
  }
}
