import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A login's code as sending sees it: seconds since the last send, and the day's sends so far. */
export interface CodeSends {
  sinceLast: number;
  sends: number;
  windowAge: number;
}

/** One-time codes, one row per login hash: `verification_codes`. */
@Injectable()
export class VerificationCodesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The login's row, locked for this transaction, as sending sees it; undefined when it has none. */
  async lockSends(tx: EntityManager, loginHash: Buffer): Promise<CodeSends | undefined> {
    const [row]: CodeSends[] = await tx.query(
      `SELECT extract(epoch FROM now() - last_sent_at)::float8 AS "sinceLast", sends_in_window AS sends,
                extract(epoch FROM now() - window_started_at)::float8 AS "windowAge"
           FROM verification_codes WHERE login_hash = $1 FOR UPDATE`,
      [loginHash],
    );
    return row;
  }

  /**
   * Stores a fresh code for the login, live for `validSeconds`, its attempts reset; the send is
   * counted in the day's window, or starts a new window when `freshWindow`.
   */
  async replace(
    tx: EntityManager,
    loginHash: Buffer,
    codeHash: Buffer,
    validSeconds: number,
    freshWindow: boolean,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO verification_codes (login_hash, code_hash, expires_at, attempts, last_sent_at, sends_in_window, window_started_at)
         VALUES ($1, $2, now() + make_interval(secs => $3), 0, now(), 1, now())
         ON CONFLICT (login_hash) DO UPDATE
            SET code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at, attempts = 0, last_sent_at = now(),
                sends_in_window = CASE WHEN $4 THEN 1 ELSE verification_codes.sends_in_window + 1 END,
                window_started_at = CASE WHEN $4 THEN now() ELSE verification_codes.window_started_at END`,
      [loginHash, codeHash, validSeconds, freshWindow],
    );
  }

  /** Ends the login's live code. */
  async spend(loginHash: Buffer): Promise<void> {
    await this.dataSource.query(`UPDATE verification_codes SET code_hash = NULL WHERE login_hash = $1`, [loginHash]);
  }

  /**
   * Counts one try at the login's live code, in a statement of its own, and returns the code's
   * hash and the tries counted; undefined when the login has no live code.
   */
  async countAttempt(loginHash: Buffer): Promise<{ codeHash: Buffer; attempts: number } | undefined> {
    // An UPDATE answers [rows, count].
    const [[row]]: [{ codeHash: Buffer; attempts: number }[], number] = await this.dataSource.query(
      `UPDATE verification_codes SET attempts = attempts + 1
        WHERE login_hash = $1 AND code_hash IS NOT NULL AND expires_at > now()
        RETURNING code_hash AS "codeHash", attempts`,
      [loginHash],
    );
    return row;
  }

  async deleteFor(tx: EntityManager, loginHash: Buffer): Promise<void> {
    await tx.query(`DELETE FROM verification_codes WHERE login_hash = $1`, [loginHash]);
  }

  /** Codes past their day's sending window and their expiry at `now`. */
  async purge(tx: EntityManager, now: Date): Promise<void> {
    await tx.query(
      `DELETE FROM verification_codes WHERE window_started_at < $1::timestamptz - interval '1 day' AND expires_at < $1`,
      [now],
    );
  }
}
