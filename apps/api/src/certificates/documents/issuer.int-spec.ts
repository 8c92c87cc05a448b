import { createTestApp, type TestApp } from '../../../test/test-app';
import { verifyCredential } from './open-badge';
import { CertificateDocumentsService } from './documents.service';
import type { CertificateDocument } from './certificate-document';

describe('GET /.well-known/dost-issuer.json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://konullu.example.az' });
  });
  afterAll(() => t.close());

  it('serves the issuer profile and public key to anyone, outside /api/v1; credentials the API signs verify with that key', async () => {
    const res = await t.http().get('/.well-known/dost-issuer.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const documents = t.app.get(CertificateDocumentsService);
    expect(res.body).toMatchObject({
      id: 'https://konullu.example.az/.well-known/dost-issuer.json',
      type: ['Profile'],
      name: t.config.agencyNameEn,
      verificationMethod: [{ type: 'Multikey', publicKeyMultibase: documents.publicKeyMultibase }],
    });
    await t.http().get('/api/v1/.well-known/dost-issuer.json').expect(404);

    const doc: CertificateDocument = {
      serial: 'KD-2025-000001',
      verificationCode: 'ABCDEFGHJKMNPQRSTVWX',
      verifyUrl: 'https://konullu.example.az/verify/ABCDEFGHJKMNPQRSTVWX',
      holderName: 'Gülər Şirinova',
      kind: 'milestone',
      title: { az: '100 saat', en: '100 hours', ru: '100 часов' },
      minutes: 6000,
      roles: [],
      place: null,
      periodFrom: null,
      periodTo: null,
      issuedAt: new Date('2025-06-01T08:00:00Z'),
      signer: { name: 'A', title: { az: 'a', en: 'a', ru: 'a' } },
      issuer: { name: { az: 'DOST', en: 'DOST', ru: 'DOST' }, url: 'https://konullu.example.az' },
    };
    const credential = await documents.credential(doc);
    const key = (res.body as { verificationMethod: { publicKeyMultibase: string }[] }).verificationMethod[0].publicKeyMultibase;
    expect(verifyCredential(credential, key)).toEqual({ valid: true });
    expect((credential.proof as { verificationMethod: string }).verificationMethod).toBe((res.body as { assertionMethod: string[] }).assertionMethod[0]);
  });
});
