import { execFileSync, spawnSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { CertificateDocument } from './certificate-document';
import { renderCertificatePdf } from './certificate-pdf';
import { hoursText } from './certificate-text';
import { base58btcDecode, base58btcEncode, ed25519FromMultibase, ed25519Multibase } from './multibase';
import { buildCredential, certificateCredential, issuerDocument, keysOfIssuerDocument, signCredential, verifyCredential, type OpenBadgeCredential } from './open-badge';
import { loadSigningKey, SIGNING_KEY_FILE } from './signing-key';

const ROOT = path.resolve(__dirname, '../../../../..');
const PDF_TEXT = path.join(__dirname, 'testing/pdf-text.mjs');

/** Every Azerbaijani letter beyond ASCII: ə ğ ı ö ü ç ş Ə İ (and Ü). */
const HOLDER = 'Əlişir İsmayıl oğlu Göyçəyev-Üzümçü';

const doc = (over: Partial<CertificateDocument> = {}): CertificateDocument => ({
  serial: 'KD-2025-000123',
  verificationCode: 'ABCDEFGHJKMNPQRSTVWX',
  verifyUrl: 'https://konullu.dost.gov.az/verify/ABCDEFGHJKMNPQRSTVWX',
  holderName: HOLDER,
  kind: 'event',
  title: { az: 'ŞƏKİ ÖĞRƏNCİ ÇEMPİONATI könüllüsü', en: 'Shaki Student Championship volunteer', ru: 'Волонтёр студенческого чемпионата Шеки' },
  minutes: 42 * 60,
  roles: [{ az: 'Qeydiyyat', en: 'Registration', ru: 'Регистрация' }],
  place: { az: 'Şəki Olimpiya Mərkəzi', en: 'Shaki Olympic Centre', ru: 'Олимпийский центр Шеки' },
  periodFrom: '2025-09-01',
  periodTo: '2025-09-30',
  // 00:30 on 25 October in Baku: the printed date is Baku's, not UTC's.
  issuedAt: new Date('2025-10-24T20:30:00Z'),
  signer: { name: 'İlqar Məmmədov', title: { az: 'Könüllülük proqramının rəhbəri', en: 'Head of the Volunteer Programme', ru: 'Руководитель волонтёрской программы' } },
  issuer: {
    name: { az: 'Azərbaycan Respublikasının DOST Agentliyi', en: 'DOST Agency of the Republic of Azerbaijan', ru: 'Агентство DOST Азербайджанской Республики' },
    url: 'https://konullu.dost.gov.az',
  },
  ...over,
});

interface PdfText {
  pages: number;
  width: number;
  height: number;
  items: string[];
  boxes: { str: string; x: number; y: number; width: number; height: number }[];
}

/** Text that runs outside the certificate's inner frame (34 pt from each edge). */
function outsideFrame({ width, height, boxes }: PdfText): string[] {
  return boxes.filter((b) => b.x < 34 || b.x + b.width > width - 34 || b.y < 34 || b.y + b.height > height - 34).map((b) => b.str);
}

/** The PDF's text as PDF.js reads it from the bytes. */
function pdfText(pdf: Buffer): PdfText {
  return JSON.parse(execFileSync(process.execPath, [PDF_TEXT], { input: pdf, cwd: ROOT, encoding: 'utf8' })) as PdfText;
}

/** The image XObjects in the PDF's bytes, decoded to RGBA (pdfkit writes them FlateDecode, RGB or grey). */
function pdfImages(pdf: Buffer): { width: number; height: number; rgba: Uint8ClampedArray }[] {
  const text = pdf.toString('latin1');
  const images: { width: number; height: number; rgba: Uint8ClampedArray }[] = [];
  const objects = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = objects.exec(text); m; m = objects.exec(text)) {
    const dict = m[1];
    if (!/\/Subtype\s*\/Image/.test(dict)) continue;
    const num = (key: string) => Number(new RegExp(`/${key}\\s+(\\d+)`).exec(dict)?.[1]);
    const [width, height, length, bits] = [num('Width'), num('Height'), num('Length'), num('BitsPerComponent')];
    const start = m.index + m[0].length;
    const data = pdf.subarray(start, start + length);
    expect(/\/Filter\s*\/FlateDecode/.test(dict)).toBe(true);
    expect(bits).toBe(8);
    const channels = /\/DeviceRGB/.test(dict) ? 3 : 1;
    const raw = inflateSync(data);
    const predictor = num('Predictor');
    if (predictor >= 10) {
      // PNG row filters: re-wrap the rows as a PNG and let pngjs undo them.
      const out = PNG.sync.read(
        Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          chunk('IHDR', Buffer.from([...u32(width), ...u32(height), 8, channels === 3 ? 2 : 0, 0, 0, 0])),
          chunk('IDAT', data),
          chunk('IEND', Buffer.alloc(0)),
        ]),
      );
      images.push({ width, height, rgba: new Uint8ClampedArray(out.data) });
      continue;
    }
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      for (let c = 0; c < 3; c++) rgba[i * 4 + c] = raw[i * channels + (channels === 3 ? c : 0)];
      rgba[i * 4 + 3] = 255;
    }
    images.push({ width, height, rgba });
  }
  return images;
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let crc = 0xffffffff;
  for (const byte of body) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return Buffer.concat([Buffer.from(u32(data.length)), body, Buffer.from(u32((crc ^ 0xffffffff) >>> 0))]);
}

describe('hours in words', () => {
  it.each([
    [42 * 60, '42 saat', '42 hours', '42 часа'],
    [60, '1 saat', '1 hour', '1 час'],
    [5 * 60, '5 saat', '5 hours', '5 часов'],
    [11 * 60, '11 saat', '11 hours', '11 часов'],
    [21 * 60, '21 saat', '21 hours', '21 час'],
    [112 * 60, '112 saat', '112 hours', '112 часов'],
    [90, '1,5 saat', '1.5 hours', '1,5 часа'],
  ])('%i minutes', (minutes, az, en, ru) => {
    expect([hoursText(minutes, 'az'), hoursText(minutes, 'en'), hoursText(minutes, 'ru')]).toEqual([az, en, ru]);
  });
});

describe('certificate PDF', () => {
  let azEn: Buffer;
  let azRu: Buffer;
  beforeAll(async () => {
    [azEn, azRu] = await Promise.all([renderCertificatePdf(doc(), 'az-en'), renderCertificatePdf(doc(), 'az-ru')]);
  });

  it('is one A4 landscape page with an embedded TrueType font, no standard font', () => {
    expect(azEn.subarray(0, 5).toString()).toBe('%PDF-');
    const text = azEn.toString('latin1');
    expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(text).toMatch(/\/FontFile2/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif/);
    expect(text).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('prints the holder name with Azerbaijani letters exact, the title, serial, hours and Baku dates, in Azerbaijani and English', () => {
    const text = pdfText(azEn);
    const { pages, items } = text;
    expect(pages).toBe(1);
    expect(outsideFrame(text)).toEqual([]);
    expect(items).toContain(HOLDER);
    // A title may wrap onto two lines: it is read as running text.
    const all = items.join(' ');
    expect(all).toContain('ŞƏKİ ÖĞRƏNCİ ÇEMPİONATI könüllüsü');
    expect(all).toContain('Shaki Student Championship volunteer');
    expect(items).toContain('KD-2025-000123');
    expect(items).toEqual(expect.arrayContaining(['42 saat', '42 hours', 'Qeydiyyat', 'Registration', 'Şəki Olimpiya Mərkəzi', 'Shaki Olympic Centre']));
    expect(items.filter((i) => i === '25.10.2025')).toHaveLength(2);
    expect(items.filter((i) => i === '01.09.2025 – 30.09.2025')).toHaveLength(2);
    expect(items).toEqual(expect.arrayContaining(['Azərbaycan Respublikasının DOST Agentliyi', 'İlqar Məmmədov', 'Könüllülük proqramının rəhbəri']));
    expect(items).toContain(doc().verifyUrl);
    expect(all).not.toMatch(/[А-я]/);
  });

  it('has Russian instead of English for az-ru', () => {
    const { items } = pdfText(azRu);
    expect(items).toEqual(expect.arrayContaining([HOLDER, '42 saat', '42 часа', 'Руководитель волонтёрской программы']));
    expect(items.join(' ')).toContain('Волонтёр студенческого чемпионата Шеки');
    expect(items).not.toContain('42 hours');
  });

  it("has a QR code that decodes to the verification URL, read from the PDF's own image", () => {
    const decoded = pdfImages(azEn)
      .map((img) => jsQR(img.rgba, img.width, img.height)?.data)
      .filter(Boolean);
    expect(decoded).toEqual([doc().verifyUrl]);
  });

  it('keeps a very long name and title on the page (shrunk to fit)', async () => {
    const long = doc({
      holderName: 'Məhəmmədəli Şahvələd Abdulrəhimzadə-Qasımbəyli Ağaxan Əbdülhüseyn oğlu Hacıməmmədli-Vəliyeva',
      title: {
        az: 'Azərbaycan Respublikasının Gənclər və İdman Nazirliyinin dəstəyi ilə keçirilən Beynəlxalq Könüllülük Forumunun iştirakçısı və təşkilat komitəsinin üzvü',
        en: 'Participant and organising committee member of the International Volunteering Forum held with the support of the Ministry of Youth and Sports of the Republic of Azerbaijan',
        ru: 'Участник и член организационного комитета Международного волонтёрского форума при поддержке Министерства молодёжи и спорта Азербайджанской Республики',
      },
      roles: Array.from({ length: 6 }, (_, i) => ({ az: `Koordinatorun ${i + 1}-ci köməkçisi`, en: `Assistant coordinator ${i + 1}`, ru: `Помощник координатора ${i + 1}` })),
    });
    const pdf = await renderCertificatePdf(long, 'az-ru');
    const text = pdfText(pdf);
    const { pages, items } = text;
    expect(pages).toBe(1);
    expect(outsideFrame(text)).toEqual([]);
    expect(items.join(' ')).toContain('Məhəmmədəli Şahvələd');
    expect(items).toContain('KD-2025-000123');
  });

  it('gives the same bytes for the same certificate', async () => {
    expect((await renderCertificatePdf(doc(), 'az-en')).equals(azEn)).toBe(true);
  });
});

describe('Open Badges 3.0 credential (eddsa-jcs-2022)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const credential = certificateCredential(doc(), privateKey);
  const multibase = ed25519Multibase(publicKey);

  it('is an OpenBadgeCredential of the holder, issued by the agency at the stable issuer URL', () => {
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: doc().verifyUrl,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://konullu.dost.gov.az/.well-known/dost-issuer.json', type: ['Profile'], name: 'DOST Agency of the Republic of Azerbaijan' },
      validFrom: '2025-10-24T20:30:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        name: HOLDER,
        minutes: 2520,
        achievement: { type: ['Achievement'], name: 'Shaki Student Championship volunteer', criteria: { narrative: expect.stringContaining('42 hours') } },
      },
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-jcs-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: `https://konullu.dost.gov.az/.well-known/dost-issuer.json#${multibase}`,
        proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]+$/),
      },
    });
    // Same certificate, same bytes.
    expect(JSON.stringify(certificateCredential(doc(), privateKey))).toBe(JSON.stringify(credential));
  });

  it('verifies with the public key, as a KeyObject or as its Multikey multibase', () => {
    expect(multibase).toMatch(/^z6Mk/);
    expect(verifyCredential(credential, publicKey)).toEqual({ valid: true });
    expect(verifyCredential(JSON.parse(JSON.stringify(credential)), multibase)).toEqual({ valid: true });
  });

  it('fails when one character of the name, the minutes or any byte of the JSON changes', () => {
    const text = JSON.stringify(credential);
    const renamed = JSON.parse(text.replace('Əlişir', 'Əlişır')) as OpenBadgeCredential;
    expect(verifyCredential(renamed, multibase)).toEqual({ valid: false, reason: expect.stringContaining('changed after it was signed') });
    const moreMinutes = JSON.parse(text.replace('"minutes":2520', '"minutes":2620')) as OpenBadgeCredential;
    expect(text).toContain('"minutes":2520');
    expect(verifyCredential(moreMinutes, multibase).valid).toBe(false);
    const laterDate = JSON.parse(text.replace('2025-10-24T20:30:00Z', '2025-10-24T20:30:01Z')) as OpenBadgeCredential;
    expect(verifyCredential(laterDate, multibase).valid).toBe(false);
    const { proof: _p, ...unsigned } = credential;
    expect(verifyCredential(unsigned, multibase)).toEqual({ valid: false, reason: expect.stringContaining('no proof') });
  });

  it('fails with another key, and says so', () => {
    const result = verifyCredential(credential, other.publicKey);
    expect(result.valid).toBe(false);
    expect(result.reason).toContain('another key');
    expect(verifyCredential(credential, 'zNotAKey').valid).toBe(false);
  });

  it('matches the W3C vc-di-eddsa eddsa-jcs-2022 test vector byte for byte', () => {
    // TestVectors/keyPair.json and eddsa-jcs-2022/signedJCS.json of the W3C specification.
    const seed = base58btcDecode('3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq').subarray(2);
    const key = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
    expect(ed25519Multibase(key)).toBe('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    const unsigned = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
      id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
      type: ['VerifiableCredential', 'AlumniCredential'],
      name: 'Alumni Credential',
      description: 'A minimum viable example of an Alumni Credential.',
      issuer: 'https://vc.example/issuers/5678',
      validFrom: '2023-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
    };
    const signed = signCredential(unsigned, key, { created: new Date('2023-02-24T23:36:38Z') });
    expect(signed.proof).toEqual({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      created: '2023-02-24T23:36:38Z',
      verificationMethod: 'https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
      proofPurpose: 'assertionMethod',
      '@context': unsigned['@context'],
      proofValue: 'z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4',
    });
    expect(verifyCredential(signed, 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2')).toEqual({ valid: true });
  });

  it('publishes the issuer document with the Multikey', () => {
    const issuer = issuerDocument('https://konullu.dost.gov.az/', publicKey, doc().issuer.name);
    expect(issuer).toMatchObject({
      id: 'https://konullu.dost.gov.az/.well-known/dost-issuer.json',
      type: ['Profile'],
      verificationMethod: [{ type: 'Multikey', controller: 'https://konullu.dost.gov.az/.well-known/dost-issuer.json', publicKeyMultibase: multibase }],
      assertionMethod: [(credential.proof as { verificationMethod: string }).verificationMethod],
    });
    expect(keysOfIssuerDocument(issuer)).toEqual([multibase]);
    expect(ed25519FromMultibase(multibase).export({ format: 'jwk' })).toEqual(publicKey.export({ format: 'jwk' }));
  });

  it('base58btc round-trips, leading zeros included', () => {
    for (const bytes of [[], [0], [0, 0, 1], [255, 254, 0, 3], [...Buffer.from('Könüllü DOST')]]) {
      expect([...base58btcDecode(base58btcEncode(Buffer.from(bytes)))]).toEqual(bytes);
    }
    expect(base58btcEncode(Buffer.from('Hello World!'))).toBe('2NEpo7TZRRrLZSi2U');
  });

  it('builds the same unsigned credential the signed one carries', () => {
    const { proof: _p, ...unsigned } = credential;
    expect(unsigned).toEqual(buildCredential(doc()));
  });
});

describe('signing key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'dost-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once into $DATA_DIR (mode 0600) and read back on the next start', () => {
    const first = loadSigningKey({ dataDir: dir });
    const file = path.join(dir, SIGNING_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(ed25519Multibase(loadSigningKey({ dataDir: dir }))).toBe(ed25519Multibase(first));
  });

  it('comes from CERTIFICATE_SIGNING_KEY when given (PEM, line breaks may be written \\n), and must be Ed25519', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(ed25519Multibase(loadSigningKey({ dataDir: dir, certificateSigningKey: pem.replace(/\n/g, '\\n') }))).toBe(ed25519Multibase(privateKey));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(() => loadSigningKey({ dataDir: dir, certificateSigningKey: rsa })).toThrow(/must be Ed25519/);
    expect(() => loadSigningKey({ dataDir: dir, certificateSigningKey: 'nonsense' })).toThrow(/CERTIFICATE_SIGNING_KEY: not a PKCS#8 PEM/);
  });
});

describe('npm run certificate -- verify (tools/certificate.mjs)', () => {
  let dir: string;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'tools/certificate.mjs'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } });
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dost-cli-'));
    const credential = certificateCredential(doc(), privateKey);
    writeFileSync(path.join(dir, 'good.json'), JSON.stringify(credential, null, 2));
    writeFileSync(path.join(dir, 'tampered.json'), JSON.stringify(credential, null, 2).replace('"minutes": 2520', '"minutes": 2580'));
    writeFileSync(path.join(dir, 'issuer.json'), JSON.stringify(issuerDocument(doc().issuer.url, publicKey)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says VALID and exits 0 for a good credential, with the key as multibase or as the issuer document', () => {
    for (const key of [ed25519Multibase(publicKey), 'issuer.json']) {
      const run = cli('verify', 'good.json', '--key', key);
      expect(run.stdout).toContain('VALID');
      expect(run.stdout).toContain(HOLDER);
      expect(run.status).toBe(0);
    }
  });

  it('says NOT VALID and exits 1 for a tampered credential or the wrong key', () => {
    const tampered = cli('verify', 'tampered.json', '--key', ed25519Multibase(publicKey));
    expect(tampered.stdout).toMatch(/^NOT VALID — the signature does not match/);
    expect(tampered.status).toBe(1);
    const wrongKey = cli('verify', 'good.json', '--key', ed25519Multibase(generateKeyPairSync('ed25519').publicKey));
    expect(wrongKey.stdout).toMatch(/^NOT VALID — the credential was signed with another key/);
    expect(wrongKey.status).toBe(1);
  });

  it("uses this installation's key without --key, and public-key prints it", () => {
    expect(cli('verify', 'good.json').status).toBe(2);
    writeFileSync(path.join(dir, SIGNING_KEY_FILE), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    expect(cli('public-key').stdout.trim()).toBe(ed25519Multibase(publicKey));
    expect(cli('verify', 'good.json').status).toBe(0);
    expect(cli('verify', 'tampered.json').status).toBe(1);
  });
});
