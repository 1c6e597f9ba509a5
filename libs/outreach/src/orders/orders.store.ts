import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { insideRegions, loadInOrder, regionName, regionPath } from '@kepu/core';
import type { MenuItemContent } from '../menu/menu-item.entity';
import { servesDistrict } from '../menu/menu-items.store';
import { OrderDecline, OrderStatus, OutreachOrder } from './order.entity';

/** SQL condition: the provider of menu item `m` has not declined the order `orderIdSql`. */
const notDeclined = (orderIdSql: string): string =>
  `NOT EXISTS (SELECT 1 FROM outreach_order_declines d WHERE d.order_id = ${orderIdSql} AND d.provider_id = m.provider_id)`;

/**
 * The orders a board shows: the orderers' (`mine`), those held by the providers (`provider`), those
 * in the regions (`district`, every region without), or those open to the providers (`open`).
 */
export type OrderBoard =
  | { view: 'mine'; orderers: string[] }
  | { view: 'provider'; providers: string[] }
  | { view: 'district'; regions?: string[] }
  | { view: 'open'; providers: string[] };

/** Which orders a list shows (`OrdersService.list`). */
export interface OrderFilter {
  board: OrderBoard;
  status?: OrderStatus[];
  providerId?: string;
}

/** The names an order's view and texts show, with its menu item and its activity. */
export interface OrderNames {
  id: string;
  ordererName: string;
  providerName: string | null;
  regionName: string;
  itemTitle: string | null;
  itemFormat: MenuItemContent['format'] | null;
  activityId: string | null;
  startsAt: Date;
  endsAt: Date;
  leadId: string;
  peopleReached: number | null;
  completedAt: Date | null;
}

/** A provider's decline of an order, with the provider's name. */
export interface OrderDeclineRow {
  orderId: string;
  providerId: string;
  name: string;
  reason: string;
  at: Date;
}

/** An order a person placed for their school or community, for their data export. */
export interface PlacedOrderRow {
  id: string;
  topic: string;
  orderer: string;
  status: OrderStatus;
  windowFrom: string;
  windowTo: string;
  orderedAt: Date;
  cancelledAt: Date | null;
}

/** Orders: `outreach_orders` and the providers that declined them, `outreach_order_declines`. */
@Injectable()
export class OrdersStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OutreachOrder | null> {
    return manager.findOneBy(OutreachOrder, { id });
  }

  /** An order a foreign key keeps, so it exists. */
  get(tx: EntityManager, id: string): Promise<OutreachOrder> {
    return tx.findOneByOrFail(OutreachOrder, { id });
  }

  /** The order, locked for its change. */
  lock(tx: EntityManager, id: string): Promise<OutreachOrder | null> {
    return tx.findOne(OutreachOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  create(tx: EntityManager, fields: DeepPartial<OutreachOrder>): Promise<OutreachOrder> {
    return tx.save(tx.create(OutreachOrder, fields));
  }

  save(tx: EntityManager, order: OutreachOrder): Promise<OutreachOrder> {
    return tx.save(order);
  }

  async update(tx: EntityManager, id: string, fields: Partial<OutreachOrder>): Promise<void> {
    await tx.update(OutreachOrder, { id }, fields);
  }

  /**
   * The provider takes the order if it is still open, in one conditional update, so that of claims
   * at the same moment one wins; whether this one did.
   */
  async claim(tx: EntityManager, id: string, providerId: string, now: Date): Promise<boolean> {
    const claimed = await tx
      .createQueryBuilder()
      .update(OutreachOrder)
      .set({ status: 'taken', providerId, takenAt: now })
      .where(`id = :id AND status = 'open'`, { id })
      .execute();
    return Boolean(claimed.affected);
  }

  /**
   * One page of a board's orders and the number matching: waiting orders first, longest waiting
   * first; then the rest, newest first.
   */
  async page(
    filter: OrderFilter,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<{ orders: OutreachOrder[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = boardScope(filter.board, param);
    if (filter.status?.length) where.push(`o.status = ANY(${param(filter.status)}::text[])`);
    if (filter.providerId) where.push(`o.provider_id = ${param(filter.providerId)}`);
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT o.id, count(*) OVER ()::int AS total
         FROM outreach_orders o
        WHERE ${where.join(' AND ')}
        ORDER BY o.status IN ('submitted', 'open') DESC,
                 CASE WHEN o.status IN ('submitted', 'open') THEN o.created_at END, o.created_at DESC, o.id
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const orders = await loadInOrder(
      this.dataSource.manager,
      OutreachOrder,
      rows.map((r) => r.id),
    );
    return { orders, total: rows[0]?.total ?? 0 };
  }

  /**
   * Orders nobody took placed before `levelOneBefore` (not escalated yet) or `levelTwoBefore` (not
   * to level 2 yet), oldest first, at most `limit`, locked; those another run holds are skipped.
   */
  lockDueForEscalation(
    tx: EntityManager,
    levelOneBefore: Date,
    levelTwoBefore: Date,
    limit: number,
  ): Promise<OutreachOrder[]> {
    return tx
      .getRepository(OutreachOrder)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`o.status IN ('submitted', 'open')`)
      .andWhere(
        `((o.escalation_level < 1 AND o.created_at <= :levelOneBefore)
            OR (o.escalation_level < 2 AND o.created_at <= :levelTwoBefore))`,
        { levelOneBefore, levelTwoBefore },
      )
      .orderBy('o.created_at')
      .limit(limit)
      .getMany();
  }

  hasDeclined(tx: EntityManager, orderId: string, providerId: string): Promise<boolean> {
    return tx.existsBy(OrderDecline, { orderId, providerId });
  }

  async addDecline(
    tx: EntityManager,
    decline: Pick<OrderDecline, 'orderId' | 'providerId' | 'reason' | 'declinedBy'>,
  ): Promise<void> {
    await tx.insert(OrderDecline, decline);
  }

  /** Providers with a published item serving the order's district that have not declined it. */
  async servingProviders(tx: EntityManager, order: OutreachOrder): Promise<string[]> {
    const providers: { id: string }[] = await tx.query(
      `SELECT DISTINCT m.provider_id AS id FROM outreach_menu_items m WHERE ${servesDistrict('$1')} AND ${notDeclined('$2')}`,
      [order.regionCode, order.id],
    );
    return providers.map((provider) => provider.id);
  }

  /** The orders' names, menu items and activities, in no particular order. */
  names(tx: EntityManager, ids: string[]): Promise<OrderNames[]> {
    return tx.query(
      `SELECT o.id, orderer.name AS "ordererName", provider.name AS "providerName", ${regionName('o.region_code')} AS "regionName",
              coalesce(m.published_content->>'title', m.title) AS "itemTitle",
              coalesce(m.published_content->>'format', m.format) AS "itemFormat",
              a.id AS "activityId", a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.lead_id AS "leadId",
              a.people_reached AS "peopleReached", a.completed_at AS "completedAt"
         FROM outreach_orders o JOIN organisation_names orderer ON orderer.id = o.orderer_id
         LEFT JOIN organisation_names provider ON provider.id = o.provider_id
         LEFT JOIN outreach_menu_items m ON m.id = o.menu_item_id
         LEFT JOIN outreach_activities a ON a.order_id = o.id
        WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The orders' declines, oldest first. */
  declines(tx: EntityManager, ids: string[]): Promise<OrderDeclineRow[]> {
    return tx.query(
      `SELECT d.order_id AS "orderId", d.provider_id AS "providerId", org.name, d.reason, d.declined_at AS at
           FROM outreach_order_declines d JOIN organisation_names org ON org.id = d.provider_id
          WHERE d.order_id = ANY($1::uuid[]) ORDER BY d.declined_at`,
      [ids],
    );
  }

  /** The orders an account placed, newest first. */
  placedBy(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<PlacedOrderRow[]> {
    return manager.query(
      `SELECT o.id, o.topic, org.name AS orderer, o.status, o.window_from AS "windowFrom",
                  o.window_to AS "windowTo", o.created_at AS "orderedAt", o.cancelled_at AS "cancelledAt"
             FROM outreach_orders o JOIN organisation_names org ON org.id = o.orderer_id
            WHERE o.ordered_by = $1 ORDER BY o.created_at DESC, o.id`,
      [accountId],
    );
  }
}

/** The SQL conditions of a board. */
function boardScope(board: OrderBoard, param: (value: unknown) => string): string[] {
  switch (board.view) {
    case 'mine':
      return [`o.orderer_id = ANY(${param(board.orderers)}::uuid[])`];
    case 'provider':
      return [`o.provider_id = ANY(${param(board.providers)}::uuid[])`];
    case 'district':
      return board.regions ? [insideRegions(regionPath('o.region_code'), param(board.regions))] : ['TRUE'];
    case 'open':
      // Offered to one of the providers: it serves the district and has not declined it.
      return [
        `o.status = 'open'`,
        `EXISTS (SELECT 1 FROM outreach_menu_items m
                    WHERE m.provider_id = ANY(${param(board.providers)}::uuid[]) AND ${servesDistrict('o.region_code')}
                      AND ${notDeclined('o.id')})`,
      ];
  }
}
