import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  ErrorDetail,
  RegionTree,
  Page,
  pageWindow,
  fieldProblem,
  CommonProblems,
} from '@kepu/core';
import { AccountsService, Actor, PolicyService, Role, RoleHolders } from '@kepu/identity';
import { administeredRegions, OrganisationsStore } from '@kepu/register';
import { addDays, daysBetween, shanghaiIso, shanghaiToday } from '@kepu/schedule';
import { ActivitiesStore } from '../activities/activities.store';
import { MenuCatalogue } from '../menu/menu-catalogue';
import { MenuItemContent } from '../menu/menu-item.entity';
import { OutreachErrors } from '../outreach-errors';
import { OutreachNotices } from '../outreach-notices';
import { OrderSubject } from '../outreach.policies';
import { ORDER_HELD, ORDER_UNTAKEN, OrderStatus, OutreachOrder } from './order.entity';
import { OrderBoard, OrdersStore } from './orders.store';
import { OrderFacts, OrderMessages } from './order-messages';
import {
  OrderAssignDto,
  OrderClaimDto,
  OrderCreateDto,
  OrderListDto,
  OrderListView,
  OrderReasonDto,
} from './orders.dto';
import { OrderActivityView, OrderDeclineView, OrderMenuItemView, OrderView } from './orders.views';
import { OutreachProblems } from '../outreach-problems';
import { isDistrict } from '../districts';

const ORDERER_ROLES = [Role.School, Role.Community];
/** At most this many operators hear of an order opened for claims; the rest find it on their `open` board. */
const OPEN_NOTICE_LIMIT = 200;
/** Orders escalated per run of the job; the next run takes the rest. */
const ESCALATION_BATCH = 200;
const DAY_MS = 86_400_000;

/** An order with the names its view and its texts show. */
interface LoadedOrder {
  order: OutreachOrder;
  ordererName: string;
  providerName: string | null;
  regionName: string;
  menuItem: OrderMenuItemView | null;
  declines: OrderDeclineView[];
  activity: OrderActivityView | null;
}

/** What a change did: its audit entry and whom it tells. */
interface Outcome {
  event: string;
  details?: Record<string, unknown>;
  tell: (tx: EntityManager, facts: OrderFacts) => Promise<void>;
}

/** The order (or a row carrying its fields) as the rules in outreach.policies.ts see it. */
export const orderSubject = (
  order: Pick<OutreachOrder, 'ordererId' | 'regionCode' | 'providerId' | 'status'>,
): OrderSubject => ({
  ordererId: order.ordererId,
  regionCode: order.regionCode,
  providerId: order.providerId,
  status: order.status,
});

/** ORDER_WRONG_STATE unless the order is in one of these states. */
export function requireStatus(order: OutreachOrder, allowed: readonly OrderStatus[]): void {
  if (!allowed.includes(order.status)) throw new AppError(OutreachErrors.ORDER_WRONG_STATE, { status: order.status });
}

/**
 * Orders (点单), dispatch (派单) and claims (接单), docs/outreach.md "Orders": a school or a
 * community orders; the district of the place assigns the order to a provider or opens it for
 * claims, the first claim winning; the provider holding it may decline it back to the district.
 * Every change is one transaction with the order locked, audited, and told to those concerned.
 */
@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: OrdersStore,
    private readonly activities: ActivitiesStore,
    private readonly organisations: OrganisationsStore,
    private readonly policy: PolicyService,
    private readonly catalogue: MenuCatalogue,
    private readonly notices: OutreachNotices,
    private readonly audit: AuditService,
    private readonly regions: RegionTree,
    private readonly roleHolders: RoleHolders,
    private readonly accounts: AccountsService,
  ) {}

  /** A teacher or community worker orders a published menu item, or writes a free request. */
  async create(actor: Actor, body: OrderCreateDto, correlationId?: string, now = new Date()): Promise<OrderView> {
    const mine = actor.organisationsAs(...ORDERER_ROLES);
    if (!body.ordererId && mine.length > 1) {
      throw new AppError(CoreErrors.VALIDATION_FAILED, [fieldProblem('ordererId', OutreachProblems.CHOOSE_ORDERER)]);
    }
    const ordererId = body.ordererId ?? mine[0];
    await this.policy.authorize(actor, 'outreach_order.create', { ordererId });
    return this.dataSource.transaction(async (tx) => {
      const orderer = await this.organisations.findById(ordererId, tx);
      if (!orderer?.verifiedAt) throw new AppError(OutreachErrors.ORDERER_NOT_VERIFIED);
      await this.requireDistrict(tx, body.regionCode);
      const today = shanghaiToday(now);
      requireWindow(body, today);
      const item = body.menuItemId ? await this.catalogue.orderable(tx, body.menuItemId) : null;
      if (item) requireFits(item, body, today);
      const topic = body.topic ?? item?.title;
      if (!topic) {
        throw new AppError(CoreErrors.VALIDATION_FAILED, [fieldProblem('topic', OutreachProblems.TOPIC_REQUIRED)]);
      }
      const order = await this.orders.create(tx, {
        menuItemId: item?.id ?? null,
        ordererId,
        orderedBy: actor.accountId,
        topic,
        audience: body.audience,
        headcount: body.headcount,
        address: body.address,
        latitude: body.latitude,
        longitude: body.longitude,
        regionCode: body.regionCode,
        windowFrom: body.windowFrom,
        windowTo: body.windowTo,
        notes: body.notes || null,
        status: 'submitted',
      });
      return this.finish(tx, actor, order, correlationId, {
        event: 'outreach_order.submitted',
        details: { menuItemId: order.menuItemId },
        tell: (tx, facts) =>
          this.notices.toAdministrators(tx, order.regionCode, OrderMessages.toDistrict.submitted(facts)),
      });
    });
  }

  /**
   * One board of orders: `mine` (the caller's schools' and communities'), `provider` (held by the
   * caller's organisations), `district` (in the regions the caller administers) or `open` (open
   * orders the caller's organisations may claim). Waiting orders first, longest waiting first; then
   * the rest, newest first.
   */
  async list(actor: Actor, query: OrderListDto): Promise<Page<OrderView>> {
    const { orders, total } = await this.orders.page(
      {
        board: this.board(actor, query.view ?? defaultView(actor)),
        status: query.status,
        providerId: query.providerId,
      },
      pageWindow(query),
    );
    return {
      items: await this.render(this.dataSource.manager, actor, orders),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The orders a board shows the caller; 403 for a board the caller has no role for. */
  private board(actor: Actor, view: OrderListView): OrderBoard {
    const forbidden = () => new AppError(CoreErrors.FORBIDDEN);
    const operated = actor.organisationsAs(Role.Operator);
    switch (view) {
      case 'mine': {
        const orderers = actor.organisationsAs(...ORDERER_ROLES);
        if (!orderers.length) throw forbidden();
        return { view, orderers };
      }
      case 'provider':
        if (!operated.length) throw forbidden();
        return { view, providers: operated };
      case 'district': {
        const regions = administeredRegions(actor);
        if (regions?.length === 0) throw forbidden();
        return { view, regions };
      }
      case 'open':
        if (!operated.length) throw forbidden();
        return { view, providers: operated };
    }
  }

  async get(actor: Actor, id: string): Promise<OrderView> {
    const order = await this.orders.findById(id);
    if (!order) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, 'outreach_order.read', orderSubject(order));
    const [view] = await this.render(this.dataSource.manager, actor, [order]);
    return view;
  }

  /** The district gives a waiting order to a verified provider that has not declined it. */
  async assign(actor: Actor, id: string, body: OrderAssignDto, correlationId?: string, now = new Date()) {
    return this.change(actor, id, 'outreach_order.dispatch', ORDER_UNTAKEN, correlationId, async (tx, order) => {
      const provider = await this.organisations.findById(body.providerId, tx);
      if (!provider?.verifiedAt) {
        throw new AppError(OutreachErrors.PROVIDER_NOT_VERIFIED, [
          fieldProblem('providerId', OutreachProblems.PROVIDER_NOT_VERIFIED, { providerId: body.providerId }),
        ]);
      }
      await this.requireNotDeclined(tx, order.id, provider.id);
      Object.assign(order, {
        status: 'taken',
        providerId: provider.id,
        dispatchedAt: now,
        dispatchedBy: actor.accountId,
        takenAt: now,
      });
      return {
        event: 'outreach_order.assigned',
        details: { providerId: provider.id },
        tell: async (tx, facts) => {
          await this.notices.toMembers(tx, provider.id, Role.Operator, OrderMessages.toProvider.assigned(facts));
          await this.notices.toAccounts(tx, [order.orderedBy], OrderMessages.toOrderer.taken(facts));
        },
      };
    });
  }

  /** The district opens a submitted order for claims by the providers serving its district. */
  async open(actor: Actor, id: string, correlationId?: string, now = new Date()) {
    return this.change(actor, id, 'outreach_order.dispatch', ['submitted'], correlationId, async (_tx, order) => {
      Object.assign(order, { status: 'open', dispatchedAt: now, dispatchedBy: actor.accountId });
      return {
        event: 'outreach_order.opened',
        tell: async (tx, facts) =>
          this.notices.toAccounts(tx, await this.servingOperators(tx, order), OrderMessages.toProvider.open(facts)),
      };
    });
  }

  /**
   * A provider serving the district claims an open order. The first valid claim wins: the claim is
   * one conditional update (`status = 'open'`), so of claims at the same moment one takes the order
   * and the others, once it commits, find it taken.
   */
  async claim(actor: Actor, id: string, body: OrderClaimDto, correlationId?: string, now = new Date()) {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.orders.findById(id, tx);
      if (!order) throw new AppError(CoreErrors.NOT_FOUND);
      // A provider too late for an order another took is told so, not that the order never existed.
      const lateClaim = [...ORDER_HELD, 'completed'].includes(order.status) && actor.hasRole(Role.Operator);
      if (!lateClaim) await this.policy.authorize(actor, 'outreach_order.read', orderSubject(order));
      const providerId = claimantOf(actor, body.providerId);
      await this.policy.authorize(actor, 'outreach_order.claim', { claimantId: providerId });
      if (order.status !== 'open') throw notOpen(order, providerId);
      if (!(await this.catalogue.serves(tx, providerId, order.regionCode))) {
        throw new AppError(OutreachErrors.PROVIDER_DOES_NOT_SERVE);
      }
      await this.requireNotDeclined(tx, order.id, providerId);
      const claimed = await this.orders.claim(tx, id, providerId, now);
      const taken = await this.orders.get(tx, id);
      if (!claimed) throw notOpen(taken, providerId);
      return this.finish(tx, actor, taken, correlationId, {
        event: 'outreach_order.claimed',
        details: { providerId },
        tell: async (tx, facts) => {
          await this.notices.toAccounts(tx, [taken.orderedBy], OrderMessages.toOrderer.taken(facts));
          await this.notices.toAdministrators(tx, taken.regionCode, OrderMessages.toDistrict.claimed(facts));
        },
      });
    });
  }

  /**
   * The provider holding an order declines it with a reason: it goes back to the district
   * (`submitted`), that provider may not take it again, and a schedule it proposed no longer holds.
   */
  async decline(actor: Actor, id: string, body: OrderReasonDto, correlationId?: string) {
    return this.change(
      actor,
      id,
      'outreach_order.provide',
      ['taken', 'scheduled'],
      correlationId,
      async (tx, order) => {
        const provider = await this.organisations.getById(order.providerId as string, tx);
        await this.orders.addDecline(tx, {
          orderId: order.id,
          providerId: provider.id,
          reason: body.reason,
          declinedBy: actor.accountId,
        });
        await this.activities.deleteOfOrder(tx, order.id);
        Object.assign(order, {
          status: 'submitted',
          providerId: null,
          dispatchedAt: null,
          dispatchedBy: null,
          takenAt: null,
        });
        return {
          event: 'outreach_order.declined',
          details: { providerId: provider.id, reason: body.reason },
          tell: async (tx, facts) => {
            const declined = { ...facts, providerName: provider.name, reason: body.reason };
            await this.notices.toAdministrators(tx, order.regionCode, OrderMessages.toDistrict.declined(declined));
            await this.notices.toAccounts(tx, [order.orderedBy], OrderMessages.toOrderer.declined(declined));
          },
        };
      },
    );
  }

  /**
   * The orderer or the district cancels an order that is not over: the provider holding it and the
   * volunteers who joined its activity are told, and so is the other of orderer and district.
   */
  async cancel(actor: Actor, id: string, body: OrderReasonDto, correlationId?: string, now = new Date()) {
    return this.change(
      actor,
      id,
      'outreach_order.cancel',
      [...ORDER_UNTAKEN, ...ORDER_HELD],
      correlationId,
      async (tx, order) => {
        const byOrderer = actor.organisationsAs(...ORDERER_ROLES).includes(order.ordererId);
        const volunteers = await this.activities.volunteersOfOrder(tx, order.id);
        Object.assign(order, { status: 'cancelled', cancelReason: body.reason, cancelledAt: now });
        return {
          event: 'outreach_order.cancelled',
          details: { by: byOrderer ? 'orderer' : 'district', reason: body.reason },
          tell: async (tx, facts) => {
            const f = { ...facts, reason: body.reason };
            if (order.providerId) {
              await this.notices.toMembers(tx, order.providerId, Role.Operator, OrderMessages.toProvider.cancelled(f));
            }
            await this.notices.toAccounts(tx, volunteers, OrderMessages.toVolunteers.cancelled(f));
            if (byOrderer)
              await this.notices.toAdministrators(tx, order.regionCode, OrderMessages.toDistrict.cancelled(f));
            else await this.notices.toAccounts(tx, [order.orderedBy], OrderMessages.toOrderer.cancelled(f));
          },
        };
      },
    );
  }

  /**
   * Orders nobody took (`submitted` or `open`) `afterDays` after they were placed go to the
   * district's administrators (level 1), after twice as long to the city's (level 2); each level
   * once (docs/outreach.md, "Escalation"). Returns how many orders were escalated.
   */
  async escalateDue(afterDays: number, now = new Date()): Promise<number> {
    const levelOneBefore = new Date(now.getTime() - afterDays * DAY_MS);
    const levelTwoBefore = new Date(now.getTime() - 2 * afterDays * DAY_MS);
    return this.dataSource.transaction(async (tx) => {
      const due = await this.orders.lockDueForEscalation(tx, levelOneBefore, levelTwoBefore, ESCALATION_BATCH);
      for (const loaded of await this.load(tx, due)) {
        const { order } = loaded;
        const level = order.createdAt <= levelTwoBefore ? 2 : 1;
        for (let next = order.escalationLevel + 1; next <= level; next++) {
          await this.notices.toAdministrators(
            tx,
            order.regionCode,
            OrderMessages.toAdministrators.escalated(factsOf(loaded), next * afterDays),
            next === 2 ? 'city' : 'district',
          );
        }
        await this.orders.update(tx, order.id, { escalationLevel: level, escalatedAt: now });
        await this.record(tx, null, 'outreach_order.escalated', order, { level });
      }
      return due.length;
    });
  }

  /**
   * For the other parts of outreach (delivery, ratings): the order, locked for update, once the
   * actor may do `action` with it (404 or 403 otherwise) and, when `allowed` is given, it is in one
   * of those states (ORDER_WRONG_STATE otherwise).
   */
  async lockForAction(
    tx: EntityManager,
    actor: Actor,
    id: string,
    action: string,
    allowed?: readonly OrderStatus[],
  ): Promise<OutreachOrder> {
    const order = await this.orders.lock(tx, id);
    if (!order) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, action, orderSubject(order));
    if (allowed) requireStatus(order, allowed);
    return order;
  }

  /** The orders as this actor sees them. */
  async render(tx: EntityManager, actor: Actor, orders: OutreachOrder[]): Promise<OrderView[]> {
    const loaded = await this.load(tx, orders);
    return Promise.all(loaded.map((item) => this.view(actor, item)));
  }

  /** One state change: locks the order, checks the actor and the state, applies the change, saves, audits, tells. */
  private async change(
    actor: Actor,
    id: string,
    action: string,
    allowed: readonly OrderStatus[],
    correlationId: string | undefined,
    apply: (tx: EntityManager, order: OutreachOrder) => Promise<Outcome>,
  ): Promise<OrderView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.lockForAction(tx, actor, id, action, allowed);
      const outcome = await apply(tx, order);
      await this.orders.save(tx, order);
      return this.finish(tx, actor, order, correlationId, outcome);
    });
  }

  private async finish(
    tx: EntityManager,
    actor: Actor,
    order: OutreachOrder,
    correlationId: string | undefined,
    outcome: Outcome,
  ): Promise<OrderView> {
    await this.record(tx, actor, outcome.event, order, outcome.details, correlationId);
    const [loaded] = await this.load(tx, [order]);
    await outcome.tell(tx, factsOf(loaded));
    return this.view(actor, loaded);
  }

  /** A district or functional area of the region tree. */
  private async requireDistrict(tx: EntityManager, code: string): Promise<void> {
    const level = await this.regions.levelOf(code);
    if (!level)
      throw new AppError(CoreErrors.UNKNOWN_REGION, [
        fieldProblem('regionCode', CommonProblems.UNKNOWN_REGION, { code }),
      ]);
    const field = [fieldProblem('regionCode', OutreachProblems.NOT_A_DISTRICT, { code })];
    if (!isDistrict(level)) throw new AppError(OutreachErrors.NOT_A_DISTRICT, field);
  }

  private async requireNotDeclined(tx: EntityManager, orderId: string, providerId: string): Promise<void> {
    if (await this.orders.hasDeclined(tx, orderId, providerId)) throw new AppError(OutreachErrors.DECLINED_BEFORE);
  }

  /** Operators of providers serving the order's district that have not declined it, a bounded number. */
  private async servingOperators(tx: EntityManager, order: OutreachOrder): Promise<string[]> {
    const operators = await this.roleHolders.ofOrganisations(
      await this.orders.servingProviders(tx, order),
      [Role.Operator],
      tx,
    );
    return [...new Set(operators.map((operator) => operator.accountId))].slice(0, OPEN_NOTICE_LIMIT);
  }

  /** The orderer and the district see every decline; a provider only its own. */
  private async visibleDeclines(actor: Actor, { order, declines }: LoadedOrder): Promise<OrderDeclineView[]> {
    const seesAll =
      actor.organisationsAs(...ORDERER_ROLES).includes(order.ordererId) ||
      (await this.policy.decide(actor, 'outreach_order.dispatch', orderSubject(order))) === 'allow';
    const operated = actor.organisationsAs(Role.Operator);
    return seesAll ? declines : declines.filter((d) => operated.includes(d.provider.id));
  }

  private async load(tx: EntityManager, orders: OutreachOrder[]): Promise<LoadedOrder[]> {
    if (!orders.length) return [];
    const ids = orders.map((o) => o.id);
    const names = await this.orders.names(tx, ids);
    const declines = await this.orders.declines(tx, ids);
    const leadNames = await this.accounts.displayNames(
      names.filter((row) => row.activityId).map((row) => row.leadId),
      tx,
    );
    return orders.map((order) => {
      const row = names.find((n) => n.id === order.id);
      if (!row) throw new Error(`Order ${order.id} vanished while it was being read`);
      return {
        order,
        ordererName: row.ordererName,
        providerName: row.providerName,
        regionName: row.regionName,
        menuItem:
          order.menuItemId && row.itemTitle && row.itemFormat
            ? { id: order.menuItemId, title: row.itemTitle, format: row.itemFormat }
            : null,
        declines: declines
          .filter((d) => d.orderId === order.id)
          .map((d) => ({ provider: { id: d.providerId, name: d.name }, reason: d.reason, at: shanghaiIso(d.at) })),
        activity: row.activityId
          ? {
              id: row.activityId,
              startsAt: shanghaiIso(row.startsAt),
              endsAt: shanghaiIso(row.endsAt),
              leadName: leadNames.get(row.leadId) ?? '',
              peopleReached: row.peopleReached,
              completedAt: row.completedAt && shanghaiIso(row.completedAt),
            }
          : null,
      };
    });
  }

  private async view(actor: Actor, loaded: LoadedOrder): Promise<OrderView> {
    const { order } = loaded;
    const iso = (at: Date | null) => (at ? shanghaiIso(at) : null);
    return {
      id: order.id,
      status: order.status,
      menuItem: loaded.menuItem,
      orderer: { id: order.ordererId, name: loaded.ordererName },
      provider: order.providerId ? { id: order.providerId, name: loaded.providerName as string } : null,
      topic: order.topic,
      audience: order.audience,
      headcount: order.headcount,
      address: order.address,
      latitude: order.latitude,
      longitude: order.longitude,
      regionCode: order.regionCode,
      regionName: loaded.regionName,
      windowFrom: order.windowFrom,
      windowTo: order.windowTo,
      notes: order.notes,
      dispatchedAt: iso(order.dispatchedAt),
      takenAt: iso(order.takenAt),
      escalationLevel: order.escalationLevel,
      declines: await this.visibleDeclines(actor, loaded),
      activity: loaded.activity,
      rating:
        order.rating === null
          ? null
          : { score: order.rating, comment: order.ratingComment, at: shanghaiIso(order.ratedAt as Date) },
      cancelReason: order.cancelReason,
      cancelledAt: iso(order.cancelledAt),
      createdAt: shanghaiIso(order.createdAt),
    };
  }

  private async record(
    tx: EntityManager,
    actor: Actor | null,
    action: string,
    order: OutreachOrder,
    details: Record<string, unknown> = {},
    correlationId?: string,
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: actor?.accountId ?? null,
        action,
        subjectType: 'outreach_order',
        subjectId: order.id,
        details: { ordererId: order.ordererId, regionCode: order.regionCode, status: order.status, ...details },
        correlationId,
      },
      tx,
    );
  }
}

/** The first board the caller's roles allow: orderer, then provider, then district. */
function defaultView(actor: Actor): OrderListView {
  if (actor.organisationsAs(...ORDERER_ROLES).length) return 'mine';
  if (actor.organisationsAs(Role.Operator).length) return 'provider';
  return 'district';
}

/** The organisation an operator claims for: named, or their only one (the claim rule refuses none). */
function claimantOf(actor: Actor, requested?: string): string {
  const operated = actor.organisationsAs(Role.Operator);
  if (!requested && operated.length > 1) {
    throw new AppError(CoreErrors.VALIDATION_FAILED, [fieldProblem('providerId', OutreachProblems.CHOOSE_PROVIDER)]);
  }
  return requested ?? operated[0];
}

/** Why an order that is not open cannot be claimed: another provider has it, or it is in no state for claims. */
function notOpen(order: OutreachOrder, claimantId: string): AppError {
  const takenByAnother = order.providerId !== null && order.providerId !== claimantId && order.status !== 'cancelled';
  return takenByAnother
    ? new AppError(OutreachErrors.ORDER_ALREADY_TAKEN)
    : new AppError(OutreachErrors.ORDER_WRONG_STATE, { status: order.status });
}

/** The window of dates: it starts after today and spans at most 366 days. */
function requireWindow(body: OrderCreateDto, today: string): void {
  const problems: ErrorDetail[] = [];
  if (body.windowFrom <= today) problems.push(fieldProblem('windowFrom', OutreachProblems.WINDOW_STARTS_TODAY));
  if (body.windowTo < body.windowFrom) problems.push(fieldProblem('windowTo', OutreachProblems.WINDOW_INVERTED));
  else if (daysBetween(body.windowFrom, body.windowTo) > 366) {
    problems.push(fieldProblem('windowTo', OutreachProblems.WINDOW_TOO_LONG));
  }
  if (problems.length) throw new AppError(CoreErrors.VALIDATION_FAILED, problems);
}

/** What ordering a menu item asks: a district it serves, a headcount in its range, its lead time. */
function requireFits(item: MenuItemContent, body: OrderCreateDto, today: string): void {
  if (!item.districtCodes.includes(body.regionCode)) throw new AppError(OutreachErrors.DISTRICT_NOT_SERVED);
  if (body.headcount < item.minPeople || body.headcount > item.maxPeople) {
    throw new AppError(OutreachErrors.HEADCOUNT_OUT_OF_RANGE, { min: item.minPeople, max: item.maxPeople });
  }
  const earliest = addDays(today, item.leadDays);
  if (body.windowTo < earliest) throw new AppError(OutreachErrors.INSIDE_LEAD_TIME, { earliest });
}

function factsOf(loaded: LoadedOrder): OrderFacts {
  const { order } = loaded;
  return {
    topic: order.topic,
    ordererName: loaded.ordererName,
    regionName: loaded.regionName,
    address: order.address,
    windowFrom: order.windowFrom,
    windowTo: order.windowTo,
    headcount: order.headcount,
    providerName: loaded.providerName,
  };
}
