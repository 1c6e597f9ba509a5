import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import { Booking, BookingVisitor } from '../bookings/booking.entity';

/** The booking of an approved group visit and its name list: `bookings` and `booking_visitors`, as groups use them. */
@Injectable()
export class GroupBookingsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(tx: EntityManager, fields: DeepPartial<Booking>): Promise<Booking> {
    return tx.save(tx.create(Booking, fields));
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Booking[]> {
    return manager.findBy(Booking, { id: In(ids) });
  }

  async update(tx: EntityManager, id: string, fields: Partial<Booking>): Promise<void> {
    await tx.update(Booking, { id }, fields);
  }

  /** The students and teachers on each booking's name list. */
  listedOn(
    bookingIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ bookingId: string; students: number; teachers: number }[]> {
    return manager.query(
      `SELECT booking_id AS "bookingId", count(*) FILTER (WHERE group_role = 'student')::int AS students,
                count(*) FILTER (WHERE group_role = 'teacher')::int AS teachers
           FROM booking_visitors WHERE booking_id = ANY($1) GROUP BY booking_id`,
      [bookingIds],
    );
  }

  /** The booking's name list, in its order. */
  nameList(bookingId: string, manager: EntityManager = this.dataSource.manager): Promise<BookingVisitor[]> {
    return manager.find(BookingVisitor, { where: { bookingId }, order: { position: 'ASC' } });
  }

  /** Puts these people in place of the booking's name list. */
  async replaceNameList(tx: EntityManager, bookingId: string, visitors: DeepPartial<BookingVisitor>[]): Promise<void> {
    await tx.delete(BookingVisitor, { bookingId });
    await tx.insert(BookingVisitor, visitors);
  }

  /** Those of these ID hashes another booking at the venue already holds on that day. */
  idsBookedElsewhere(tx: EntityManager, booking: Booking, idHashes: Buffer[]): Promise<{ idHash: Buffer }[]> {
    return tx.query(
      `SELECT id_hash AS "idHash" FROM booking_visitors
          WHERE resource_id = $1 AND visit_date = $2 AND booking_id <> $3 AND id_hash = ANY($4)`,
      [booking.resourceId, booking.visitDate, booking.id, idHashes],
    );
  }
}
