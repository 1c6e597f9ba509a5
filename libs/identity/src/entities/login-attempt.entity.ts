import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per login name, whether or not an account has it, so a lockout never tells
 * an attacker which logins exist.
 */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn({ name: 'login_key', type: 'varchar', length: 254 })
  loginKey!: string;

  @Column({ name: 'failed_count', type: 'integer', default: 0 })
  failedCount!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_failed_at', type: 'timestamptz' })
  lastFailedAt!: Date;
}
