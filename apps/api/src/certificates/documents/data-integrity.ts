import canonicalize from 'canonicalize';
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Localized } from './certificate-document';
import { base58btcDecode, base58btcEncode, ed25519FromMultibase, ed25519Multibase } from './multibase';

/**
 * Verifiable Credentials signed with an Ed25519 Data Integrity proof, cryptosuite `eddsa-jcs-2022` (W3C
 * vc-di-eddsa): JCS (RFC 8785) canonical JSON, SHA-256, Ed25519. Pure functions: the key comes in, nothing is read
 * from disk or the network. Depends on nothing of the API, so that tools/certificate.mjs can load it alone.
 *
 * The issuer is an HTTPS Profile, id `<baseUrl>/.well-known/dost-issuer.json`; that URL serves `issuerDocument()`,
 * which lists the public key as a Multikey. The proof's verificationMethod is `<issuer id>#<publicKeyMultibase>`,
 * so a credential names the very key that signed it and a rotated key can be listed beside the old one.
 */
export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const CRYPTOSUITE = 'eddsa-jcs-2022' as const;
export const ISSUER_PATH = '/.well-known/dost-issuer.json';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface DataIntegrityProof extends JsonObject {
  type: 'DataIntegrityProof';
  cryptosuite: typeof CRYPTOSUITE;
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
}

export type OpenBadgeCredential = JsonObject & { proof?: DataIntegrityProof };

export function issuerId(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '') + ISSUER_PATH;
}

export function verificationMethodId(baseUrl: string, publicKey: KeyObject): string {
  return `${issuerId(baseUrl)}#${ed25519Multibase(publicKey)}`;
}

/** Seconds precision, UTC: `2025-10-24T06:00:00Z` (an XML Schema dateTimeStamp, as VC 2.0 wants). */
export function dateTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function jcs(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('cannot canonicalize');
  return text;
}

/**
 * eddsa-jcs-2022 "hashing": SHA-256(canonical proof configuration) ‖ SHA-256(canonical document). The proof
 * configuration is the proof without its value and carries the document's @context (the spec's step "set
 * proofConfig.@context to unsecuredDocument.@context"); an older proof without one gets the document's.
 */
function hashData(unsecured: JsonObject, proofOptions: JsonObject): Buffer {
  const proofConfig = '@context' in proofOptions ? proofOptions : { ...proofOptions, '@context': unsecured['@context'] };
  return Buffer.concat([sha256(jcs(proofConfig)), sha256(jcs(unsecured))]);
}

/**
 * Adds an `eddsa-jcs-2022` proof made with the issuer's private key. `created` defaults to the credential's
 * validFrom, so the same certificate always gives the same bytes (Ed25519 signatures are deterministic).
 */
export function signCredential(
  credential: OpenBadgeCredential,
  privateKey: KeyObject,
  opts: { baseUrl?: string; created?: Date } = {},
): OpenBadgeCredential {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') throw new Error('an Ed25519 private key is needed');
  const { proof: _ignored, ...unsecured } = credential;
  const issuer = unsecured.issuer as { id?: string } | string | undefined;
  const issuerRef = typeof issuer === 'string' ? issuer : issuer?.id;
  const baseUrl = opts.baseUrl;
  const vmBase = baseUrl ? issuerId(baseUrl) : issuerRef;
  if (!vmBase) throw new Error('the credential has no issuer id');
  const created = opts.created ?? (typeof unsecured.validFrom === 'string' ? new Date(unsecured.validFrom) : new Date());
  const proofOptions = {
    type: 'DataIntegrityProof' as const,
    cryptosuite: CRYPTOSUITE,
    created: dateTime(created),
    verificationMethod: `${vmBase}#${ed25519Multibase(createPublicKey(privateKey))}`,
    proofPurpose: 'assertionMethod' as const,
    ...(unsecured['@context'] !== undefined ? { '@context': unsecured['@context'] } : {}),
  };
  const signature = sign(null, hashData(unsecured, proofOptions), privateKey);
  return { ...unsecured, proof: { ...proofOptions, proofValue: 'z' + base58btcEncode(signature) } };
}

export interface Verification {
  valid: boolean;
  reason?: string;
}

/** The document's @context begins with every entry of the proof's, in order (vc-di-eddsa, Verify Proof). */
function startsWithContext(documentContext: Json | undefined, proofContext: Json | undefined): boolean {
  const doc = Array.isArray(documentContext) ? documentContext : [documentContext ?? null];
  const proof = Array.isArray(proofContext) ? proofContext : [proofContext ?? null];
  return proof.every((entry, i) => jcs(entry) === jcs(doc[i] ?? null));
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a credential's `eddsa-jcs-2022` proof against the issuer's public key (a Multikey
 * `publicKeyMultibase` or a KeyObject). Offline: nothing is fetched. Says why when it is not valid.
 */
export function verifyCredential(credential: unknown, publicKey: string | KeyObject): Verification {
  let key: KeyObject;
  try {
    key = typeof publicKey === 'string' ? ed25519FromMultibase(publicKey.trim()) : publicKey.type === 'private' ? createPublicKey(publicKey) : publicKey;
    if (key.asymmetricKeyType !== 'ed25519') return { valid: false, reason: 'the public key is not an Ed25519 key' };
  } catch (e) {
    return { valid: false, reason: `the public key is not usable: ${(e as Error).message}` };
  }
  if (!isObject(credential)) return { valid: false, reason: 'the credential is not a JSON object' };
  const types = credential.type;
  if (!Array.isArray(types) || !types.includes('VerifiableCredential')) return { valid: false, reason: 'not a Verifiable Credential (type)' };
  const { proof, ...unsecured } = credential;
  if (!isObject(proof)) return { valid: false, reason: 'the credential has no proof (or more than one)' };
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== CRYPTOSUITE) {
    return { valid: false, reason: `the proof is not a DataIntegrityProof with cryptosuite ${CRYPTOSUITE}` };
  }
  if (proof.proofPurpose !== 'assertionMethod') return { valid: false, reason: 'the proof purpose is not assertionMethod' };
  if (typeof proof.verificationMethod !== 'string') return { valid: false, reason: 'the proof names no verification method' };
  if (typeof proof.proofValue !== 'string' || !proof.proofValue.startsWith('z')) return { valid: false, reason: 'the proof value is not multibase base58btc' };
  if (proof.created !== undefined && (typeof proof.created !== 'string' || Number.isNaN(Date.parse(proof.created)))) {
    return { valid: false, reason: 'the proof creation date is not a date' };
  }
  const issuer = credential.issuer;
  const issuerRef = typeof issuer === 'string' ? issuer : isObject(issuer) ? issuer.id : undefined;
  if (typeof issuerRef !== 'string' || !proof.verificationMethod.startsWith(`${issuerRef}#`)) {
    return { valid: false, reason: "the proof's verification method is not the issuer's" };
  }
  let signature: Buffer;
  try {
    signature = base58btcDecode(proof.proofValue.slice(1));
  } catch {
    return { valid: false, reason: 'the proof value is not base58btc' };
  }
  if (signature.length !== 64) return { valid: false, reason: 'the proof value is not an Ed25519 signature (64 bytes)' };
  const { proofValue: _value, ...proofOptions } = proof;
  if ('@context' in proofOptions && !startsWithContext(credential['@context'], proofOptions['@context'])) {
    return { valid: false, reason: "the proof's @context is not the credential's" };
  }
  let ok: boolean;
  try {
    ok = verify(null, hashData(unsecured, proofOptions), key, signature);
  } catch (e) {
    return { valid: false, reason: `the signature could not be checked: ${(e as Error).message}` };
  }
  if (!ok) {
    const named = proof.verificationMethod.split('#')[1];
    const given = ed25519Multibase(key);
    return {
      valid: false,
      reason:
        named && named !== given
          ? `the credential was signed with another key (${named}), not ${given}`
          : 'the signature does not match: the credential was changed after it was signed',
    };
  }
  return { valid: true };
}

/** The JSON served at `<baseUrl>/.well-known/dost-issuer.json`: the issuer Profile and its Multikey. */
export function issuerDocument(baseUrl: string, publicKey: KeyObject, name?: Localized): JsonObject {
  const id = issuerId(baseUrl);
  const multibase = ed25519Multibase(publicKey);
  const method = `${id}#${multibase}`;
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT, MULTIKEY_CONTEXT],
    id,
    type: ['Profile'],
    ...(name ? { name: name.en, description: `${name.az} — ${name.en} — ${name.ru}` } : {}),
    url: baseUrl.replace(/\/+$/, ''),
    verificationMethod: [{ id: method, type: 'Multikey', controller: id, publicKeyMultibase: multibase }],
    assertionMethod: [method],
  };
}

/** The issuer's public keys (publicKeyMultibase) listed in an issuer document. */
export function keysOfIssuerDocument(document: unknown): string[] {
  if (!isObject(document) || !Array.isArray(document.verificationMethod)) return [];
  return document.verificationMethod
    .filter((m): m is JsonObject => isObject(m) && m.type === 'Multikey' && typeof m.publicKeyMultibase === 'string')
    .map((m) => m.publicKeyMultibase as string);
}

