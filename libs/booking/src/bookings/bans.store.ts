import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Bans } from './refusals';

/**
 * SQL columns: when the no-show ban on account `$1` ends, and the latest on any of the documents
 * `$2` (their lookup hashes, bytea[]), if one is running (docs/booking-rules.md, "No-shows").
 */
const BAN_COLUMNS = `(SELECT max(ends_at) FROM booking_bans WHERE account_id = $1 AND ends_at > now()) AS "accountBan",
  (SELECT max(ends_at) FROM booking_bans
    WHERE cardinality($2::bytea[]) > 0 AND id_hashes && $2::bytea[] AND ends_at > now()) AS "visitorBan"`;

/** A ban as its account is shown it. */
export interface BanRecord {
  createdAt: Date;
  endsAt: Date;
  noShows: number;
}

/** The `booking_bans` table: no-show bans on accounts and on the documents of the bookings they missed. */
@Injectable()
export class BansStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The running bans on the account (if any) and on the documents with these lookup hashes. */
  async bansOf(tx: EntityManager, accountId: string | null, idHashes: Buffer[]): Promise<Bans> {
    const [bans]: Bans[] = await tx.query(`SELECT ${BAN_COLUMNS}`, [accountId, idHashes]);
    return bans;
  }

  /** The running bans, as bansOf, and how many family bookings not yet over the account holds. */
  async bansAndActiveBookings(
    tx: EntityManager,
    accountId: string | null,
    idHashes: Buffer[],
  ): Promise<Bans & { active: number }> {
    const [row]: (Bans & { active: number })[] = await tx.query(
      `SELECT ${BAN_COLUMNS},
              (SELECT count(*)::int FROM bookings b JOIN slot_facts s ON s.id = b.slot_id
                WHERE b.account_id = $1 AND b.kind = 'individual' AND b.status IN ('confirmed', 'waitlisted')
                  AND s.ends_at > now()) AS active`,
      [accountId, idHashes],
    );
    return row;
  }

  /**
   * Bans, for `banDays`, those of the accounts whose family no-shows within the last `windowDays`
   * (not already punished by an earlier ban) reach `limit`; the ban also holds the ID numbers on
   * the missed bookings, so a fresh account cannot book for them. The bans made.
   */
  banRepeatOffenders(
    tx: EntityManager,
    accountIds: string[],
    limit: number,
    banDays: number,
    windowDays: number,
  ): Promise<{ accountId: string; noShows: number; endsAt: Date }[]> {
    return tx.query(
      `INSERT INTO booking_bans (account_id, ends_at, no_shows, id_hashes)
       SELECT b.account_id, now() + make_interval(days => $3), count(*),
              ARRAY(SELECT DISTINCT v.id_hash FROM booking_visitors v
                     WHERE v.booking_id = ANY(array_agg(b.id)) AND v.id_hash IS NOT NULL)
         FROM bookings b
        WHERE b.account_id = ANY($1) AND b.status = 'no_show' AND b.kind = 'individual'
          AND b.no_show_at > now() - make_interval(days => $4)
          AND b.no_show_at > coalesce((SELECT max(x.created_at) FROM booking_bans x WHERE x.account_id = b.account_id), '-infinity')
        GROUP BY b.account_id HAVING count(*) >= $2
       RETURNING account_id AS "accountId", no_shows AS "noShows", ends_at AS "endsAt"`,
      [accountIds, limit, banDays, windowDays],
    );
  }

  /** The account's bans, oldest first. */
  ofAccount(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<BanRecord[]> {
    return manager.query(
      `SELECT created_at AS "createdAt", ends_at AS "endsAt", no_shows AS "noShows"
         FROM booking_bans WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
  }

  async liftAllOf(tx: EntityManager, accountId: string): Promise<void> {
    await tx.query(`DELETE FROM booking_bans WHERE account_id = $1`, [accountId]);
  }

  /** A ban's ID numbers are needed only while it lasts. */
  async forgetEndedDocuments(tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE booking_bans SET id_hashes = '{}' WHERE ends_at <= now() AND cardinality(id_hashes) > 0`);
  }
}
