import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import { insideRegions, loadInOrder, regionPath } from '@kepu/core';
import { Organisation } from './organisation.entity';

/** Which organisations a list shows (`OrganisationsService.list`). */
export interface OrganisationFilter {
  /** An administrator's regions: their organisations, and those the actor operates. */
  regions?: string[];
  memberOf: string[];
  region?: string;
  verified?: boolean;
  q?: string;
}

/** Organisations: `organisations`. Exported: other libs read the organisations they name (schools, providers) here. */
@Injectable()
export class OrganisationsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return manager.getRepository(Organisation).findOneBy({ id });
  }

  /** The organisation, which must exist (a foreign key keeps it). */
  getById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation> {
    return manager.getRepository(Organisation).findOneByOrFail({ id });
  }

  /** The organisations of these ids that exist, in no particular order. */
  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Organisation[]> {
    return manager.getRepository(Organisation).findBy({ id: In([...new Set(ids)]) });
  }

  findByCreditCode(tx: EntityManager, creditCode: string): Promise<Organisation | null> {
    return tx.getRepository(Organisation).findOneBy({ creditCode });
  }

  /** Inserts or updates the organisation. */
  save(tx: EntityManager, row: DeepPartial<Organisation>): Promise<Organisation> {
    return tx.getRepository(Organisation).save(tx.getRepository(Organisation).create(row));
  }

  async update(tx: EntityManager, id: string, fields: Partial<Organisation>): Promise<void> {
    await tx.getRepository(Organisation).update({ id }, fields);
  }

  /** One page of the organisations matching, by name, and the number matching. */
  async page(
    filter: OrganisationFilter,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<{ orgs: Organisation[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.regions) {
      // Admins see their regions' organisations; operators their own.
      where.push(
        `(o.id = ANY(${param(filter.memberOf)}::uuid[]) OR ${insideRegions(regionPath('o.region_code'), param(filter.regions))})`,
      );
    }
    if (filter.region) where.push(insideRegions(regionPath('o.region_code'), param([filter.region])));
    if (filter.verified !== undefined) where.push(`(o.verified_at IS NOT NULL) = ${param(filter.verified)}`);
    if (filter.q) where.push(`(o.name ILIKE ${param(`%${filter.q}%`)} OR o.credit_code = upper(${param(filter.q)}))`);
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT o.id, count(*) OVER ()::int AS total FROM organisations o
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY o.name, o.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const orgs = await loadInOrder(
      this.dataSource.manager,
      Organisation,
      rows.map((r) => r.id),
    );
    return { orgs, total: rows[0]?.total ?? 0 };
  }
}
