import { Injectable } from '@nestjs/common';
import { azLocative, bakuDateOf, EVENT_INTAKE_MAX_QUESTIONS, hasRole } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import type { EventIntakeDto } from './dto/event-intake.dto';
import type { IntakeEntity } from './entities/intake.entity';
import { toIntakeDto, type IntakeDto } from './recruitment.mapper';
import { RecruitmentRepository } from './recruitment.repository';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from './recruitment.types';
import './event-intake.messages';

/** The consent text of an intake made for an event (the organiser does not write one; admins may change it on the intake). */
export const EVENT_CONSENT = {
  az: 'Bu müraciət üçün verdiyim məlumatların (ad, əlaqə, FİN, dillər, tədbir günlərində əlçatanlıq və cavablarım) Könüllü DOST proqramı tərəfindən bu tədbirə könüllü seçimi üçün istifadə olunmasına razıyam. Məlumatlar üçüncü şəxslərə verilmir; razılığı status səhifəsində istənilən vaxt geri götürə bilərəm. «Fərdi məlumatlar haqqında» Qanuna uyğun olaraq.',
  en: 'I agree that the Könüllü DOST programme uses the data I give in this application (name, contact, FİN, languages, availability on the event days and my answers) to select volunteers for this event. The data is not passed to third parties; I can withdraw my consent at any time on the status page. Under the Law "On Personal Data".',
  ru: 'Я согласен(на), чтобы программа Könüllü DOST использовала данные этой заявки (имя, контакты, FİN, языки, доступность в дни мероприятия и мои ответы) для отбора волонтёров на это мероприятие. Данные не передаются третьим лицам; согласие можно отозвать в любое время на странице статуса. В соответствии с Законом «О персональных данных».',
};

export interface EventIntakeView {
  /** Null until the organiser first saves the event's intake. */
  intake: IntakeDto | null;
  event: { id: string; name: { az: string; en: string; ru: string }; startsAt: string; endsAt: string };
  suggestedSlug: string;
  maxQuestions: number;
}

const slugOf = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ə/g, 'e').replace(/ı/g, 'i')
  .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'event';

/**
 * An event's own intake (docs/debrief.md): an ordinary intake (same form, pipeline and screens) that carries the
 * event, its public slug and up to five questions of the event's. The organiser opens/closes it and edits the
 * questions; the first save makes it: named "<event>-da könüllü ol", open from today to the event's first day, the
 * centers of the event's staffing area (else every regional center), capacity the event's places.
 */
@Injectable()
export class EventIntakesService {
  constructor(private readonly repo: RecruitmentRepository) {}

  private async eventInScope(actor: AuthUser, eventId: string) {
    const e = await this.repo.eventRow(eventId);
    if (!e || (!hasRole(actor, 'admin') && !actor.eventIds.includes(eventId))) throw ApiProblem.notFound();
    return e;
  }

  private async dto(intake: IntakeEntity): Promise<IntakeDto> {
    const centers = (await this.repo.centersOfIntakes([intake.id])).get(intake.id) ?? [];
    const consent = await this.repo.consentVersion(intake.id, intake.consentVersion);
    return toIntakeDto(intake, centers, consent ? { az: consent.textAz, en: consent.textEn, ru: consent.textRu } : undefined);
  }

  async get(actor: AuthUser, eventId: string): Promise<EventIntakeView> {
    const e = await this.eventInScope(actor, eventId);
    const intake = await this.repo.intakeOfEvent(eventId);
    return {
      intake: intake ? await this.dto(intake) : null,
      event: { id: e.id, name: { az: e.nameAz, en: e.nameEn, ru: e.nameRu }, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString() },
      suggestedSlug: slugOf(e.nameEn), maxQuestions: EVENT_INTAKE_MAX_QUESTIONS,
    };
  }

  async save(actor: AuthUser, eventId: string, dto: EventIntakeDto, now = new Date()): Promise<EventIntakeView> {
    const e = await this.eventInScope(actor, eventId);
    const current = await this.repo.intakeOfEvent(eventId);
    const today = bakuDateOf(now.getTime());
    const firstDay = bakuDateOf(e.startsAt.getTime());
    const slug = dto.slug ?? current?.slug ?? slugOf(e.nameEn);
    const errors: FieldError[] = [];
    if (await this.repo.slugTaken(slug, current?.id ?? null)) errors.push({ field: 'slug', code: 'eventIntakeSlugTaken' });
    if (dto.status === 'open' && e.endsAt.getTime() <= now.getTime()) errors.push({ field: 'status', code: 'eventIntakeEventOver' });
    if (errors.length) throw ApiProblem.validation(errors);
    // Open: it takes applications from today until the event's first day (or today, when the event has begun).
    const closesOn = firstDay >= today ? firstDay : today;
    await this.repo.transaction(async (em) => {
      if (!current) {
        const intake = await this.repo.saveIntake(em, {
          nameAz: `${azLocative(e.nameAz)} könüllü ol`, nameEn: `Volunteer at ${e.nameEn}`, nameRu: `Стань волонтёром: ${e.nameRu}`,
          descriptionAz: `${e.venue}. Tədbirin günlərində harada və nə vaxt kömək edə biləcəyinizi seçin.`,
          descriptionEn: `${e.venue}. Choose the event days you can help on.`,
          descriptionRu: `${e.venue}. Отметьте дни мероприятия, когда вы можете помочь.`,
          status: dto.status, opensOn: today, closesOn, capacity: Math.max(20, await this.repo.eventShiftSlots(eventId)), minAge: 16, maxAge: null,
          questions: (dto.questions ?? []) as IntakeEntity['questions'], rubric: DEFAULT_RUBRIC, checklist: DEFAULT_CHECKLIST, consentVersion: 1,
          eventId, slug,
        });
        await this.repo.setIntakeCenters(em, intake.id, await this.repo.eventIntakeCenters(eventId));
        await this.repo.insertConsentVersion(em, { intakeId: intake.id, version: 1, textAz: EVENT_CONSENT.az, textEn: EVENT_CONSENT.en, textRu: EVENT_CONSENT.ru });
      } else {
        await this.repo.saveIntake(em, {
          id: current.id, status: dto.status, slug,
          ...(dto.questions ? { questions: dto.questions as IntakeEntity['questions'] } : {}),
          // Reopening after its close date (or before its open date) moves the window to take applications today.
          ...(dto.status === 'open' ? { opensOn: current.opensOn <= today ? current.opensOn : today, closesOn: current.closesOn >= today ? current.closesOn : closesOn } : {}),
        });
      }
    });
    return this.get(actor, eventId);
  }

  /** `#/apply?event=<slug or id>`: the event's intake while it takes applications, else 404. */
  async publicIntake(eventIdOrSlug: string, now = new Date()): Promise<IntakeDto> {
    const intake = await this.repo.intakeOfEvent(eventIdOrSlug);
    const today = bakuDateOf(now.getTime());
    if (!intake || intake.status !== 'open' || intake.opensOn > today || intake.closesOn < today) throw ApiProblem.notFound();
    return this.dto(intake);
  }
}
