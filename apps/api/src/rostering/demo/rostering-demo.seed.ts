import {
  addDays, AZ_CALENDAR_DECREES, bakuDateOf, bakuInstant, expandShiftTemplates, isoWeekday, nonWorkingDatesBetween, staffingPoolVerdict, type IsoWeekday, type LanguageSkill,
  type PositionRequirements, type StaffingPlace,
} from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import { EventOrganizerEntity } from '../../organisation/entities/event-organizer.entity';
import { VolunteerPreferredCenterEntity } from '../../people/entities/volunteer-preferred-center.entity';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';
import { VolunteerQualificationEntity } from '../../people/entities/volunteer-qualification.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { PositionEntity } from '../entities/position.entity';
import { ShiftAssignmentEntity } from '../entities/shift-assignment.entity';
import { ShiftPolicyEntity } from '../entities/shift-policy.entity';
import { ShiftTemplateEntity } from '../entities/shift-template.entity';
import { ShiftEntity } from '../entities/shift.entity';
import { EventStaffingAreaEntity } from '../entities/event-staffing-area.entity';

/** The region the demo forum draws its volunteers from (its organiser's choice; Barda is ~300 km away). */
export const DEMO_FORUM_REGIONS = ['Bakı'];

type Name = { az: string; en: string; ru: string };
interface PositionSpec {
  code: string;
  name: Name;
  requirements?: PositionRequirements;
}

const CENTER_POSITIONS: PositionSpec[] = [
  { code: 'greeter', name: { az: 'Qarşılama', en: 'Greeter', ru: 'Встреча посетителей' } },
  { code: 'flow', name: { az: 'Növbənin idarə olunması', en: 'Queue and flow', ru: 'Управление очередью' } },
  { code: 'info-desk', name: { az: 'Məlumat masası', en: 'Information desk', ru: 'Информационная стойка' }, requirements: { languages: [{ language: 'ru', minLevel: 'B1' }] } },
  { code: 'e-service', name: { az: 'E-xidmət köməkçisi', en: 'E-service helper', ru: 'Помощник по э-услугам' }, requirements: { qualifications: ['e-gov-training'], minAge: 18 } },
];

/**
 * Barda receives official guests from the region's delegations: a protocol desk that needs Russian B2 and protocol
 * training. Its shifts stay open in the demo, so a coordinator who grants protocol training to one of the center's
 * Russian speakers (Ləman Quliyeva, Günel Əliyeva have none) sees that person become a candidate in the week view.
 */
export const BARDA_PROTOCOL_DESK: PositionSpec = {
  code: 'protocol-desk',
  name: { az: 'Protokol köməkçisi (VIP qonaq masası)', en: 'Protocol assistant (VIP guest desk)', ru: 'Помощник по протоколу (стойка VIP-гостей)' },
  requirements: { languages: [{ language: 'ru', minLevel: 'B2' }], qualifications: ['protocol-training'], minAge: 18 },
};

const EVENT_POSITIONS: PositionSpec[] = [
  { code: 'protocol-en', name: { az: 'Nümayəndə heyəti protokolu (ingilis dili)', en: 'Delegation protocol (English)', ru: 'Протокол делегаций (английский)' }, requirements: { languages: [{ language: 'en', minLevel: 'B2' }], qualifications: ['protocol-training'], minAge: 18 } },
  { code: 'protocol-tr', name: { az: 'Nümayəndə heyəti protokolu (türk dili)', en: 'Delegation protocol (Turkish)', ru: 'Протокол делегаций (турецкий)' }, requirements: { languages: [{ language: 'tr', minLevel: 'B2' }], minAge: 18 } },
  { code: 'registration', name: { az: 'Qeydiyyat masası', en: 'Registration desk', ru: 'Стойка регистрации' }, requirements: { languages: [{ language: 'en', minLevel: 'B1' }] } },
  { code: 'logistics', name: { az: 'Logistika', en: 'Logistics', ru: 'Логистика' } },
  { code: 'communication', name: { az: 'Kommunikasiya', en: 'Communication', ru: 'Коммуникация' }, requirements: { languages: [{ language: 'en', minLevel: 'B2' }] } },
  { code: 'info-desk', name: { az: 'Məlumat masası', en: 'Info desk', ru: 'Информационная стойка' } },
];

const FIRST = ['Aysu', 'Elvin', 'Nərmin', 'Orxan', 'Ləman', 'Kənan', 'Səbinə', 'Fərid', 'Aytən', 'Murad', 'Günel', 'Rauf', 'Leyla', 'Emin', 'Şəbnəm', 'Tofiq', 'Zəhra', 'Cavid', 'Aynur', 'Samir'];
const LAST = ['Əliyev', 'Həsənov', 'Quliyev', 'Məmmədov', 'Rzayev', 'Abbasov', 'İsmayılov', 'Babayev', 'Nəbiyev', 'Kərimov'];

/** A deterministic spread of languages, so the board can be staffed "by language". */
function languagesFor(i: number): LanguageSkill[] {
  const langs: LanguageSkill[] = [{ language: 'az', level: 'C2' }];
  langs.push({ language: 'en', level: (['A2', 'B1', 'B2', 'C1'] as const)[i % 4] });
  if (i % 2 === 0) langs.push({ language: 'ru', level: (['B1', 'B2', 'C1'] as const)[i % 3] });
  if (i % 3 === 0) langs.push({ language: 'tr', level: (['B2', 'C1'] as const)[i % 2] });
  if (i % 7 === 0) langs.push({ language: 'de', level: 'B1' });
  return langs;
}

const feminine = (first: string): boolean => /a$|ə$|Aynur|Günel|Leyla|Şəbnəm|Səbinə|Nərmin|Ləman|Aysu|Aytən|Zəhra/.test(first);

/** The i-th demo volunteer's name; the 40 of them all differ (a coordinator's list must not show two alike). */
export function demoVolunteerName(i: number): string {
  const first = FIRST[i % FIRST.length];
  // Volunteers i and i + 20 share a first name; the second round shifts the surname by one so the names differ.
  const last = LAST[(i * 3 + Math.floor(i / FIRST.length)) % LAST.length];
  return `${first} ${feminine(first) ? `${last}a` : last}`;
}

interface Placed {
  shift: ShiftEntity;
  taken: VolunteerEntity[];
}

/**
 * The rostering part of the demo organisation, called once from the demo seed on the first start:
 * positions, policies and weekly templates for every demo center with a month of generated shifts
 * (public holidays skipped), 40 demo volunteers with languages and qualifications (and the demo
 * volunteer account linked to a volunteer record), some shifts filled, the SOCGOV 2025 role board
 * (a past event, staffed) and a future demo event whose board still has gaps.
 */
export async function seedRosteringDemo(em: EntityManager, now: Date): Promise<void> {
  const centers = await em.find(CenterEntity, { where: { demo: true }, order: { code: 'ASC' } });
  if (!centers.length) return;
  const socgov = await em.findOne(EventEntity, { where: { demo: true } });
  const barda = centers.find((c) => c.code === 'barda') ?? centers[0];

  // ——— volunteers ———
  const volunteers: VolunteerEntity[] = [];
  for (let i = 0; i < 40; i += 1) {
    const home = i < 14 ? barda : centers[i % centers.length];
    volunteers.push(
      em.create(VolunteerEntity, {
        fullName: `${demoVolunteerName(i)} (demo)`, email: `volunteer${String(i + 1).padStart(2, '0')}@demo.dost.local`, status: 'active', locale: i % 5 === 4 ? 'ru' : 'az',
        birthDate: `${1996 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`, homeCenterId: home.id, languages: languagesFor(i), skills: [], demo: true,
      }),
    );
  }
  const demoUser = await em.findOne(UserEntity, { where: { email: 'volunteer@demo.dost.local' } });
  if (demoUser) {
    volunteers.unshift(
      em.create(VolunteerEntity, {
        userId: demoUser.id, fullName: demoUser.fullName, email: demoUser.email, status: 'active', locale: 'az', birthDate: '2001-05-14', homeCenterId: barda.id,
        languages: [{ language: 'az', level: 'C2' }, { language: 'en', level: 'B2' }, { language: 'ru', level: 'B1' }, { language: 'tr', level: 'B2' }],
        skills: [], demo: true,
      }),
    );
  }
  // Pool volunteers who also have a demo login (volunteer01, Tural's colleague at Barda) are linked to it.
  for (const v of volunteers) {
    if (v.userId) continue;
    const user = await em.findOne(UserEntity, { where: { email: v.email } });
    if (user) v.userId = user.id;
  }
  const saved = await em.save(VolunteerEntity, volunteers);
  await em.insert(
    VolunteerQualificationEntity,
    saved.flatMap((v, i) => [
      ...(i % 2 === 0 ? [{ volunteerId: v.id, code: 'e-gov-training', validUntil: null }] : []),
      ...(i % 3 === 0 ? [{ volunteerId: v.id, code: 'protocol-training', validUntil: addDays(bakuDateOf(now.getTime()), 365) }] : []),
      ...(i % 4 === 1 ? [{ volunteerId: v.id, code: 'first-aid', validUntil: addDays(bakuDateOf(now.getTime()), 200) }] : []),
    ]),
  );
  const tural = demoUser ? saved[0] : null;

  // ——— preferred centers: who may also serve where (the staffing pool rule) ———
  // Sumqayıt is 30 km from Baku: its volunteers also chose Baku Center No. 1; every third Baku volunteer also
  // chose the next Baku center. Nobody from Barda or Ağalı chose a center hundreds of kilometres away.
  const byCode = new Map(centers.map((c) => [c.code, c]));
  const bakuCodes = ['baku-1', 'baku-2', 'baku-3', 'baku-4'];
  const preferred: { volunteerId: string; centerId: string }[] = [];
  saved.forEach((v, i) => {
    const home = centers.find((c) => c.id === v.homeCenterId);
    if (home?.code === 'sumqayit' && byCode.get('baku-1')) preferred.push({ volunteerId: v.id, centerId: byCode.get('baku-1')!.id });
    const at = bakuCodes.indexOf(home?.code ?? '');
    const next = byCode.get(bakuCodes[(at + 1) % bakuCodes.length]);
    if (at >= 0 && i % 3 === 0 && next) preferred.push({ volunteerId: v.id, centerId: next.id });
  });
  if (preferred.length) await em.insert(VolunteerPreferredCenterEntity, preferred);
  const preferredOf = (v: VolunteerEntity) => preferred.filter((p) => p.volunteerId === v.id).map((p) => p.centerId);
  const regionOf = (id: string) => centers.find((c) => c.id === id)?.region ?? null;
  const inPool = (v: VolunteerEntity, place: StaffingPlace) => staffingPoolVerdict({ homeCenterId: v.homeCenterId, preferredCenterIds: preferredOf(v) }, place, regionOf).inPool;

  // ——— centers: positions, policies, templates, a month of shifts ———
  const today = bakuDateOf(now.getTime());
  // The computed calendar with the decrees of the first start (the overrides table is seeded from the same list).
  const skip = nonWorkingDatesBetween(addDays(today, -400), addDays(today, 400), AZ_CALENDAR_DECREES);
  const centerShifts: ShiftEntity[] = [];
  for (const center of centers) {
    const positions = await em.save(
      PositionEntity,
      [...CENTER_POSITIONS, ...(center.id === barda.id ? [BARDA_PROTOCOL_DESK] : [])].map((p) => em.create(PositionEntity, { centerId: center.id, code: p.code, nameAz: p.name.az, nameEn: p.name.en, nameRu: p.name.ru, requirements: p.requirements ?? {}, active: true })),
    );
    await em.insert(ShiftPolicyEntity, { centerId: center.id, weeklyCapMinutes: 20 * 60, minRestMinutes: null, maxShiftsPerDay: 2, noShowLimit: 3, swapNeedsApproval: center.code === 'barda' });
    const pos = (code: string) => positions.find((p) => p.code === code)!;
    const small = center.kind === 'smart_point';
    const weekdays: IsoWeekday[] = [1, 2, 3, 4, 5];
    const specs = small
      ? [{ p: pos('greeter'), days: weekdays, from: '09:00', to: '13:00', slots: 1 }, { p: pos('e-service'), days: weekdays, from: '13:00', to: '18:00', slots: 1 }]
      : [
          { p: pos('greeter'), days: weekdays, from: '09:00', to: '13:00', slots: 2 },
          { p: pos('greeter'), days: weekdays, from: '13:00', to: '18:00', slots: 2 },
          { p: pos('flow'), days: [1, 2, 3, 4, 5, 6] as IsoWeekday[], from: '10:00', to: '14:00', slots: 1 },
          { p: pos('info-desk'), days: weekdays, from: '14:00', to: '18:00', slots: 1 },
          { p: pos('e-service'), days: [2, 4] as IsoWeekday[], from: '09:00', to: '13:00', slots: 1 },
          ...(center.id === barda.id ? [{ p: pos('protocol-desk'), days: [1, 3, 5] as IsoWeekday[], from: '10:00', to: '14:00', slots: 1 }] : []),
        ];
    const templates = await em.save(
      ShiftTemplateEntity,
      specs.map((s) => em.create(ShiftTemplateEntity, {
        centerId: center.id, positionId: s.p.id, weekdays: s.days, startTime: s.from, endTime: s.to, slots: s.slots, visibility: 'open', signupOpensDaysBefore: 21,
        cancellationCutoffHours: 12, active: true,
      })),
    );
    const expanded = expandShiftTemplates(
      templates.map((t) => ({ id: t.id, weekdays: t.weekdays, startTime: t.startTime, endTime: t.endTime, slots: t.slots, positionId: t.positionId })),
      { from: today, to: addDays(today, 30), skipDates: skip },
    );
    const shifts = await em.save(
      ShiftEntity,
      expanded.map((e) => em.create(ShiftEntity, {
        centerId: center.id, positionId: e.positionId, templateId: e.templateId, startsAt: new Date(e.startsAt), endsAt: new Date(e.endsAt), slots: e.slots,
        assignedCount: 0, visibility: 'open', signupOpensDaysBefore: 21, cancellationCutoffHours: 12, status: 'published',
      })),
      { chunk: 200 },
    );
    shifts.forEach((s) => (s.position = positions.find((p) => p.id === s.positionId)!));
    centerShifts.push(...shifts);
  }

  // ——— fill some shifts (deterministically) so the week view shows full, partly filled and empty ———
  const others = tural ? saved.slice(1) : saved;
  const busy = new Map<string, { s: number; e: number }[]>();
  const free = (v: VolunteerEntity, s: ShiftEntity): boolean =>
    !(busy.get(v.id) ?? []).some((b) => b.s < +s.endsAt && +s.startsAt < b.e) && (busy.get(v.id) ?? []).filter((b) => bakuDateOf(b.s) === bakuDateOf(+s.startsAt)).length < 2;
  const take = (v: VolunteerEntity, s: ShiftEntity) => busy.set(v.id, [...(busy.get(v.id) ?? []), { s: +s.startsAt, e: +s.endsAt }]);
  const placed: Placed[] = [];
  const horizon = now.getTime() + 14 * 86_400_000;
  centerShifts
    .filter((s) => +s.startsAt < horizon && (s.position.requirements.qualifications ?? []).length === 0 && !(s.position.requirements.languages ?? []).length)
    .forEach((s, i) => {
      const want = Math.min(s.slots, [2, 1, 0, 2, 1][i % 5]);
      // Only the center's pool (home or preferred): nobody is at Ağalı, Barda and Baku in one week.
      const pool = others.filter((v) => inPool(v, { kind: 'center', centerId: s.centerId! }));
      const taken: VolunteerEntity[] = [];
      for (let k = 0; k < pool.length && taken.length < want; k += 1) {
        const v = pool[(i * 7 + k) % pool.length];
        if (free(v, s)) {
          take(v, s);
          taken.push(v);
        }
      }
      if (taken.length) placed.push({ shift: s, taken });
    });
  // The demo volunteer: two upcoming shifts at Barda.
  if (tural) {
    const mine = centerShifts.filter((s) => s.centerId === barda.id && s.position.code === 'greeter' && +s.startsAt > now.getTime() + 86_400_000);
    for (const s of [mine[1], mine[6]].filter(Boolean)) {
      const entry = placed.find((p) => p.shift.id === s.id) ?? { shift: s, taken: [] };
      if (entry.taken.length >= s.slots) entry.taken.pop();
      if (free(tural, s)) {
        take(tural, s);
        entry.taken.push(tural);
        if (!placed.includes(entry)) placed.push(entry);
      }
    }
  }
  for (const p of placed) {
    await em.insert(ShiftAssignmentEntity, p.taken.map((v) => ({ shiftId: p.shift.id, volunteerId: v.id, status: 'assigned' as const, source: 'coordinator' as const, overrides: [] })));
    await em.update(ShiftEntity, { id: p.shift.id }, { assignedCount: p.taken.length });
  }

  // ——— events: SOCGOV 2025 (past, staffed) and a future demo event with gaps ———
  const organizer = await em.findOne(UserEntity, { where: { email: 'organizer@demo.dost.local' } });
  // A Saturday 24–30 days ahead: the demo volunteers' applications offer Monday/Wednesday mornings, Tuesday/Thursday
  // afternoons or whole Saturdays, and only a whole day covers the forum's blocks (08:00–13:30, 13:30–19:00).
  const futureDay = addDays(today, 24 + ((6 - isoWeekday(addDays(today, 24)) + 7) % 7));
  const forum = await em.save(
    EventEntity,
    em.create(EventEntity, {
      nameAz: 'Gənclər və Rəqəmsal Xidmətlər Forumu (demo)', nameEn: 'Youth and Digital Services Forum (demo)', nameRu: 'Форум молодёжи и цифровых услуг (демо)',
      venue: 'Bakı Konqres Mərkəzi (demo)', startsAt: new Date(bakuInstant(futureDay, '09:00')), endsAt: new Date(bakuInstant(futureDay, '19:00')), status: 'published', demo: true,
    }),
  );
  if (organizer) await em.insert(EventOrganizerEntity, { userId: organizer.id, eventId: forum.id });
  // The forum is in Baku and its organiser chose the Baku region; SOCGOV 2025 (past) drew on the whole network.
  await em.insert(EventStaffingAreaEntity, { eventId: forum.id, regions: DEMO_FORUM_REGIONS, centerIds: [] });
  const eventPlace = (event: EventEntity): StaffingPlace =>
    event.id === forum.id ? { kind: 'event', regions: DEMO_FORUM_REGIONS, centerIds: [] } : { kind: 'event', regions: [], centerIds: [] };
  for (const [event, past] of [[socgov, true], [forum, false]] as const) {
    if (!event) continue;
    const day = bakuDateOf(event.startsAt.getTime());
    const positions = await em.save(
      PositionEntity,
      EVENT_POSITIONS.map((p) => em.create(PositionEntity, { eventId: event.id, code: p.code, nameAz: p.name.az, nameEn: p.name.en, nameRu: p.name.ru, requirements: p.requirements ?? {}, active: true })),
    );
    await em.insert(ShiftPolicyEntity, { eventId: event.id, weeklyCapMinutes: null, minRestMinutes: 30, maxShiftsPerDay: 1, noShowLimit: null, swapNeedsApproval: true });
    const blocks = [['08:00', '13:30'], ['13:30', '19:00']];
    const need: Record<string, number> = { 'protocol-en': 6, 'protocol-tr': 3, registration: 8, logistics: 4, communication: 3, 'info-desk': 4 };
    let n = 0;
    for (const p of positions) {
      for (const [from, to] of blocks) {
        const shift = await em.save(ShiftEntity, em.create(ShiftEntity, {
          eventId: event.id, positionId: p.id, startsAt: new Date(bakuInstant(day, from)), endsAt: new Date(bakuInstant(day, to)), slots: need[p.code], assignedCount: 0,
          visibility: p.code.startsWith('protocol') ? 'assign_only' : 'open', signupOpensDaysBefore: 30, cancellationCutoffHours: 48, status: 'published',
        }));
        // SOCGOV was fully staffed but for two seats. The forum has a few people on its morning blocks only: its pool
        // (the Baku region's active volunteers, one shift a day each) is small, and a coordinator or auto-fill must
        // still find people to place on the board's gaps.
        const target = past ? Math.max(0, need[p.code] - (n % 5 === 0 ? 1 : 0)) : n % 2 === 0 ? Math.floor(need[p.code] / 4) : 0;
        n += 1;
        const chosen: VolunteerEntity[] = [];
        for (const v of others) {
          if (chosen.length >= target) break;
          const langs = p.requirements.languages ?? [];
          const speaks = langs.every((l) => v.languages.some((x) => x.language === l.language && x.level >= l.minLevel));
          const dayTaken = (busy.get(v.id) ?? []).some((b) => bakuDateOf(b.s) === day);
          if (speaks && !dayTaken && inPool(v, eventPlace(event))) {
            chosen.push(v);
            take(v, shift);
          }
        }
        if (!chosen.length) continue;
        await em.insert(ShiftAssignmentEntity, chosen.map((v) => ({
          shiftId: shift.id, volunteerId: v.id, status: past ? ('completed' as const) : ('assigned' as const), source: 'coordinator' as const, overrides: [],
        })));
        await em.update(ShiftEntity, { id: shift.id }, { assignedCount: chosen.length });
      }
    }
  }
}
