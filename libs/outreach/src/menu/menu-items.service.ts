import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  RegionTree,
  OutboxService,
  Page,
  PageQueryDto,
  pageWindow,
  fieldProblem,
  CommonProblems,
} from '@kepu/core';
import { Actor, PolicyService, Role } from '@kepu/identity';
import { administeredRegions, publicName, soleOrganisation } from '@kepu/register';
import { shanghaiIso } from '@kepu/schedule';
import { parseBbox } from '@kepu/search';
import { OutreachErrors } from '../outreach-errors';
import { requireDistricts } from '../districts';
import { OutreachMessage, OutreachNotices } from '../outreach-notices';
import { MenuSubject } from '../outreach.policies';
import { MenuItem, MenuItemContent } from './menu-item.entity';
import { MenuFacts, MenuMessages } from './menu-messages';
import { MenuItemContentDto, MenuItemCreateDto, MenuListDto, MenuMineDto, MenuReviewDto } from './menu.dto';
import { MenuItemPrivateView, MenuItemView } from './menu.views';
import { OrganisationsStore } from '@kepu/register';
import { Provider, ProviderLocationsStore } from '../provider-locations.store';
import { MenuItemsStore } from './menu-items.store';
import { OutreachProblems } from '../outreach-problems';

/** The topic that tells other libs (the search index) what the public sees of an item changed. */
const MENU_CHANGED = { topic: 'outreach_menu.changed', aggregateType: 'outreach_menu_item' };

/** Statuses whose working content may be replaced (a published item's edit goes to review). */
const EDITABLE = ['draft', 'submitted', 'changes_requested', 'published'];

/** What one change of an item did: for the audit trail, the search index and the people concerned. */
interface Outcome {
  action: string;
  details?: Record<string, unknown>;
  /** What the public sees changed (approved content, or the item left the menu). */
  publicChanged?: boolean;
  toAdministrators?: (facts: MenuFacts) => OutreachMessage;
  toProvider?: (facts: MenuFacts) => OutreachMessage;
}

/** Just the content fields, whatever else the source holds (an entity, or a stored snapshot). */
const contentOf = (c: MenuItemContent): MenuItemContent => ({
  title: c.title,
  summary: c.summary,
  format: c.format,
  themes: c.themes,
  audiences: c.audiences,
  durationMinutes: c.durationMinutes,
  minPeople: c.minPeople,
  maxPeople: c.maxPeople,
  districtCodes: c.districtCodes,
  leadDays: c.leadDays,
  hostEquipment: c.hostEquipment,
  feeFen: c.feeFen,
});

/** A menu item as the public sees it: shown while it has approved content and is not withdrawn. */
const isPublic = (item: MenuItem): item is MenuItem & { publishedContent: MenuItemContent } =>
  item.publishedContent !== null && item.status !== 'withdrawn';

/** A menu item as the rules see it: its provider and the provider's region. */
const subjectOf = (item: MenuItem, { organisation }: Provider): MenuSubject => ({
  providerId: item.providerId,
  regionCode: organisation.regionCode,
});

/**
 * The activity menu (docs/outreach.md, "Menu items"): a provider's operators write items, the
 * administrators of the provider's region review them, the public sees the content last approved.
 * Every change is one transaction that locks the item, audits it and tells the people concerned.
 */
@Injectable()
export class MenuItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: MenuItemsStore,
    private readonly organisations: OrganisationsStore,
    private readonly providerLocations: ProviderLocationsStore,
    private readonly policy: PolicyService,
    private readonly notices: OutreachNotices,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly regions: RegionTree,
  ) {}

  /** Published items, newest first, filtered; the approved content only. */
  async list(query: MenuListDto): Promise<Page<MenuItemView>> {
    const box = query.bbox ? parseBbox(query.bbox) : undefined;
    const found = await this.items.pagePublished({ ...query, box }, pageWindow(query));
    return this.page(found, query, (item, provider) =>
      this.render(item, provider, item.publishedContent as MenuItemContent),
    );
  }

  /**
   * One item: the private view to its provider's operators and the administrators of its region,
   * else the approved content while it is on the menu; otherwise it does not exist.
   */
  async get(actor: Actor | undefined, id: string): Promise<MenuItemView | MenuItemPrivateView> {
    const item = await this.items.findById(id);
    if (!item) throw new AppError(CoreErrors.NOT_FOUND);
    const provider = await this.provider(item.providerId);
    if (actor && (await this.policy.decide(actor, 'outreach_menu.read_private', subjectOf(item, provider))) === 'allow')
      return this.renderPrivate(item, provider);
    if (!isPublic(item)) throw new AppError(CoreErrors.NOT_FOUND);
    return this.render(item, provider, item.publishedContent);
  }

  /** The operator's organisation's items in every status, newest first. */
  async mine(actor: Actor, query: MenuMineDto): Promise<Page<MenuItemPrivateView>> {
    const providerId = soleOrganisation(actor, query.providerId);
    const provider = await this.organisations.findById(providerId);
    if (!provider) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, 'outreach_menu.read_private', { providerId, regionCode: provider.regionCode });
    const found = await this.items.pageOfProvider(providerId, pageWindow(query));
    return this.page(found, query, (item, p) => this.renderPrivate(item, p));
  }

  /** Items waiting for review whose provider lies in the administrator's regions, longest waiting first. */
  async reviewQueue(actor: Actor, query: PageQueryDto): Promise<Page<MenuItemPrivateView>> {
    await this.policy.authorize(actor, 'outreach_menu.review_queue');
    const found = await this.items.pageAwaitingReview(administeredRegions(actor), pageWindow(query));
    return this.page(found, query, (item, provider) => this.renderPrivate(item, provider));
  }

  /** A new draft for a verified organisation the operator runs. */
  async create(actor: Actor, body: MenuItemCreateDto, correlationId?: string): Promise<MenuItemPrivateView> {
    const providerId = soleOrganisation(actor, body.providerId);
    await this.policy.authorize(actor, 'outreach_menu.create', { providerId });
    return this.dataSource.transaction(async (tx) => {
      const provider = (await this.providerLocations.providers([providerId], tx)).get(providerId);
      if (!provider) throw new AppError(CoreErrors.NOT_FOUND);
      if (!provider.organisation.verifiedAt) throw new AppError(OutreachErrors.PROVIDER_NOT_VERIFIED);
      const item = await this.items.create(tx, {
        ...(await this.checked(tx, body)),
        providerId,
        status: 'draft',
        createdBy: actor.accountId,
      });
      await this.record(tx, actor, 'outreach_menu.created', item, {}, correlationId);
      return this.renderPrivate(item, provider);
    });
  }

  /**
   * Replaces the working content. An edit of a published item goes to review at once; the public
   * keeps seeing the approved content until it is approved.
   */
  async update(
    actor: Actor,
    id: string,
    body: MenuItemContentDto,
    correlationId?: string,
  ): Promise<MenuItemPrivateView> {
    return this.change(
      actor,
      id,
      'outreach_menu.edit',
      async (tx, item) => {
        if (!EDITABLE.includes(item.status)) throw new AppError(OutreachErrors.MENU_ITEM_NOT_EDITABLE);
        Object.assign(item, await this.checked(tx, body));
        if (item.status !== 'published') return { action: 'outreach_menu.edited' };
        Object.assign(item, { status: 'submitted', submittedAt: new Date() });
        return {
          action: 'outreach_menu.edited',
          details: { submitted: true },
          toAdministrators: MenuMessages.toAdministrators.edited,
        };
      },
      correlationId,
    );
  }

  /** Sends a draft, or an item returned for changes, to the administrators of the provider's region. */
  async submit(actor: Actor, id: string, correlationId?: string): Promise<MenuItemPrivateView> {
    return this.change(
      actor,
      id,
      'outreach_menu.edit',
      async (_tx, item) => {
        if (item.status === 'submitted' || item.status === 'published')
          throw new AppError(OutreachErrors.MENU_ITEM_NOTHING_TO_SUBMIT);
        if (item.status !== 'draft' && item.status !== 'changes_requested')
          throw new AppError(OutreachErrors.MENU_ITEM_NOT_EDITABLE);
        Object.assign(item, { status: 'submitted', submittedAt: new Date() });
        return { action: 'outreach_menu.submitted', toAdministrators: MenuMessages.toAdministrators.submitted };
      },
      correlationId,
    );
  }

  /**
   * Approving publishes the working content; asking for changes returns it to the provider;
   * rejecting ends a first application, but rejecting an edit of a published item only drops the
   * edit: the item stays on the menu with the content approved before.
   */
  async review(actor: Actor, id: string, body: MenuReviewDto, correlationId?: string): Promise<MenuItemPrivateView> {
    const comment = body.comment?.trim() || null;
    if (body.decision !== 'approve' && !comment)
      throw new AppError(CoreErrors.REASON_REQUIRED, [fieldProblem('comment', CommonProblems.REASON_REQUIRED)]);
    return this.change(
      actor,
      id,
      'outreach_menu.review',
      async (_tx, item) => {
        if (item.status !== 'submitted') throw new AppError(OutreachErrors.MENU_ITEM_NOT_SUBMITTED);
        Object.assign(item, { reviewedBy: actor.accountId, reviewedAt: new Date(), reviewComment: comment });
        const details = { decision: body.decision, comment };
        if (body.decision === 'approve') {
          const approved = contentOf(item);
          Object.assign(item, {
            status: 'published',
            publishedContent: approved,
            publishedDistrictCodes: approved.districtCodes,
          });
          return {
            action: 'outreach_menu.reviewed',
            details,
            publicChanged: true,
            toProvider: MenuMessages.toProvider.approved,
          };
        }
        if (body.decision === 'request_changes') {
          item.status = 'changes_requested';
          return { action: 'outreach_menu.reviewed', details, toProvider: MenuMessages.toProvider.changesRequested };
        }
        if (item.publishedContent) {
          Object.assign(item, { ...contentOf(item.publishedContent), status: 'published' });
          return { action: 'outreach_menu.reviewed', details, toProvider: MenuMessages.toProvider.editRejected };
        }
        item.status = 'rejected';
        return { action: 'outreach_menu.reviewed', details, toProvider: MenuMessages.toProvider.rejected };
      },
      correlationId,
    );
  }

  /** The provider takes an item off the menu (or out of review) for good. */
  async withdraw(actor: Actor, id: string, correlationId?: string): Promise<MenuItemPrivateView> {
    return this.change(
      actor,
      id,
      'outreach_menu.edit',
      async (_tx, item) => {
        if (item.status === 'withdrawn' || item.status === 'rejected')
          throw new AppError(OutreachErrors.MENU_ITEM_NOT_EDITABLE);
        const wasPublic = isPublic(item);
        item.status = 'withdrawn';
        return { action: 'outreach_menu.withdrawn', publicChanged: wasPublic };
      },
      correlationId,
    );
  }

  /**
   * One change of an item: locks it, checks the actor may do `action` with it, applies the change,
   * saves, audits, announces a change of what the public sees, and tells the people concerned.
   */
  private async change(
    actor: Actor,
    id: string,
    action: 'outreach_menu.edit' | 'outreach_menu.review',
    apply: (tx: EntityManager, item: MenuItem) => Promise<Outcome>,
    correlationId?: string,
  ): Promise<MenuItemPrivateView> {
    return this.dataSource.transaction(async (tx) => {
      const item = await this.items.lock(tx, id);
      if (!item) throw new AppError(CoreErrors.NOT_FOUND);
      const provider = await this.provider(item.providerId, tx);
      await this.policy.authorize(actor, action, subjectOf(item, provider));
      const outcome = await apply(tx, item);
      await this.items.save(tx, item);
      await this.record(tx, actor, outcome.action, item, outcome.details, correlationId);
      if (outcome.publicChanged) await this.outbox.publish({ ...MENU_CHANGED, aggregateId: item.id }, tx);
      const { organisation } = provider;
      const facts: MenuFacts = { title: item.title, providerName: publicName(organisation) };
      if (outcome.toAdministrators)
        await this.notices.toAdministrators(tx, organisation.regionCode, outcome.toAdministrators(facts));
      if (outcome.toProvider) {
        const message = outcome.toProvider({ ...facts, comment: item.reviewComment });
        await this.notices.toMembers(tx, organisation.id, Role.Operator, message);
      }
      return this.renderPrivate(item, provider);
    });
  }

  /**
   * The content as it will be stored: group sizes in order, every district served a district
   * (or functional area) of the region tree, text trimmed.
   */
  private async checked(tx: EntityManager, body: MenuItemContentDto): Promise<MenuItemContent> {
    if (body.maxPeople < body.minPeople) {
      throw new AppError(CoreErrors.VALIDATION_FAILED, [fieldProblem('maxPeople', OutreachProblems.MAX_BELOW_MIN)]);
    }
    await requireDistricts(this.regions, 'districtCodes', body.districtCodes);
    return contentOf({
      ...body,
      title: body.title.trim(),
      summary: body.summary.trim(),
      hostEquipment: body.hostEquipment?.trim() || null,
      feeFen: body.feeFen ?? 0,
    });
  }

  /** A page of items, each with its provider. */
  private async page<T>(
    { items, total }: { items: MenuItem[]; total: number },
    query: PageQueryDto,
    render: (item: MenuItem, provider: Provider) => T,
  ): Promise<Page<T>> {
    const providers = await this.providerLocations.providers([...new Set(items.map((i) => i.providerId))]);
    return {
      items: items.map((item) => render(item, providers.get(item.providerId) as Provider)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** An item's provider, which exists (a foreign key keeps it). */
  private async provider(id: string, manager?: EntityManager): Promise<Provider> {
    return (await this.providerLocations.providers([id], manager)).get(id) as Provider;
  }

  private render(item: MenuItem, { organisation, location }: Provider, content: MenuItemContent): MenuItemView {
    return {
      id: item.id,
      ...contentOf(content),
      provider: { id: organisation.id, name: publicName(organisation), location },
      rating: {
        average: item.ratingCount ? Math.round((item.ratingSum / item.ratingCount) * 10) / 10 : null,
        count: item.ratingCount,
      },
    };
  }

  private renderPrivate(item: MenuItem, provider: Provider): MenuItemPrivateView {
    return {
      ...this.render(item, provider, item),
      status: item.status,
      reviewComment: item.reviewComment,
      submittedAt: item.submittedAt && shanghaiIso(item.submittedAt),
      reviewedAt: item.reviewedAt && shanghaiIso(item.reviewedAt),
      publishedContent: item.publishedContent && contentOf(item.publishedContent),
      createdAt: shanghaiIso(item.createdAt),
      updatedAt: shanghaiIso(item.updatedAt),
    };
  }

  private async record(
    tx: EntityManager,
    actor: Actor,
    action: string,
    item: MenuItem,
    details: Record<string, unknown> = {},
    correlationId?: string,
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: actor.accountId,
        action,
        subjectType: MENU_CHANGED.aggregateType,
        subjectId: item.id,
        details: { providerId: item.providerId, status: item.status, ...details },
        correlationId,
      },
      tx,
    );
  }
}
