import { randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, PersonalDataCipher } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { DataSource } from 'typeorm';
import { IdentityErrors } from './identity-errors';
import { CodeSent } from './identity.views';
import { LoginName, loginHash, loginKey, requireLogin } from './login';
import { VerificationCodesStore } from './verification-codes.store';

/** The rules a person sees (docs/identity.md): 6 digits, 5 minutes, 5 tries, a minute between sends. */
export const CODE_RULES = {
  validSeconds: 5 * 60,
  attempts: 5,
  resendAfterSeconds: 60,
  /** Codes one login may be sent in 24 hours: SMS costs money and annoys whoever holds the number. */
  sendsPerDay: 10,
} as const;

/**
 * One-time codes that prove a person receives messages at a login. A login has at most one live
 * code; a new one replaces it. Codes are stored as keyed hashes, bound to their login.
 */
@Injectable()
export class VerificationCodes {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly notifier: Notifier,
    private readonly store: VerificationCodesStore,
  ) {}

  /** Sends a fresh code to the login, whether or not an account has it: the answer never tells. */
  async send(input: string | LoginName): Promise<CodeSent> {
    const login = typeof input === 'string' ? requireLogin(input) : input;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.dataSource.transaction(async (tx) => {
      const row = await this.store.lockSends(tx, loginHash(this.cipher, login));
      const freshWindow = !row || row.windowAge >= 24 * 3600;
      if (row && row.sinceLast < CODE_RULES.resendAfterSeconds) {
        throw new AppError(IdentityErrors.CODE_RESEND_TOO_SOON, {
          retryAfterSeconds: Math.ceil(CODE_RULES.resendAfterSeconds - row.sinceLast),
        });
      }
      if (!freshWindow && row.sends >= CODE_RULES.sendsPerDay) {
        throw new AppError(IdentityErrors.CODE_DAILY_LIMIT, {
          retryAfterSeconds: Math.ceil(24 * 3600 - row.windowAge),
        });
      }
      await this.store.replace(
        tx,
        loginHash(this.cipher, login),
        this.codeHash(login, code),
        CODE_RULES.validSeconds,
        freshWindow,
      );
      await this.notifier.send(codeMessage(login, code), tx);
    });
    return { resendAfterSeconds: CODE_RULES.resendAfterSeconds, expiresInSeconds: CODE_RULES.validSeconds };
  }

  /** Uses up the login's live code if `code` is it: a code works once. */
  async consume(input: string | LoginName, code: string): Promise<void> {
    const login = typeof input === 'string' ? requireLogin(input) : input;
    await this.check(login, code);
    await this.spend(login);
  }

  /** Ends the login's live code, after check() accepted it. */
  async spend(login: LoginName): Promise<void> {
    await this.store.spend(loginHash(this.cipher, login));
  }

  /**
   * Throws unless `code` is the login's live code, leaving it live. Every try counts before it is
   * compared, in one statement of its own (never the caller's transaction, whose rollback would
   * forgive the guess), so parallel guesses cannot exceed the allowance.
   */
  async check(login: LoginName, code: string): Promise<void> {
    const row = await this.store.countAttempt(loginHash(this.cipher, login));
    if (!row) throw new AppError(IdentityErrors.CODE_INVALID);
    if (row.attempts > CODE_RULES.attempts) throw new AppError(IdentityErrors.CODE_ATTEMPTS_EXCEEDED);
    const given = this.codeHash(login, /^\d{6}$/.test(code) ? code : '');
    if (!timingSafeEqual(given, row.codeHash)) {
      throw new AppError(
        row.attempts === CODE_RULES.attempts ? IdentityErrors.CODE_ATTEMPTS_EXCEEDED : IdentityErrors.CODE_INVALID,
      );
    }
  }

  private codeHash(login: LoginName, code: string): Buffer {
    return this.cipher.hash(`code:${loginKey(login)}:${code}`);
  }
}

function codeMessage(login: LoginName, code: string) {
  const minutes = CODE_RULES.validSeconds / 60;
  return {
    address: login.kind === 'phone' ? { phone: login.value } : { email: login.value },
    kind: 'auth.code',
    subject: `科普验证码 ${code}，${minutes} 分钟内有效 · Your Kepu code`,
    text: [
      `您的验证码是 ${code}，${minutes} 分钟内有效。请勿告诉他人，工作人员不会向您索要验证码。如非本人操作，请忽略本消息。`,
      `Your Kepu code is ${code}, valid for ${minutes} minutes. Never share it: our staff will never ask for it. If you did not ask for it, ignore this message.`,
    ].join('\n'),
    smsParams: { code },
  };
}
