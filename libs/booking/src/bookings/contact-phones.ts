import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, PersonalDataCipher } from '@kepu/core';
import { AccountContact, AccountContacts, VerificationCodes } from '@kepu/identity';
import { BookingErrors } from '../booking-errors';
import { BookingsStore } from './bookings.store';

/** An account's phone as its row holds it (sealed), and whether the account has proven its login. */
export type OwnPhone = Pick<AccountContact, 'phoneSealed' | 'verified'>;

/** The number the account's latest booking gave, read only when the booking has no number proven otherwise. */
type Remembered = () => Promise<{ phone: string | null; proven: boolean }>;

export interface ContactPhone {
  sealed: Buffer;
  /** Whether its holder proved it: only then is it ever texted. */
  verified: boolean;
}

/**
 * The number a booking's messages may be texted to. By default the account's own phone, once the
 * account has proven it, else the number its latest booking gave; another number is proven by a code sent to it (POST /auth/codes), or stays
 * unproven: shown to the visitor and kept for the venue, never texted (nobody else's phone gets
 * messages because someone typed it).
 */
@Injectable()
export class ContactPhones {
  constructor(
    private readonly cipher: PersonalDataCipher,
    private readonly codes: VerificationCodes,
    private readonly accountContacts: AccountContacts,
    private readonly bookings: BookingsStore,
  ) {}

  /** The account's own number, read in the caller's transaction, once the account has proven it. */
  async verifiedPhoneOf(tx: EntityManager, accountId: string): Promise<string | null> {
    return this.provenPhone(await this.accountContacts.contactOf(accountId, tx));
  }

  /** The account's own number, from its row as read (OwnPhone's columns), once the account has proven it. */
  provenPhone(account: OwnPhone | undefined): string | null {
    return account?.phoneSealed && account.verified ? this.cipher.decrypt(account.phoneSealed) : null;
  }

  /**
   * The given number (proven by `code`, the account's own, or the one the account's latest booking
   * proved); with none, the account's own proven phone, else the number its latest booking gave
   * (`remembered`, read only when needed), proven or not as it was then.
   */
  async forBooking(own: string | null, given?: string, code?: string, remembered?: Remembered): Promise<ContactPhone> {
    const phone = given ?? own;
    if (phone && phone === own) return { sealed: this.cipher.encrypt(phone), verified: true };
    if (phone && code !== undefined) {
      // Throws CODE_INVALID unless it is the live code sent to that number.
      await this.codes.consume(phone, code);
      return { sealed: this.cipher.encrypt(phone), verified: true };
    }
    const last = await remembered?.();
    const number = phone ?? last?.phone;
    if (!number) throw new AppError(BookingErrors.CONTACT_PHONE_REQUIRED);
    return { sealed: this.cipher.encrypt(number), verified: last?.phone === number && last.proven };
  }

  /**
   * The contact phone of the account's latest online booking: the next booking's by default, and a
   * number proven then is not asked to be proven again (the family gave it and its code before).
   */
  async lastGiven(accountId: string, manager?: EntityManager): Promise<{ phone: string | null; proven: boolean }> {
    const last = await this.bookings.lastContactPhone(accountId, manager);
    return last ? { phone: this.cipher.decrypt(last.sealed), proven: last.proven } : { phone: null, proven: false };
  }

  /**
   * A number given to the venue's staff by its holder, at the counter or on the phone: staff
   * vouch for it (their booking is audited), so the confirmation is texted to it.
   */
  givenAtDesk(phone: string | undefined): ContactPhone | null {
    return phone ? { sealed: this.cipher.encrypt(phone), verified: true } : null;
  }

  /** Whether a sealed number is the account's own verified phone (a group leader's, say). */
  async isVerifiedOwn(tx: EntityManager, accountId: string, sealed: Buffer | null): Promise<boolean> {
    const own = await this.verifiedPhoneOf(tx, accountId);
    return own !== null && sealed !== null && this.cipher.decrypt(sealed) === own;
  }
}
