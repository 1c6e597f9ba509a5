import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one live code of a login, whether or not an account has the login, with the counts that
 * bound sending and guessing. Logins and codes are stored as keyed hashes only.
 */
@Entity('verification_codes')
export class VerificationCode {
  @PrimaryColumn({ name: 'login_hash', type: 'bytea' })
  loginHash!: Buffer;

  /** Null once used: a code works once. */
  @Column({ name: 'code_hash', type: 'bytea', nullable: true })
  codeHash!: Buffer | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Wrong guesses at the live code. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_sent_at', type: 'timestamptz' })
  lastSentAt!: Date;

  /** Codes sent since window_started_at: a day's budget per login. */
  @Column({ name: 'sends_in_window', type: 'integer' })
  sendsInWindow!: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;
}
