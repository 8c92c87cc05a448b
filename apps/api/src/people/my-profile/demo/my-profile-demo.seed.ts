import { addDays, bakuDateOf } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { CenterEntity } from '../../../organisation/entities/center.entity';
import { ApplicationCenterEntity } from '../../../recruitment/entities/application-center.entity';
import { ApplicationTransitionEntity } from '../../../recruitment/entities/application-transition.entity';
import { ApplicationEntity } from '../../../recruitment/entities/application.entity';
import { IntakeEntity } from '../../../recruitment/entities/intake.entity';
import { UserEntity } from '../../../users/entities/user.entity';
import { VolunteerEntity } from '../../entities/volunteer.entity';
import { VolunteerProfileEntity } from '../entities/volunteer-profile.entity';

const DAY = 86_400_000;

/**
 * My profile and the applicant home on first start: the demo volunteer has a weekly availability and an
 * emergency contact; the demo applicant (applicant@demo.dost.local) has an application to the open demo
 * intake, invited to an interview and not booked yet — "Choose an interview time" opens the real booking page.
 * Runs after the recruitment demo (it needs the open demo intake).
 */
export async function seedMyProfileDemo(em: EntityManager, now: Date): Promise<void> {
  const volunteerUser = await em.findOne(UserEntity, { where: { email: 'volunteer@demo.dost.local' } });
  const volunteer = volunteerUser && (await em.findOne(VolunteerEntity, { where: { userId: volunteerUser.id } }));
  if (volunteer) {
    await em.insert(VolunteerProfileEntity, {
      volunteerId: volunteer.id, availability: ['mon-am', 'wed-am', 'wed-pm', 'sat-am', 'sat-pm'],
      emergencyContactName: 'Səadət Məmmədova', emergencyContactPhone: '+994502223344',
    });
    if (!volunteer.phone) await em.update(VolunteerEntity, { id: volunteer.id }, { phone: '+994551234567' });
  }

  const applicantUser = await em.findOne(UserEntity, { where: { email: 'applicant@demo.dost.local' } });
  const intake = await em.findOne(IntakeEntity, { where: { demo: true, status: 'open' } });
  const barda = await em.findOne(CenterEntity, { where: { demo: true, code: 'barda' } });
  if (!applicantUser || !intake || !barda) return;
  const fullName = applicantUser.fullName.replace(/\s*\(demo\)$/, '');
  const person = await em.save(VolunteerEntity, em.create(VolunteerEntity, {
    userId: applicantUser.id, fullName, email: applicantUser.email, phone: '+994507654321', birthDate: '2003-03-14', locale: 'az', status: 'applicant',
    languages: [{ language: 'az', level: 'C2' }, { language: 'en', level: 'B1' }], skills: [], demo: true,
  }));
  const submittedAt = new Date(now.getTime() - 5 * DAY);
  const app = await em.save(ApplicationEntity, em.create(ApplicationEntity, {
    intakeId: intake.id, volunteerId: person.id, fin: null, status: 'interview', locale: 'az', fullName, email: applicantUser.email, phone: person.phone!,
    birthDate: person.birthDate!, occupation: 'student', education: { institution: 'Bərdə Dövlət Humanitar Kolleci', faculty: 'Sosial iş', year: 2027 }, languages: person.languages,
    skills: ['Kompüter bacarıqları'], availability: ['tue-am', 'thu-am', 'sat-am'], motivation: 'Bərdədə vətəndaşlara DOST xidmətlərini izah etmək və təcrübə qazanmaq istəyirəm.',
    answers: { tshirt: 'm', interests: ['reception'] }, emailVerifiedAt: submittedAt, createdAt: submittedAt,
  }));
  await em.insert(ApplicationCenterEntity, { applicationId: app.id, centerId: barda.id, rank: 1 });
  const steps: [ApplicationEntity['status'] | null, ApplicationEntity['status'], number][] = [[null, 'submitted', 5], ['submitted', 'screening', 3], ['screening', 'interview', 1]];
  for (const [from, to, daysAgo] of steps) {
    await em.insert(ApplicationTransitionEntity, {
      applicationId: app.id, fromStatus: from, toStatus: to, actorId: null, actorName: from ? 'Rəşad Hüseynov (demo)' : fullName, reason: null,
      at: new Date(`${addDays(bakuDateOf(now.getTime()), -daysAgo)}T11:00:00+04:00`),
    });
  }
}
