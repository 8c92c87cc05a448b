#!/usr/bin/env node
// Checks a certificate's Open Badges 3.0 credential offline (docs/certificates.md, "The documents"):
//   npm run certificate -- verify <credential.json> [--key <publicKeyMultibase | issuer.json | https://…/.well-known/dost-issuer.json>]
//   npm run certificate -- public-key        this installation's public key (CERTIFICATE_SIGNING_KEY or $DATA_DIR)
// Without --key, verify uses this installation's public key. Exit 0: valid; 1: not valid; 2: could not check.
// Runs the API's own TypeScript (apps/api/src/certificates/documents/data-integrity.ts) through the swc loader.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require('@swc-node/register');
const { verifyCredential, keysOfIssuerDocument } = require(path.join(root, 'apps/api/src/certificates/documents/data-integrity.ts'));
const { ed25519Multibase } = require(path.join(root, 'apps/api/src/certificates/documents/multibase.ts'));
const { loadSigningKey, SIGNING_KEY_FILE } = require(path.join(root, 'apps/api/src/certificates/documents/signing-key.ts'));

const USAGE = `Usage:
  npm run certificate -- verify <credential.json> [--key <publicKeyMultibase | issuer.json | URL of the issuer document>]
  npm run certificate -- public-key
Without --key, verify checks against this installation's key (CERTIFICATE_SIGNING_KEY or $DATA_DIR/${SIGNING_KEY_FILE}).`;

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

/** This installation's public key, never generating one (a verifier must not invent a key). */
function localPublicKey() {
  const dataDir = process.env.DATA_DIR || '.data';
  const fromEnv = process.env.CERTIFICATE_SIGNING_KEY;
  if (!fromEnv && !existsSync(path.join(dataDir, SIGNING_KEY_FILE))) {
    fail(`No signing key here: neither CERTIFICATE_SIGNING_KEY nor ${path.join(dataDir, SIGNING_KEY_FILE)} exists. Pass --key.`);
  }
  try {
    return ed25519Multibase(loadSigningKey({ certificateSigningKey: fromEnv, dataDir }));
  } catch (e) {
    fail(`The signing key cannot be read: ${e.message}`);
  }
}

/** The candidate public keys (multibase) named by --key. */
async function keysFrom(spec) {
  if (/^https?:\/\//.test(spec)) {
    let res;
    try {
      res = await fetch(spec, { headers: { accept: 'application/json' } });
    } catch (e) {
      fail(`The issuer document could not be fetched from ${spec}: ${e.message}`);
    }
    if (!res.ok) fail(`The issuer document could not be fetched from ${spec}: HTTP ${res.status}`);
    const keys = keysOfIssuerDocument(await res.json().catch(() => null));
    if (keys.length === 0) fail(`${spec} lists no Multikey public key.`);
    return keys;
  }
  if (existsSync(spec)) {
    const text = readFileSync(spec, 'utf8').trim();
    if (text.startsWith('z')) return [text];
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      fail(`${spec} is neither a public key (z…) nor an issuer document (JSON).`);
    }
    const keys = keysOfIssuerDocument(doc);
    if (keys.length === 0) fail(`${spec} lists no Multikey public key.`);
    return keys;
  }
  if (spec.startsWith('z')) return [spec];
  fail(`--key ${spec}: not a public key multibase (z…), a file or a URL.`);
}

function describe(credential) {
  const subject = credential.credentialSubject ?? {};
  const issuer = typeof credential.issuer === 'string' ? { id: credential.issuer } : (credential.issuer ?? {});
  const lines = [
    ['Holder', subject.name],
    ['Achievement', subject.achievement?.name ?? credential.name],
    ['Hours', typeof subject.minutes === 'number' ? `${Math.round((subject.minutes / 60) * 10) / 10} (${subject.minutes} minutes)` : undefined],
    ['Issuer', [issuer.name, issuer.id && `(${issuer.id})`].filter(Boolean).join(' ')],
    ['Valid from', credential.validFrom],
    ['Certificate', credential.id],
  ];
  return lines
    .filter(([, v]) => v)
    .map(([k, v]) => `  ${`${k}:`.padEnd(13)} ${v}`)
    .join('\n');
}

async function verify(args) {
  const keyAt = args.indexOf('--key');
  const keySpec = keyAt >= 0 ? args[keyAt + 1] : undefined;
  if (keyAt >= 0 && !keySpec) fail(USAGE);
  const file = args.find((a, i) => !a.startsWith('--') && (keyAt < 0 || i !== keyAt + 1));
  if (!file) fail(USAGE);
  let credential;
  try {
    credential = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file} cannot be read as JSON: ${e.message}`);
  }
  const keys = keySpec ? await keysFrom(keySpec) : [localPublicKey()];
  let last;
  for (const key of keys) {
    const result = verifyCredential(credential, key);
    if (result.valid) {
      console.log(`VALID — the credential is unchanged and signed with the issuer's key ${key}.\n${describe(credential)}`);
      console.log(`  (Whether it has since been revoked or reissued: open ${credential.id ?? 'its verification page'}.)`);
      process.exit(0);
    }
    last = result;
  }
  console.log(`NOT VALID — ${last.reason}.`);
  process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'verify') await verify(rest);
else if (command === 'public-key') console.log(localPublicKey());
else fail(USAGE);
