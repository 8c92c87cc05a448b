import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SIGNING_KEY_FILE = 'certificate-signing.key';

/**
 * The Ed25519 key that signs certificates' Open Badges credentials: CERTIFICATE_SIGNING_KEY (PKCS#8 PEM; `\n`
 * may stand for the line breaks in a one-line variable), or generated once into `$DATA_DIR/certificate-signing.key`
 * (mode 0600) and read from there on every later start, like the JWT secret. Losing that file means credentials
 * issued so far can no longer be checked against the published key: back it up with the database.
 */
export function loadSigningKey(config: { certificateSigningKey?: string; dataDir: string }): KeyObject {
  if (config.certificateSigningKey) return parseSigningKey(config.certificateSigningKey, 'CERTIFICATE_SIGNING_KEY');
  const file = path.join(config.dataDir, SIGNING_KEY_FILE);
  if (existsSync(file)) return parseSigningKey(readFileSync(file, 'utf8'), file);
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(path.dirname(file), { recursive: true });
  // 'wx': two processes starting at once must not both write; the loser reads the winner's key.
  try {
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return parseSigningKey(readFileSync(file, 'utf8'), file);
    throw e;
  }
  return privateKey;
}

/** A PKCS#8 PEM Ed25519 private key; throws naming `source` when it is something else. */
export function parseSigningKey(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem.replace(/\\n/g, '\n').trim(), format: 'pem' });
  } catch (e) {
    throw new Error(`${source}: not a PKCS#8 PEM private key (${(e as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${source}: the certificate signing key must be Ed25519, not ${key.asymmetricKeyType}`);
  return key;
}
