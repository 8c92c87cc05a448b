import { addDays, bakuDateOf } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { IntakeCenterEntity } from '../entities/intake-center.entity';
import { IntakeConsentVersionEntity } from '../entities/intake-consent-version.entity';
import { IntakeEntity } from '../entities/intake.entity';
import { InterviewSlotEntity } from '../entities/interview-slot.entity';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from '../recruitment.types';

export const DEMO_CONSENT = {
  az: 'Mən, "Fərdi məlumatlar haqqında" Azərbaycan Respublikası Qanununa uyğun olaraq, bu müraciətdə göstərdiyim fərdi məlumatların (ad, FİN, doğum tarixi, əlaqə məlumatları, təhsil, dil bilikləri) DOST Agentliyi tərəfindən könüllü seçimi və könüllü fəaliyyətinin təşkili məqsədilə emalına razılıq verirəm. Bu razılığı istənilən vaxt müraciətin vəziyyəti səhifəsində geri götürə bilərəm.',
  en: 'Under the Law of the Republic of Azerbaijan on Personal Data, I agree that the DOST Agency processes the personal data in this application (name, FİN, date of birth, contact details, education, languages) to select volunteers and organise volunteering. I can withdraw this consent at any time on the application status page.',
  ru: 'В соответствии с Законом Азербайджанской Республики «О персональных данных» я даю согласие Агентству DOST на обработку персональных данных из этой заявки (имя, ФИН, дата рождения, контакты, образование, языки) для отбора волонтёров и организации волонтёрской деятельности. Я могу отозвать согласие в любой момент на странице статуса заявки.',
};

/** The demo's open intake (all demo centers, 18–35, two extra questions) and interview slots in Barda. */
export async function seedRecruitmentDemo(em: EntityManager, now: Date): Promise<void> {
  const today = bakuDateOf(now.getTime());
  const centers = await em.find(CenterEntity, { where: { demo: true } });
  const intake = await em.save(IntakeEntity, em.create(IntakeEntity, {
    nameAz: 'Könüllü DOST — payız qəbulu (demo)', nameEn: 'Könüllü DOST — autumn intake (demo)', nameRu: 'Könüllü DOST — осенний набор (демо)',
    descriptionAz: 'DOST mərkəzlərində vətəndaşlara xidmətdə kömək edən könüllülər axtarırıq. Həftədə ən azı iki yarım gün.',
    descriptionEn: 'We are looking for volunteers to help citizens at DOST centers. At least two half-days a week.',
    descriptionRu: 'Ищем волонтёров для помощи гражданам в центрах DOST. Не менее двух полудней в неделю.',
    status: 'open', opensOn: addDays(today, -7), closesOn: addDays(today, 60), capacity: 40, minAge: 18, maxAge: 35,
    questions: [
      { id: 'tshirt', kind: 'single', required: true, label: { az: 'Köynək ölçüsü', en: 'T-shirt size', ru: 'Размер футболки' },
        options: ['S', 'M', 'L', 'XL'].map((s) => ({ id: s.toLowerCase(), label: { az: s, en: s, ru: s } })) },
      { id: 'interests', kind: 'multiple', required: false, label: { az: 'Hansı işlər sizə maraqlıdır?', en: 'Which work interests you?', ru: 'Какая работа вам интересна?' },
        options: [
          { id: 'reception', label: { az: 'Qarşılama', en: 'Reception', ru: 'Встреча посетителей' } },
          { id: 'digital', label: { az: 'Elektron xidmətlərdə kömək', en: 'Help with e-services', ru: 'Помощь с э-услугами' } },
          { id: 'events', label: { az: 'Tədbirlər', en: 'Events', ru: 'Мероприятия' } },
        ] },
      { id: 'experience', kind: 'text', required: false, label: { az: 'Əvvəlki könüllülük təcrübəniz', en: 'Earlier volunteering', ru: 'Прежний волонтёрский опыт' } },
    ],
    rubric: DEFAULT_RUBRIC, checklist: DEFAULT_CHECKLIST, consentVersion: 1, demo: true,
  }));
  if (centers.length) await em.insert(IntakeCenterEntity, centers.map((c) => ({ intakeId: intake.id, centerId: c.id })));
  await em.insert(IntakeConsentVersionEntity, { intakeId: intake.id, version: 1, textAz: DEMO_CONSENT.az, textEn: DEMO_CONSENT.en, textRu: DEMO_CONSENT.ru });
  const barda = centers.find((c) => c.code === 'barda') ?? centers[0];
  if (!barda) return;
  const slots = [];
  for (let d = 3; d <= 5; d++) {
    for (const hour of ['10:00', '11:00', '15:00']) {
      const startsAt = new Date(`${addDays(today, d)}T${hour}:00+04:00`);
      slots.push({ intakeId: intake.id, centerId: barda.id, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), location: `${barda.nameAz}, ${barda.address}` });
    }
  }
  await em.insert(InterviewSlotEntity, slots);
}
