import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KEPU_CONFIG, KepuConfig } from '@kepu/core';
import { AccountsService, PRIVACY_POLICY_VERSION } from '@kepu/identity';
import {
  normalizeContent,
  OrganisationsService,
  ResourceAliases,
  ResourceContentDto,
  ResourceStore,
} from '@kepu/register';
import { requireValid } from '@kepu/core';
import { OfferingDto, OfferingsService, OpeningHoursDto, OpeningHoursService } from '@kepu/schedule';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-accounts';
import { DEMO_ALIASES } from './demo-aliases';
import { DemoOutreachSeeder } from './demo-outreach.seeder';
import { DemoCampaignsSeeder } from './demo-campaigns.seeder';
import { DemoSeedStore } from './demo-seed.store';
import { demoSchedule } from './demo-schedules';
import { DEMO_ORGANISATION_LIST, DEMO_VENUES, DemoVenue } from './demo-venues';

/** Stable ids for demo organisations: the accounts' three are fixed, the rest derive from their keys. */
const FIXED_IDS: Record<string, string> = {
  'science-museum': DEMO_ORGANISATIONS.scienceMuseum,
  observatory: DEMO_ORGANISATIONS.observatory,
  school: DEMO_ORGANISATIONS.school,
  'nanshan-community': DEMO_ORGANISATIONS.community,
  'nanshan-volunteers': DEMO_ORGANISATIONS.volunteerTeam,
};

export function demoOrganisationId(key: string): string {
  if (FIXED_IDS[key]) return FIXED_IDS[key];
  const hex = createHash('sha1').update(`kepu-demo:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

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
    private readonly organisations: OrganisationsService,
    private readonly resources: ResourceStore,
    private readonly aliases: ResourceAliases,
    private readonly hours: OpeningHoursService,
    private readonly offerings: OfferingsService,
    private readonly outreach: DemoOutreachSeeder,
    private readonly campaigns: DemoCampaignsSeeder,
    private readonly seedLock: DemoSeedStore,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demo) {
      await this.seed();
      return;
    }
    const count = await this.accounts.demoAccountCount();
    if (count > 0) {
      throw new Error(
        `The database holds ${count} demo account(s) but KEPU_DEMO is off. Delete them (the rows of accounts with is_demo set) or set KEPU_DEMO=1.`,
      );
    }
  }

  async seed(): Promise<void> {
    const seeded = await this.dataSource.transaction(async (tx) => {
      await this.seedLock.lockSeeding(tx);
      const organisations = await this.seedOrganisations(tx);
      let accounts = 0;
      for (const demo of DEMO_ACCOUNTS) {
        if (await this.accounts.findByLogin({ kind: 'email', value: demo.login }, tx)) continue;
        await this.accounts.provision(
          { ...demo, password: DEMO_PASSWORD, isDemo: true, verified: true, privacyVersion: PRIVACY_POLICY_VERSION },
          tx,
        );
        accounts++;
      }
      const venues = await this.seedVenues(tx);
      const aliases = await this.seedAliases(tx);
      const outreach = await this.outreach.seed(tx, demoOrganisationId);
      return { organisations, accounts, venues, aliases, outreach, campaigns: await this.campaigns.seed(tx) };
    });
    if (seeded.accounts + seeded.organisations + seeded.venues + seeded.aliases + seeded.outreach + seeded.campaigns) {
      this.logger.log(
        `Seeded demo data: ${seeded.organisations} organisations, ${seeded.venues} venues, ${seeded.aliases} venues' aliases, ${seeded.accounts} accounts, ${seeded.outreach} outreach items, experts and orders, ${seeded.campaigns} campaigns (logins and password are in the README)`,
      );
    }
  }

  private async seedOrganisations(tx: EntityManager): Promise<number> {
    let created = 0;
    for (const org of DEMO_ORGANISATION_LIST) {
      const id = demoOrganisationId(org.key);
      if (await this.organisations.exists(id, tx)) continue;
      await this.organisations.save(tx, {
        id,
        name: org.name,
        kind: org.kind,
        creditCode: org.creditCode,
        schoolCode: org.schoolCode ?? null,
        regionCode: org.regionCode,
        contactPhone: org.contactPhone,
        verifiedAt: new Date(),
        isDemo: true,
      });
      created++;
    }
    return created;
  }

  /** The venues go in once, published, through the same validation as any submission. */
  private async seedVenues(tx: EntityManager): Promise<number> {
    // Synthetic benchmark data is demo data too: look for the venues' own organisations.
    if ((await this.resources.countOf(DEMO_ORGANISATIONS.scienceMuseum, tx)) > 0) return 0;
    for (const venue of DEMO_VENUES) {
      const content = normalizeContent(await requireValid(ResourceContentDto, venueContent(venue)));
      const organisationId = demoOrganisationId(venue.organisationKey);
      await this.resources.validate(tx, content, organisationId);
      const resource = await this.resources.createPublished(
        tx,
        { organisationId, content, actorId: null, isDemo: true },
        { action: 'resource.demo_seed', details: { note: '演示数据，待核实 (demo data, to be verified)' } },
      );
      const schedule = demoSchedule(venue.type);
      await this.hours.replace(resource.id, await requireValid(OpeningHoursDto, schedule.hours), null, undefined, tx);
      for (const offering of schedule.offerings) {
        await this.offerings.add(resource.id, await requireValid(OfferingDto, offering), null, tx);
      }
    }
    return DEMO_VENUES.length;
  }

  /**
   * Adds the demo aliases a venue lacks, also to venues seeded before the list grew, unless a person
   * has edited the venue's aliases since: their list wins. Returns how many venues' lists changed.
   */
  private async seedAliases(tx: EntityManager): Promise<number> {
    let changed = 0;
    for (const venue of DEMO_VENUES) {
      const wanted = DEMO_ALIASES[venue.key];
      if (!wanted) continue;
      const resource = await this.resources.findDemoWithDemoAliases(
        tx,
        demoOrganisationId(venue.organisationKey),
        venue.name,
      );
      if (resource && (await this.aliases.add(tx, resource, wanted, null))) changed++;
    }
    return changed;
  }
}

function venueContent({ key: _key, organisationKey: _org, phone, ...venue }: DemoVenue) {
  return { ...venue, contact: phone ? { phone } : undefined };
}
