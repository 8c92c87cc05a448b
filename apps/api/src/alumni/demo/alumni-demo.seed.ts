import { addDays, bakuDateOf, type AlumniAvailabilityKind, type AlumniEducationLevel } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import type { HoursLedgerService } from '../../hours/hours-ledger.service';
import type { AlumniService } from '../alumni.service';

/** The demo alumnus with a login (README): an alumna with a career profile and the job-pool consent given. */
export const DEMO_ALUMNUS_EMAIL = 'volunteer01@demo.dost.local';

/** A small deterministic hash, so the same demo comes out every time (no Math.random). */
const pick = (s: string, n: number): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return Math.abs(h) % n;
};

/** `volunteerNN@demo.dost.local` → NN (1…40); the demo's own login has none. */
const numberOf = (email: string): number | null => {
  const m = /^volunteer(\d{2})@demo\.dost\.local$/.exec(email);
  return m ? Number(m[1]) : null;
};

/**
 * Who of the demo pool completes the programme: volunteer01 (the login) and every third colleague (04, 07, …, 40).
 * A long record (well over 200 approved hours) for volunteer01, two others, and everyone of them whose English is
 * B2 or better in the rostering demo (volunteerNN with NN ≡ 0 or 3 mod 4), so HR's first search — English ≥ B2 and
 * ≥ 200 hours — finds several people; the rest have a shorter record.
 */
const ALUMNI_NUMBERS = [1, ...Array.from({ length: 13 }, (_, k) => 4 + 3 * k)];
const LONG_RECORD = new Set(ALUMNI_NUMBERS.filter((n) => n === 1 || n === 13 || n === 25 || n % 4 === 0 || n % 4 === 3));

const INSTITUTIONS = [
  'Bakı Dövlət Universiteti', 'ADA Universiteti', 'Azərbaycan Dövlət İqtisad Universiteti (UNEC)', 'Azərbaycan Dillər Universiteti',
  'Bakı Mühəndislik Universiteti', 'Qarabağ Universiteti', 'Azərbaycan Dövlət Pedaqoji Universiteti', 'Bakı Ali Neft Məktəbi',
];
const FIELDS = ['Sosial iş', 'Beynəlxalq münasibətlər', 'Dövlət idarəçiliyi', 'İnformasiya texnologiyaları', 'Psixologiya', 'Tərcümə (ingilis dili)', 'Hüquq', 'Menecment'];
const EDUCATION: AlumniEducationLevel[] = ['bachelor', 'bachelor_student', 'master', 'master_student', 'bachelor', 'vocational'];
const AVAILABILITY: { kind: AlumniAvailabilityKind; text: string }[] = [
  { kind: 'full_time', text: 'Tam ştat işə dərhal başlaya bilərəm.' },
  { kind: 'part_time', text: 'Magistratura ilə yanaşı, həftədə 20 saat.' },
  { kind: 'full_time', text: 'Gələn aydan tam ştat; Bakıda və ya regionda.' },
  { kind: 'project', text: 'Tədbirlər və layihələr üzrə müddətli iş.' },
];
const SKILLS = [
  'Vətəndaşlara xidmət', 'E-xidmətlər (mygov.az)', 'Növbə idarəetməsi', 'MS Excel', 'İctimaiyyətlə əlaqələr', 'Tədbir logistikası',
  'Protokol və qonaq qarşılama', 'Sosial media', 'Məlumatların təhlili', 'Təqdimat bacarıqları',
];
const COMMENTS = [
  'Vətəndaşlarla həmişə səbirli və nəzakətlidir; növbə sıxlığında belə sakit qalır.',
  'Növbələrə vaxtında gəlir, yeni könüllülərə e-xidmətləri izah etməkdə kömək edir.',
  'Komandada etibarlı yoldaşdır; bəzən yazılı hesabatları gecikdirir.',
  'Yaşlı vətəndaşlara e-xidmətlərdən istifadəni addım-addım öyrədir — çox təşəkkür edirlər.',
  null,
  'Məsuliyyətli və təşəbbüskardır; məlumat masasını müstəqil idarə edə bilər.',
];
const EVENT_COMMENTS = [
  'Xarici nümayəndə heyətlərini ingilis dilində peşəkar qarşıladı.',
  'Qeydiyyat masasında növbəni çevik idarə etdi, heç bir qonaq gözləmədi.',
  null,
  'Logistika komandasında gün boyu etibarlı işlədi.',
];

interface Person {
  id: string;
  email: string;
  status: string;
  home_center_id: string | null;
}

async function chosen(em: EntityManager): Promise<(Person & { n: number })[]> {
  const people: Person[] = await em.query(
    `SELECT id, email, status, home_center_id FROM volunteers WHERE demo AND email ~ '^volunteer[0-9]{2}@demo\\.dost\\.local$' ORDER BY email`,
  );
  return people.map((p) => ({ ...p, n: numberOf(p.email) ?? 0 })).filter((p) => ALUMNI_NUMBERS.includes(p.n));
}

/**
 * Their service before the demo's 20-week history (runs after the hours demo, BEFORE the onboarding history, which
 * dates each person's onboarding from their first hours): monthly approved entries at the home center, so the
 * demo's alumni have the long records the talent pool is about — the first half over 200 hours.
 */
export async function seedAlumniHistory(em: EntityManager, ledger: HoursLedgerService, now: Date): Promise<void> {
  const people = await chosen(em);
  if (!people.length) return;
  const approvers: { center_id: string; user_id: string }[] = await em.query(`SELECT center_id, user_id FROM coordinator_centers ORDER BY center_id`);
  const [admin]: { user_id: string }[] = await em.query(`SELECT user_id FROM user_roles WHERE role = 'admin' ORDER BY user_id LIMIT 1`);
  const [{ first }]: { first: string | null }[] = await em.query(`SELECT to_char(min(work_date), 'YYYY-MM-DD') AS first FROM hour_entries`);
  // The month before the demo history's first day: nothing here overlaps it (nor the programme's period).
  const before = addDays(first ?? bakuDateOf(now.getTime()), -40);
  for (const p of people) {
    if (!p.home_center_id) continue;
    const approver = approvers.find((a) => a.center_id === p.home_center_id)?.user_id ?? admin?.user_id;
    if (!approver) continue;
    const months = LONG_RECORD.has(p.n) ? 18 : 7;
    const ids: string[] = [];
    for (let m = 0; m < months; m += 1) {
      const [y, mo] = before.slice(0, 7).split('-').map(Number);
      const d = new Date(Date.UTC(y, mo - 1 - m, 1));
      const month = d.toISOString().slice(0, 7);
      // Three days of service a month, four to six hours each (deterministic per person and month).
      for (const day of ['06', '14', '22']) {
        const minutes = 240 + 30 * pick(`${p.email}:${month}:${day}`, 5);
        const row = await ledger.addManual(em, {
          volunteerId: p.id, centerId: p.home_center_id, eventId: null, workDate: `${month}-${day}`, minutes, category: 'other',
          note: 'Mərkəzdə növbə (demo: 20 həftəlik tarixçədən əvvəlki xidmət).', createdBy: approver,
        });
        ids.push(row.id);
      }
    }
    await ledger.decide(em, ids, 'approved', approver, null, now);
  }
}

/**
 * The alumni part of the demo (after the certificates demo, whose Karabakh programme certificates already made
 * their holders alumni through the issuer): the chosen colleagues complete the programme by the coordinator's
 * decision, everyone gets a career profile, most (not all) give the job-pool consent — one withdrew it — and the
 * demo coordinator and organiser rate the people they worked with. volunteer01 is an alumna with consent.
 */
export async function seedAlumniDemo(em: EntityManager, alumni: AlumniService, now: Date): Promise<void> {
  const people = await chosen(em);
  const coordinator = (await em.query(`SELECT u.id, c.center_id FROM users u JOIN coordinator_centers c ON c.user_id = u.id WHERE u.email = 'coordinator@demo.dost.local'`))[0] as
    { id: string; center_id: string } | undefined;
  const organizer = (await em.query(`SELECT u.id, o.event_id FROM users u JOIN event_organizers o ON o.user_id = u.id WHERE u.email = 'organizer@demo.dost.local' ORDER BY o.event_id`)) as
    { id: string; event_id: string }[];
  const [consent]: { id: string; version: number }[] = await em.query(`SELECT id, version FROM job_pool_consent_versions ORDER BY version DESC LIMIT 1`);
  const day = 86_400_000;

  for (const p of people) {
    if (p.status !== 'active' && p.status !== 'paused') continue;
    // Completed the programme some weeks ago (a different week each), by the coordinator's decision.
    const since = new Date(now.getTime() - (14 + pick(p.email, 120)) * day);
    await alumni.becomeAlumniIn(em, p.id, {
      source: 'coordinator', reason: 'Könüllülük proqramını uğurla başa vurdu (demo).', decidedBy: coordinator?.id ?? null, now: since,
    });
  }

  // Everyone who is alumni now (these and the programme certificates' holders) gets a career profile.
  const all: { id: string; email: string; home_center_id: string | null; region: string | null; alumni_since: Date }[] = await em.query(
    `SELECT v.id, v.email, v.home_center_id, c.region, p.alumni_since FROM volunteers v JOIN alumni_profiles p ON p.volunteer_id = v.id
       LEFT JOIN centers c ON c.id = v.home_center_id WHERE v.demo ORDER BY v.email`,
  );
  const centers: { id: string }[] = await em.query(`SELECT id FROM centers WHERE demo ORDER BY code`);
  for (const [k, a] of all.entries()) {
    const h = pick(a.email, 1000);
    const availability = AVAILABILITY[h % AVAILABILITY.length];
    const skills = [SKILLS[h % SKILLS.length], SKILLS[(h + 3) % SKILLS.length], SKILLS[(h + 7) % SKILLS.length]];
    const preferred = [a.home_center_id, centers[h % centers.length]?.id].filter((x): x is string => !!x);
    await em.query(
      `UPDATE alumni_profiles SET education_level = $2, institution = $3, field_of_study = $4, region = $5, preferred_center_ids = $6::uuid[],
              availability_kind = $7, availability_text = $8 WHERE volunteer_id = $1`,
      [a.id, EDUCATION[h % EDUCATION.length], INSTITUTIONS[h % INSTITUTIONS.length], FIELDS[(h >> 3) % FIELDS.length], a.region,
        [...new Set(preferred)], availability.kind, availability.text],
    );
    await em.query(`UPDATE volunteers SET skills = $2::jsonb WHERE id = $1 AND skills = '[]'::jsonb`, [a.id, JSON.stringify(skills)]);
    // Consent: volunteer01 and most others; every fourth has not decided; one gave it and withdrew it.
    if (!consent) continue;
    const decided = a.email === DEMO_ALUMNUS_EMAIL || k % 4 !== 3;
    if (!decided) continue;
    // Never in the future: a recent alumnus' consent days after alumni_since would lie ahead of now, and withdrawing
    // it would stamp withdrawn_at before given_at. At most now minus an hour; a withdrawal at most now minus a minute.
    const givenAt = new Date(Math.min(new Date(a.alumni_since).getTime() + (1 + (h % 5)) * day, now.getTime() - 3_600_000));
    const withdrawn = a.email !== DEMO_ALUMNUS_EMAIL && k % 4 === 1 && k < 4 ? new Date(Math.min(givenAt.getTime() + 3 * day, now.getTime() - 60_000)) : null;
    await em.query(
      `INSERT INTO job_pool_consents (volunteer_id, consent_version_id, version, locale, given_at, withdrawn_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.id, consent.id, consent.version, h % 5 === 4 ? 'ru' : h % 7 === 3 ? 'en' : 'az', givenAt, withdrawn],
    );
  }

  // Ratings: the coordinator rates the alumni of the center for the last two quarters; the organiser rates
  // everyone who served at their events — a few alumni included.
  const today = bakuDateOf(now.getTime());
  if (coordinator) {
    const mine: { id: string; email: string }[] = await em.query(
      `SELECT v.id, v.email FROM volunteers v WHERE v.demo AND v.home_center_id = $1 AND v.status IN ('active', 'alumni') AND v.email <> 'volunteer@demo.dost.local' ORDER BY v.email`,
      [coordinator.center_id],
    );
    for (const v of mine) {
      for (const [q, back] of [[0, 180], [1, 90]] as const) {
        const h = pick(`${v.email}:${q}`, 1000);
        await em.query(
          `INSERT INTO volunteer_ratings (volunteer_id, rater_user_id, center_id, period_from, period_to, punctuality, communication, service_to_citizens, teamwork, comment, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [v.id, coordinator.id, coordinator.center_id, addDays(today, -back), addDays(today, -back + 89), 3 + (h % 3), 3 + ((h >> 2) % 3), 4 + ((h >> 4) % 2), 3 + ((h >> 5) % 3),
            COMMENTS[h % COMMENTS.length], new Date(now.getTime() - (back - 90) * day)],
        );
      }
    }
  }
  for (const o of organizer) {
    const served: { id: string; email: string }[] = await em.query(
      `SELECT DISTINCT v.id, v.email FROM volunteers v JOIN hour_entries h ON h.volunteer_id = v.id AND h.event_id = $1 AND h.status = 'approved'
        WHERE v.demo ORDER BY v.email`,
      [o.event_id],
    );
    for (const v of served) {
      const h = pick(`${v.email}:${o.event_id}`, 1000);
      await em.query(
        `INSERT INTO volunteer_ratings (volunteer_id, rater_user_id, event_id, punctuality, communication, service_to_citizens, teamwork, comment, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [v.id, o.id, o.event_id, 4 + (h % 2), 3 + ((h >> 1) % 3), 4 + ((h >> 3) % 2), 3 + ((h >> 4) % 3), EVENT_COMMENTS[h % EVENT_COMMENTS.length], now],
      );
    }
  }
}
