import { addDays, bakuDateOf } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { EVENT_CONSENT } from '../../recruitment/event-intakes.service';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from '../../recruitment/recruitment.types';

/** Comments some SOCGOV 2025 volunteers left (demo). */
const COMMENTS = [
  'Brifinq çox faydalı idi, amma qeydiyyat masasında ilk saatda adam azlıq etdi.',
  'Xarici qonaqlarla işləmək böyük təcrübə oldu. Növbəti dəfə yenə gələrəm!',
  'Rolumu əvvəlcədən bilsəydim, daha yaxşı hazırlaşardım.',
  'Nahar fasiləsi gec verildi, qalan hər şey əla idi.',
  'Koordinatorlar hər suala tez cavab verdi, təşəkkürlər.',
  'Protokol komandasında işləmək çox maraqlı idi.',
];

/**
 * The debrief demo (docs/debrief.md), after the certificates demo: about seven in ten SOCGOV 2025 volunteers answered
 * its feedback form (every third anonymously, some with a comment) and its invitations are recorded as sent, so the
 * debrief charts show on the first start; the future demo forum gets an open intake of its own (`#/apply?event=forum-demo`)
 * with two questions of its own.
 */
export async function seedDebriefDemo(em: EntityManager, now: Date): Promise<void> {
  const [socgov]: { id: string; endsAt: Date }[] = await em.query(`SELECT id, ends_at AS "endsAt" FROM events WHERE demo AND name_en LIKE 'SOCGOV 2025%' LIMIT 1`);
  if (socgov) {
    const served: { id: string }[] = await em.query(
      `SELECT DISTINCT h.volunteer_id AS id FROM hour_entries h WHERE h.event_id = $1 AND h.status = 'approved' ORDER BY 1`, [socgov.id]);
    await em.query(`INSERT INTO event_feedback_mailings (event_id, sent_at, recipients) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [socgov.id, new Date(new Date(socgov.endsAt).getTime() + 10 * 60_000), served.length]);
    const day = bakuDateOf(new Date(socgov.endsAt).getTime());
    let comment = 0;
    for (const [i, v] of served.entries()) {
      if (i % 10 >= 7) continue; // three in ten did not answer
      const anonymous = i % 3 === 1;
      const s = (k: number) => Math.max(2, 5 - ((i * k + k) % 4 === 0 ? 2 : (i + k) % 5 === 0 ? 1 : 0));
      await em.query(`INSERT INTO event_feedback_responses (event_id, volunteer_id) VALUES ($1, $2)`, [socgov.id, v.id]);
      await em.query(
        `INSERT INTO event_feedback (event_id, volunteer_id, anonymous, organisation, briefing, role_clarity, again, comment, submitted_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [socgov.id, anonymous ? null : v.id, anonymous, s(1), s(2), s(3), Math.min(5, s(1) + 1),
          i % 2 === 0 && comment < COMMENTS.length ? COMMENTS[comment++] : null, addDays(day, 1 + (i % 4))],
      );
    }
  }

  const [forum]: { id: string; startsAt: Date; venue: string }[] = await em.query(
    `SELECT id, starts_at AS "startsAt", venue FROM events WHERE demo AND name_en = 'Youth and Digital Services Forum (demo)' LIMIT 1`);
  if (forum) {
    const today = bakuDateOf(now.getTime());
    const [{ n }]: { n: number }[] = await em.query(`SELECT coalesce(sum(slots), 0)::int AS n FROM shifts WHERE event_id = $1`, [forum.id]);
    const [intake]: { id: string }[] = await em.query(
      `INSERT INTO intakes (name_az, name_en, name_ru, description_az, description_en, description_ru, status, opens_on, closes_on, capacity, min_age,
                            questions, rubric, checklist, consent_version, demo, event_id, slug)
       VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8, $9, 16, $10, $11, $12, 1, true, $13, 'forum-demo') RETURNING id`,
      [
        'Gənclər və Rəqəmsal Xidmətlər Forumunda könüllü ol (demo)', 'Volunteer at the Youth and Digital Services Forum (demo)',
        'Стань волонтёром Форума молодёжи и цифровых услуг (демо)',
        `${forum.venue}. Tədbirin günlərində harada və nə vaxt kömək edə biləcəyinizi seçin.`,
        `${forum.venue}. Choose the event days you can help on.`, `${forum.venue}. Отметьте дни мероприятия, когда вы можете помочь.`,
        today, bakuDateOf(new Date(forum.startsAt).getTime()), Math.max(20, n),
        JSON.stringify([
          { id: 'experience', kind: 'text', required: false, label: { az: 'Əvvəllər beynəlxalq tədbirdə könüllü olmusunuzmu? Harada?', en: 'Have you volunteered at an international event before? Where?', ru: 'Были ли вы раньше волонтёром на международном мероприятии? Где?' } },
          { id: 'tshirt', kind: 'single', required: true, label: { az: 'Köynək ölçünüz', en: 'Your T-shirt size', ru: 'Размер футболки' },
            options: ['S', 'M', 'L', 'XL'].map((o) => ({ id: o.toLowerCase(), label: { az: o, en: o, ru: o } })) },
        ]),
        JSON.stringify(DEFAULT_RUBRIC), JSON.stringify(DEFAULT_CHECKLIST), forum.id,
      ],
    );
    await em.query(
      `INSERT INTO intake_centers (intake_id, center_id)
       SELECT $1, c.id FROM centers c WHERE c.region IN (SELECT jsonb_array_elements_text(a.regions) FROM event_staffing_areas a WHERE a.event_id = $2)
           OR c.id::text IN (SELECT jsonb_array_elements_text(a.center_ids) FROM event_staffing_areas a WHERE a.event_id = $2)`,
      [intake.id, forum.id],
    );
    await em.query(`INSERT INTO intake_centers (intake_id, center_id) SELECT $1, id FROM centers
                     WHERE kind = 'regional_center' AND NOT EXISTS (SELECT 1 FROM intake_centers WHERE intake_id = $1)`, [intake.id]);
    await em.query(`INSERT INTO intake_consent_versions (intake_id, version, text_az, text_en, text_ru) VALUES ($1, 1, $2, $3, $4)`,
      [intake.id, EVENT_CONSENT.az, EVENT_CONSENT.en, EVENT_CONSENT.ru]);
  }
}
