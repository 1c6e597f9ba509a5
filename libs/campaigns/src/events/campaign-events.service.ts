import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, AuditService, CoreErrors, RegionTree, fieldProblem, CommonProblems } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { Resource, ResourceStore } from '@kepu/register';
import { isEventKind, Offering, OfferingsService } from '@kepu/schedule';
import { Campaign } from '../campaign.entity';
import { CampaignErrors } from '../campaigns-errors';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CampaignsStore } from '../campaigns/campaigns.store';
import { CampaignEventFilter, CampaignEventsStore } from './campaign-events.store';
import { AttachEventDto, CampaignEventsQueryDto } from './campaign-events.dto';
import { EventView } from './event.views';
import { eventSpan, toEventView } from './event-entries';
import { CampaignProblems } from '../campaigns-problems';

/**
 * Events taking part in campaigns (docs/campaigns.md, "Taking part"): operators attach their
 * venues' event offerings to a published campaign when dates and place fit; the campaign page lists
 * them. Booking them is unchanged: they stay offerings of their venue.
 */
@Injectable()
export class CampaignEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CampaignEventsStore,
    private readonly campaignsStore: CampaignsStore,
    private readonly campaigns: CampaignsService,
    private readonly policy: PolicyService,
    private readonly regions: RegionTree,
    private readonly audit: AuditService,
    private readonly offerings: OfferingsService,
    private readonly resources: ResourceStore,
  ) {}

  async attach(actor: Actor, campaignId: string, body: AttachEventDto, correlationId?: string): Promise<EventView> {
    const campaign = await this.campaigns.readable(actor, campaignId);
    const { offering, resource } = await this.offering(body.offeringId);
    await this.policy.authorize(actor, 'campaign_event.attach', { resource, campaign });
    const themes = await this.check(campaign, offering, resource, body.themes);
    await this.dataSource.transaction(async (tx) => {
      // Shared: a campaign cancelled meanwhile waits for this, and is then checked again.
      const locked = await this.campaignsStore.lockShared(tx, campaignId);
      if (locked.status !== 'published') throw new AppError(CampaignErrors.CAMPAIGN_NOT_PUBLISHED);
      const attached = await this.store.attach(tx, {
        campaignId,
        offeringId: offering.id,
        themes,
        attachedBy: actor.accountId,
      });
      if (!attached) throw new AppError(CampaignErrors.EVENT_ALREADY_ATTACHED);
      await this.record(tx, actor, 'campaign_event.attached', campaign, offering, correlationId);
      await this.campaigns.announce([offering.id], tx);
    });
    const [event] = await this.listed(campaign, { offeringId: offering.id });
    return event;
  }

  /** Takes an event out of a campaign: its venue's operators, or the campaign's administrators. */
  async detach(actor: Actor, campaignId: string, offeringId: string, correlationId?: string): Promise<void> {
    const campaign = await this.campaigns.readable(actor, campaignId);
    const { offering, resource } = await this.offering(offeringId);
    await this.policy.authorize(actor, 'campaign_event.detach', { resource, campaign });
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.store.detach(tx, campaignId, offeringId))) throw new AppError(CoreErrors.NOT_FOUND);
      await this.record(tx, actor, 'campaign_event.detached', campaign, offering, correlationId);
      await this.campaigns.announce([offeringId], tx);
    });
  }

  /** The campaign page: its public events, by first day and venue. */
  async list(actor: Actor | undefined, campaignId: string, query: CampaignEventsQueryDto): Promise<EventView[]> {
    const campaign = await this.campaigns.readable(actor, campaignId);
    if (query.district && !(await this.regions.exists(query.district)))
      throw new AppError(CoreErrors.UNKNOWN_REGION, [
        fieldProblem('district', CommonProblems.UNKNOWN_REGION, { code: query.district }),
      ]);
    const events = await this.listed(campaign, query);
    return query.day ? events.filter((event) => event.days.includes(query.day as string)) : events;
  }

  private async listed(campaign: Campaign, filter: CampaignEventFilter): Promise<EventView[]> {
    const rows = await this.store.publicOf(campaign.id, filter);
    const within = { from: campaign.startsOn, to: campaign.endsOn };
    return rows
      .map(({ linkThemes, ...entry }) => toEventView(entry, { ...within, themes: linkThemes }))
      .sort(
        (a, b) =>
          (a.days[0] ?? '').localeCompare(b.days[0] ?? '') ||
          a.venue.name.localeCompare(b.venue.name, 'zh') ||
          a.offeringId.localeCompare(b.offeringId),
      );
  }

  private async offering(id: string): Promise<{ offering: Offering; resource: Resource }> {
    const offering = await this.offerings.find(id);
    if (!offering) throw new AppError(CoreErrors.NOT_FOUND);
    return { offering, resource: await this.resources.getById(offering.resourceId) };
  }

  /** The rules an event must meet to take part; the themes it will be listed under. */
  private async check(campaign: Campaign, offering: Offering, resource: Resource, asked?: string[]): Promise<string[]> {
    if (campaign.status !== 'published') throw new AppError(CampaignErrors.CAMPAIGN_NOT_PUBLISHED);
    if (!isEventKind(offering.kind))
      throw new AppError(CampaignErrors.NOT_AN_EVENT, [
        fieldProblem('offeringId', CampaignProblems.NOT_AN_EVENT, { kind: offering.kind }),
      ]);
    if (offering.status !== 'active' || resource.status !== 'published')
      throw new AppError(CampaignErrors.OFFERING_NOT_ON_SALE);
    const span = eventSpan(offering);
    if (!span || span[0] < campaign.startsOn || span[1] > campaign.endsOn) {
      throw new AppError(CampaignErrors.EVENT_OUTSIDE_DATES, [
        fieldProblem('offeringId', CampaignProblems.EVENT_OUTSIDE_DATES, {
          span: span ? `${span[0]}…${span[1]}` : 'every open day',
        }),
      ]);
    }
    let inside = false;
    for (const code of campaign.regionCodes) inside ||= await this.regions.contains(code, resource.regionCode);
    if (!inside)
      throw new AppError(CampaignErrors.VENUE_OUTSIDE_REGIONS, [
        fieldProblem('offeringId', CampaignProblems.VENUE_OUTSIDE_REGIONS, { code: resource.regionCode }),
      ]);
    const foreign = (asked ?? []).filter((theme) => !campaign.themes.includes(theme));
    if (foreign.length)
      throw new AppError(CampaignErrors.THEME_NOT_IN_CAMPAIGN, [
        fieldProblem('themes', CampaignProblems.THEME_NOT_IN_CAMPAIGN, { themes: foreign.join(', ') }),
      ]);
    const shared = campaign.themes.filter((theme) => resource.themes.includes(theme));
    return asked ?? (shared.length ? shared : campaign.themes);
  }

  private record(
    tx: EntityManager,
    actor: Actor,
    action: string,
    campaign: Campaign,
    offering: Offering,
    correlationId?: string,
  ) {
    return this.audit.record(
      {
        actorId: actor.accountId,
        action,
        subjectType: 'campaign',
        subjectId: campaign.id,
        details: { offeringId: offering.id, resourceId: offering.resourceId, title: offering.title },
        correlationId,
      },
      tx,
    );
  }
}
