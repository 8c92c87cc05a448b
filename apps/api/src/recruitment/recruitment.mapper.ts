import { ageOn, eventDays, maskFin } from '@dost/domain';
import type { ApplicationEntity } from './entities/application.entity';
import type { IntakeEntity } from './entities/intake.entity';
import type { CenterName } from './recruitment.repository';

export interface IntakeDto {
  id: string;
  name: { az: string; en: string; ru: string };
  description: { az: string; en: string; ru: string };
  status: string;
  opensOn: string;
  closesOn: string;
  capacity: number;
  minAge: number | null;
  maxAge: number | null;
  centerIds: string[];
  centers: CenterName[];
  questions: IntakeEntity['questions'];
  rubric: IntakeEntity['rubric'];
  checklist: IntakeEntity['checklist'];
  consentVersion: number;
  consentText?: { az: string; en: string; ru: string };
  demo: boolean;
  createdAt: string;
  /** An event-specific intake: the event, its public slug and its days (Baku dates) to tick. */
  event: { id: string; slug: string | null; name: { az: string; en: string; ru: string }; venue: string; startsAt: string; endsAt: string; days: string[] } | null;
}

export function toIntakeDto(i: IntakeEntity, centers: CenterName[], consentText?: { az: string; en: string; ru: string }): IntakeDto {
  return {
    id: i.id,
    name: { az: i.nameAz, en: i.nameEn, ru: i.nameRu },
    description: { az: i.descriptionAz, en: i.descriptionEn, ru: i.descriptionRu },
    status: i.status,
    opensOn: i.opensOn,
    closesOn: i.closesOn,
    capacity: i.capacity,
    minAge: i.minAge,
    maxAge: i.maxAge,
    centerIds: centers.map((c) => c.id),
    centers,
    questions: i.questions,
    rubric: i.rubric,
    checklist: i.checklist,
    consentVersion: i.consentVersion,
    ...(consentText ? { consentText } : {}),
    demo: i.demo,
    createdAt: i.createdAt.toISOString(),
    event: i.eventId && i.event
      ? { id: i.eventId, slug: i.slug, name: { az: i.event.nameAz, en: i.event.nameEn, ru: i.event.nameRu }, venue: i.event.venue, startsAt: i.event.startsAt.toISOString(), endsAt: i.event.endsAt.toISOString(), days: eventDays(i.event.startsAt.getTime(), i.event.endsAt.getTime()) }
      : null,
  };
}

export interface ApplicationSummaryDto {
  id: string;
  number: number;
  intakeId: string;
  intakeName: { az: string; en: string; ru: string } | null;
  status: string;
  fullName: string;
  email: string;
  phone: string;
  /** Masked (`*****12`) — the full FİN is a separate, audited read for admin and HR. */
  fin: string | null;
  birthDate: string;
  age: number;
  languages: ApplicationEntity['languages'];
  availability: string[];
  centers: (CenterName & { rank: number })[];
  emailVerified: boolean;
  score: number | null;
  locale: string;
  createdAt: string;
  updatedAt: string;
  /** The event an event intake recruits for, and the event days the applicant ticked. */
  event: { id: string; name: { az: string; en: string; ru: string } } | null;
  eventDays: string[];
}

export function toApplicationSummary(
  a: ApplicationEntity, intake: IntakeEntity | undefined, centers: (CenterName & { rank: number })[], fin: string | null | undefined, today: string,
): ApplicationSummaryDto {
  return {
    id: a.id,
    number: a.number,
    intakeId: a.intakeId,
    intakeName: intake ? { az: intake.nameAz, en: intake.nameEn, ru: intake.nameRu } : null,
    status: a.status,
    fullName: a.fullName,
    email: a.email,
    phone: a.phone,
    fin: fin ? maskFin(fin) : null,
    birthDate: a.birthDate,
    age: ageOn(a.birthDate, today),
    languages: a.languages,
    availability: a.availability,
    centers,
    emailVerified: a.emailVerifiedAt !== null,
    score: a.score === null ? null : Number(a.score),
    locale: a.locale,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    event: a.eventId ? { id: a.eventId, name: intake?.event ? { az: intake.event.nameAz, en: intake.event.nameEn, ru: intake.event.nameRu } : { az: '', en: '', ru: '' } } : null,
    eventDays: a.eventDays ?? [],
  };
}
