import { PersonalDataCipher } from '@kepu/core';
import { Organisation } from './organisation.entity';

export type SealedContactPhone = Pick<Organisation, 'contactPhoneSealed' | 'contactPhoneHash'>;

/**
 * The keyed lookup hash of a contact phone: of its digits alone, so `0755-83261025` and
 * `075583261025` match. migrations/1795510000100-organisation-contact-phones.ts computes the same.
 */
export const contactPhoneHash = (cipher: PersonalDataCipher, phone: string): Buffer =>
  cipher.hash(`phone:${phone.replace(/\D/g, '')}`);

/** The columns that hold a contact phone (both null when there is none). */
export function sealContactPhone(cipher: PersonalDataCipher, phone: string | null): SealedContactPhone {
  return phone
    ? { contactPhoneSealed: cipher.encrypt(phone), contactPhoneHash: contactPhoneHash(cipher, phone) }
    : { contactPhoneSealed: null, contactPhoneHash: null };
}

/** The contact phone in clear, for the service to mask before anyone sees it. */
export const openContactPhone = (cipher: PersonalDataCipher, org: SealedContactPhone): string | null =>
  org.contactPhoneSealed ? cipher.decrypt(org.contactPhoneSealed) : null;
