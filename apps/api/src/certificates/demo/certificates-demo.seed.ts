import { addDays, bakuDateOf, VERIFICATION_CODE_ALPHABET } from '@dost/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CertificateIssuer } from '../certificate-issuer';
import { CertificateTypeEntity } from '../entities/certificate-type.entity';

/** Verification codes the README points to, the same on every installation. */
export const DEMO_CERTIFICATE_CODES = {
  /** A valid SOCGOV 2025 event certificate. */
  socgovValid: 'DEMOSOCGOVVALIDCERTA',
  /** A revoked one (the page shows the date, never the reason). */
  socgovRevoked: 'DEMOSOCGOVREVOKEDCRT',
  /** A Barda programme certificate (the first eligible Barda colleague's; never the demo volunteer's login). */
  bardaProgramme: 'DEMOBARDAPROGRAMCERT',
} as const;

/** A code derived from a seed text (no Math.random: the same demo every time). */
const demoCode = (seed: string): string => {
  const bytes = createHash('sha256').update(`dost-demo-certificate:${seed}`).digest();
  return Array.from(bytes.subarray(0, 20), (b) => VERIFICATION_CODE_ALPHABET[b & 31]).join('');
};

/** How many Barda volunteers receive the programme certificate in the demo (the others can be issued one by hand). */
const BARDA_HOLDERS = 5;

/**
 * The certificates part of the demo, after the hours demo: the types (SOCGOV 2025 participation, Karabakh
 * center programme of 40 hours over the demo's history, milestones 100 / 250 / 500, protocol training), event
 * certificates for everyone with approved hours at SOCGOV 2025 (issued a week after it, so serials KD-2025-…),
 * programme certificates for a few eligible Barda volunteers, and one SOCGOV certificate revoked. Issued through
 * CertificateIssuer (eligibility and serials as in real use), without mail.
 */
export async function seedCertificatesDemo(em: EntityManager, issuer: CertificateIssuer, now: Date): Promise<void> {
  const [socgov]: { id: string; ends_at: Date }[] = await em.query(`SELECT id, ends_at FROM events WHERE demo AND status = 'completed' ORDER BY starts_at LIMIT 1`);
  const [barda]: { id: string }[] = await em.query(`SELECT id FROM centers WHERE demo AND code = 'barda'`);
  const [organizer]: { id: string }[] = await em.query(`SELECT id FROM users WHERE email = 'organizer@demo.dost.local'`);
  const [coordinator]: { id: string }[] = await em.query(`SELECT id FROM users WHERE email = 'coordinator@demo.dost.local'`);
  const today = bakuDateOf(now.getTime());
  const programmeFrom = `${addDays(today, -7 * 20).slice(0, 7)}-01`;
  const programmeTo = `${today.slice(0, 4)}-12-31`;

  const type = (values: Partial<CertificateTypeEntity>) => em.save(CertificateTypeEntity, em.create(CertificateTypeEntity, { autoIssue: false, active: true, demo: true, ...values }));
  const types = {
    socgov: socgov
      ? await type({
        code: 'socgov-2025', kind: 'event', rule: { eventId: socgov.id },
        nameAz: 'SOCGOV 2025 könüllüsü', nameEn: 'SOCGOV 2025 volunteer', nameRu: 'Волонтёр SOCGOV 2025',
      })
      : null,
    barda: barda
      ? await type({
        code: 'karabakh-programme', kind: 'programme', rule: { minHours: 40, centerId: barda.id, periodFrom: programmeFrom, periodTo: programmeTo },
        nameAz: 'Qarabağ Regional DOST Mərkəzinin könüllülük proqramı (40 saat)', nameEn: 'Karabakh Regional DOST Center volunteer programme (40 hours)',
        nameRu: 'Волонтёрская программа Карабахского регионального центра DOST (40 часов)',
      })
      : null,
  };
  for (const hours of [100, 250, 500]) {
    await type({
      code: `milestone-${hours}`, kind: 'milestone', rule: { milestoneHours: hours }, autoIssue: true,
      nameAz: `${hours} saat könüllülük`, nameEn: `${hours} hours of volunteering`, nameRu: `${hours} часов волонтёрства`,
    });
  }
  await type({
    code: 'protocol-training', kind: 'training', rule: { qualification: 'protocol-training' },
    nameAz: 'Protokol təlimi', nameEn: 'Protocol training', nameRu: 'Обучение протоколу',
  });

  // ——— SOCGOV 2025: everyone with approved hours there, a week after the event ———
  if (types.socgov && socgov && organizer) {
    const people: { id: string; email: string }[] = await em.query(
      `SELECT DISTINCT v.id, v.email FROM volunteers v JOIN hour_entries h ON h.volunteer_id = v.id AND h.event_id = $1 AND h.status = 'approved' ORDER BY v.email`,
      [socgov.id],
    );
    const issuedAt = new Date(socgov.ends_at.getTime() + 7 * 86_400_000);
    const issued: string[] = [];
    for (const p of people) {
      const r = await issuer.issueIn(em, types.socgov, p.id, { issuedBy: organizer.id, now: issuedAt, notify: false });
      if (r.outcome === 'issued') {
        await em.query(`UPDATE certificates SET verification_code = $2, demo = true WHERE id = $1`, [r.certificate.id, demoCode(`socgov:${p.email}`)]);
        issued.push(r.certificate.id);
      }
    }
    if (issued[0]) await em.query(`UPDATE certificates SET verification_code = $2 WHERE id = $1`, [issued[0], DEMO_CERTIFICATE_CODES.socgovValid]);
    if (issued[1]) {
      await em.query(
        `UPDATE certificates SET verification_code = $2, status = 'revoked', revoked_at = $3, revoked_by = $4, revoked_reason = $5 WHERE id = $1`,
        [issued[1], DEMO_CERTIFICATE_CODES.socgovRevoked, new Date(issuedAt.getTime() + 14 * 86_400_000), organizer.id, 'Demo: saatlar səhvən başqa könüllüyə yazılmışdı'],
      );
    }
  }

  // ——— the Karabakh programme: the first eligible colleagues ———
  // Not the demo volunteer's login (volunteer@demo): a programme-completion certificate makes its holder alumni
  // (docs/alumni.md), and whether he had earned it depended on the day of seeding — the login every volunteer
  // walkthrough uses must stay an active volunteer, on every day.
  if (types.barda && barda && coordinator) {
    const people: { id: string; email: string }[] = await em.query(
      `SELECT id, email FROM volunteers WHERE demo AND home_center_id = $1 AND email <> 'volunteer@demo.dost.local' ORDER BY email`,
      [barda.id],
    );
    let first = true;
    let count = 0;
    for (const p of people) {
      if (count >= BARDA_HOLDERS) break;
      const r = await issuer.issueIn(em, types.barda, p.id, { issuedBy: coordinator.id, now, notify: false });
      if (r.outcome !== 'issued') continue;
      await em.query(`UPDATE certificates SET verification_code = $2, demo = true WHERE id = $1`, [r.certificate.id, first ? DEMO_CERTIFICATE_CODES.bardaProgramme : demoCode(`barda:${p.email}`)]);
      first = false;
      count += 1;
    }
  }
}
