import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The most bookings one listing reads: phones and documents are opened one by one to search them. */
export const MAX_SEARCHED = 20_000;

const IN_RANGE = 'b.resource_id = $1 AND b.visit_date BETWEEN $2 AND $3';
const DESK_ORDER = 's.starts_at, b.created_at, b.id';

/** What a search looks at in each booking of the range. */
export interface DeskRow {
  id: string;
  code: string;
  contactPhone: Buffer | null;
  names: string[];
  documents: Buffer[];
}

/** A venue's bookings from one day to another, as the booking desk lists them: by slot time, then as made. */
@Injectable()
export class BookingDeskStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of the bookings' ids, and how many there are. */
  async page(resourceId: string, from: string, to: string, limit: number, offset: number) {
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT b.id, count(*) OVER ()::int AS total
         FROM bookings b JOIN slot_facts s ON s.id = b.slot_id
        WHERE ${IN_RANGE}
        ORDER BY ${DESK_ORDER} LIMIT $4 OFFSET $5`,
      [resourceId, from, to, limit, offset],
    );
    return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? 0 };
  }

  /** The bookings with their sealed phones, names and documents, for a search: at most MAX_SEARCHED + 1 of them. */
  searchable(resourceId: string, from: string, to: string): Promise<DeskRow[]> {
    return this.dataSource.query(
      `SELECT b.id, b.code, b.contact_phone AS "contactPhone",
              coalesce(array_agg(v.name) FILTER (WHERE v.name IS NOT NULL), '{}') AS names,
              coalesce(array_agg(v.id_number) FILTER (WHERE v.id_number IS NOT NULL), '{}') AS documents
         FROM bookings b JOIN slot_facts s ON s.id = b.slot_id
         LEFT JOIN booking_visitors v ON v.booking_id = b.id
        WHERE ${IN_RANGE}
        GROUP BY b.id, s.starts_at
        ORDER BY ${DESK_ORDER} LIMIT ${MAX_SEARCHED + 1}`,
      [resourceId, from, to],
    );
  }
}
