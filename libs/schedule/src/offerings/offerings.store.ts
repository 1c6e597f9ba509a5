import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import { Offering } from './offering.entity';

/** The `offerings` table: every read and write of it. Exported for the offerings other libs read (booking's views and day packs). */
@Injectable()
export class OfferingsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(id: string, manager: EntityManager = this.dataSource.manager): Promise<Offering | null> {
    return manager.findOneBy(Offering, { id });
  }

  /** The offerings of these ids that exist, in no particular order. */
  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Offering[]> {
    return manager.findBy(Offering, { id: In([...new Set(ids)]) });
  }

  /** Every offering of a venue, whatever its status. */
  allOf(resourceId: string, manager: EntityManager = this.dataSource.manager): Promise<Offering[]> {
    return manager.findBy(Offering, { resourceId });
  }

  /** Reads it again in the caller's transaction; fails when it is gone. */
  get(tx: EntityManager, id: string): Promise<Offering> {
    return tx.findOneByOrFail(Offering, { id });
  }

  /** The offering, locked for this transaction, or null. */
  lock(tx: EntityManager, id: string): Promise<Offering | null> {
    return tx.findOne(Offering, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The offering, locked for this transaction; fails when it is gone. */
  lockOrFail(tx: EntityManager, id: string): Promise<Offering> {
    return tx.findOneOrFail(Offering, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A new offering, not yet stored. */
  build(tx: EntityManager, fields: DeepPartial<Offering>): Offering {
    return tx.create(Offering, fields);
  }

  async save(tx: EntityManager, offering: Offering): Promise<void> {
    await tx.save(offering);
  }

  /** Active offerings of these resources, oldest first. */
  active(resourceIds: string[]): Promise<Offering[]> {
    return this.dataSource
      .getRepository(Offering)
      .find({ where: { resourceId: In(resourceIds), status: 'active' }, order: { createdAt: 'ASC' } });
  }

  /** A resource's active offerings, in the caller's transaction. */
  activeOf(tx: EntityManager, resourceId: string): Promise<Offering[]> {
    return tx.findBy(Offering, { resourceId, status: 'active' });
  }

  /** A resource's active offerings, locked for this transaction, oldest first. */
  lockActiveOf(tx: EntityManager, resourceId: string): Promise<Offering[]> {
    return tx.find(Offering, {
      where: { resourceId, status: 'active' },
      lock: { mode: 'pessimistic_write' },
      order: { createdAt: 'ASC' },
    });
  }

  /** The ids of every active offering, in id order: the slot job's round. */
  activeIds(): Promise<{ id: string }[]> {
    return this.dataSource.query(`SELECT id FROM offerings WHERE status = 'active' ORDER BY id`);
  }

  /** A merged venue's offerings move to the kept venue; how many moved. */
  async moveToResource(tx: EntityManager, from: string, into: string): Promise<number> {
    const offerings = await tx.getRepository(Offering).update({ resourceId: from }, { resourceId: into });
    return offerings.affected ?? 0;
  }
}
