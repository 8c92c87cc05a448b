import { addDays, bakuDateOf } from '@dost/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO_HISTORY_WEEKS } from '../../hours/demo/hours-demo.seed';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from '../recruitment.types';
import { DEMO_CONSENT } from './recruitment-demo.seed';

const DAY = 86_400_000;

/** A small deterministic hash, so the same demo comes out every time (no Math.random). */
const pick = (s: string, n: number): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return Math.abs(h) % n;
};

const MONTHS = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
};

/** 10:00 Baku on the Baku date `days` before `at`, plus `minutes`. */
const bakuMorning = (at: number, days: number, minutes: number): Date =>
  new Date(Date.parse(`${addDays(bakuDateOf(at), -days)}T10:00:00+04:00`) + minutes * 60_000);

/**
 * How the demo's volunteers came in: everyone with hours in the ledger applied to an earlier (closed) intake
 * and was onboarded before their first hours — submitted → screening → interview → offered →
 * accepted → onboarded, at consistent times, by their center's coordinator (else the HR officer, else the
 * admin). New volunteers per month and center in the national report therefore count real people. Runs once,
 * inside the first start's seed (after the hours demo, which it reads); the open intake is not touched.
 */
export async function seedOnboardingHistory(em: EntityManager, now: Date): Promise<void> {
  const people: {
    id: string; full_name: string; email: string; fin: string | null; phone: string | null; birth_date: string | null; locale: 'az' | 'en' | 'ru';
    languages: unknown; home_center_id: string; first_day: string;
  }[] = await em.query(
    `SELECT v.id, v.full_name, v.email, v.fin, v.phone, to_char(v.birth_date, 'YYYY-MM-DD') AS birth_date, v.locale, v.languages, v.home_center_id,
            to_char(min(h.work_date), 'YYYY-MM-DD') AS first_day
       FROM volunteers v JOIN hour_entries h ON h.volunteer_id = v.id
      WHERE v.demo AND v.home_center_id IS NOT NULL
      GROUP BY v.id ORDER BY min(h.work_date), v.email`,
  );
  if (!people.length) return;
  const coordinators: { center_id: string; user_id: string; full_name: string }[] = await em.query(
    `SELECT c.center_id, c.user_id, u.full_name FROM coordinator_centers c JOIN users u ON u.id = c.user_id ORDER BY u.created_at`,
  );
  const [staff]: { user_id: string; full_name: string }[] = await em.query(
    `SELECT r.user_id, u.full_name FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.role IN ('hr', 'admin')
      ORDER BY (r.role = 'hr') DESC, u.created_at LIMIT 1`,
  );
  const actorOf = (centerId: string) => {
    const c = coordinators.find((x) => x.center_id === centerId);
    return c ? { id: c.user_id, name: c.full_name } : { id: staff?.user_id ?? null, name: staff?.full_name ?? 'DOST' };
  };

  // Each person's path, backwards from onboarding: 2–12 days before the first hours. Most served SOCGOV 2025
  // first, long before the 20 weeks of center history: they were taken on over the months before it (up to
  // 15 weeks more); the few whose first hours are in the history are the network's recent newcomers.
  const historyStart = addDays(bakuDateOf(now.getTime()), -7 * DEMO_HISTORY_WEEKS);
  const paths = people.map((p) => {
    const first = Date.parse(`${p.first_day}T10:00:00+04:00`);
    const gap = 2 + pick(p.id, 11) + (p.first_day < historyStart ? 7 * pick(`${p.id}w`, 16) : 0);
    const m = pick(p.email, 240);
    // Never later than yesterday, whatever the first hours (manual entries can be recent).
    const onboarded = new Date(Math.min(bakuMorning(first, gap, m).getTime(), now.getTime() - DAY));
    const steps = [
      { to: 'submitted' as const, at: bakuMorning(onboarded.getTime(), 16 + pick(`${p.id}s`, 6), pick(`${p.id}m`, 600)) },
      { to: 'screening' as const, at: bakuMorning(onboarded.getTime(), 14, m) },
      { to: 'interview' as const, at: bakuMorning(onboarded.getTime(), 10, m + 15) },
      { to: 'offered' as const, at: bakuMorning(onboarded.getTime(), 7, m + 30) },
      { to: 'accepted' as const, at: bakuMorning(onboarded.getTime(), 5, m + 45) },
      { to: 'onboarded' as const, at: onboarded },
    ];
    return { p, steps, applicationId: randomUUID() };
  });

  // The intakes they came through: a new one when a submission falls more than two months after the last one opened.
  paths.sort((a, b) => a.steps[0].at.getTime() - b.steps[0].at.getTime());
  const groups: (typeof paths)[] = [];
  for (const x of paths) {
    const g = groups[groups.length - 1];
    if (g && x.steps[0].at.getTime() - g[0].steps[0].at.getTime() < 60 * DAY) g.push(x);
    else groups.push([x]);
  }
  const centers: { id: string }[] = await em.query(`SELECT id FROM centers WHERE demo ORDER BY code`);
  for (const g of groups) {
    const opensOn = addDays(bakuDateOf(g[0].steps[0].at.getTime()), -3);
    const last = addDays(bakuDateOf(g[g.length - 1].steps[0].at.getTime()), 2);
    const closesOn = last < bakuDateOf(now.getTime()) ? last : addDays(bakuDateOf(now.getTime()), -1);
    const [y, mo] = opensOn.split('-').map(Number);
    const intakeId = randomUUID();
    const createdAt = new Date(Date.parse(`${addDays(opensOn, -7)}T09:00:00+04:00`));
    await em.query(
      `INSERT INTO intakes (id, name_az, name_en, name_ru, description_az, description_en, description_ru, status, opens_on, closes_on, capacity, min_age, max_age,
                            questions, rubric, checklist, consent_version, demo, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'closed', $8, $9, $10, 18, 35, '[]'::jsonb, $11::jsonb, $12::jsonb, 1, true, $13, $14)`,
      [
        intakeId, `Könüllü DOST — ${MONTHS.az[mo - 1]} ${y} qəbulu (demo)`, `Könüllü DOST — ${MONTHS.en[mo - 1]} ${y} intake (demo)`,
        `Könüllü DOST — набор, ${MONTHS.ru[mo - 1]} ${y} (демо)`,
        'DOST mərkəzlərində vətəndaşlara xidmətdə kömək edən könüllülər axtarırıq. Həftədə ən azı iki yarım gün.',
        'We are looking for volunteers to help citizens at DOST centers. At least two half-days a week.',
        'Ищем волонтёров для помощи гражданам в центрах DOST. Не менее двух полудней в неделю.',
        opensOn, closesOn, Math.max(20, g.length), JSON.stringify(DEFAULT_RUBRIC), JSON.stringify(DEFAULT_CHECKLIST), createdAt,
        new Date(Date.parse(`${closesOn}T18:00:00+04:00`)),
      ],
    );
    if (centers.length) await em.query(`INSERT INTO intake_centers (intake_id, center_id) SELECT $1, unnest($2::uuid[])`, [intakeId, centers.map((c) => c.id)]);
    const consentVersionId = randomUUID();
    await em.query(
      `INSERT INTO intake_consent_versions (id, intake_id, version, text_az, text_en, text_ru, created_at) VALUES ($1, $2, 1, $3, $4, $5, $6)`,
      [consentVersionId, intakeId, DEMO_CONSENT.az, DEMO_CONSENT.en, DEMO_CONSENT.ru, createdAt],
    );

    for (const { p, steps, applicationId } of g) {
      const submitted = steps[0].at;
      const onboarded = steps[steps.length - 1].at;
      const i = pick(p.id, 1000);
      await em.query(
        `INSERT INTO applications (id, intake_id, volunteer_id, fin, status, locale, full_name, email, phone, birth_date, occupation, education, languages, availability, motivation,
                                   email_verified_at, onboarding, home_center_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'onboarded', $5, $6, $7, $8, $9, $19, $10::jsonb, $11::jsonb, $12::jsonb, $13, $14, $15::jsonb, $16, $17, $18)`,
        [
          applicationId, intakeId, p.id, p.fin, p.locale, p.full_name, p.email, p.phone ?? `+99450${String(5_000_000 + i * 1_337).slice(0, 7)}`,
          p.birth_date ?? '2000-01-15',
          i % 4 === 3 ? null : JSON.stringify({ institution: ['Bakı Dövlət Universiteti', 'ADA Universiteti', 'Azərbaycan Dövlət İqtisad Universiteti', 'Qarabağ Universiteti'][i % 4], faculty: ['İnformasiya texnologiyaları', 'Hüquq', 'İqtisadiyyat', 'Beynəlxalq münasibətlər'][(i >> 2) % 4], year: 2018 + (i % 7) }),
          JSON.stringify(p.languages ?? []), JSON.stringify([['mon-am', 'wed-am'], ['tue-pm', 'thu-pm'], ['sat-am', 'sat-pm']][i % 3]),
          'Vətəndaşlara dövlət xidmətlərində kömək etmək və DOST-un işini yaxından tanımaq istəyirəm (demo).',
          new Date(submitted.getTime() + (3 + (i % 20)) * 60_000),
          JSON.stringify({ orientation: bakuMorning(onboarded.getTime(), 3, 0).toISOString(), training: bakuMorning(onboarded.getTime(), 1, 0).toISOString(), agreement: onboarded.toISOString() }),
          p.home_center_id, submitted, onboarded,
          // What they did when applying (issue 19): most studied; one in four worked and gave no education.
          i % 4 === 3 ? 'working' : 'student',
        ],
      );
      await em.query(`INSERT INTO application_centers (application_id, center_id, rank) VALUES ($1, $2, 1)`, [applicationId, p.home_center_id]);
      await em.query(
        `INSERT INTO consent_records (volunteer_id, application_id, consent_version_id, version, locale, given_at) VALUES ($1, $2, $3, 1, $4, $5)`,
        [p.id, applicationId, consentVersionId, p.locale, submitted],
      );
      const actor = actorOf(p.home_center_id);
      await em.query(
        `INSERT INTO application_transitions (application_id, from_status, to_status, actor_id, actor_name, at)
         SELECT $1, f, t, CASE WHEN f IS NULL THEN NULL ELSE $2::uuid END, CASE WHEN f IS NULL THEN $3 ELSE $4 END, at
           FROM unnest($5::varchar[], $6::varchar[], $7::timestamptz[]) AS x(f, t, at)`,
        [applicationId, actor.id, p.full_name, actor.name, steps.map((s, k) => (k ? steps[k - 1].to : null)), steps.map((s) => s.to), steps.map((s) => s.at)],
      );
    }
  }
}
