import { Injectable } from '@nestjs/common';
import { bakuTimeOf, hoursText } from '@dost/domain';
import PDFDocument from 'pdfkit';
import { ApiProblem } from '../../common/http/api-problem';
import { EXPORT_WORDS, applicationStatusText, dayText, fieldText, momentText } from './my-data-export.labels';
import { MyProfileRepository } from './my-profile.repository';
import { MyProfileService } from './my-profile.service';

type Locale = 'az' | 'en' | 'ru';
type Row = Record<string, unknown>;

/** Everything the programme keeps about one person, as the person may download it (Law "On Personal Data", art. 7). */
export interface MyDataExport {
  generatedAt: string;
  account: Row;
  person: Row | null;
  profile: Row;
  qualifications: Row[];
  shifts: Row[];
  hours: Row[];
  attendance: Row[];
  certificates: Row[];
  applications: Row[];
  consents: Row[];
  closureRequests: Row[];
  emailChanges: Row[];
}

const FONT_DIR = 'dejavu-fonts-ttf/ttf';
const FONTS = { regular: require.resolve(`${FONT_DIR}/DejaVuSans.ttf`), bold: require.resolve(`${FONT_DIR}/DejaVuSans-Bold.ttf`) };

const WORDS: Record<Locale, Record<string, string>> = {
  az: {
    title: 'Mənim məlumatlarım — Könüllü DOST', generated: 'Hazırlanıb', account: 'Hesab', person: 'Şəxsi məlumatlar', profile: 'Profil',
    qualifications: 'Kvalifikasiyalar', shifts: 'Növbələr', hours: 'Saatlar', attendance: 'Davamiyyət', certificates: 'Sertifikatlar',
    applications: 'Müraciətlər', consents: 'Razılıqlar', closureRequests: 'Hesabın bağlanması sorğuları', emailChanges: 'E-poçt dəyişiklikləri',
    none: '—', total: 'Cəmi təsdiqlənmiş', note: 'Tam məlumat maşın oxunaqlı JSON faylındadır (eyni səhifədən endirilir).',
  },
  en: {
    title: 'My data — Könüllü DOST', generated: 'Generated', account: 'Account', person: 'Personal data', profile: 'Profile',
    qualifications: 'Qualifications', shifts: 'Shifts', hours: 'Hours', attendance: 'Attendance', certificates: 'Certificates',
    applications: 'Applications', consents: 'Consents', closureRequests: 'Requests to close the account', emailChanges: 'E-mail changes',
    none: '—', total: 'Total approved', note: 'The complete data is in the machine-readable JSON file (downloaded from the same page).',
  },
  ru: {
    title: 'Мои данные — Könüllü DOST', generated: 'Сформировано', account: 'Учётная запись', person: 'Личные данные', profile: 'Профиль',
    qualifications: 'Квалификации', shifts: 'Смены', hours: 'Часы', attendance: 'Посещаемость', certificates: 'Сертификаты',
    applications: 'Заявки', consents: 'Согласия', closureRequests: 'Запросы на закрытие учётной записи', emailChanges: 'Смены e-mail',
    none: '—', total: 'Всего подтверждено', note: 'Полные данные — в машиночитаемом файле JSON (скачивается на той же странице).',
  },
};

/** Field names of the account, person and profile blocks in the PDF (the JSON keeps the keys). */
const FIELDS: Record<Locale, Record<string, string>> = {
  az: {
    email: 'E-poçt', fullName: 'Ad, soyad', locale: 'Dil', roles: 'Rollar', active: 'Aktivdir', createdAt: 'Yaradılıb', fin: 'FİN', phone: 'Telefon',
    birthDate: 'Doğum tarixi', status: 'Status', homeCenter: 'Əsas mərkəz', languages: 'Dillər', skills: 'Bacarıqlar', approvedMinutes: 'Təsdiqlənmiş dəqiqələr',
    noShowCount: 'Gəlmədiyi növbələr', signupBlocked: 'Qeydiyyat bloklanıb', availability: 'Boş vaxt', emergencyContact: 'Təcili əlaqə',
    preferredCenters: 'Üstünlük verilən mərkəzlər', notifications: 'Bildirişlər', pendingEmail: 'Təsdiq gözləyən e-poçt',
  },
  en: {
    email: 'E-mail', fullName: 'Full name', locale: 'Language', roles: 'Roles', active: 'Active', createdAt: 'Created', fin: 'FİN', phone: 'Phone',
    birthDate: 'Date of birth', status: 'Status', homeCenter: 'Home center', languages: 'Languages', skills: 'Skills', approvedMinutes: 'Approved minutes',
    noShowCount: 'No-shows', signupBlocked: 'Sign-up blocked', availability: 'Availability', emergencyContact: 'Emergency contact',
    preferredCenters: 'Preferred centers', notifications: 'Notifications', pendingEmail: 'E-mail awaiting confirmation',
  },
  ru: {
    email: 'E-mail', fullName: 'Имя и фамилия', locale: 'Язык', roles: 'Роли', active: 'Активна', createdAt: 'Создана', fin: 'ФИН', phone: 'Телефон',
    birthDate: 'Дата рождения', status: 'Статус', homeCenter: 'Основной центр', languages: 'Языки', skills: 'Навыки', approvedMinutes: 'Подтверждённые минуты',
    noShowCount: 'Неявки', signupBlocked: 'Запись заблокирована', availability: 'Свободное время', emergencyContact: 'Экстренный контакт',
    preferredCenters: 'Предпочитаемые центры', notifications: 'Уведомления', pendingEmail: 'E-mail ждёт подтверждения',
  },
};

/**
 * The data export of "My profile". Every query is bound to the caller's own user id or person id, with
 * explicit columns: token hashes, other people's ids and names stay out.
 */
@Injectable()
export class MyDataExportService {
  constructor(
    private readonly repo: MyProfileRepository,
    private readonly profile: MyProfileService,
  ) {}

  async collect(userId: string, now = new Date()): Promise<MyDataExport> {
    const user = await this.repo.user(userId);
    if (!user) throw ApiProblem.notFound();
    const v = await this.repo.volunteerOf(userId);
    const locale = user.locale;
    const name = (alias: string) => `${alias}.name_${locale}`;
    const q = <T extends Row>(sql: string, params: unknown[]) => this.repo.query<T>(sql, params);
    const vid = v?.id ?? null;
    const me = await this.profile.get({ id: userId } as never, now);
    const [homeCenter] = v?.homeCenterId ? await q<{ name: string }>(`SELECT ${name('c')} AS name FROM centers c WHERE c.id = $1`, [v.homeCenterId]) : [];
    const preferred = vid
      ? await q<{ name: string }>(`SELECT ${name('c')} AS name FROM volunteer_preferred_centers p JOIN centers c ON c.id = p.center_id WHERE p.volunteer_id = $1 ORDER BY p.created_at`, [vid])
      : [];
    const byPerson = async (sql: string): Promise<Row[]> => (vid ? q(sql, [vid]) : []);
    return {
      generatedAt: now.toISOString(),
      account: { email: user.email, fullName: user.fullName, locale: user.locale, roles: user.roles.map((r) => r.role), active: user.active, createdAt: user.createdAt.toISOString() },
      person: v
        ? {
            fullName: v.fullName, fin: v.fin, email: v.email, phone: v.phone, birthDate: v.birthDate, status: v.status, homeCenter: homeCenter?.name ?? null,
            languages: v.languages, skills: v.skills, approvedMinutes: v.approvedMinutes, noShowCount: v.noShowCount, signupBlocked: v.signupBlocked,
            createdAt: v.createdAt.toISOString(),
          }
        : null,
      profile: {
        availability: me.volunteer?.availability ?? [], emergencyContact: me.volunteer?.emergencyContact ?? null, preferredCenters: preferred.map((p) => p.name),
        notifications: me.notifications, pendingEmail: me.pendingEmail,
      },
      qualifications: await byPerson(
        `SELECT vq.code, q.name_${locale} AS name, vq.valid_until::text AS "validUntil"
           FROM volunteer_qualifications vq LEFT JOIN qualifications q ON q.code = vq.code
          WHERE vq.volunteer_id = $1 ORDER BY vq.code`,
      ),
      shifts: await byPerson(
        `SELECT s.starts_at AS "startsAt", s.ends_at AS "endsAt", p.name_${locale} AS position, COALESCE(${name('c')}, ${name('e')}) AS place,
                a.status AS "assignmentStatus", s.status AS "shiftStatus"
           FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN positions p ON p.id = s.position_id
           LEFT JOIN centers c ON c.id = s.center_id LEFT JOIN events e ON e.id = s.event_id
          WHERE a.volunteer_id = $1 ORDER BY s.starts_at DESC`,
      ),
      hours: await byPerson(
        `SELECT h.work_date::text AS "workDate", h.minutes, h.status, h.category, COALESCE(${name('c')}, ${name('e')}) AS place, h.note
           FROM hour_entries h LEFT JOIN centers c ON c.id = h.center_id LEFT JOIN events e ON e.id = h.event_id
          WHERE h.volunteer_id = $1 ORDER BY h.work_date DESC`,
      ),
      attendance: await byPerson(
        `SELECT r.work_date::text AS "workDate", r.check_in_at AS "checkInAt", r.check_out_at AS "checkOutAt", r.late, r.late_minutes AS "lateMinutes",
                COALESCE(${name('c')}, ${name('e')}) AS place
           FROM attendance_records r LEFT JOIN centers c ON c.id = r.center_id LEFT JOIN events e ON e.id = r.event_id
          WHERE r.volunteer_id = $1 ORDER BY r.work_date DESC`,
      ),
      certificates: await byPerson(
        `SELECT serial, title->>'${locale}' AS title, minutes, status, issued_at AS "issuedAt" FROM certificates WHERE volunteer_id = $1 ORDER BY issued_at DESC`,
      ),
      applications: (await this.profile.applications({ id: userId } as never, now)).data.map((a) => ({
        number: a.number, intake: a.intakeName[locale], status: a.status, interview: a.interview, createdAt: a.createdAt,
      })),
      consents: await byPerson(`SELECT version, locale, given_at AS "givenAt", withdrawn_at AS "withdrawnAt" FROM consent_records WHERE volunteer_id = $1 ORDER BY given_at`),
      closureRequests: await q(`SELECT status, reason, created_at AS "createdAt", handled_at AS "handledAt" FROM account_closure_requests WHERE user_id = $1 ORDER BY created_at`, [userId]),
      emailChanges: await q(`SELECT new_email AS "newEmail", created_at AS "createdAt", used_at AS "usedAt" FROM email_changes WHERE user_id = $1 ORDER BY created_at`, [userId]),
    };
  }

  /** The same data as a readable A4 document in the account's language (DejaVu Sans embedded: ə ğ ı İ and Cyrillic print). */
  async pdf(data: MyDataExport, locale: Locale): Promise<Buffer> {
    const w = WORDS[locale];
    const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: w.title, Author: 'Könüllü DOST' } });
    doc.registerFont('regular', FONTS.regular);
    doc.registerFont('bold', FONTS.bold);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    for (const l of exportLines(data, locale)) {
      if (l.kind === 'title') doc.font('bold').fontSize(18).fillColor('#0d3b66').text(l.text);
      else if (l.kind === 'meta') doc.font('regular').fontSize(9.5).fillColor('#5b6573').text(l.text).fillColor('#1f2a37');
      else if (l.kind === 'heading') doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#0d3b66').text(l.text).moveDown(0.2).font('regular').fontSize(9.5).fillColor('#1f2a37');
      else doc.text(l.text);
    }
    doc.end();
    return done;
  }
}

export interface ExportLine { kind: 'title' | 'meta' | 'heading' | 'text'; text: string }

/**
 * The readable export as lines of words in `locale`: yes/no, role, status and language names, half-days as
 * weekday + part of day, catalogue names, dates as dd.mm.yyyy (HH:mm Baku) — no raw codes (the JSON keeps those).
 */
export function exportLines(data: MyDataExport, locale: Locale): ExportLine[] {
  const w = WORDS[locale];
  const x = EXPORT_WORDS[locale];
  const out: ExportLine[] = [];
  const when = (v: unknown) => momentText(v, w.none);
  const text = (v: unknown): string => (v == null || v === '' ? w.none : String(v));
  const word = (table: Record<string, string>, v: unknown) => (v == null || v === '' ? w.none : table[String(v)] ?? String(v));
  const heading = (s: string) => out.push({ kind: 'heading', text: s });
  const pairs = (row: Row) => {
    for (const [k, v] of Object.entries(row)) out.push({ kind: 'text', text: `${FIELDS[locale][k] ?? k}: ${fieldText(k, v, locale, w.none)}` });
  };
  const lines = (rows: Row[], line: (r: Row) => string) => {
    if (!rows.length) out.push({ kind: 'text', text: w.none });
    for (const r of rows) out.push({ kind: 'text', text: line(r) });
  };

  out.push({ kind: 'title', text: w.title });
  out.push({ kind: 'meta', text: `${w.generated}: ${when(data.generatedAt)} (Asia/Baku)` }, { kind: 'meta', text: w.note });
  heading(w.account); pairs(data.account);
  heading(w.person); if (data.person) pairs(data.person); else out.push({ kind: 'text', text: w.none });
  heading(w.profile); pairs(data.profile);
  heading(w.qualifications);
  lines(data.qualifications, (r) => `${text(r.name ?? r.code)} — ${r.validUntil ? dayText(String(r.validUntil)) : w.none}`);
  heading(w.shifts);
  lines(data.shifts, (r) => `${when(r.startsAt)}–${bakuTimeOf(new Date(String(r.endsAt)).getTime())} · ${text(r.position)} · ${text(r.place)} · ${word(x.assignment, r.assignmentStatus)}`);
  const approved = data.hours.filter((h) => h.status === 'approved').reduce((s, h) => s + Number(h.minutes), 0);
  heading(w.hours); out.push({ kind: 'text', text: `${w.total}: ${hoursText(approved, locale)}` });
  lines(data.hours, (r) => `${r.workDate ? dayText(String(r.workDate)) : w.none} · ${hoursText(Number(r.minutes), locale)} · ${text(r.place)} · ${word(x.hours, r.status)}`);
  heading(w.attendance);
  lines(data.attendance, (r) => `${r.workDate ? dayText(String(r.workDate)) : w.none} · ${when(r.checkInAt)} → ${when(r.checkOutAt)} · ${text(r.place)}`);
  heading(w.certificates); lines(data.certificates, (r) => `${text(r.serial)} · ${text(r.title)} · ${when(r.issuedAt)} · ${word(x.certificate, r.status)}`);
  heading(w.applications);
  lines(data.applications, (r) => `#${text(r.number)} · ${text(r.intake)} · ${applicationStatusText(String(r.status), locale)} · ${when(r.createdAt)}`);
  heading(w.consents); lines(data.consents, (r) => `v${text(r.version)} · ${word(x.languages, r.locale)} · ${when(r.givenAt)} · ${when(r.withdrawnAt)}`);
  heading(w.closureRequests); lines(data.closureRequests, (r) => `${word(x.closure, r.status)} · ${when(r.createdAt)} · ${text(r.reason)}`);
  heading(w.emailChanges); lines(data.emailChanges, (r) => `${text(r.newEmail)} · ${when(r.createdAt)} · ${when(r.usedAt)}`);
  return out;
}
