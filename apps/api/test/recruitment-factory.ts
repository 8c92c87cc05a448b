import { randomInt } from 'node:crypto';
import type { Factory, TestApp } from './test-app';

const FIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
let n = 0;

/** A fresh valid FİN (no I or O). */
export function randomFin(): string {
  return Array.from({ length: 7 }, () => FIN_ALPHABET[randomInt(FIN_ALPHABET.length)]).join('');
}

/** A distinct client address per call, so the per-IP limits of the public form do not mix tests. */
export function randomIp(): string {
  n += 1;
  return `10.${(n * 7) % 250}.${randomInt(250)}.${randomInt(1, 250)}`;
}

export const CONSENT = {
  az: 'Şəxsi məlumatlarımın "Fərdi məlumatlar haqqında" Qanuna uyğun emalına razıyam.',
  en: 'I agree to the processing of my personal data under the Law on Personal Data.',
  ru: 'Я согласен на обработку моих персональных данных согласно Закону о персональных данных.',
};

export interface TestIntake {
  id: string;
  centerIds: string[];
  consentVersion: number;
}

export class RecruitmentFactory {
  constructor(private readonly t: TestApp, private readonly f: Factory) {}

  /** An open intake created through the API by an admin, with two centers and two extra questions. */
  async intake(values: Record<string, unknown> = {}, centerCount = 2): Promise<TestIntake & { adminToken: string }> {
    const admin = await this.f.loginAs(['admin']);
    const centers = [];
    for (let i = 0; i < centerCount; i++) centers.push(await this.f.center());
    const today = new Date();
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const res = await this.t.http().post('/api/v1/intakes').set('Authorization', `Bearer ${admin.token}`).send({
      name: { az: 'Payız qəbulu', en: 'Autumn intake', ru: 'Осенний набор' },
      status: 'open', opensOn: day(-3), closesOn: day(30), capacity: 50, minAge: 18, maxAge: 35,
      centerIds: centers.map((c) => c.id),
      questions: [
        { id: 'tshirt', kind: 'single', required: true, label: { az: 'Köynək ölçüsü', en: 'T-shirt size', ru: 'Размер футболки' },
          options: ['s', 'm', 'l'].map((id) => ({ id, label: { az: id, en: id, ru: id } })) },
        { id: 'experience', kind: 'text', required: false, label: { az: 'Təcrübə', en: 'Experience', ru: 'Опыт' } },
      ],
      consentText: CONSENT,
      ...values,
    });
    if (res.status !== 201) throw new Error(`intake: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, centerIds: res.body.centerIds, consentVersion: res.body.consentVersion, adminToken: admin.token };
  }

  /** A complete, valid application body. */
  application(intake: TestIntake, values: Record<string, unknown> = {}): Record<string, unknown> {
    const id = `${Date.now().toString(36)}${randomInt(1e6).toString(36)}`;
    return {
      fullName: 'Leyla Həsənova', fin: randomFin(), birthDate: '2000-04-15', phone: '050 123 45 67', email: `leyla-${id}@test.dost.local`,
      education: { institution: 'Bakı Dövlət Universiteti', faculty: 'Beynəlxalq münasibətlər', year: 2022 },
      languages: [{ language: 'az', level: 'C2' }, { language: 'en', level: 'B2' }], skills: ['ilk tibbi yardım'],
      availability: ['sat-am', 'sat-pm'], centerIds: [...intake.centerIds].reverse(),
      motivation: 'İnsanlara kömək etmək və yeni bacarıqlar öyrənmək istəyirəm.',
      answers: { tshirt: 'm' }, consentVersion: intake.consentVersion, consentAccepted: true, locale: 'az',
      ...values,
    };
  }

  submit(intake: TestIntake, body: Record<string, unknown>, ip = randomIp(), lang = 'az') {
    return this.t.http().post(`/api/v1/public/intakes/${intake.id}/applications`).set('X-Forwarded-For', ip).set('Accept-Language', lang).send(body);
  }
}
