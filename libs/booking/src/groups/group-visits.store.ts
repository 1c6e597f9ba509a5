import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import { loadInOrder } from '@kepu/core';
import { GROUP_VISIT_HOLDING, GroupVisit, GroupVisitStatus } from './group-visit.entity';
import { Parties, partiesScope } from './group-scope';

/** Which group visits the inbox lists (`GroupVisitsService.list`). */
export interface GroupVisitFilter {
  /** Null for a system admin, who sees every visit. */
  parties: Parties | null;
  status?: GroupVisitStatus[];
  resourceId?: string;
  schoolId?: string;
  from?: string;
  to?: string;
}

/** What schools said about a venue's visits (`GroupVisitsService.feedbackSummary`). */
export interface GroupFeedbackRows {
  totals: { count: number; average: number | null };
  byRating: { rating: number; n: number }[];
  recent: {
    visitId: string;
    school: string;
    className: string | null;
    rating: number;
    comment: string | null;
    at: Date;
  }[];
}

/** School group visits: `group_visits` (booking's `group_visit_facts` view publishes them to the figures). */
@Injectable()
export class GroupVisitsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(tx: EntityManager, fields: DeepPartial<GroupVisit>): Promise<GroupVisit> {
    return tx.save(tx.create(GroupVisit, fields));
  }

  save(tx: EntityManager, visit: GroupVisit): Promise<GroupVisit> {
    return tx.save(visit);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<GroupVisit | null> {
    return manager.findOneBy(GroupVisit, { id });
  }

  /** The visit, locked for the change the transaction is about to make. */
  lock(tx: EntityManager, id: string): Promise<GroupVisit | null> {
    return tx.findOne(GroupVisit, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Every part of these split classes, in part order. */
  partsOf(splitIds: string[], manager: EntityManager = this.dataSource.manager): Promise<GroupVisit[]> {
    return manager.find(GroupVisit, { where: { splitId: In(splitIds) }, order: { splitPart: 'ASC' } });
  }

  /**
   * One page of the inbox and the number matching: undecided visits first, soonest to lapse first;
   * then by visit day.
   */
  async page(
    filter: GroupVisitFilter,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<{ visits: GroupVisit[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = filter.parties ? [partiesScope(filter.parties, 'g.school_id', param)] : [];
    if (filter.status?.length) where.push(`g.status = ANY(${param(filter.status)})`);
    if (filter.resourceId) where.push(`g.resource_id = ${param(filter.resourceId)}`);
    if (filter.schoolId) where.push(`g.school_id = ${param(filter.schoolId)}`);
    const day = `coalesce(g.visit_date, (g.expires_at AT TIME ZONE 'Asia/Shanghai')::date)`;
    if (filter.from) where.push(`${day} >= ${param(filter.from)}`);
    if (filter.to) where.push(`${day} <= ${param(filter.to)}`);
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT g.id, count(*) OVER ()::int AS total
         FROM group_visits g JOIN venue_facts r ON r.id = g.resource_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY g.status IN ('requested', 'proposed') DESC, CASE WHEN g.status IN ('requested', 'proposed') THEN g.expires_at END,
                 ${day}, g.created_at, g.id
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const visits = await loadInOrder(
      this.dataSource.manager,
      GroupVisit,
      rows.map((r) => r.id),
    );
    return { visits, total: rows[0]?.total ?? 0 };
  }

  /** Locks the visits a cancelled slot touches: approved or proposed in it, or requested with it among their preferences. */
  lockTouchedBySlot(tx: EntityManager, slotId: string): Promise<GroupVisit[]> {
    return tx
      .getRepository(GroupVisit)
      .createQueryBuilder('g')
      .setLock('pessimistic_write')
      .where(`(g.slot_id = :slotId AND g.status IN ('approved', 'proposed'))`, { slotId })
      .orWhere(`(g.status = 'requested' AND :slotId = ANY(g.preferred_slot_ids))`, { slotId })
      .getMany();
  }

  /** Locks up to `limit` requests and proposals whose answer is overdue at `now`, skipping those another worker holds. */
  lockOverdue(tx: EntityManager, now: Date, limit: number): Promise<GroupVisit[]> {
    return tx
      .getRepository(GroupVisit)
      .createQueryBuilder('g')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`g.status IN ('requested', 'proposed') AND g.expires_at <= :now`, { now })
      .limit(limit)
      .getMany();
  }

  /** One venue-day at a time, until the transaction ends, so two approvals cannot both take the day's last group. */
  async lockVenueDay(tx: EntityManager, resourceId: string, visitDate: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('group-day:' || $1 || ':' || $2, 0))`, [
      resourceId,
      visitDate,
    ]);
  }

  /** The groups holding places at the venue that day, this visit left out. */
  async groupsOnDay(tx: EntityManager, resourceId: string, visitDate: string, exceptId: string): Promise<number> {
    const [{ groups }]: { groups: number }[] = await tx.query(
      `SELECT count(*)::int AS groups FROM group_visits
        WHERE resource_id = $1 AND visit_date = $2 AND status = ANY($3) AND id <> $4`,
      [resourceId, visitDate, GROUP_VISIT_HOLDING, exceptId],
    );
    return groups;
  }

  /** The ratings given to a venue's visits: count and average, how many gave each score, the latest comments. */
  async feedbackOf(resourceId: string): Promise<GroupFeedbackRows> {
    const [totals]: GroupFeedbackRows['totals'][] = await this.dataSource.query(
      `SELECT count(*)::int AS count, round(avg(rating), 2)::float AS average
         FROM group_visits WHERE resource_id = $1 AND rating IS NOT NULL`,
      [resourceId],
    );
    const byRating: GroupFeedbackRows['byRating'] = await this.dataSource.query(
      `SELECT rating, count(*)::int AS n FROM group_visits WHERE resource_id = $1 AND rating IS NOT NULL GROUP BY rating`,
      [resourceId],
    );
    const recent: GroupFeedbackRows['recent'] = await this.dataSource.query(
      `SELECT g.id AS "visitId", o.name AS school, g.class_name AS "className", g.rating, g.feedback AS comment,
                g.feedback_at AS at
           FROM group_visits g JOIN organisation_names o ON o.id = g.school_id
          WHERE g.resource_id = $1 AND g.rating IS NOT NULL ORDER BY g.feedback_at DESC LIMIT 20`,
      [resourceId],
    );
    return { totals, byRating, recent };
  }
}
