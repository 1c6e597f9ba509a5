import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KEPU_CONFIG, KepuConfig } from '@kepu/core';
import { AccountsService } from '@kepu/identity';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/**
 * Demo mode (KEPU_DEMO=1, the default in embedded mode) seeds the demo accounts once. Otherwise
 * the API refuses to start on a database that holds them: a production site must not carry
 * accounts whose password is published.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
    private readonly accounts: AccountsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demo) {
      await this.seed();
      return;
    }
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM accounts WHERE is_demo`,
    );
    if (count > 0) {
      throw new Error(
        `The database holds ${count} demo account(s) but KEPU_DEMO is off. Delete them (DELETE FROM accounts WHERE is_demo) or set KEPU_DEMO=1.`,
      );
    }
  }

  async seed(): Promise<void> {
    const { count } = await this.dataSource.transaction(async (tx) => {
      // Several replicas may start at once: one seeds, the others wait and find the work done.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kepu:demo-seed'))`);
      let created = 0;
      for (const demo of DEMO_ACCOUNTS) {
        if (await this.accounts.findByLogin({ kind: 'email', value: demo.login }, tx)) continue;
        await this.accounts.provision({ ...demo, password: DEMO_PASSWORD, isDemo: true }, tx);
        created++;
      }
      return { count: created };
    });
    if (count) this.logger.log(`Seeded ${count} demo accounts (their logins and password are in the README)`);
  }
}
