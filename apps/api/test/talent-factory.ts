import type { CefrLevel } from '@dost/domain';
import { CertificatesFactory } from './certificates-factory';
import { daysAgo } from './hours-factory';
import { RosteringFactory } from './rostering-factory';
import type { TestApp } from './test-app';

/** Talent-pool fixtures: an alumnus with approved hours, attendance, ratings and (optionally) a live job-pool consent. */
export class TalentFactory {
  private readonly r: RosteringFactory;
  private readonly c: CertificatesFactory;
  constructor(private readonly t: TestApp) {
    this.r = new RosteringFactory(t);
    this.c = new CertificatesFactory(t);
  }

  async alumnus(o: {
    fullName: string; centerId: string; approverId: string; hours: number; languages?: { language: string; level: CefrLevel }[]; consent?: boolean;
    fin?: string; attended?: number; noShows?: number; positionId?: string; rating?: [number, number, number, number, string | null]; raterId?: string;
    region?: string; educationLevel?: string;
  }): Promise<string> {
    const v = await this.r.volunteer({ fullName: o.fullName, languages: o.languages ?? [], status: 'alumni', fin: o.fin ?? null });
    const id = v.volunteer.id;
    // Approved hours through the ledger's one writer (≤ 16 h per manual entry).
    const minutes: number[] = [];
    for (let left = o.hours * 60; left > 0; left -= 900) minutes.push(Math.min(900, left));
    if (minutes.length) await this.c.approved(id, { centerId: o.centerId }, minutes, daysAgo(30), o.approverId);
    if (o.positionId && ((o.attended ?? 0) > 0 || (o.noShows ?? 0) > 0)) {
      for (let i = 0; i < (o.attended ?? 0) + (o.noShows ?? 0); i++) {
        const start = new Date(Date.now() - (40 + i) * 86_400_000);
        const [shift] = await this.t.db.query(
          `INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, visibility, status) VALUES ($1, $2, $3, $4, 1, 'open', 'published') RETURNING id`,
          [o.centerId, o.positionId, start, new Date(start.getTime() + 4 * 3_600_000)],
        );
        await this.t.db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, $3, 'coordinator')`,
          [shift.id, id, i < (o.attended ?? 0) ? 'completed' : 'no_show']);
      }
    }
    await this.t.db.query(
      `INSERT INTO alumni_profiles (volunteer_id, alumni_since, source, reason, region, education_level, availability_kind)
       VALUES ($1, now() - interval '30 days', 'coordinator', 'test', $2, $3, 'full_time')`,
      [id, o.region ?? 'Bərdə', o.educationLevel ?? 'bachelor'],
    );
    if (o.rating) {
      await this.t.db.query(
        `INSERT INTO volunteer_ratings (volunteer_id, rater_user_id, center_id, period_from, period_to, punctuality, communication, service_to_citizens, teamwork, comment)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [id, o.raterId ?? o.approverId, o.centerId, daysAgo(90), daysAgo(10), ...o.rating],
      );
    }
    if (o.consent ?? true) await this.giveConsent(id);
    return id;
  }

  async giveConsent(volunteerId: string): Promise<void> {
    await this.t.db.query(
      `INSERT INTO job_pool_consents (volunteer_id, consent_version_id, version, locale, given_at)
       SELECT $1, id, version, 'az', now() FROM job_pool_consent_versions ORDER BY version DESC LIMIT 1`,
      [volunteerId],
    );
  }

  async withdrawConsent(volunteerId: string): Promise<void> {
    await this.t.db.query(`UPDATE job_pool_consents SET withdrawn_at = now() WHERE volunteer_id = $1 AND withdrawn_at IS NULL`, [volunteerId]);
  }
}
