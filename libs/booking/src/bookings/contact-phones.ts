import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, PersonalDataCipher } from '@kepu/core';
import { VerificationCodes } from '@kepu/identity';
import { BookingErrors } from '../booking-errors';

/** An account's phone as its row holds it (sealed), and whether the account has proven its login. */
export interface OwnPhone {
  phoneSealed: Buffer | null;
  verified: boolean;
}

export interface ContactPhone {
  sealed: Buffer;
  /** Whether its holder proved it: only then is it ever texted. */
  verified: boolean;
}

/**
 * The number a booking's messages may be texted to. By default the account's own phone, once the
 * account has proven it; another number is proven by a code sent to it (POST /auth/codes), or stays
 * unproven: shown to the visitor and kept for the venue, never texted (nobody else's phone gets
 * messages because someone typed it).
 */
@Injectable()
export class ContactPhones {
  constructor(
    private readonly cipher: PersonalDataCipher,
    private readonly codes: VerificationCodes,
  ) {}

  /** Read by SQL: booking does not map identity's tables. */
  async verifiedPhoneOf(tx: EntityManager, accountId: string): Promise<string | null> {
    const [account]: OwnPhone[] = await tx.query(
      `SELECT phone_sealed AS "phoneSealed", verified_at IS NOT NULL AS verified FROM accounts WHERE id = $1`,
      [accountId],
    );
    return this.provenPhone(account);
  }

  /** The account's own number, from its row as read (OwnPhone's columns), once the account has proven it. */
  provenPhone(account: OwnPhone | undefined): string | null {
    return account?.phoneSealed && account.verified ? this.cipher.decrypt(account.phoneSealed) : null;
  }

  /** The given number (proven by `code`, or the account's own), else the account's own proven phone. */
  async forBooking(own: string | null, given?: string, code?: string): Promise<ContactPhone> {
    const phone = given ?? own;
    if (!phone) throw new AppError(BookingErrors.CONTACT_PHONE_REQUIRED);
    const proving = phone !== own && code !== undefined;
    // Throws CODE_INVALID unless it is the live code sent to that number.
    if (proving) await this.codes.consume(phone, code);
    return { sealed: this.cipher.encrypt(phone), verified: phone === own || proving };
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
