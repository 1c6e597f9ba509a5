import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { loadInOrder } from '@kepu/core';
import { Parties, partiesScope } from './group-scope';
import { GroupAgreement } from './group-visit.entity';

/** Which agreements a list shows (`AgreementsService.list`). */
export interface AgreementFilter {
  /** Null for a system admin, who sees every agreement. */
  parties: Parties | null;
  resourceId?: string;
  schoolId?: string;
}

/** One class counted against an agreement: approved once any part of it is, on its first part's day. */
export interface AgreementUse {
  agreementId: string;
  approved: boolean;
  visitDate: string | null;
}

/** Requests in these states count against an agreement's quota. */
const UNDER_QUOTA = ['requested', 'proposed', 'approved'];

/** Cooperation agreements: `group_agreements`, and the group visits counted against them. */
@Injectable()
export class AgreementsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(tx: EntityManager, fields: DeepPartial<GroupAgreement>): Promise<GroupAgreement> {
    return tx.save(tx.create(GroupAgreement, fields));
  }

  save(tx: EntityManager, agreement: GroupAgreement): Promise<GroupAgreement> {
    return tx.save(agreement);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<GroupAgreement | null> {
    return manager.findOneBy(GroupAgreement, { id });
  }

  /** The agreement, locked for the change the transaction is about to make. */
  lock(tx: EntityManager, id: string): Promise<GroupAgreement | null> {
    return tx.findOne(GroupAgreement, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** One venue–school pair at a time, until the transaction ends, so two offers cannot both pass the overlap check. */
  async lockPair(tx: EntityManager, resourceId: string, schoolId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('agreement:' || $1 || ':' || $2, 0))`, [
      resourceId,
      schoolId,
    ]);
  }

  /** Whether the pair has an agreement, not ended, whose dates meet these. */
  async overlaps(
    tx: EntityManager,
    resourceId: string,
    schoolId: string,
    startsOn: string,
    endsOn: string,
  ): Promise<boolean> {
    const [overlap] = await tx.query(
      `SELECT 1 FROM group_agreements WHERE resource_id = $1 AND school_id = $2 AND status <> 'ended'
            AND starts_on <= $4 AND ends_on >= $3`,
      [resourceId, schoolId, startsOn, endsOn],
    );
    return Boolean(overlap);
  }

  /** One page of the agreements matching, open ones first, latest first, and the number matching. */
  async page(
    filter: AgreementFilter,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<{ agreements: GroupAgreement[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = filter.parties ? [partiesScope(filter.parties, 'a.school_id', param)] : [];
    if (filter.resourceId) where.push(`a.resource_id = ${param(filter.resourceId)}`);
    if (filter.schoolId) where.push(`a.school_id = ${param(filter.schoolId)}`);
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT a.id, count(*) OVER ()::int AS total
         FROM group_agreements a JOIN venue_facts r ON r.id = a.resource_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.status = 'ended', a.starts_on DESC, a.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const agreements = await loadInOrder(
      this.dataSource.manager,
      GroupAgreement,
      rows.map((r) => r.id),
    );
    return { agreements, total: rows[0]?.total ?? 0 };
  }

  /**
   * The pair's active agreement on `date`, locked (concurrent requests then count one after
   * another), with its quota.
   */
  async lockActiveOn(
    tx: EntityManager,
    resourceId: string,
    schoolId: string,
    date: string,
  ): Promise<{ id: string; visitQuota: number } | undefined> {
    const [agreement]: { id: string; visitQuota: number }[] = await tx.query(
      `SELECT id, visit_quota AS "visitQuota" FROM group_agreements
        WHERE resource_id = $1 AND school_id = $2 AND status = 'active' AND starts_on <= $3 AND ends_on >= $3
        ORDER BY starts_on LIMIT 1 FOR UPDATE`,
      [resourceId, schoolId, date],
    );
    return agreement;
  }

  /** The classes counted against the agreement: a class split across slots counts once. */
  async classesCounted(tx: EntityManager, agreementId: string): Promise<number> {
    const [{ counted }]: { counted: number }[] = await tx.query(
      `SELECT count(DISTINCT coalesce(split_id, id))::int AS counted FROM group_visits
        WHERE agreement_id = $1 AND status = ANY($2)`,
      [agreementId, UNDER_QUOTA],
    );
    return counted;
  }

  /** One row a class counted against these agreements. */
  uses(agreementIds: string[], manager: EntityManager = this.dataSource.manager): Promise<AgreementUse[]> {
    return manager.query(
      `SELECT agreement_id AS "agreementId", bool_or(status = 'approved') AS approved,
                  to_char(min(visit_date) FILTER (WHERE status = 'approved'), 'YYYY-MM-DD') AS "visitDate"
           FROM group_visits WHERE agreement_id = ANY($1) AND status = ANY($2)
          GROUP BY agreement_id, coalesce(split_id, id)`,
      [agreementIds, UNDER_QUOTA],
    );
  }
}
