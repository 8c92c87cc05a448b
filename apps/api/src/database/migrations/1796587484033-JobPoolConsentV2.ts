import { MigrationInterface, QueryRunner } from 'typeorm';

const AZ =
  'Mən Könüllü DOST proqramının məzunu kimi DOST Agentliyinin işçi vakansiyalarına namizəd kimi nəzərdən keçirilməyə razıyam. ' +
  'Bu məqsədlə Agentliyin kadrlar (HR) əməkdaşları istedad bazasında və sübut paketində aşağıdakı məlumatlarımı görə bilər: ad və soyad, ' +
  'təhsil, dillər və səviyyələri, bacarıqlar, region, üstünlük verdiyim mərkəzlər, əlçatanlıq, CV, təsdiqlənmiş könüllülük saatları, ' +
  'davamiyyət, sertifikatlar, tədbirlərdəki rollar və koordinatorların rəyləri. E-poçt ünvanım, telefonum və FİN kodum orada göstərilmir: ' +
  'məni konkret vakansiyaya namizəd kimi əlavə etsələr, platforma dəvət, müsahibə və təklif məktublarını e-poçt ünvanıma özü göndərir. ' +
  'Məlumatlar üçüncü şəxslərə verilmir. Razılıq geri götürülənədək qüvvədədir; onu istənilən vaxt «Karyera profili» səhifəsində geri ' +
  'götürə bilərəm — bundan sonra istedad bazasında görünmürəm. «Fərdi məlumatlar haqqında» Qanuna uyğun olaraq.';
const EN =
  'As an alumnus or alumna of the Könüllü DOST programme I agree to be considered for staff vacancies of the DOST Agency. ' +
  "For this purpose the Agency's HR staff may see the following data about me in the talent pool and the evidence pack: name, " +
  'education, languages and levels, skills, region, preferred centers, availability, CV, approved volunteer hours, attendance, ' +
  "certificates, roles at events and coordinators' feedback. My e-mail address, phone and FİN are not shown there: if I am added as a " +
  'candidate for a specific vacancy, the platform itself sends the invitation, interview and offer mails to my e-mail address. ' +
  'The data is not passed to third parties. The consent is valid until I withdraw it; I can withdraw it at any time on the ' +
  '"Career profile" page, after which I no longer appear in the talent pool. Under the Law "On Personal Data".';
const RU =
  'Как выпускник(ца) программы Könüllü DOST я согласен(на), чтобы меня рассматривали на вакансии сотрудников Агентства DOST. ' +
  'Для этого сотрудники отдела кадров (HR) Агентства могут видеть в кадровом резерве и пакете подтверждений следующие мои данные: ' +
  'имя и фамилию, образование, языки и уровни, навыки, регион, предпочтительные центры, доступность, резюме, подтверждённые ' +
  'волонтёрские часы, посещаемость, сертификаты, роли на мероприятиях и отзывы координаторов. Мои e-mail, телефон и FİN там не ' +
  'показываются: если меня добавят кандидатом на конкретную вакансию, приглашение, собеседование и предложение платформа сама ' +
  'отправит на мой e-mail. Данные не передаются третьим лицам. Согласие действует до его отзыва; я могу отозвать его в любое время ' +
  'на странице «Карьерный профиль», после чего я больше не появляюсь в кадровом резерве. В соответствии с Законом «О персональных данных».';

/**
 * Job-pool consent text, version 2 (docs/alumni.md): version 1 said HR sees the alumnus' e-mail and phone, but the
 * talent pool, the evidence pack and the candidate board never show them — the platform mails the candidate itself.
 * A text people consented to is never edited: this adds version 2, which the career page now shows and a new
 * consent must name; consents given to version 1 stay as they were.
 */
export class JobPoolConsentV21796587484033 implements MigrationInterface {
  name = 'JobPoolConsentV21796587484033';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO "job_pool_consent_versions" ("version", "text_az", "text_en", "text_ru") VALUES (2, $1, $2, $3) ON CONFLICT ("version") DO NOTHING`,
      [AZ, EN, RU],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "job_pool_consent_versions" WHERE "version" = 2 AND NOT EXISTS (SELECT 1 FROM "job_pool_consents" c WHERE c.version = 2)`);
  }
}
