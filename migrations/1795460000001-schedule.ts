import { MigrationInterface, QueryRunner } from 'typeorm';

type Day = [date: string, kind: 'holiday' | 'workday', name: string];

/**
 * 2025 and 2026 as the State Council's notices give them (国办发明电〔2024〕12号 and the 2026
 * notice; the same data as the `chinese-days` package), with the make-up working days (调休).
 */
const OFFICIAL: Day[] = [
  ['2025-01-01', 'holiday', '元旦'],
  ['2025-01-28', 'holiday', '春节'],
  ['2025-01-29', 'holiday', '春节'],
  ['2025-01-30', 'holiday', '春节'],
  ['2025-01-31', 'holiday', '春节'],
  ['2025-02-01', 'holiday', '春节'],
  ['2025-02-02', 'holiday', '春节'],
  ['2025-02-03', 'holiday', '春节'],
  ['2025-02-04', 'holiday', '春节'],
  ['2025-04-04', 'holiday', '清明节'],
  ['2025-04-05', 'holiday', '清明节'],
  ['2025-04-06', 'holiday', '清明节'],
  ['2025-05-01', 'holiday', '劳动节'],
  ['2025-05-02', 'holiday', '劳动节'],
  ['2025-05-03', 'holiday', '劳动节'],
  ['2025-05-04', 'holiday', '劳动节'],
  ['2025-05-05', 'holiday', '劳动节'],
  ['2025-05-31', 'holiday', '端午节'],
  ['2025-06-01', 'holiday', '端午节'],
  ['2025-06-02', 'holiday', '端午节'],
  ['2025-10-01', 'holiday', '国庆节、中秋节'],
  ['2025-10-02', 'holiday', '国庆节、中秋节'],
  ['2025-10-03', 'holiday', '国庆节、中秋节'],
  ['2025-10-04', 'holiday', '国庆节、中秋节'],
  ['2025-10-05', 'holiday', '国庆节、中秋节'],
  ['2025-10-06', 'holiday', '国庆节、中秋节'],
  ['2025-10-07', 'holiday', '国庆节、中秋节'],
  ['2025-10-08', 'holiday', '国庆节、中秋节'],
  ['2025-01-26', 'workday', '春节'],
  ['2025-02-08', 'workday', '春节'],
  ['2025-04-27', 'workday', '劳动节'],
  ['2025-09-28', 'workday', '国庆节、中秋节'],
  ['2025-10-11', 'workday', '国庆节、中秋节'],
  ['2026-01-01', 'holiday', '元旦'],
  ['2026-01-02', 'holiday', '元旦'],
  ['2026-01-03', 'holiday', '元旦'],
  ['2026-02-15', 'holiday', '春节'],
  ['2026-02-16', 'holiday', '春节'],
  ['2026-02-17', 'holiday', '春节'],
  ['2026-02-18', 'holiday', '春节'],
  ['2026-02-19', 'holiday', '春节'],
  ['2026-02-20', 'holiday', '春节'],
  ['2026-02-21', 'holiday', '春节'],
  ['2026-02-22', 'holiday', '春节'],
  ['2026-02-23', 'holiday', '春节'],
  ['2026-04-04', 'holiday', '清明节'],
  ['2026-04-05', 'holiday', '清明节'],
  ['2026-04-06', 'holiday', '清明节'],
  ['2026-05-01', 'holiday', '劳动节'],
  ['2026-05-02', 'holiday', '劳动节'],
  ['2026-05-03', 'holiday', '劳动节'],
  ['2026-05-04', 'holiday', '劳动节'],
  ['2026-05-05', 'holiday', '劳动节'],
  ['2026-06-19', 'holiday', '端午节'],
  ['2026-06-20', 'holiday', '端午节'],
  ['2026-06-21', 'holiday', '端午节'],
  ['2026-09-25', 'holiday', '中秋节'],
  ['2026-09-26', 'holiday', '中秋节'],
  ['2026-09-27', 'holiday', '中秋节'],
  ['2026-10-01', 'holiday', '国庆节'],
  ['2026-10-02', 'holiday', '国庆节'],
  ['2026-10-03', 'holiday', '国庆节'],
  ['2026-10-04', 'holiday', '国庆节'],
  ['2026-10-05', 'holiday', '国庆节'],
  ['2026-10-06', 'holiday', '国庆节'],
  ['2026-10-07', 'holiday', '国庆节'],
  ['2026-01-04', 'workday', '元旦'],
  ['2026-02-14', 'workday', '春节'],
  ['2026-02-28', 'workday', '春节'],
  ['2026-05-09', 'workday', '劳动节'],
  ['2026-09-20', 'workday', '国庆节'],
  ['2026-10-10', 'workday', '国庆节'],
];

/**
 * 2027: only the statutory holidays (全国年节及纪念日放假办法, 2024 revision: 元旦 1 day, 春节 4 from
 * 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3), lunar dates converted for 2027. The bridging days
 * and make-up working days come with the State Council's notice; a city administrator enters it
 * with `PUT /calendar/2027`, which marks the year official.
 */
const STATUTORY_2027: Day[] = [
  ['2027-01-01', 'holiday', '元旦'],
  ['2027-02-05', 'holiday', '春节'],
  ['2027-02-06', 'holiday', '春节'],
  ['2027-02-07', 'holiday', '春节'],
  ['2027-02-08', 'holiday', '春节'],
  ['2027-04-05', 'holiday', '清明节'],
  ['2027-05-01', 'holiday', '劳动节'],
  ['2027-05-02', 'holiday', '劳动节'],
  ['2027-06-09', 'holiday', '端午节'],
  ['2027-09-15', 'holiday', '中秋节'],
  ['2027-10-01', 'holiday', '国庆节'],
  ['2027-10-02', 'holiday', '国庆节'],
  ['2027-10-03', 'holiday', '国庆节'],
];

/** Open hours, the national holiday calendar, offerings and their slots (libs/schedule). */
export class Schedule1795460000001 implements MigrationInterface {
  name = 'Schedule1795460000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "holiday_calendar_years" ("year" integer NOT NULL, "status" character varying(16) NOT NULL, "source" character varying(200) NOT NULL DEFAULT '', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "holiday_calendar_years_status" CHECK ("status" IN ('official', 'provisional')), CONSTRAINT "holiday_calendar_years_pkey" PRIMARY KEY ("year"))`,
    );
    await q.query(
      `CREATE TABLE "holiday_calendar_days" ("date" date NOT NULL, "year" integer NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(32) NOT NULL, CONSTRAINT "holiday_calendar_days_kind" CHECK ("kind" IN ('holiday', 'workday')), CONSTRAINT "holiday_calendar_days_pkey" PRIMARY KEY ("date"))`,
    );
    await q.query(`CREATE INDEX "holiday_calendar_days_year_idx" ON "holiday_calendar_days" ("year")`);
    await q.query(
      `CREATE TABLE "opening_hours" ("resource_id" uuid NOT NULL, "public_holidays" character varying(8) NOT NULL, "holiday_opens" TIME, "holiday_closes" TIME, "makeup_workdays" character varying(16) NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "opening_hours_holiday_range" CHECK ("holiday_opens" IS NULL OR "holiday_opens" < "holiday_closes"), CONSTRAINT "opening_hours_makeup_workdays" CHECK ("makeup_workdays" IN ('as_weekday', 'as_workday')), CONSTRAINT "opening_hours_public_holidays" CHECK ("public_holidays" IN ('open', 'closed')), CONSTRAINT "opening_hours_pkey" PRIMARY KEY ("resource_id"))`,
    );
    await q.query(
      `CREATE TABLE "opening_seasons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "name" character varying(50) NOT NULL DEFAULT '', "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "opening_seasons_range" CHECK ("starts_on" <= "ends_on"), CONSTRAINT "opening_seasons_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "opening_seasons_resource_idx" ON "opening_seasons" ("resource_id")`);
    await q.query(
      `CREATE TABLE "opening_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "season_id" uuid, "weekday" smallint NOT NULL, "opens" TIME NOT NULL, "closes" TIME NOT NULL, CONSTRAINT "opening_rules_range" CHECK ("opens" < "closes"), CONSTRAINT "opening_rules_weekday" CHECK ("weekday" BETWEEN 1 AND 7), CONSTRAINT "opening_rules_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "opening_rules_resource_idx" ON "opening_rules" ("resource_id")`);
    await q.query(
      `CREATE TABLE "opening_exceptions" ("resource_id" uuid NOT NULL, "date" date NOT NULL, "closed" boolean NOT NULL, "opens" TIME, "closes" TIME, "note" character varying(100), CONSTRAINT "opening_exceptions_range" CHECK (("closed" AND "opens" IS NULL AND "closes" IS NULL) OR (NOT "closed" AND "opens" < "closes")), CONSTRAINT "opening_exceptions_pkey" PRIMARY KEY ("resource_id", "date"))`,
    );
    await q.query(
      `CREATE TABLE "offerings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "title" character varying(100) NOT NULL, "kind" character varying(24) NOT NULL, "description" text NOT NULL DEFAULT '', "status" character varying(16) NOT NULL DEFAULT 'active', "audience" character varying(16) NOT NULL DEFAULT 'both', "slot_minutes" integer NOT NULL, "start_times" text array, "dates" date array, "valid_from" date, "valid_to" date, "capacity" integer NOT NULL, "group_capacity" integer NOT NULL DEFAULT '0', "booking_opens_days_ahead" integer NOT NULL DEFAULT '7', "booking_opens_at" TIME NOT NULL DEFAULT '09:00:00', "cutoff_minutes" integer NOT NULL DEFAULT '30', "min_party_size" integer NOT NULL DEFAULT '1', "max_party_size" integer NOT NULL DEFAULT '5', "real_name" boolean NOT NULL DEFAULT false, "min_age" smallint, "max_age" smallint, "price_fen" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "offerings_party" CHECK ("min_party_size" >= 1 AND "min_party_size" <= "max_party_size"), CONSTRAINT "offerings_capacity" CHECK ("capacity" >= 0 AND "group_capacity" >= 0 AND "capacity" + "group_capacity" > 0), CONSTRAINT "offerings_audience" CHECK ("audience" IN ('individual', 'group', 'both')), CONSTRAINT "offerings_status" CHECK ("status" IN ('active', 'archived')), CONSTRAINT "offerings_kind" CHECK ("kind" IN ('general_admission', 'guided_tour', 'course', 'event', 'lab_open_day')), CONSTRAINT "offerings_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "offerings_resource_idx" ON "offerings" ("resource_id")`);
    await q.query(
      `CREATE TABLE "slots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offering_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "booked" integer NOT NULL DEFAULT '0', "group_capacity" integer NOT NULL DEFAULT '0', "group_booked" integer NOT NULL DEFAULT '0', "status" character varying(16) NOT NULL DEFAULT 'scheduled', CONSTRAINT "slots_offering_start_key" UNIQUE ("offering_id", "starts_at"), CONSTRAINT "slots_group_booked" CHECK ("group_booked" >= 0 AND "group_booked" <= "group_capacity"), CONSTRAINT "slots_booked" CHECK ("booked" >= 0 AND "booked" <= "capacity"), CONSTRAINT "slots_time" CHECK ("ends_at" > "starts_at"), CONSTRAINT "slots_status" CHECK ("status" IN ('scheduled', 'cancelled')), CONSTRAINT "slots_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "slots_resource_start_idx" ON "slots" ("resource_id", "starts_at")`);
    await q.query(
      `ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "opening_seasons" ADD CONSTRAINT "opening_seasons_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "opening_rules" ADD CONSTRAINT "opening_rules_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "opening_rules" ADD CONSTRAINT "opening_rules_season_fkey" FOREIGN KEY ("season_id") REFERENCES "opening_seasons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "opening_exceptions" ADD CONSTRAINT "opening_exceptions_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "offerings" ADD CONSTRAINT "offerings_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "slots" ADD CONSTRAINT "slots_offering_fkey" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `INSERT INTO holiday_calendar_years (year, status, source) VALUES
         (2025, 'official', '国务院办公厅关于2025年部分节假日安排的通知'),
         (2026, 'official', '国务院办公厅关于2026年部分节假日安排的通知'),
         (2027, 'provisional', '法定节假日（待国务院办公厅通知补充调休安排）')`,
    );
    const days = [...OFFICIAL, ...STATUTORY_2027];
    await q.query(
      `INSERT INTO holiday_calendar_days (date, year, kind, name)
       SELECT d, extract(year FROM d)::int, k, n FROM unnest($1::date[], $2::text[], $3::text[]) AS t(d, k, n)`,
      [days.map((d) => d[0]), days.map((d) => d[1]), days.map((d) => d[2])],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'slots',
      'offerings',
      'opening_exceptions',
      'opening_rules',
      'opening_seasons',
      'opening_hours',
      'holiday_calendar_days',
      'holiday_calendar_years',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
