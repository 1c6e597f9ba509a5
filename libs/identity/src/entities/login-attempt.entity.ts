import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per login name and client address, whether or not an account has the login, so
 * the back-off never tells an attacker which logins exist, and one address's failures never hold
 * back another's.
 */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn({ name: 'login_key', type: 'varchar', length: 254 })
  loginKey!: string;

  @PrimaryColumn({ name: 'client_ip', type: 'inet' })
  clientIp!: string;

  @Column({ name: 'failed_count', type: 'integer' })
  failedCount!: number;

  @Column({ name: 'last_failed_at', type: 'timestamptz' })
  lastFailedAt!: Date;
}
