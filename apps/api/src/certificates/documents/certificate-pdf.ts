import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { CertificateDocument, Localized, PdfLanguages } from './certificate-document';
import { bakuDmy, CERTIFICATE_WORDS, hoursText, periodText, type Lang } from './certificate-text';

/**
 * The certificate as an A4 landscape PDF: Azerbaijani on the left, English (or Russian) on the right, the
 * holder's name across both, the signer, the serial and the QR code of the public verification page.
 * Fonts are DejaVu Serif from the `dejavu-fonts-ttf` package, embedded (subset) so ə ğ ı İ and Cyrillic
 * print the same on every machine. The same document gives the same bytes.
 */
const FONT_DIR = 'dejavu-fonts-ttf/ttf';
const FONTS = {
  regular: require.resolve(`${FONT_DIR}/DejaVuSerif.ttf`),
  bold: require.resolve(`${FONT_DIR}/DejaVuSerif-Bold.ttf`),
  italic: require.resolve(`${FONT_DIR}/DejaVuSerif-Italic.ttf`),
  sans: require.resolve(`${FONT_DIR}/DejaVuSans.ttf`),
};

const INK = '#1f2a37';
const MUTED = '#5b6573';
const ACCENT = '#0b5c7a';
const GOLD = '#b08d3c';

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 58;

type Doc = PDFKit.PDFDocument;
type Font = keyof typeof FONTS;

/** The largest size (from `max` down to `min`, half a point at a time) at which `text` fits `width` on one line. */
function fitOneLine(doc: Doc, text: string, font: Font, width: number, max: number, min: number): number {
  doc.font(font);
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}

/** The largest size at which `text` wrapped to `width` fits `height`. */
function fitBlock(doc: Doc, text: string, font: Font, width: number, height: number, max: number, min: number): number {
  doc.font(font);
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).heightOfString(text, { width }) <= height) return size;
  }
  return min;
}

/** Draws `text` in the box, as large as fits between `max` and `min` points; never beyond the box. */
function textInBox(
  doc: Doc,
  text: string,
  box: { x: number; y: number; width: number; height: number },
  opts: { font: Font; max: number; min: number; color?: string; align?: 'left' | 'center' | 'right'; oneLine?: boolean },
): number {
  const size = opts.oneLine
    ? fitOneLine(doc, text, opts.font, box.width, opts.max, opts.min)
    : fitBlock(doc, text, opts.font, box.width, box.height, opts.max, opts.min);
  doc.font(opts.font).fontSize(size).fillColor(opts.color ?? INK);
  const fitsOnOneLine = doc.widthOfString(text) <= box.width;
  const height = opts.oneLine && fitsOnOneLine ? doc.currentLineHeight(true) : doc.heightOfString(text, { width: box.width });
  doc.text(text, box.x, box.y, {
    width: box.width,
    height: box.height,
    align: opts.align ?? 'left',
    ellipsis: true,
    lineBreak: !(opts.oneLine && fitsOnOneLine),
  });
  return Math.min(height, box.height);
}

function frame(doc: Doc): void {
  const { width, height } = PAGE;
  doc.save();
  doc.rect(0, 0, width, height).fill('#fdfbf6');
  doc.lineWidth(6).strokeColor(ACCENT).rect(18, 18, width - 36, height - 36).stroke();
  doc.lineWidth(1.2).strokeColor(GOLD).rect(30, 30, width - 60, height - 60).stroke();
  doc.lineWidth(0.5).strokeColor(GOLD).rect(34, 34, width - 68, height - 68).stroke();
  // Corner ornaments: small diamonds where the inner lines meet.
  for (const [cx, cy] of [
    [34, 34],
    [width - 34, 34],
    [34, height - 34],
    [width - 34, height - 34],
  ]) {
    doc
      .moveTo(cx, cy - 7)
      .lineTo(cx + 7, cy)
      .lineTo(cx, cy + 7)
      .lineTo(cx - 7, cy)
      .closePath()
      .fill(GOLD);
  }
  doc.restore();
}

interface Column {
  lang: Lang;
  x: number;
  width: number;
}

function column(doc: Doc, cert: CertificateDocument, col: Column, top: number, bottom: number): void {
  const w = CERTIFICATE_WORDS[col.lang];
  const l = col.lang;
  let y = top;
  const box = (height: number) => ({ x: col.x, y, width: col.width, height });
  // Fixed heights, so that the two languages' lines stand level whatever each one's wording.
  textInBox(doc, `${w.certifies} ${w.kind[cert.kind]}`, box(40), { font: 'italic', max: 10.5, min: 7.5, color: MUTED, align: 'center' });
  y += 46;
  const titleHeight = textInBox(doc, cert.title[l], box(44), { font: 'bold', max: 17, min: 9, color: ACCENT, align: 'center' });
  y += Math.max(titleHeight, 26) + 10;

  const facts: [string, string][] = [[w.hours, hoursText(cert.minutes, l)]];
  const roles = cert.roles.map((r: Localized) => r[l]).filter(Boolean);
  if (roles.length > 0) facts.push([w.roles, roles.join(', ')]);
  if (cert.place) facts.push([w.place, cert.place[l]]);
  const period = periodText(cert.periodFrom, cert.periodTo);
  if (period) facts.push([w.period, period]);
  facts.push([w.issued, bakuDmy(cert.issuedAt)]);

  const room = bottom - y;
  const perFact = Math.max(14, Math.min(32, room / facts.length));
  for (const [label, value] of facts) {
    textInBox(doc, label, box(10), { font: 'regular', max: 7.5, min: 6, color: MUTED, align: 'center', oneLine: true });
    y += 9.5;
    textInBox(doc, value, box(perFact - 11), { font: 'regular', max: 11, min: 7, align: 'center' });
    y += perFact - 9.5;
  }
}

export async function renderCertificatePdf(cert: CertificateDocument, languages: PdfLanguages): Promise<Buffer> {
  const second: Lang = languages === 'az-ru' ? 'ru' : 'en';
  const qr = await QRCode.toBuffer(cert.verifyUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 6,
    color: { dark: '#000000', light: '#ffffff' },
  });

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: true,
    info: {
      Title: `${CERTIFICATE_WORDS.az.heading} ${cert.serial} — ${cert.holderName}`,
      Author: cert.issuer.name.az,
      Subject: cert.title.az,
      Creator: 'Könüllü DOST',
      Producer: 'Könüllü DOST',
      CreationDate: cert.issuedAt,
      ModDate: cert.issuedAt,
    },
    lang: 'az',
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  frame(doc);
  const inner = { x: MARGIN, width: PAGE.width - 2 * MARGIN };
  let y = 50;

  // The agency, in both languages.
  y += textInBox(doc, cert.issuer.name.az, { ...inner, y, height: 16 }, { font: 'bold', max: 12, min: 8, color: ACCENT, align: 'center', oneLine: true }) + 1;
  y += textInBox(doc, cert.issuer.name[second], { ...inner, y, height: 14 }, { font: 'regular', max: 10, min: 7, color: MUTED, align: 'center', oneLine: true }) + 12;

  // CERTIFICATE
  const heading = `${CERTIFICATE_WORDS.az.heading}   ·   ${CERTIFICATE_WORDS[second].heading}`;
  doc.font('bold').fontSize(26).fillColor(INK);
  doc.text(heading, inner.x, y, { width: inner.width, align: 'center', characterSpacing: 3, lineBreak: false });
  y += 38;
  doc.save().lineWidth(0.8).strokeColor(GOLD).moveTo(PAGE.width / 2 - 90, y).lineTo(PAGE.width / 2 + 90, y).stroke().restore();
  y += 14;

  // The holder, as on the ID card: as large as one line allows.
  y += textInBox(doc, cert.holderName, { x: inner.x + 20, y, width: inner.width - 40, height: 46 }, { font: 'bold', max: 34, min: 14, align: 'center', oneLine: true }) + 14;

  // Two columns: Azerbaijani | English or Russian.
  const footerTop = PAGE.height - 150;
  const gap = 36;
  const colWidth = (inner.width - gap) / 2;
  column(doc, cert, { lang: 'az', x: inner.x, width: colWidth }, y, footerTop - 8);
  column(doc, cert, { lang: second, x: inner.x + colWidth + gap, width: colWidth }, y, footerTop - 8);
  doc.save().lineWidth(0.5).strokeColor(GOLD).moveTo(PAGE.width / 2, y + 4).lineTo(PAGE.width / 2, footerTop - 12).stroke().restore();

  // Footer: signer (left), serial (middle), QR (right).
  const qrSize = 84;
  const qrX = PAGE.width - MARGIN - qrSize - 6;
  const qrY = PAGE.height - 52 - qrSize - 18;
  const signerX = MARGIN + 10;
  const signerWidth = 230;
  const lineY = qrY + 34;
  doc.save().lineWidth(0.7).strokeColor(INK).moveTo(signerX, lineY).lineTo(signerX + signerWidth, lineY).stroke().restore();
  let sy = lineY + 5;
  sy += textInBox(doc, cert.signer.name, { x: signerX, y: sy, width: signerWidth, height: 14 }, { font: 'bold', max: 10.5, min: 7, oneLine: true });
  sy += textInBox(doc, cert.signer.title.az, { x: signerX, y: sy, width: signerWidth, height: 22 }, { font: 'regular', max: 8.5, min: 6, color: MUTED });
  textInBox(doc, cert.signer.title[second], { x: signerX, y: sy, width: signerWidth, height: 22 }, { font: 'italic', max: 8.5, min: 6, color: MUTED });

  const midX = signerX + signerWidth + 20;
  const midWidth = qrX - 20 - midX;
  textInBox(doc, `${CERTIFICATE_WORDS.az.serial} / ${CERTIFICATE_WORDS[second].serial}`, { x: midX, y: lineY - 4, width: midWidth, height: 12 }, {
    font: 'regular',
    max: 8,
    min: 6,
    color: MUTED,
    align: 'center',
    oneLine: true,
  });
  textInBox(doc, cert.serial, { x: midX, y: lineY + 8, width: midWidth, height: 18 }, { font: 'bold', max: 14, min: 9, color: ACCENT, align: 'center', oneLine: true });

  doc.image(qr, qrX, qrY, { width: qrSize, height: qrSize });
  // Texts around the QR end at its right edge and grow leftwards, so a long URL never leaves the frame.
  const besideQr = (width: number) => ({ x: qrX + qrSize - width, width });
  textInBox(doc, `${CERTIFICATE_WORDS.az.scan} · ${CERTIFICATE_WORDS[second].scan}`, { ...besideQr(220), y: qrY - 11, height: 10 }, {
    font: 'sans',
    max: 6.5,
    min: 5,
    color: MUTED,
    align: 'right',
    oneLine: true,
  });
  textInBox(doc, cert.verifyUrl, { ...besideQr(300), y: qrY + qrSize + 3, height: 10 }, {
    font: 'sans',
    max: 6.5,
    min: 4.5,
    color: MUTED,
    align: 'right',
    oneLine: true,
  });

  doc.end();
  return done;
}
