import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts personal numbers at rest with AES-256-GCM (version byte, random IV, tag, ciphertext), and
 * gives each a keyed hash (HMAC-SHA-256 under a key derived from the same secret) so uniqueness can
 * be enforced without storing or comparing the number in clear.
 */
export class PersonalDataCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(secret: Buffer) {
    if (secret.length !== 32) throw new Error('The personal data key must be 32 bytes');
    this.encryptionKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'kepu personal data v1', 32));
    this.hashKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'kepu lookup hash v1', 32));
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer): string {
    if (sealed[0] !== VERSION) throw new Error(`Unknown personal data format ${sealed[0]}`);
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }

  /** The same input always gives the same hash; without the key it cannot be recomputed from a guess. */
  hash(plain: string): Buffer {
    return createHmac('sha256', this.hashKey).update(plain, 'utf8').digest();
  }
}
