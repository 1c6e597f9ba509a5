import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { GROUP_VISIT_PENDING, GroupVisit } from './groups/group-visit.entity';

/**
 * Personal data across booking's tables, by person and by age (PIPL): a teacher's group visits,
 * an account's erasure, and the purge of what visits long past no longer need. Bans have their own
 * store (BansStore), saved visitors theirs.
 */
@Injectable()
export class BookingPersonalDataStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The group visits a teacher requested, latest first. */
  groupVisitsOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<GroupVisit[]> {
    return manager.find(GroupVisit, { where: { requestedBy: accountId }, order: { createdAt: 'DESC' } });
  }

  /** A teacher's group visits still pending or still to come. */
  async openGroupVisitsOf(tx: EntityManager, accountId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await tx.query(
      `SELECT count(*)::int AS count FROM group_visits g LEFT JOIN slot_facts s ON s.id = g.slot_id
        WHERE g.requested_by = $1
          AND ((g.status = ANY($2) AND g.expires_at > now()) OR (g.status = 'approved' AND s.ends_at > now()))`,
      [accountId, GROUP_VISIT_PENDING],
    );
    return count;
  }

  /** Anonymises an account's bookings (their visitors and contact phone) and the group visits it leads. */
  async anonymise(tx: EntityManager, accountId: string): Promise<void> {
    await tx.query(
      `UPDATE booking_visitors v SET name = NULL, id_number = NULL, id_hash = NULL, phone = NULL
         FROM bookings b WHERE b.id = v.booking_id AND b.account_id = $1`,
      [accountId],
    );
    await tx.query(
      `UPDATE bookings SET contact_phone = NULL, contact_phone_verified = false,
              personal_data_purged_at = coalesce(personal_data_purged_at, now())
        WHERE account_id = $1`,
      [accountId],
    );
    await tx.query(`UPDATE group_visits SET leader_name = NULL, leader_phone = NULL WHERE requested_by = $1`, [
      accountId,
    ]);
  }

  /**
   * Erases ID numbers, phones and the names on school groups' lists of visits before `before`, and
   * group leaders' phones; the number of bookings purged.
   */
  async purgeVisitedBefore(tx: EntityManager, before: string): Promise<number> {
    await tx.query(
      `UPDATE booking_visitors SET id_number = NULL, id_hash = NULL, phone = NULL
        WHERE visit_date < $1 AND (id_number IS NOT NULL OR id_hash IS NOT NULL OR phone IS NOT NULL)`,
      [before],
    );
    await tx.query(
      `UPDATE booking_visitors SET name = NULL WHERE visit_date < $1 AND group_role IS NOT NULL AND name IS NOT NULL`,
      [before],
    );
    const [, purged]: [unknown, number] = await tx.query(
      `UPDATE bookings SET contact_phone = NULL, personal_data_purged_at = now()
        WHERE visit_date < $1 AND personal_data_purged_at IS NULL`,
      [before],
    );
    await tx.query(
      `UPDATE group_visits SET leader_phone = NULL
        WHERE leader_phone IS NOT NULL AND coalesce(visit_date, (expires_at AT TIME ZONE 'Asia/Shanghai')::date,
              (updated_at AT TIME ZONE 'Asia/Shanghai')::date) < $1`,
      [before],
    );
    return purged;
  }
}
