import { bakuDateOf, bakuTimeOf, addDays, type IsoDate, type IsoInstant } from '../../time';
import type { Locale } from '../../i18n';
import type { IneligibilityDetails, PlaceName } from './eligibility.types';

/**
 * Human sentences for the reasons, times in Asia/Baku: addressed to the volunteer ("you already have a
 * shift…") or, for coordinators and organisers choosing people, about the volunteer ("the volunteer already
 * has a shift…").
 *
 * Place names, durations and times are never given Azerbaijani or Russian case endings: the right
 * ending depends on how the name or number is pronounced ("Mərkəz 2-də" but "Mərkəz 6-da", "Bərdə
 * Mərkəzində"), so a template that glued "-də" onto any name would often be wrong. The sentences are
 * built so that names and numbers stand on their own (after a colon or in brackets).
 */
export interface DescribeOptions {
  /** Who reads the sentence: the volunteer (the default) or staff deciding about a volunteer. */
  audience?: 'volunteer' | 'staff';
  /** Qualification names by code, in the reader's language; the code is shown when missing. */
  qualificationName?: (code: string, locale: Locale) => string;
  /** Language names by ISO 639-1 code; the built-in list covers the usual ones. */
  languageName?: (code: string, locale: Locale) => string;
}

const LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  az: { az: 'Azərbaycan dili', en: 'Azerbaijani', ru: 'азербайджанский' },
  en: { az: 'ingilis dili', en: 'English', ru: 'английский' },
  ru: { az: 'rus dili', en: 'Russian', ru: 'русский' },
  tr: { az: 'türk dili', en: 'Turkish', ru: 'турецкий' },
  de: { az: 'alman dili', en: 'German', ru: 'немецкий' },
  fr: { az: 'fransız dili', en: 'French', ru: 'французский' },
  es: { az: 'ispan dili', en: 'Spanish', ru: 'испанский' },
  it: { az: 'italyan dili', en: 'Italian', ru: 'итальянский' },
  ar: { az: 'ərəb dili', en: 'Arabic', ru: 'арабский' },
  fa: { az: 'fars dili', en: 'Persian', ru: 'персидский' },
  zh: { az: 'Çin dili', en: 'Chinese', ru: 'китайский' },
  ja: { az: 'yapon dili', en: 'Japanese', ru: 'японский' },
  ko: { az: 'Koreya dili', en: 'Korean', ru: 'корейский' },
  ka: { az: 'gürcü dili', en: 'Georgian', ru: 'грузинский' },
  uk: { az: 'Ukrayna dili', en: 'Ukrainian', ru: 'украинский' },
  kk: { az: 'qazax dili', en: 'Kazakh', ru: 'казахский' },
  uz: { az: 'özbək dili', en: 'Uzbek', ru: 'узбекский' },
  pt: { az: 'portuqal dili', en: 'Portuguese', ru: 'португальский' },
  pl: { az: 'polyak dili', en: 'Polish', ru: 'польский' },
  nl: { az: 'niderland dili', en: 'Dutch', ru: 'нидерландский' },
};

/**
 * Without a catalogue the code is the name: qualification names live in the qualifications catalogue (a table
 * admins edit, docs/qualifications.md), and callers pass them as `qualificationName`.
 */
export function qualificationNameOf(code: string, _locale: Locale): string {
  return code;
}

/** A language's name in the reader's language ('ingilis dili', 'English', 'английский'); the code when unknown. */
export function languageNameOf(code: string, locale: Locale): string {
  return LANGUAGE_NAMES[code.toLowerCase()]?.[locale] ?? code;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '24.10.2025' in az and ru (how dates are written there), '24 Oct 2025' in English. */
export function formatBakuDate(date: IsoDate, locale: Locale): string {
  const [y, m, d] = date.split('-');
  return locale === 'en' ? `${Number(d)} ${EN_MONTHS[Number(m) - 1]} ${y}` : `${d}.${m}.${y}`;
}

/** '2 saat 30 dəqiqə', '2 h 30 min', '2 ч 30 мин'. Russian uses the abbreviations to avoid plural forms. */
export function formatMinutes(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  const units = { az: ['saat', 'dəqiqə'], en: ['h', 'min'], ru: ['ч', 'мин'] }[locale];
  const parts = [h > 0 ? `${h} ${units[0]}` : '', m > 0 || h === 0 ? `${m} ${units[1]}` : ''];
  return parts.filter(Boolean).join(' ');
}

function placeIn(name: PlaceName, locale: Locale): string {
  return typeof name === 'string' ? name : name[locale];
}

function timeRange(a: { startsAt: IsoInstant; endsAt: IsoInstant }): string {
  return `${bakuTimeOf(a.startsAt)}–${bakuTimeOf(a.endsAt)}`;
}

function dateTime(instant: IsoInstant, locale: Locale): string {
  return `${formatBakuDate(bakuDateOf(instant), locale)}, ${bakuTimeOf(instant)}`;
}

export function describeIneligibility(reason: IneligibilityDetails, locale: Locale, options: DescribeOptions = {}): string {
  const language = (code: string): string => options.languageName?.(code, locale) ?? LANGUAGE_NAMES[code]?.[locale] ?? code;
  const qualification = (code: string): string => options.qualificationName?.(code, locale) ?? qualificationNameOf(code, locale);
  const t = (az: string, en: string, ru: string): string => ({ az, en, ru })[locale];
  const staff = options.audience === 'staff';

  switch (reason.code) {
    case 'NOT_ACTIVE':
      return t(
        'Növbələrə yalnız aktiv könüllülər yazıla bilər.',
        'Only active volunteers can take shifts.',
        'Записываться на смены могут только активные волонтёры.',
      );
    case 'BLOCKED_NO_SHOWS':
      if (staff) {
        return t(
          'Xəbərsiz buraxdığı növbələrə görə könüllünün özünün növbəyə yazılması bağlanıb. Bloku koordinator götürə bilər.',
          'Self sign-up is blocked for this volunteer because of shifts missed without notice. A coordinator can lift the block.',
          'Самостоятельная запись для этого волонтёра закрыта из-за смен, пропущенных без предупреждения. Снять блокировку может координатор.',
        );
      }
      return t(
        'Xəbərsiz buraxdığınız növbələrə görə özünüz növbəyə yazıla bilmirsiniz. Bloku koordinator götürə bilər.',
        'Self sign-up is blocked because of shifts you missed without notice. A coordinator can lift the block.',
        'Самостоятельная запись закрыта из-за смен, пропущенных без предупреждения. Снять блокировку может координатор.',
      );
    case 'STARTED':
      return reason.ended
        ? t('Bu növbə artıq başa çatıb.', 'This shift has already ended.', 'Эта смена уже закончилась.')
        : t('Bu növbə artıq başlayıb.', 'This shift has already started.', 'Эта смена уже началась.');
    case 'TOO_YOUNG':
      if (staff) {
        return t(
          `Bu vəzifə üçün könüllünün yaşı ən azı ${reason.minAge} olmalıdır.`,
          `The volunteer must be at least ${reason.minAge} for this position.`,
          `Для этой позиции минимальный возраст — ${reason.minAge}.`,
        );
      }
      return t(
        `Bu vəzifə üçün yaşınız ən azı ${reason.minAge} olmalıdır.`,
        `You must be at least ${reason.minAge} for this position.`,
        `Для этой позиции минимальный возраст — ${reason.minAge}.`,
      );
    case 'LANGUAGE_MISSING': {
      const list = (item: (name: string, level: string) => string): string => reason.missing.map((m) => item(language(m.language), m.minLevel)).join(', ');
      return t(
        `Bu vəzifə üçün dil bilikləri tələb olunur: ${list((n, l) => `${n} — ən azı ${l}`)}.`,
        `This position needs ${list((n, l) => `${n} at ${l} or above`)}.`,
        `Для этой позиции нужно знание языков: ${list((n, l) => `${n} — не ниже ${l}`)}.`,
      );
    }
    case 'QUALIFICATION_MISSING': {
      const list = reason.missing
        .map((m) => {
          if (m.expiredOn == null) return qualification(m.code);
          const on = formatBakuDate(m.expiredOn, locale);
          return qualification(m.code) + t(` (müddəti ${on} tarixində bitib)`, ` (expired on ${on})`, ` (срок истёк ${on})`);
        })
        .join(', ');
      if (staff) {
        return t(
          `Könüllüdə bu vəzifə üçün lazım olan kvalifikasiya yoxdur: ${list}.`,
          `This position needs a qualification the volunteer does not have: ${list}.`,
          `Для этой позиции нужна квалификация, которой у волонтёра нет: ${list}.`,
        );
      }
      return t(
        `Bu vəzifə üçün lazım olan kvalifikasiyanız yoxdur: ${list}.`,
        `This position needs a qualification you do not have: ${list}.`,
        `Для этой позиции нужна квалификация, которой у вас нет: ${list}.`,
      );
    }
    case 'HOURS_TOO_LOW': {
      const need = formatMinutes(reason.requiredMinutes, locale);
      const have = formatMinutes(reason.approvedMinutes, locale);
      if (staff) {
        return t(
          `Bu vəzifə üçün ən azı ${need} təsdiqlənmiş könüllülük lazımdır (könüllüdə: ${have}).`,
          `This position needs at least ${need} of approved volunteering (the volunteer has ${have}).`,
          `Для этой позиции нужно не меньше ${need} подтверждённого волонтёрства (у волонтёра: ${have}).`,
        );
      }
      return t(
        `Bu vəzifə üçün ən azı ${need} təsdiqlənmiş könüllülük lazımdır (sizdə: ${have}).`,
        `This position needs at least ${need} of approved volunteering (you have ${have}).`,
        `Для этой позиции нужно не меньше ${need} подтверждённого волонтёрства (у вас: ${have}).`,
      );
    }
    case 'FULL':
      return t('Bu növbədə boş yer qalmayıb.', 'This shift is full.', 'На этой смене не осталось свободных мест.');
    case 'COLLIDES': {
      const place = placeIn(reason.with.placeName, locale);
      const range = timeRange(reason.with);
      if (staff) {
        return t(
          `Könüllünün artıq ${range} arası növbəsi var: ${place}.`,
          `The volunteer already has a shift ${range} at ${place}.`,
          `У волонтёра уже есть смена ${range}: ${place}.`,
        );
      }
      return t(
        `Sizin artıq ${range} arası növbəniz var: ${place}.`,
        `You already have a shift ${range} at ${place}.`,
        `У вас уже есть смена ${range}: ${place}.`,
      );
    }
    case 'REST_TOO_SHORT': {
      const place = placeIn(reason.with.placeName, locale);
      const range = timeRange(reason.with);
      const min = formatMinutes(reason.minRestMinutes, locale);
      const rest = formatMinutes(reason.restMinutes, locale);
      if (staff) {
        return t(
          `Növbələr arasında ən azı ${min} istirahət olmalıdır, bu növbə ilə könüllünün ${range} növbəsi (${place}) arasında isə cəmi ${rest} fasilə qalır.`,
          `A volunteer needs at least ${min} of rest between shifts; between this one and the volunteer's ${range} shift at ${place} there would be only ${rest}.`,
          `Между сменами нужен отдых не меньше ${min}, а между этой сменой и сменой волонтёра ${range} (${place}) будет лишь ${rest}.`,
        );
      }
      return t(
        `Növbələr arasında ən azı ${min} istirahət olmalıdır, bu növbə ilə ${range} növbəniz (${place}) arasında isə cəmi ${rest} fasilə qalır.`,
        `You need at least ${min} of rest between shifts; between this one and your ${range} shift at ${place} there would be only ${rest}.`,
        `Между сменами нужен отдых не меньше ${min}, а между этой сменой и вашей сменой ${range} (${place}) будет лишь ${rest}.`,
      );
    }
    case 'TOO_MANY_TODAY': {
      const day = formatBakuDate(reason.date, locale);
      if (staff) {
        return t(
          `Bir gündə ən çox ${reason.max} növbə götürmək olar, könüllünün ${day} tarixində isə artıq ${reason.count} növbəsi var.`,
          `A volunteer can take at most ${reason.max} shift${reason.max === 1 ? '' : 's'} a day, and this one already has ${reason.count} on ${day}.`,
          `В день можно взять не больше ${reason.max} ${reason.max % 10 === 1 && reason.max % 100 !== 11 ? 'смены' : 'смен'}, а на ${day} у волонтёра их уже ${reason.count}.`,
        );
      }
      return t(
        `Bir gündə ən çox ${reason.max} növbə götürmək olar, ${day} tarixində isə artıq ${reason.count} növbəniz var.`,
        `You can take at most ${reason.max} shift${reason.max === 1 ? '' : 's'} a day, and you already have ${reason.count} on ${day}.`,
        `В день можно взять не больше ${reason.max} ${reason.max % 10 === 1 && reason.max % 100 !== 11 ? 'смены' : 'смен'}, а на ${day} у вас их уже ${reason.count}.`,
      );
    }
    case 'CAP_REACHED': {
      const week = `${formatBakuDate(reason.weekStart, locale)} – ${formatBakuDate(addDays(reason.weekStart, 6), locale)}`;
      const total = formatMinutes(reason.plannedMinutes + reason.shiftMinutes, locale);
      const cap = formatMinutes(reason.capMinutes, locale);
      if (staff) {
        return t(
          `Bu növbə ilə könüllünün ${week} həftəsində cəmi ${total} olardı, həftəlik limit isə ${cap}.`,
          `With this shift the volunteer would have ${total} in the week ${week}, over the weekly limit of ${cap}.`,
          `С этой сменой у волонтёра за неделю ${week} было бы ${total}, а недельный лимит — ${cap}.`,
        );
      }
      return t(
        `Bu növbə ilə ${week} həftəsində cəmi ${total} olardı, həftəlik limit isə ${cap}.`,
        `With this shift you would have ${total} in the week ${week}, over the weekly limit of ${cap}.`,
        `С этой сменой за неделю ${week} у вас было бы ${total}, а недельный лимит — ${cap}.`,
      );
    }
    case 'OUTSIDE_POOL':
      if (reason.place === 'event') {
        return staff
          ? t(
              'Könüllünün mərkəzi bu tədbir üçün seçilmiş bölgələrdən deyil. Təyin etmək üçün səbəb göstərin.',
              "The volunteer's center is not in the regions chosen for this event. Give a reason to assign them anyway.",
              'Центр волонтёра не входит в регионы, выбранные для этого мероприятия. Чтобы назначить, укажите причину.',
            )
          : t(
              'Bu tədbirə yalnız seçilmiş bölgələrin mərkəzlərindən olan könüllülər yazıla bilər.',
              'Only volunteers from the centers of the regions chosen for this event can sign up.',
              'На это мероприятие могут записаться только волонтёры из центров выбранных регионов.',
            );
      }
      return staff
        ? t(
            'Könüllü bu mərkəzə bağlı deyil və onu seçilmiş mərkəz kimi qeyd etməyib. Təyin etmək üçün səbəb göstərin.',
            'The volunteer neither belongs to this center nor chose it as a preferred center. Give a reason to assign them anyway.',
            'Волонтёр не относится к этому центру и не выбрал его как предпочтительный. Чтобы назначить, укажите причину.',
          )
        : t(
            'Bu mərkəzin növbələrinə yalnız onun könüllüləri və onu seçilmiş mərkəz kimi qeyd edənlər yazıla bilər. Mərkəzi profilinizdə əlavə edə bilərsiniz.',
            'Only volunteers of this center and those who chose it as a preferred center can sign up here. You can add the center in your profile.',
            'На смены этого центра могут записаться только его волонтёры и те, кто выбрал его как предпочтительный. Центр можно добавить в профиле.',
          );
    case 'WINDOW_NOT_OPEN': {
      const at = dateTime(reason.opensAt, locale);
      return t(
        `Bu növbəyə yazılış hələ açılmayıb. Açılma vaxtı: ${at}.`,
        `Sign-up for this shift opens on ${at}.`,
        `Запись на эту смену откроется ${at}.`,
      );
    }
    case 'CUTOFF_PASSED': {
      const at = dateTime(reason.cutoffAt, locale);
      if (staff) {
        return t(
          `Bu növbədən imtina üçün son vaxt keçib (${at}).`,
          `The deadline for cancelling this shift has passed (${at}).`,
          `Срок отмены этой смены истёк (${at}).`,
        );
      }
      return t(
        `Bu növbədən imtina etmək üçün son vaxt keçib (${at}). Zəhmət olmasa, koordinatorla əlaqə saxlayın.`,
        `The deadline for cancelling this shift has passed (${at}). Please contact your coordinator.`,
        `Срок отмены этой смены истёк (${at}). Пожалуйста, свяжитесь с координатором.`,
      );
    }
  }
}
