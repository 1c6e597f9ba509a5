import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, CoreErrors, documentFromText, Page, pageWindow, PersonalDataCipher, fieldProblem } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { ResourceStore } from '@kepu/register';
import { addDays, daysBetween, ScheduleErrors, shanghaiToday } from '@kepu/schedule';
import { BookingsStore } from '../bookings/bookings.store';
import { normaliseBookingCode } from '../bookings/booking-code';
import { BookingViews } from '../bookings/booking-views.service';
import { BookingErrors } from '../booking-errors';
import type { BookingView } from '../bookings/booking.views';
import { VenueBookingsQueryDto } from './booking-desk.dto';
import { BookingDeskStore, DeskRow, MAX_SEARCHED } from './booking-desk.store';
import { BookingProblems } from '../booking-problems';

/** The longest span the desk lists at once. */
const MAX_DAYS = 31;

/**
 * The operator's booking desk (docs/booking-rules.md, "The booking desk"): a venue's bookings by
 * day and slot, and finding one person's among them by code, name, phone or document.
 */
@Injectable()
export class BookingDesk {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: BookingDeskStore,
    private readonly bookings: BookingsStore,
    private readonly resources: ResourceStore,
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
    const resource = await this.resources.findById(resourceId);
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
      : await this.store.page(resourceId, from, to, limit, offset);
    const manager = this.dataSource.manager;
    const loaded = await this.views.load(manager, await this.bookings.inOrder(ids, manager));
    return {
      items: await Promise.all(loaded.map((item) => this.views.render(manager, item, now))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Phones and documents are sealed: a search opens them in memory, for this venue and these days only. */
  private async search(resourceId: string, from: string, to: string, q: string, limit: number, offset: number) {
    const rows = await this.store.searchable(resourceId, from, to);
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
