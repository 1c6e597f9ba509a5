import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The demo seeding's own use of Postgres: no table, only the lock that lets one replica seed at a time. */
@Injectable()
export class DemoSeedStore {
  /** Several replicas may start at once: one seeds, the others wait here and find the work done. */
  async lockSeeding(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kepu:demo-seed'))`);
  }
}
