import type { EntityManager } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * The demo's language volunteers (docs/liaisons.md, "Demo"): two per language of the forum's delegations — French,
 * Arabic, Chinese, German and Turkish — at the delegation's level or better, living in the forum's area and with no
 * other shifts or availability limits, so the first start shows language matching at work whatever the forum's date.
 * Nobody is given Portuguese: the Lusophone delegation stays the demo's explained gap ("nobody speaks it").
 */
export const DEMO_LIAISON_SPEAKERS: { name: string; language: string; level: 'B2' | 'C1' | 'C2'; birthDate: string }[] = [
  { name: 'Nigar Səfərova', language: 'fr', level: 'C1', birthDate: '1997-03-12' },
  { name: 'Rəşad Hüseynzadə', language: 'fr', level: 'B2', birthDate: '1999-08-04' },
  { name: 'Fatimə Məlikova', language: 'ar', level: 'C1', birthDate: '1996-11-21' },
  { name: 'Elşən Qasımov', language: 'ar', level: 'B2', birthDate: '2000-02-17' },
  { name: 'Lalə Həsənli', language: 'zh', level: 'B2', birthDate: '1998-06-30' },
  { name: 'Vüsal Mirzəyev', language: 'zh', level: 'C1', birthDate: '1995-09-09' },
  { name: 'Aygün Cəfərova', language: 'de', level: 'C1', birthDate: '1997-12-01' },
  { name: 'Kamran Əhmədov', language: 'de', level: 'B2', birthDate: '2001-04-25' },
  { name: 'Sevinc Novruzova', language: 'tr', level: 'C2', birthDate: '1999-01-14' },
  { name: 'İlkin Bağırov', language: 'tr', level: 'C1', birthDate: '1998-10-03' },
];

/** Adds the language volunteers at a center (`tag` keeps their e-mails apart when a test seeds them again). */
export async function seedLiaisonSpeakersDemo(em: EntityManager, homeCenterId: string, tag = ''): Promise<VolunteerEntity[]> {
  return em.save(VolunteerEntity, DEMO_LIAISON_SPEAKERS.map((s, i) => em.create(VolunteerEntity, {
    fullName: `${s.name} (demo)`, email: `liaison${String(i + 1).padStart(2, '0')}${tag ? `-${tag}` : ''}@demo.dost.local`, status: 'active', locale: 'az',
    birthDate: s.birthDate, homeCenterId, languages: [{ language: 'az', level: 'C2' }, { language: s.language, level: s.level }], skills: [], demo: true,
  })));
}
