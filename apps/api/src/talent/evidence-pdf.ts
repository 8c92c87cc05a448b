import PDFDocument from 'pdfkit';
import { hoursText, type Locale } from '@dost/domain';
import type { EvidencePack } from './evidence.types';

/**
 * The evidence pack as an A4 PDF, in the caller's language. DejaVu Sans from `dejavu-fonts-ttf`, embedded
 * (subset) exactly as the certificates do, so ə ğ ı İ ö ü ç ş and Cyrillic print the same on every machine.
 */
const FONT_DIR = 'dejavu-fonts-ttf/ttf';
const FONTS = {
  sans: require.resolve(`${FONT_DIR}/DejaVuSans.ttf`),
  bold: require.resolve(`${FONT_DIR}/DejaVuSans-Bold.ttf`),
};

const INK = '#1f2a37';
const MUTED = '#5b6573';
const ACCENT = '#0b5c7a';

type Words = Record<
  | 'title' | 'alumniSince' | 'education' | 'field' | 'region' | 'availability' | 'languages' | 'skills' | 'hours' | 'hoursTotal' | 'byYear' | 'place'
  | 'position' | 'year' | 'reliability' | 'attended' | 'noShows' | 'attendance' | 'ratings' | 'punctuality' | 'communication' | 'service' | 'teamwork'
  | 'average' | 'certificates' | 'verify' | 'roles' | 'notes' | 'none' | 'generated' | 'revoked' | 'superseded' | 'shifts',
  string
>;

export const EVIDENCE_WORDS: Record<Locale, Words> = {
  az: {
    title: 'Sübut paketi', alumniSince: 'Məzun olduğu tarix', education: 'Təhsil', field: 'İxtisas', region: 'Bölgə', availability: 'Məşğulluq',
    languages: 'Dillər', skills: 'Bacarıqlar', hours: 'Təsdiqlənmiş saatlar', hoursTotal: 'Cəmi', byYear: 'İllər üzrə', place: 'Mərkəz / tədbir',
    position: 'Vəzifə', year: 'İl', reliability: 'Etibarlılıq', attended: 'Gəldiyi növbələr', noShows: 'Gəlmədiyi növbələr', attendance: 'Davamiyyət',
    ratings: 'Koordinator rəyləri', punctuality: 'Dəqiqlik', communication: 'Ünsiyyət', service: 'Vətəndaşlara xidmət', teamwork: 'Komanda işi',
    average: 'Orta', certificates: 'Sertifikatlar', verify: 'Yoxlama', roles: 'Tədbirlərdəki rollar', notes: 'Koordinator qeydləri', none: '—',
    generated: 'Hazırlanıb', revoked: 'ləğv edilib', superseded: 'əvəzlənib', shifts: 'növbə',
  },
  en: {
    title: 'Evidence pack', alumniSince: 'Alumni since', education: 'Education', field: 'Field of study', region: 'Region', availability: 'Availability',
    languages: 'Languages', skills: 'Skills', hours: 'Approved hours', hoursTotal: 'Total', byYear: 'By year', place: 'Center / event',
    position: 'Position', year: 'Year', reliability: 'Reliability', attended: 'Shifts attended', noShows: 'No-shows', attendance: 'Attendance',
    ratings: 'Coordinator ratings', punctuality: 'Punctuality', communication: 'Communication', service: 'Service to citizens', teamwork: 'Teamwork',
    average: 'Average', certificates: 'Certificates', verify: 'Verify', roles: 'Roles at events', notes: 'Coordinator notes', none: '—',
    generated: 'Generated', revoked: 'revoked', superseded: 'superseded', shifts: 'shifts',
  },
  ru: {
    title: 'Пакет подтверждений', alumniSince: 'Выпускник с', education: 'Образование', field: 'Специальность', region: 'Регион', availability: 'Занятость',
    languages: 'Языки', skills: 'Навыки', hours: 'Подтверждённые часы', hoursTotal: 'Всего', byYear: 'По годам', place: 'Центр / мероприятие',
    position: 'Должность', year: 'Год', reliability: 'Надёжность', attended: 'Смены с явкой', noShows: 'Неявки', attendance: 'Явка',
    ratings: 'Оценки координаторов', punctuality: 'Пунктуальность', communication: 'Общение', service: 'Обслуживание граждан', teamwork: 'Командная работа',
    average: 'Среднее', certificates: 'Сертификаты', verify: 'Проверка', roles: 'Роли на мероприятиях', notes: 'Заметки координаторов', none: '—',
    generated: 'Сформирован', revoked: 'отозван', superseded: 'заменён', shifts: 'смен',
  },
};

const EDUCATION: Record<Locale, Record<string, string>> = {
  az: { secondary: 'Orta', vocational: 'Peşə', bachelor_student: 'Bakalavr (tələbə)', bachelor: 'Bakalavr', master_student: 'Magistr (tələbə)', master: 'Magistr', doctorate: 'Doktorantura' },
  en: { secondary: 'Secondary', vocational: 'Vocational', bachelor_student: 'Bachelor (student)', bachelor: 'Bachelor', master_student: 'Master (student)', master: 'Master', doctorate: 'Doctorate' },
  ru: { secondary: 'Среднее', vocational: 'Профессиональное', bachelor_student: 'Бакалавриат (студент)', bachelor: 'Бакалавр', master_student: 'Магистратура (студент)', master: 'Магистр', doctorate: 'Докторантура' },
};
const AVAILABILITY: Record<Locale, Record<string, string>> = {
  az: { full_time: 'Tam ştat', part_time: 'Yarım ştat', project: 'Layihə üzrə', not_available: 'Hazırda deyil' },
  en: { full_time: 'Full time', part_time: 'Part time', project: 'Project-based', not_available: 'Not available now' },
  ru: { full_time: 'Полная занятость', part_time: 'Частичная занятость', project: 'Проектная работа', not_available: 'Сейчас не готов(а)' },
};

const bakuDate = (isoInstant: string): string => {
  const d = new Date(new Date(isoInstant).getTime() + 4 * 3600_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
};
const dmy = (isoDate: string): string => isoDate.split('-').reverse().join('.');
/** One decimal with the console's separator (az and ru: a comma, as the page writes "3,7"). */
const decimal = (v: number | null | undefined, lang: Locale): string =>
  v == null ? '—' : new Intl.NumberFormat(lang === 'en' ? 'en' : 'ru', { maximumFractionDigits: 1 }).format(v);

export async function renderEvidencePdf(pack: EvidencePack, lang: Locale, generatedAt: Date): Promise<Buffer> {
  const w = EVIDENCE_WORDS[lang];
  const doc = new PDFDocument({
    size: 'A4', margin: 50, bufferPages: true, lang,
    info: { Title: `${w.title} — ${pack.fullName}`, Creator: 'Könüllü DOST', Producer: 'Könüllü DOST', CreationDate: generatedAt, ModDate: generatedAt },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = 50;
  const width = doc.page.width - 100;
  const heading = (text: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor(ACCENT).text(text, left, doc.y, { width });
    doc.moveTo(left, doc.y + 2).lineTo(left + width, doc.y + 2).lineWidth(0.5).strokeColor(ACCENT).stroke();
    doc.moveDown(0.4).font('sans').fontSize(10).fillColor(INK);
  };
  const line = (label: string, value: string) => {
    doc.font('bold').fontSize(10).fillColor(MUTED).text(`${label}: `, left, doc.y, { continued: true, width }).font('sans').fillColor(INK).text(value || w.none);
  };

  doc.font('bold').fontSize(20).fillColor(INK).text(pack.fullName, left, 50, { width });
  doc.font('sans').fontSize(11).fillColor(MUTED).text(`${w.title} · Könüllü DOST`, { width });
  doc.moveDown(0.6).fillColor(INK);
  line(w.alumniSince, bakuDate(pack.alumniSince));
  line(w.education, [pack.educationLevel ? EDUCATION[lang][pack.educationLevel] ?? pack.educationLevel : '', pack.institution ?? ''].filter(Boolean).join(', '));
  line(w.field, pack.fieldOfStudy ?? '');
  line(w.region, pack.region ?? '');
  line(w.availability, AVAILABILITY[lang][pack.availabilityKind] ?? pack.availabilityKind);
  line(w.languages, pack.languages.map((l) => `${l.language} ${l.level}`).join(', '));
  line(w.skills, pack.skills.join(', '));

  heading(`${w.hours}: ${hoursText(pack.approvedMinutes, lang)}`);
  // The chart: a bar per year, drawn with vectors (no image), the same numbers as the page's chart.
  if (pack.hoursByYear.length) {
    const max = Math.max(...pack.hoursByYear.map((y) => y.minutes), 1);
    const chartTop = doc.y + 4;
    const chartH = 90;
    const barW = Math.min(60, (width - 20) / pack.hoursByYear.length - 10);
    pack.hoursByYear.forEach((y, i) => {
      const h = Math.max(1, (y.minutes / max) * (chartH - 20));
      const x = left + 10 + i * (barW + 10);
      doc.rect(x, chartTop + chartH - 14 - h, barW, h).fill(ACCENT);
      doc.font('sans').fontSize(8).fillColor(INK).text(String(y.year), x, chartTop + chartH - 12, { width: barW, align: 'center' });
      doc.text(hoursText(y.minutes, lang), x - 10, chartTop + chartH - 26 - h, { width: barW + 20, align: 'center' });
    });
    doc.y = chartTop + chartH + 6;
  }
  doc.font('sans').fontSize(10).fillColor(INK);
  for (const h of pack.hours) {
    const where = [h.placeName[lang], h.positionName?.[lang]].filter(Boolean).join(' — ');
    doc.text(`${h.year} · ${where}: ${hoursText(h.minutes, lang)}`, left, doc.y, { width });
  }

  heading(w.reliability);
  const r = pack.reliability;
  line(w.attended, String(r.attended));
  line(w.noShows, String(r.noShows));
  line(w.attendance, r.reliability === null ? w.none : `${decimal(Math.round(r.reliability * 1000) / 10, lang)} %`);

  heading(w.ratings);
  const a = pack.ratingAverages;
  if (a.count) {
    line(w.average, `${w.punctuality} ${decimal(a.punctuality, lang)} · ${w.communication} ${decimal(a.communication, lang)} · ${w.service} ${decimal(a.serviceToCitizens, lang)} · ${w.teamwork} ${decimal(a.teamwork, lang)}`);
    for (const x of pack.ratings) {
      doc.moveDown(0.3).font('bold').fontSize(10).fillColor(INK)
        .text(`${bakuDate(x.createdAt)} · ${x.placeName?.[lang] ?? ''}${x.periodFrom && x.periodTo ? ` (${dmy(x.periodFrom)}–${dmy(x.periodTo)})` : ''}${x.raterName ? ` · ${x.raterName}` : ''}`, left, doc.y, { width });
      doc.font('sans').text(`${w.punctuality} ${x.punctuality} · ${w.communication} ${x.communication} · ${w.service} ${x.serviceToCitizens} · ${w.teamwork} ${x.teamwork}`, { width });
      if (x.comment) doc.fillColor(MUTED).text(`“${x.comment}”`, { width }).fillColor(INK);
    }
  } else doc.text(w.none);

  heading(w.certificates);
  if (!pack.certificates.length) doc.text(w.none);
  for (const c of pack.certificates) {
    const status = c.status === 'valid' ? '' : ` (${c.status === 'revoked' ? w.revoked : w.superseded})`;
    doc.font('bold').text(`${c.serial} · ${c.title[lang]}${status}`, left, doc.y, { width });
    doc.font('sans').fillColor(MUTED).text(`${bakuDate(c.issuedAt)} · ${hoursText(c.minutes, lang)} · ${w.verify}: `, { continued: true, width })
      .fillColor(ACCENT).text(c.verifyUrl, { link: c.verifyUrl, underline: true }).fillColor(INK);
  }

  heading(w.roles);
  if (!pack.eventRoles.length) doc.text(w.none);
  for (const e of pack.eventRoles) {
    doc.text(`${e.eventName[lang]} — ${e.positionName[lang]} (${e.shifts} ${w.shifts}, ${dmy(e.firstDate)}${e.lastDate !== e.firstDate ? `–${dmy(e.lastDate)}` : ''})`, left, doc.y, { width });
  }

  if (pack.notes.length) {
    heading(w.notes);
    for (const n of pack.notes) {
      doc.font('bold').text(`${bakuDate(n.createdAt)} · ${n.authorName}`, left, doc.y, { width });
      doc.font('sans').text(n.body, { width });
    }
  }

  // Page footer: when and for whom it was generated, page n / N.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // The footer sits below the bottom margin: text there makes pdfkit start a new page (a page holding only the
    // footer). With the margin at 0 while it is drawn, it stays on its page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('sans').fontSize(8).fillColor(MUTED)
      .text(`${w.generated}: ${bakuDate(generatedAt.toISOString())} · ${pack.fullName} · ${i + 1} / ${range.count}`, left, doc.page.height - 35, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
