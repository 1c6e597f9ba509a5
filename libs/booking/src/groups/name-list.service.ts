import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  isUniqueViolation,
  PendingUpload,
  PersonalDataCipher,
  SheetReader,
  fieldProblem,
  writeCsv,
} from '@kepu/core';
import { Actor } from '@kepu/identity';
import { shanghaiToday } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { Booking } from '../bookings/booking.entity';
import { releaseSeats, takeSeats } from '../bookings/seats';
import { GroupBookingsStore } from './group-bookings.store';
import { GroupMessages } from './group-messages';
import { GroupNotices } from './group-notices';
import { GroupVisitViews, LoadedGroupVisit, nameListDeadline } from './group-visit-views.service';
import { NameListProblem, NameListReport, NameListView } from './group.views';
import { GroupVisitsService } from './group-visits.service';
import { NameListProblems } from './group-problems';
import {
  checkNameList,
  NAME_LIST_CSV_ROWS,
  NAME_LIST_SHEET_LIMITS,
  NameListPerson,
  nameListTemplate,
} from './name-list';

const ID_DAY_INDEX = 'booking_visitors_one_per_id_venue_day';

/**
 * A school group's name list (students and teachers), uploaded as XLSX or CSV until the end of the
 * day before the visit. Every row is checked and reported; a list with any error changes nothing.
 * Saving replaces the whole list, and the group's booking grows or shrinks to the people on it.
 */
@Injectable()
export class NameListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: GroupBookingsStore,
    private readonly cipher: PersonalDataCipher,
    private readonly groupVisits: GroupVisitsService,
    private readonly views: GroupVisitViews,
    private readonly notices: GroupNotices,
    private readonly audit: AuditService,
    private readonly sheets: SheetReader,
  ) {}

  /** The same for everyone, and public: written once. */
  private workbook?: Promise<Buffer>;

  async template(format: 'xlsx' | 'csv'): Promise<Buffer> {
    if (format === 'csv') return writeCsv(NAME_LIST_CSV_ROWS);
    this.workbook ??= nameListTemplate();
    return this.workbook;
  }

  /**
   * Who may upload, and whether the list is still open, is settled before the file is read; the
   * same checks run again under the visit's lock, since the file may take a while to arrive.
   */
  async upload(
    actor: Actor,
    id: string,
    file: PendingUpload,
    dryRun = false,
    correlationId?: string,
    now = new Date(),
  ): Promise<NameListReport> {
    this.requireOpen(await this.groupVisits.visitFor(actor, id, 'group_visit.name_list', this.dataSource.manager), now);
    const sheet = await this.sheets.readTyped(file, NAME_LIST_SHEET_LIMITS);
    return this.dataSource.transaction(async (tx) => {
      const loaded = await this.groupVisits.visitFor(actor, id, 'group_visit.name_list', tx, true);
      const { visit, booking } = this.requireOpen(loaded, now);
      const check = checkNameList(sheet, loaded.offering, visit, booking.visitDate, shanghaiToday(now));
      const report = { dryRun, rows: check.rows, students: check.students, teachers: check.teachers };
      if (check.errors.length) throw new AppError(BookingErrors.NAME_LIST_INVALID, { ...report, errors: check.errors });
      if (dryRun) return { ...report, errors: [] };
      await this.replace(tx, booking, check.people, report);
      await this.resize(tx, booking, check.people.length);
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'group_visit.name_list',
          subjectType: 'group_visit',
          subjectId: visit.id,
          details: { students: check.students, teachers: check.teachers },
          correlationId,
        },
        tx,
      );
      const after = await this.views.one(tx, visit);
      await this.notices.toVenue(tx, loaded.resource, GroupMessages.toVenue.nameList(this.views.facts(after)));
      return { ...report, errors: [] };
    });
  }

  /** A list is taken for an approved visit with its booking, until the end of the day before. */
  private requireOpen(loaded: LoadedGroupVisit, now: Date): LoadedGroupVisit & { booking: Booking } {
    const { visit, booking } = loaded;
    if (visit.status !== 'approved' || booking?.status !== 'confirmed') {
      throw new AppError(BookingErrors.GROUP_VISIT_WRONG_STATE, { status: booking?.status ?? visit.status });
    }
    if (now >= nameListDeadline(booking.visitDate)) throw new AppError(BookingErrors.NAME_LIST_CLOSED);
    return { ...loaded, booking };
  }

  /** The list with ID numbers masked, for the school and the venue. */
  async view(actor: Actor, id: string): Promise<NameListView> {
    const manager = this.dataSource.manager;
    const { visit } = await this.groupVisits.visitFor(actor, id, 'group_visit.read_name_list', manager);
    const visitors = visit.bookingId ? await this.bookings.nameList(visit.bookingId, manager) : [];
    return { visitId: visit.id, people: this.views.nameList(visitors) };
  }

  /**
   * Swaps the whole list in a savepoint, so an ID already booked at the venue that day is reported
   * by row, in the same report as the list's other problems.
   */
  private async replace(
    tx: EntityManager,
    booking: Booking,
    people: NameListPerson[],
    report: Omit<NameListReport, 'errors'>,
  ): Promise<void> {
    const sealed = people.map((p, position) => ({
      bookingId: booking.id,
      position,
      name: p.name,
      category: p.category,
      groupRole: p.role,
      idNumber: p.idNumber ? this.cipher.encrypt(p.idNumber) : null,
      phone: p.phone ? this.cipher.encrypt(p.phone) : null,
      idHash: p.idNumber ? this.cipher.hash(p.idNumber) : null,
      resourceId: booking.resourceId,
      visitDate: booking.visitDate,
    }));
    try {
      await tx.transaction((inner) => this.bookings.replaceNameList(inner, booking.id, sealed));
    } catch (error) {
      if (!isUniqueViolation(error, ID_DAY_INDEX)) throw error;
      const taken = await this.bookings.idsBookedElsewhere(
        tx,
        booking,
        sealed.flatMap((s) => (s.idHash ? [s.idHash] : [])),
      );
      const { problems, messages } = fieldProblem('idNumber', NameListProblems.ID_ALREADY_BOOKED);
      const errors: NameListProblem[] = people.flatMap((p, i) => {
        const hash = sealed[i].idHash;
        return hash && taken.some((t) => t.idHash.equals(hash))
          ? [
              {
                row: p.row,
                name: p.name,
                column: 'idNumber' as const,
                code: 'ID_ALREADY_BOOKED',
                problem: problems[0],
                messages: messages[0],
              },
            ]
          : [];
      });
      throw new AppError(BookingErrors.NAME_LIST_INVALID, { ...report, errors });
    }
  }

  /** The group's booking holds places for the people on its list: fewer free places, more need the quota. */
  private async resize(tx: EntityManager, booking: Booking, people: number): Promise<void> {
    const delta = people - booking.partySize;
    if (delta === 0) return;
    if (delta < 0) await releaseSeats(tx, booking.slotId, -delta, 'group');
    else if (!(await takeSeats(tx, booking.slotId, delta, 'group'))) throw new AppError(BookingErrors.GROUP_QUOTA_FULL);
    await this.bookings.update(tx, booking.id, { partySize: people });
  }
}
