import { createPublicKey, type KeyObject } from 'node:crypto';

/** base58btc (the Bitcoin alphabet), as multibase 'z…' uses it. */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function base58btcEncode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i];
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j] << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  return '1'.repeat(zeros) + digits.reverse().map((d) => ALPHABET[d]).join('');
}

/** Throws on a character outside the alphabet. */
export function base58btcDecode(text: string): Buffer {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const bytes: number[] = [];
  for (let i = zeros; i < text.length; i++) {
    const value = INDEX.get(text[i]);
    if (value === undefined) throw new Error(`not base58btc: ${JSON.stringify(text[i])}`);
    let carry = value;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j] * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  return Buffer.from([...new Array<number>(zeros).fill(0), ...bytes.reverse()]);
}

/** The multicodec prefix of an Ed25519 public key (varint 0xed). */
const ED25519_PUB = [0xed, 0x01];

/** `publicKeyMultibase` of a Multikey: 'z' + base58btc(0xed 0x01 + the raw 32-byte key). */
export function ed25519Multibase(publicKey: KeyObject): string {
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  const pub = publicKey.type === 'private' ? createPublicKey(publicKey) : publicKey;
  const raw = Buffer.from(pub.export({ format: 'jwk' }).x as string, 'base64url');
  return 'z' + base58btcEncode(Buffer.from([...ED25519_PUB, ...raw]));
}

/** The Ed25519 public key of a Multikey's `publicKeyMultibase`; throws when it is not one. */
export function ed25519FromMultibase(multibase: string): KeyObject {
  if (!multibase.startsWith('z')) throw new Error('a public key multibase starts with z (base58btc)');
  const bytes = base58btcDecode(multibase.slice(1));
  if (bytes.length !== 34 || bytes[0] !== ED25519_PUB[0] || bytes[1] !== ED25519_PUB[1]) {
    throw new Error('not an Ed25519 public key (0xed01 + 32 bytes)');
  }
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(2).toString('base64url') }, format: 'jwk' });
}
