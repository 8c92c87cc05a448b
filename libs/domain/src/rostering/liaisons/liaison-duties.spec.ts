import { describeLiaisonLanguageGap, liaisonDuties, liaisonPositionCode, liaisonPositionNames, nearestSpeakers, speakersAtLevel, type LiaisonGroup } from './liaison-duties';

const programme: LiaisonGroup['programme'] = [
  { kind: 'arrival', title: 'GYD', startsAt: '2026-10-23T14:00:00+04:00', endsAt: '2026-10-23T15:00:00+04:00', place: 'Heydər Əliyev hava limanı' },
  { kind: 'session', title: 'Opening', startsAt: '2026-10-24T10:00:00+04:00', endsAt: '2026-10-24T12:00:00+04:00', place: 'Gülüstan sarayı' },
  { kind: 'visit', title: 'ASAN', startsAt: '2026-10-24T15:00:00+04:00', endsAt: '2026-10-24T17:30:00+04:00', place: 'ASAN xidmət №1' },
  { kind: 'departure', title: 'GYD', startsAt: '2026-10-25T09:00:00+04:00', endsAt: '2026-10-25T10:00:00+04:00', place: 'Hava limanı' },
];
const group: LiaisonGroup = { languages: ['PT', 'en'], minLevel: 'B2', liaisonsNeeded: 2, programme };

describe('liaisonDuties', () => {
  it('makes an airport pick-up, an arrival desk and one liaison duty per programme day, in start order', () => {
    expect(liaisonDuties(group)).toEqual([
      { key: 'airport', kind: 'airport', language: 'pt', minLevel: 'B2', startsAt: '2026-10-23T13:15:00+04:00', endsAt: '2026-10-23T15:00:00+04:00', slots: 2, place: 'Heydər Əliyev hava limanı' },
      { key: 'arrival-desk', kind: 'arrival-desk', language: 'pt', minLevel: 'B2', startsAt: '2026-10-24T09:00:00+04:00', endsAt: '2026-10-24T10:00:00+04:00', slots: 1, place: 'Gülüstan sarayı' },
      { key: 'liaison:2026-10-24', kind: 'liaison', language: 'pt', minLevel: 'B2', startsAt: '2026-10-24T10:00:00+04:00', endsAt: '2026-10-24T17:30:00+04:00', slots: 2, place: 'Gülüstan sarayı' },
      { key: 'liaison:2026-10-25', kind: 'liaison', language: 'pt', minLevel: 'B2', startsAt: '2026-10-25T09:00:00+04:00', endsAt: '2026-10-25T10:00:00+04:00', slots: 2, place: 'Hava limanı' },
    ]);
  });

  it('takes the pick-up from the earliest guest arrival when the programme has no arrival line (a VIP guest alone)', () => {
    const duties = liaisonDuties({ languages: ['fr'], minLevel: 'C1', liaisonsNeeded: 1, programme: [], guestArrival: { at: '2026-10-23T20:00:00Z', place: 'GYD' } });
    expect(duties).toEqual([
      { key: 'airport', kind: 'airport', language: 'fr', minLevel: 'C1', startsAt: '2026-10-23T23:15:00+04:00', endsAt: '2026-10-24T01:15:00+04:00', slots: 1, place: 'GYD' },
    ]);
  });

  it('keeps slots within 1–2 and has no language requirement without a language', () => {
    const duties = liaisonDuties({ languages: [], minLevel: 'B2', liaisonsNeeded: 5, programme: programme.slice(1, 2) });
    expect(duties.map((d) => [d.kind, d.slots, d.language])).toEqual([['arrival-desk', 1, null], ['liaison', 2, null]]);
  });
});

describe('liaison positions', () => {
  it('codes and names a position per kind, language and level', () => {
    expect(liaisonPositionCode('liaison', 'pt', 'B2')).toBe('liaison-pt-b2');
    expect(liaisonPositionCode('airport', null, 'B2')).toBe('airport');
    expect(liaisonPositionNames('liaison', 'pt', 'B2')).toEqual({ az: 'Əlaqələndirici (portuqal dili, B2)', en: 'Liaison (Portuguese, B2)', ru: 'Сопровождающий (португальский, B2)' });
  });
});

describe('nearest speakers and the explanation', () => {
  const people = [
    { id: '1', fullName: 'Zaur Əliyev', languages: [{ language: 'pt', level: 'A2' as const }] },
    { id: '2', fullName: 'Aysel Məmmədova', languages: [{ language: 'pt', level: 'B1' as const }, { language: 'en', level: 'C1' as const }] },
    { id: '3', fullName: 'Elvin Quliyev', languages: [{ language: 'pt', level: 'C1' as const }] },
    { id: '4', fullName: 'Nigar Həsənova', languages: [{ language: 'en', level: 'C2' as const }] },
    { id: '5', fullName: 'Babək Rzayev', languages: [{ language: 'pt', level: 'B1' as const }] },
  ];

  it('lists those below the level, best level first, then by name', () => {
    expect(nearestSpeakers(people, 'PT', 'B2').map((p) => `${p.fullName} ${p.level}`)).toEqual(['Aysel Məmmədova B1', 'Babək Rzayev B1', 'Zaur Əliyev A2']);
    expect(nearestSpeakers(people, 'pt', 'B2', 1)).toHaveLength(1);
    expect(nearestSpeakers(people, 'ja', 'B2')).toEqual([]);
  });

  it('words the gap in az, en and ru', () => {
    const gap = { language: 'pt', minLevel: 'B2' as const, nearest: [{ fullName: 'Aysel Məmmədova', level: 'B1' as const }] };
    expect(describeLiaisonLanguageGap(gap, 'az')).toBe('Portuqal dilini B2 səviyyəsində bilən könüllü yoxdur — ən yaxın: Aysel Məmmədova (B1)');
    expect(describeLiaisonLanguageGap(gap, 'en')).toBe('No volunteer speaks Portuguese at B2 — nearest: Aysel Məmmədova (B1)');
    expect(describeLiaisonLanguageGap(gap, 'ru')).toBe('Нет волонтёра, владеющего языком «португальский» на уровне B2 — ближе всего: Aysel Məmmədova (B1)');
    expect(describeLiaisonLanguageGap({ ...gap, language: 'ja', nearest: [] }, 'az')).toBe('Yapon dilini B2 səviyyəsində bilən könüllü yoxdur — bu dili heç bir könüllü bilmir');
    // Someone speaks it at the level but was not free then: the reason says so instead of "nobody speaks it".
    const samir = [{ id: 's', fullName: 'Samir Nəbiyev', languages: [{ language: 'tr', level: 'C1' as const }] }];
    expect(describeLiaisonLanguageGap({ language: 'tr', minLevel: 'B2', nearest: nearestSpeakers(samir, 'tr', 'B2'), atLevel: speakersAtLevel(samir, 'tr', 'B2') }, 'az'))
      .toBe('Türk dilini B2 səviyyəsində bilənlər var (Samir Nəbiyev (C1)), amma o vaxt heç biri əlçatan deyil');
  });
});
