import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** What the back-off needs to know of one address's recent failures on one login. */
export interface FailureCount {
  failures: number;
  sinceLast: number;
  onLogin: number;
}

/** Failed sign-ins per login and client address: `login_attempts`. */
@Injectable()
export class LoginAttemptsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * This address's failures on the login within the last `minutes`, the seconds since its latest,
   * and all addresses' failures on the login in that time; undefined when it has none.
   */
  async recentFailures(loginKey: string, address: string, minutes: number): Promise<FailureCount | undefined> {
    const [row]: FailureCount[] = await this.dataSource.query(
      `SELECT a.failed_count AS failures, extract(epoch FROM now() - a.last_failed_at)::float8 AS "sinceLast",
              (SELECT sum(failed_count) FROM login_attempts
                WHERE login_key = $1 AND last_failed_at > now() - make_interval(mins => $3))::int AS "onLogin"
         FROM login_attempts a
        WHERE a.login_key = $1 AND a.client_ip = $2 AND a.last_failed_at > now() - make_interval(mins => $3)`,
      [loginKey, address, minutes],
    );
    return row;
  }

  /** Counts a failure of this address on this login; a count older than `minutes` starts again. */
  async recordFailure(loginKey: string, address: string, minutes: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_attempts (login_key, client_ip, failed_count, last_failed_at) VALUES ($1, $2, 1, now())
       ON CONFLICT (login_key, client_ip) DO UPDATE
          SET failed_count = CASE WHEN login_attempts.last_failed_at > now() - make_interval(mins => $3)
                                  THEN login_attempts.failed_count + 1 ELSE 1 END,
              last_failed_at = now()`,
      [loginKey, address, minutes],
    );
  }

  /** Forgets this address's failures on this login (it signed in). */
  async forget(loginKey: string, address: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempts WHERE login_key = $1 AND client_ip = $2`, [
      loginKey,
      address,
    ]);
  }

  /** Forgets every failure on this login (its account is deleted). */
  async deleteFor(tx: EntityManager, loginKey: string): Promise<void> {
    await tx.query(`DELETE FROM login_attempts WHERE login_key = $1`, [loginKey]);
  }

  /** Failures whose latest is more than `minutes` before `now`: they no longer count. */
  async purge(tx: EntityManager, now: Date, minutes: number): Promise<void> {
    await tx.query(`DELETE FROM login_attempts WHERE last_failed_at < $1::timestamptz - make_interval(mins => $2)`, [
      now,
      minutes,
    ]);
  }
}
