import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Localized } from './accreditation.repository';

/**
 * Badges as PDF (docs/accreditation.md): each badge 90 × 140 mm — the size of a badge-printer card — with the event in
 * a band of the first zone's colour, the holder's name as large as fits, the role(s) in Azerbaijani and English, the
 * QR of the door-scan page and a chip per zone in its colour. `single`: one badge per page; `sheet`: four on an A4
 * page with crop marks. Fonts are DejaVu Sans from `dejavu-fonts-ttf` (as the certificates), embedded so ə ğ ı İ ö ü
 * ç ş print exactly.
 */
const FONT_DIR = 'dejavu-fonts-ttf/ttf';
const FONTS = {
  regular: require.resolve(`${FONT_DIR}/DejaVuSans.ttf`),
  bold: require.resolve(`${FONT_DIR}/DejaVuSans-Bold.ttf`),
};
type Font = keyof typeof FONTS;
type Doc = PDFKit.PDFDocument;

const MM = 72 / 25.4;
export const BADGE = { width: 90 * MM, height: 140 * MM };
const A4 = { width: 595.28, height: 841.89 };
const INK = '#1f2a37';
const MUTED = '#5b6573';
const NEUTRAL = '#0b5c7a';

export type BadgeKind = 'volunteer' | 'guest' | 'vip';
const KIND_WORDS: Record<BadgeKind, string> = {
  volunteer: 'KÖNÜLLÜ · VOLUNTEER',
  guest: 'QONAQ · GUEST',
  vip: 'VIP QONAQ · VIP GUEST',
};

export interface BadgeDocument {
  event: Localized;
  /** dd.mm.yyyy – dd.mm.yyyy */
  dates: string;
  holderName: string;
  kind: BadgeKind;
  /** Volunteers: their positions on the event. Guests: their delegation or organisation (same text in every language). */
  roles: Localized[];
  zones: { name: Localized; color: string }[];
  scanUrl: string;
  /** Printed small: the badge's short number and version, e.g. "3F2A9C1B · v2". */
  serial: string;
}

function fit(doc: Doc, text: string, font: Font, width: number, height: number, max: number, min: number, oneLine: boolean): number {
  doc.font(font);
  for (let size = max; size > min; size -= 0.5) {
    doc.fontSize(size);
    if (oneLine ? doc.widthOfString(text) <= width : doc.heightOfString(text, { width }) <= height) return size;
  }
  return min;
}

function text(doc: Doc, value: string, box: { x: number; y: number; width: number; height: number }, o: { font: Font; max: number; min: number; color?: string; oneLine?: boolean; spacing?: number }): void {
  if (!value) return;
  const size = fit(doc, value, o.font, box.width, box.height, o.max, o.min, !!o.oneLine);
  doc.font(o.font).fontSize(size).fillColor(o.color ?? INK);
  doc.text(value, box.x, box.y, { width: box.width, height: box.height, align: 'center', ellipsis: true, lineBreak: !o.oneLine, characterSpacing: o.spacing ?? 0 });
}

/** Black or white, whichever reads on `hex`. */
function inkOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? '#111111' : '#ffffff';
}

function drawBadge(doc: Doc, b: BadgeDocument, qr: Buffer, x0: number, y0: number): void {
  const { width: W, height: H } = BADGE;
  const pad = 12;
  const inner = { x: x0 + pad, width: W - 2 * pad };
  const band = b.zones[0]?.color ?? NEUTRAL;
  const bandInk = inkOn(band);
  doc.save();
  doc.rect(x0, y0, W, H).fill('#ffffff');
  doc.lineWidth(0.4).strokeColor('#c9ced6').rect(x0, y0, W, H).stroke();
  // The event, on the first zone's colour.
  doc.rect(x0, y0, W, 66).fill(band);
  text(doc, b.event.az, { ...inner, y: y0 + 10, height: 18 }, { font: 'bold', max: 14, min: 7, color: bandInk, oneLine: true });
  text(doc, b.event.en, { ...inner, y: y0 + 30, height: 12 }, { font: 'regular', max: 8.5, min: 6, color: bandInk, oneLine: true });
  text(doc, b.dates, { ...inner, y: y0 + 46, height: 11 }, { font: 'regular', max: 7.5, min: 6, color: bandInk, oneLine: true });

  text(doc, KIND_WORDS[b.kind], { ...inner, y: y0 + 76, height: 11 }, { font: 'bold', max: 7.5, min: 6, color: MUTED, oneLine: true });
  text(doc, b.holderName, { ...inner, y: y0 + 92, height: 56 }, { font: 'bold', max: 22, min: 10, color: INK });
  const roles = b.roles.map((r) => r.az).filter(Boolean).join(' · ');
  const rolesEn = b.roles.map((r) => r.en).filter(Boolean).join(' · ');
  text(doc, roles, { ...inner, y: y0 + 152, height: 26 }, { font: 'regular', max: 10.5, min: 6.5, color: INK });
  if (rolesEn !== roles) text(doc, rolesEn, { ...inner, y: y0 + 179, height: 11 }, { font: 'regular', max: 7.5, min: 5.5, color: MUTED, oneLine: true });

  const qrSize = 104;
  doc.image(qr, x0 + (W - qrSize) / 2, y0 + 194, { width: qrSize, height: qrSize });

  // A chip per zone (name in its colour), at most two rows.
  const chips = b.zones.slice(0, 6);
  if (chips.length) {
    const perRow = Math.min(3, chips.length);
    const gap = 4;
    const chipW = (inner.width - gap * (perRow - 1)) / perRow;
    chips.forEach((z, i) => {
      const cx = inner.x + (i % perRow) * (chipW + gap);
      const cy = y0 + 304 + Math.floor(i / perRow) * 22;
      doc.roundedRect(cx, cy, chipW, 18, 3).fill(z.color);
      text(doc, z.name.az, { x: cx + 2, y: cy + 4.5, width: chipW - 4, height: 10 }, { font: 'bold', max: 8, min: 5, color: inkOn(z.color), oneLine: true });
    });
  }
  text(doc, b.serial, { ...inner, y: y0 + H - 36, height: 9 }, { font: 'regular', max: 6, min: 5, color: MUTED, oneLine: true });
  // The bottom band: every zone's colour side by side, seen from across the hall.
  const stripes = b.zones.length ? b.zones : [{ color: NEUTRAL }];
  const stripeW = W / stripes.length;
  stripes.forEach((z, i) => doc.rect(x0 + i * stripeW, y0 + H - 22, stripeW + 0.5, 22).fill(z.color));
  doc.restore();
}

function cropMarks(doc: Doc, xs: number[], ys: number[]): void {
  const len = 10;
  const off = 3;
  doc.save().lineWidth(0.3).strokeColor('#000000');
  const [top, bottom] = [ys[0], ys[ys.length - 1]];
  const [left, right] = [xs[0], xs[xs.length - 1]];
  for (const x of xs) {
    doc.moveTo(x, top - off).lineTo(x, top - off - len).stroke();
    doc.moveTo(x, bottom + off).lineTo(x, bottom + off + len).stroke();
  }
  for (const y of ys) {
    doc.moveTo(left - off, y).lineTo(left - off - len, y).stroke();
    doc.moveTo(right + off, y).lineTo(right + off + len, y).stroke();
  }
  doc.restore();
}

export async function renderBadgesPdf(badges: BadgeDocument[], layout: 'sheet' | 'single', title: string, at: Date): Promise<Buffer> {
  const qrs = await Promise.all(
    badges.map((b) => QRCode.toBuffer(b.scanUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 5, color: { dark: '#000000', light: '#ffffff' } })),
  );
  const size: [number, number] = layout === 'single' ? [BADGE.width, BADGE.height] : [A4.width, A4.height];
  const doc = new PDFDocument({
    size, margin: 0, autoFirstPage: false, lang: 'az',
    info: { Title: title, Creator: 'Könüllü DOST', Producer: 'Könüllü DOST', CreationDate: at, ModDate: at },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (!badges.length) {
    doc.addPage({ size, margin: 0 });
  } else if (layout === 'single') {
    badges.forEach((b, i) => {
      doc.addPage({ size, margin: 0 });
      drawBadge(doc, b, qrs[i], 0, 0);
    });
  } else {
    const x0 = (A4.width - 2 * BADGE.width) / 2;
    const y0 = (A4.height - 2 * BADGE.height) / 2;
    for (let p = 0; p < badges.length; p += 4) {
      doc.addPage({ size, margin: 0 });
      badges.slice(p, p + 4).forEach((b, k) => drawBadge(doc, b, qrs[p + k], x0 + (k % 2) * BADGE.width, y0 + Math.floor(k / 2) * BADGE.height));
      cropMarks(doc, [x0, x0 + BADGE.width, x0 + 2 * BADGE.width], [y0, y0 + BADGE.height, y0 + 2 * BADGE.height]);
    }
  }
  doc.end();
  return done;
}
