import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { insideRegions, loadInOrder, regionPath } from '@kepu/core';
import { containsPattern } from '../search/outreach-entries';
import { Expert } from './expert.entity';
import type { ExpertListDto } from './experts.dto';

/** Which experts the public directory shows (`ExpertsService.list`). */
export type ExpertFilter = Pick<ExpertListDto, 'field' | 'district' | 'language' | 'q'>;

interface Window {
  limit: number;
  offset: number;
}

/** The expert pool: `outreach_experts`. */
@Injectable()
export class ExpertsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Expert | null> {
    return this.dataSource.manager.findOneBy(Expert, { id });
  }

  /** The account's application, if it applied. */
  findByAccount(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<Expert | null> {
    return manager.findOneBy(Expert, { accountId });
  }

  /** The account's application, locked for its change. */
  lockByAccount(tx: EntityManager, accountId: string): Promise<Expert | null> {
    return tx.findOne(Expert, { where: { accountId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The application, locked for its review. */
  lock(tx: EntityManager, id: string): Promise<Expert | null> {
    return tx.findOne(Expert, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  hasApplied(tx: EntityManager, accountId: string): Promise<boolean> {
    return tx.existsBy(Expert, { accountId });
  }

  /** Inserts the application; a second one of the same account fails on the unique index. */
  create(tx: EntityManager, fields: DeepPartial<Expert>): Promise<Expert> {
    return tx.save(tx.create(Expert, fields));
  }

  save(tx: EntityManager, expert: Expert): Promise<Expert> {
    return tx.save(expert);
  }

  async delete(tx: EntityManager, id: string): Promise<void> {
    await tx.delete(Expert, { id });
  }

  /** Submitted applications from these regions (every region without), oldest first, and the number of them. */
  async pageSubmitted(
    regions: string[] | undefined,
    { limit, offset }: Window,
  ): Promise<{ experts: Expert[]; total: number }> {
    return this.inOrder(
      await this.dataSource.query(
        `SELECT x.id, count(*) OVER ()::int AS total
         FROM outreach_experts x
        WHERE x.status = 'submitted' ${regions ? `AND ${insideRegions(regionPath('x.region_code'), '$1')}` : ''}
        ORDER BY x.updated_at, x.id LIMIT ${limit} OFFSET ${offset}`,
        regions ? [regions] : [],
      ),
    );
  }

  /** Approved experts who consented, by name, filtered, and the number of them. */
  async pageListed(filter: ExpertFilter, { limit, offset }: Window): Promise<{ experts: Expert[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`x.status = 'approved'`, 'x.public_profile'];
    if (filter.field) where.push(`${param(filter.field)} = ANY(x.fields)`);
    if (filter.district) where.push(`${param(filter.district)} = ANY(x.district_codes)`);
    if (filter.language) where.push(`${param(filter.language)} = ANY(x.languages)`);
    if (filter.q?.trim()) {
      where.push(
        `concat_ws(' ', x.name, x.title, x.organisation_name, x.profile) ILIKE ${param(containsPattern(filter.q.trim()))}`,
      );
    }
    return this.inOrder(
      await this.dataSource.query(
        `SELECT x.id, count(*) OVER ()::int AS total FROM outreach_experts x
        WHERE ${where.join(' AND ')} ORDER BY x.name, x.id LIMIT ${limit} OFFSET ${offset}`,
        params,
      ),
    );
  }

  /** The experts of a ranking query's rows (ids with the total), in their order. */
  private async inOrder(rows: { id: string; total: number }[]): Promise<{ experts: Expert[]; total: number }> {
    const experts = await loadInOrder(
      this.dataSource.manager,
      Expert,
      rows.map((row) => row.id),
    );
    return { experts, total: rows[0]?.total ?? 0 };
  }
}
