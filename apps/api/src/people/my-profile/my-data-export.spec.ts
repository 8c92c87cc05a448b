import { exportLines, type MyDataExport } from './my-data-export';

/** The readable export prints words in the account's language, never the raw codes the JSON keeps. */
describe('readable data export', () => {
  const data: MyDataExport = {
    generatedAt: '2026-12-06T19:37:34.000Z',
    account: { email: 'a@b.az', fullName: 'Aysel Məmmədova', locale: 'az', roles: ['volunteer'], active: true, createdAt: '2026-01-02T08:00:00.000Z' },
    person: {
      fullName: 'Aysel Məmmədova', fin: '5ABCDE1', email: 'a@b.az', phone: '+994501234567', birthDate: '2000-03-14', status: 'active', homeCenter: 'Bərdə',
      languages: [{ language: 'ru', level: 'B2' }], skills: [], approvedMinutes: 90, noShowCount: 0, signupBlocked: false, createdAt: '2026-01-02T08:00:00.000Z',
    },
    profile: {
      availability: ['mon-am', 'wed-pm'], emergencyContact: { name: 'Anar', phone: '+994501112233' }, preferredCenters: ['Bərdə'],
      notifications: { reminders: true, swaps: false, messages: true }, pendingEmail: null,
    },
    qualifications: [{ code: 'first_aid', name: 'İlk tibbi yardım', validUntil: '2027-05-01' }],
    shifts: [{ startsAt: '2026-12-06T06:00:00.000Z', endsAt: '2026-12-06T10:00:00.000Z', position: 'Qarşılama', place: 'Bərdə', assignmentStatus: 'assigned', shiftStatus: 'published' }],
    hours: [{ workDate: '2026-12-01', minutes: 90, status: 'pending', category: 'shift', place: 'Bərdə', note: null }],
    attendance: [],
    certificates: [],
    applications: [{ number: 7, intake: 'Payız qəbulu', status: 'onboarded', interview: null, createdAt: '2026-11-01T10:00:00.000Z' }],
    consents: [{ version: 1, locale: 'az', givenAt: '2026-01-02T08:00:00.000Z', withdrawnAt: null }],
    closureRequests: [{ status: 'open', reason: null, createdAt: '2026-12-06T19:37:34.000Z', handledAt: null }],
    emailChanges: [],
  };
  const all = (locale: 'az' | 'en' | 'ru') => exportLines(data, locale).map((l) => l.text).join('\n');

  it('az: words and dd.mm.yyyy dates', () => {
    const s = all('az');
    expect(s).toContain('Status: Aktiv');
    expect(s).toContain('Aktivdir: Bəli');
    expect(s).toContain('Qeydiyyat bloklanıb: Xeyr');
    expect(s).toContain('Rollar: Könüllü');
    expect(s).toContain('Dil: Azərbaycan dili');
    expect(s).toContain('Bazar ertəsi, səhər; Çərşənbə, günorta sonra');
    expect(s).toContain('Növbə xatırlatmaları: Bəli; Növbə dəyişmə təklifləri: Xeyr');
    expect(s).toContain('Təcili əlaqə: Ad: Anar; Telefon: +994501112233');
    expect(s).toContain('Doğum tarixi: 14.03.2000');
    expect(s).toContain('Kvalifikasiyalar');
    expect(s).toContain('İlk tibbi yardım — 01.05.2027');
    expect(s).toContain('06.12.2026 10:00–14:00 · Qarşılama · Bərdə · Təyin olunub');
    expect(s).toContain('01.12.2026');
    expect(s).toContain('Təsdiq gözləyir');
    expect(s).toContain('Könüllüdür');
    expect(s).toContain('Açıqdır · 06.12.2026 23:37');
    for (const raw of [': active', ': true', ': false', 'volunteer', 'mon-am', 'reminders', 'name:', 'first_aid', 'assigned', 'pending', 'onboarded', '2026-12-06', 'İxtisas']) {
      expect(s).not.toContain(raw);
    }
  });

  it('en and ru: the same in their language', () => {
    const en = all('en');
    expect(en).toContain('Active: Yes');
    expect(en).toContain('Roles: Volunteer');
    expect(en).toContain('Monday, morning');
    expect(en).toContain('Language: Azerbaijani');
    const ru = all('ru');
    expect(ru).toContain('Роли: Волонтёр');
    expect(ru).toContain('Понедельник, утро');
    expect(ru).toContain('Назначен');
    expect(ru).toContain('Волонтёр');
    expect(ru).not.toMatch(/\btrue\b|\bfalse\b|pending|onboarded/);
  });
});
