import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AppError,
  CoreErrors,
  documentFromText,
  loadInOrder,
  Page,
  pageWindow,
  PersonalDataCipher,
  fieldProblem,
} from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { Resource } from '@kepu/register';
import { addDays, daysBetween, ScheduleErrors, shanghaiToday } from '@kepu/schedule';
import { Booking } from '../bookings/booking.entity';
import { normaliseBookingCode } from '../bookings/booking-code';
import { BookingViews } from '../bookings/booking-views.service';
import { BookingErrors } from '../booking-errors';
import type { BookingView } from '../bookings/booking.views';
import { VenueBookingsQueryDto } from './booking-desk.dto';
import { BookingProblems } from '../booking-problems';

/** The longest span the desk lists at once. */
const MAX_DAYS = 31;
/** The most bookings one listing reads: phones and documents are opened one by one to search them. */
const MAX_SEARCHED = 20_000;

const IN_RANGE = 'b.resource_id = $1 AND b.visit_date BETWEEN $2 AND $3';
const DESK_ORDER = 's.starts_at, b.created_at, b.id';

/** What a search looks at in each booking of the range. */
interface DeskRow {
  id: string;
  code: string;
  contactPhone: Buffer | null;
  names: string[];
  documents: Buffer[];
}

/**
 * The operator's booking desk (docs/booking-rules.md, "The booking desk"): a venue's bookings by
 * day and slot, and finding one person's among them by code, name, phone or document.
 */
@Injectable()
export class BookingDesk {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly views: BookingViews,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async list(
    actor: Actor,
    resourceId: string,
    query: VenueBookingsQueryDto,
    now = new Date(),
  ): Promise<Page<BookingView>> {
    const manager = this.dataSource.manager;
    const resource = await manager.findOneBy(Resource, { id: resourceId });
    if (!resource) throw new AppError(CoreErrors.NOT_FOUND);
    await this.policy.authorize(actor, 'booking.arrivals', resource);
    const from = query.from ?? shanghaiToday(now);
    const to = query.to ?? addDays(from, 6);
    if (to < from || daysBetween(from, to) >= MAX_DAYS) {
      throw new AppError(ScheduleErrors.INVALID_DATE_RANGE, [
        fieldProblem('to', BookingProblems.DATES_TOO_FAR_APART, { from, to, days: MAX_DAYS }),
      ]);
    }
    const { limit, offset } = pageWindow(query);
    const { ids, total } = query.q
      ? await this.search(resourceId, from, to, query.q, limit, offset)
      : await this.page(resourceId, from, to, limit, offset);
    const loaded = await this.views.load(manager, await loadInOrder(manager, Booking, ids));
    return {
      items: await Promise.all(loaded.map((item) => this.views.render(manager, item, now))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async page(resourceId: string, from: string, to: string, limit: number, offset: number) {
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT b.id, count(*) OVER ()::int AS total
         FROM bookings b JOIN slots s ON s.id = b.slot_id
        WHERE ${IN_RANGE}
        ORDER BY ${DESK_ORDER} LIMIT $4 OFFSET $5`,
      [resourceId, from, to, limit, offset],
    );
    return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? 0 };
  }

  /** Phones and documents are sealed: a search opens them in memory, for this venue and these days only. */
  private async search(resourceId: string, from: string, to: string, q: string, limit: number, offset: number) {
    const rows: DeskRow[] = await this.dataSource.query(
      `SELECT b.id, b.code, b.contact_phone AS "contactPhone",
              coalesce(array_agg(v.name) FILTER (WHERE v.name IS NOT NULL), '{}') AS names,
              coalesce(array_agg(v.id_number) FILTER (WHERE v.id_number IS NOT NULL), '{}') AS documents
         FROM bookings b JOIN slots s ON s.id = b.slot_id
         LEFT JOIN booking_visitors v ON v.booking_id = b.id
        WHERE ${IN_RANGE}
        GROUP BY b.id, s.starts_at
        ORDER BY ${DESK_ORDER} LIMIT ${MAX_SEARCHED + 1}`,
      [resourceId, from, to],
    );
    if (rows.length > MAX_SEARCHED) {
      throw new AppError(BookingErrors.DESK_RANGE_TOO_BROAD, { maxBookings: MAX_SEARCHED });
    }
    const found = rows.filter(this.matcher(q));
    return { ids: found.slice(offset, offset + limit).map((row) => row.id), total: found.length };
  }

  /** Whether a booking is the one `q` describes: its code, a visitor's name or document, its phone's last digits. */
  private matcher(q: string): (row: DeskRow) => boolean {
    const code = normaliseBookingCode(q);
    const compact = q.replace(/\s+/g, '').toUpperCase();
    const digits = /^\d{4,11}$/.test(compact) ? compact : undefined;
    return (row) =>
      row.code === code ||
      row.names.some((name) => name.includes(q)) ||
      row.documents.some((sealed) => documentFromText(this.cipher.decrypt(sealed)).number === compact) ||
      (digits !== undefined && row.contactPhone !== null && this.cipher.decrypt(row.contactPhone).endsWith(digits));
  }
}
