import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  OutboxService,
  pageWindow,
  RegionStore,
  RegionTree,
  fieldProblem,
  CommonProblems,
} from '@kepu/core';
import { Actor, PolicyService, Role, RoleHolders } from '@kepu/identity';
import { Notifier } from '@kepu/notify';
import { administeredRegions } from '@kepu/register';
import { daysBetween } from '@kepu/schedule';
import { MAX_CAMPAIGN_DAYS } from '../campaign-input';
import { Campaign, CampaignStatus } from '../campaign.entity';
import { CampaignErrors } from '../campaigns-errors';
import { CampaignEventsStore } from '../events/campaign-events.store';
import { EVENT_AGGREGATE } from '../events/event-entries';
import { campaignCancelled } from './campaign-messages';
import { CampaignDto, CampaignListDto } from './campaigns.dto';
import { CampaignFilter, CampaignsStore } from './campaigns.store';
import { CampaignPage, CampaignView } from './campaigns.views';
import { CampaignProblems } from '../campaigns-problems';

/** What the public sees of campaigns. */
const PUBLIC_STATUSES: CampaignStatus[] = ['published', 'cancelled'];

/**
 * Campaigns (docs/campaigns.md): administrators create and run them, the public reads the published
 * ones. Each write is one transaction with its audit entry; a change the events index shows goes
 * out through the outbox, one row per event taking part.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CampaignsStore,
    private readonly events: CampaignEventsStore,
    private readonly policy: PolicyService,
    private readonly regions: RegionTree,
    private readonly regionStore: RegionStore,
    private readonly roleHolders: RoleHolders,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifier: Notifier,
  ) {}

  async create(actor: Actor, body: CampaignDto, correlationId?: string): Promise<CampaignView> {
    const fields = await this.checked(body);
    await this.policy.authorize(actor, 'campaign.create', fields);
    const campaign = await this.dataSource.transaction(async (tx) => {
      const created = await this.store.create(tx, { ...fields, status: 'draft', createdBy: actor.accountId });
      await this.record(tx, actor, 'campaign.created', created, correlationId);
      return created;
    });
    return this.view(actor, campaign);
  }

  /** Replaces what administrators wrote; the events taking part stay (docs/campaigns.md, "States"). */
  async update(actor: Actor, id: string, body: CampaignDto, correlationId?: string): Promise<CampaignView> {
    await this.policy.authorize(actor, 'campaign.manage', await this.find(id));
    const fields = await this.checked(body);
    // Nobody moves a campaign into regions they do not administer (403, as when creating one there).
    await this.policy.authorize(actor, 'campaign.create', fields);
    return this.change(actor, id, 'campaign.updated', correlationId, (campaign) => {
      if (campaign.status === 'cancelled') throw new AppError(CampaignErrors.CAMPAIGN_NOT_EDITABLE);
      Object.assign(campaign, fields);
    });
  }

  async publish(actor: Actor, id: string, correlationId?: string): Promise<CampaignView> {
    await this.policy.authorize(actor, 'campaign.manage', await this.find(id));
    return this.change(actor, id, 'campaign.published', correlationId, (campaign) => {
      if (campaign.status !== 'draft') throw new AppError(CampaignErrors.CAMPAIGN_NOT_DRAFT);
      campaign.status = 'published';
      campaign.publishedAt = new Date();
    });
  }

  /**
   * Called off: its page stays, marked cancelled; its events leave it in search and stay bookable as
   * offerings, and the operators of their venues are told.
   */
  async cancel(actor: Actor, id: string, correlationId?: string): Promise<CampaignView> {
    await this.policy.authorize(actor, 'campaign.manage', await this.find(id));
    return this.change(actor, id, 'campaign.cancelled', correlationId, async (campaign, tx) => {
      if (campaign.status === 'cancelled') throw new AppError(CampaignErrors.CAMPAIGN_NOT_EDITABLE);
      campaign.status = 'cancelled';
      await this.tellOperators(tx, campaign);
    });
  }

  async get(actor: Actor | undefined, id: string): Promise<CampaignView> {
    return this.view(actor, await this.readable(actor, id));
  }

  /** Published campaigns, latest first. */
  async list(actor: Actor | undefined, query: CampaignListDto): Promise<CampaignPage> {
    return this.page(actor, query, { publishedOnly: true, year: query.year });
  }

  /** Every campaign, in any state, covering a region the administrator administers or lies within. */
  async managed(actor: Actor, query: CampaignListDto): Promise<CampaignPage> {
    await this.policy.authorize(actor, 'campaign.list_managed');
    return this.page(actor, query, { regions: administeredRegions(actor), year: query.year });
  }

  /** A campaign the caller may see: published or cancelled ones for everyone, drafts for the administrators of its regions. */
  async readable(actor: Actor | undefined, id: string): Promise<Campaign> {
    const campaign = await this.find(id);
    if (PUBLIC_STATUSES.includes(campaign.status)) return campaign;
    if (actor && (await this.policy.decide(actor, 'campaign.read_private', campaign)) === 'allow') return campaign;
    throw new AppError(CoreErrors.NOT_FOUND);
  }

  async find(id: string, manager?: EntityManager): Promise<Campaign> {
    const campaign = await this.store.findById(id, manager);
    if (!campaign) throw new AppError(CoreErrors.NOT_FOUND);
    return campaign;
  }

  /** Tells the events index that these events' campaigns changed. */
  async announce(offeringIds: string[], tx: EntityManager): Promise<void> {
    for (const offeringId of offeringIds) {
      await this.outbox.publish(
        { topic: 'campaign_event.changed', aggregateType: EVENT_AGGREGATE, aggregateId: offeringId },
        tx,
      );
    }
  }

  private async page(actor: Actor | undefined, query: CampaignListDto, filter: CampaignFilter) {
    const rows = await this.store.page(filter, pageWindow(query));
    const campaigns = await Promise.all(rows.map((row) => this.find(row.id)));
    return {
      items: await Promise.all(campaigns.map((campaign) => this.view(actor, campaign))),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async change(
    actor: Actor,
    id: string,
    action: string,
    correlationId: string | undefined,
    apply: (campaign: Campaign, tx: EntityManager) => void | Promise<void>,
  ): Promise<CampaignView> {
    const campaign = await this.dataSource.transaction(async (tx) => {
      const locked = await this.store.lock(tx, id);
      await apply(locked, tx);
      const saved = await this.store.save(tx, locked);
      await this.record(tx, actor, action, saved, correlationId);
      await this.announce(await this.events.offeringIdsOf(tx, id), tx);
      return saved;
    });
    return this.view(actor, campaign);
  }

  /** One notice to each active operator of a venue with events in the campaign, naming its events. */
  private async tellOperators(tx: EntityManager, campaign: Campaign): Promise<void> {
    const events = await this.events.venueEventsOf(tx, campaign.id);
    const operators = await this.roleHolders.ofOrganisations(
      events.map((event) => event.organisationId),
      [Role.Operator],
      tx,
    );
    const organisationsOf = new Map<string, Set<string>>();
    for (const { accountId, organisationId } of operators) {
      organisationsOf.set(accountId, (organisationsOf.get(accountId) ?? new Set()).add(organisationId));
    }
    for (const [accountId, organisations] of organisationsOf) {
      // In the title order the query gave, each title once.
      const titles = new Set(events.filter((e) => organisations.has(e.organisationId)).map((e) => e.title));
      await this.notifier.send({ ...campaignCancelled(campaign.name, [...titles]), accountId }, tx);
    }
  }

  /** The body's fields as stored, once its regions and dates make sense. */
  private async checked(body: CampaignDto) {
    const unknown = [];
    for (const code of body.regionCodes) if (!(await this.regions.exists(code))) unknown.push(code);
    if (unknown.length)
      throw new AppError(CoreErrors.UNKNOWN_REGION, [
        fieldProblem('regionCodes', CampaignProblems.UNKNOWN_REGIONS, { codes: unknown.join(', ') }),
      ]);
    if (body.to < body.from)
      throw new AppError(CampaignErrors.DATES_INVERTED, [
        fieldProblem('to', CommonProblems.END_BEFORE_START, { from: body.from, to: body.to }),
      ]);
    if (daysBetween(body.from, body.to) >= MAX_CAMPAIGN_DAYS)
      throw new AppError(CampaignErrors.CAMPAIGN_TOO_LONG, [
        fieldProblem('to', CommonProblems.SPAN_TOO_LONG, { from: body.from, to: body.to, days: MAX_CAMPAIGN_DAYS }),
      ]);
    return {
      name: body.name.trim(),
      nameEn: body.nameEn?.trim() || null,
      startsOn: body.from,
      endsOn: body.to,
      themes: body.themes,
      regionCodes: body.regionCodes,
      description: body.description?.trim() ?? '',
    };
  }

  private record(tx: EntityManager, actor: Actor, action: string, campaign: Campaign, correlationId?: string) {
    return this.audit.record(
      {
        actorId: actor.accountId,
        action,
        subjectType: 'campaign',
        subjectId: campaign.id,
        details: { name: campaign.name, status: campaign.status, regionCodes: campaign.regionCodes },
        correlationId,
      },
      tx,
    );
  }

  private async view(actor: Actor | undefined, campaign: Campaign): Promise<CampaignView> {
    const count = await this.events.publicCount(campaign.id);
    const names = new Map((await this.regionStore.byCodes(campaign.regionCodes)).map((r) => [r.code, r.name]));
    const regions = campaign.regionCodes.flatMap((code) => {
      const name = names.get(code);
      return name === undefined ? [] : [{ code, name }];
    });
    return {
      id: campaign.id,
      name: campaign.name,
      nameEn: campaign.nameEn,
      from: campaign.startsOn,
      to: campaign.endsOn,
      themes: campaign.themes,
      regions,
      description: campaign.description,
      status: campaign.status,
      publishedAt: campaign.publishedAt,
      eventCount: count,
      canManage: actor !== undefined && (await this.policy.decide(actor, 'campaign.manage', campaign)) === 'allow',
    };
  }
}
