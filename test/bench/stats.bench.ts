/**
 * Statistics at scale: a year of bookings (1 million by default) on the demo register's offerings,
 * rolled up by the worker's job, then the overview through the real API. Prints one JSON object:
 * data generation, the full rollup, the daily rollup run, and latencies one request at a time.
 * Run: npm run bench:stats [-- --bookings 1000000 --seconds 10]
 */
import 'reflect-metadata';
import { StatsRollupJob } from '@kepu/stats';
import { addDays, shanghaiToday } from '@kepu/schedule';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { signIn } from '../support/sessions';
import { benchArg, withBenchApp } from './bench-app';

const BOOKINGS = benchArg('bookings', 1_000_000);
const SECONDS = benchArg('seconds', 10);
const DAYS = 365;
const TIMES = ['09:30', '11:00', '14:00', '15:30'];
const ACCOUNTS = 20_000;

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;

async function latency(url: string, path: string, token: string) {
  const result = await autocannon({
    url: `${url}/api/v1${path}`,
    connections: 1,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
  });
  if (result.non2xx) throw new Error(`${path}: ${result.non2xx} answers were not 2xx`);
  return {
    path,
    requests: result.requests.total,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

async function main() {
  await withBenchApp(
    async ({ app, url, t }) => {
      const db = app.get(DataSource);
      const today = shanghaiToday();
      const first = addDays(today, -DAYS);

      // A year of past slots for every active demo offering, four a day; generating takes longer
      // than the API's statement timeout allows, so it runs in a transaction of its own without it.
      let started = Date.now();
      const slots = await db.transaction(async (tx) => {
        await tx.query(`SET LOCAL statement_timeout = 0`);
        await tx.query(
          `INSERT INTO slots (offering_id, resource_id, starts_at, ends_at, capacity, group_capacity)
         SELECT o.id, o.resource_id, (d + t::time) AT TIME ZONE 'Asia/Shanghai',
                (d + t::time + interval '1 hour') AT TIME ZONE 'Asia/Shanghai', 200, 20
           FROM offerings o, generate_series($1::date, $2::date, interval '1 day') d, unnest($3::text[]) t
          WHERE o.status = 'active'
         ON CONFLICT DO NOTHING`,
          [first, addDays(today, -1), TIMES],
        );
        const [{ slots }] = await tx.query(
          `SELECT count(*)::int AS slots FROM slots WHERE starts_at < now() - interval '1 day'`,
        );
        const accounts: { id: string }[] = await tx.query(
          `INSERT INTO accounts (email, display_name, password_hash)
         SELECT 'bench-' || n || '@bench.kepu', '测试访客', '!' FROM generate_series(1, $1) n RETURNING id`,
          [ACCOUNTS],
        );
        // Bookings spread evenly over those slots; the m-th booking of a day's i-th slot goes to
        // account 4m + i, so no account holds two places of one offering on one day.
        await tx.query(
          `WITH past AS (
           SELECT id, offering_id, resource_id, (starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                  row_number() OVER (ORDER BY starts_at, id) - 1 AS k, count(*) OVER () AS total,
                  row_number() OVER (PARTITION BY offering_id, starts_at::date ORDER BY starts_at) - 1 AS ti
             FROM slots WHERE starts_at < now() - interval '1 day'),
         numbered AS (
           SELECT n, p.* FROM generate_series(0, $1 - 1) n
             JOIN past p ON p.k = n % (SELECT count(*) FROM slots WHERE starts_at < now() - interval '1 day'))
         INSERT INTO bookings (code, account_id, slot_id, offering_id, resource_id, visit_date, party_size, status,
                               kind, checked_in_at, checked_in_count, no_show_at, cancelled_at, cancelled_by)
         SELECT upper(lpad(to_hex(n), 10, 'X')), ($2::uuid[])[1 + ((n / total) * 4 + ti) % $3], id,
                offering_id, resource_id, day, 1 + n % 4,
                CASE WHEN n % 20 < 14 THEN 'checked_in' WHEN n % 20 < 16 THEN 'no_show'
                     WHEN n % 20 < 19 THEN 'cancelled' ELSE 'confirmed' END,
                'individual',
                CASE WHEN n % 20 < 14 THEN day + time '10:00' END,
                CASE WHEN n % 20 < 14 THEN 1 + n % 4 END,
                CASE WHEN n % 20 IN (14, 15) THEN day + time '18:00' END,
                CASE WHEN n % 20 IN (16, 17, 18) THEN day - 1 END,
                CASE WHEN n % 20 IN (16, 17, 18) THEN 'visitor' END
           FROM numbered`,
          [BOOKINGS, accounts.map((a) => a.id), ACCOUNTS],
        );
        await tx.query(
          `INSERT INTO booking_visitors (booking_id, position, name, category, resource_id, visit_date)
         SELECT b.id, 0, '测试访客', (ARRAY['adult', 'child', 'senior'])[1 + abs(hashtext(b.code)) % 3],
                b.resource_id, b.visit_date
           FROM bookings b`,
        );
        return slots as number;
      });
      await db.query(`ANALYZE`);
      const generated = seconds(started);

      const rollup = app.get(StatsRollupJob);
      started = Date.now();
      const rows = await rollup.refresh();
      const fullRollup = seconds(started);
      started = Date.now();
      await rollup.run();
      const dailyRun = seconds(started);

      const city = await signIn(t, 'city-admin@demo.kepu');
      const futian = await signIn(t, 'futian-admin@demo.kepu');
      const check = await t
        .http()
        .get(`/api/v1/stats/overview?region=440300&from=${first}&to=${today}`)
        .set('Authorization', `Bearer ${city.accessToken}`);
      const year = `from=${first}&to=${today}`;
      const quarter = `from=${addDays(today, -91)}&to=${today}`;
      const results = [];
      for (const [path, token] of [
        [`/stats/overview?region=440300&${year}`, city.accessToken],
        [`/stats/overview?region=440300&${quarter}`, city.accessToken],
        [`/stats/overview?${quarter}`, futian.accessToken],
        [`/stats/series?region=440300&${year}&interval=month`, city.accessToken],
        [`/stats/districts?region=440300&${year}`, city.accessToken],
      ] as const)
        results.push(await latency(url, path, token));

      console.log(
        JSON.stringify(
          {
            bookings: BOOKINGS,
            slots,
            generatedSeconds: generated,
            rollup: { venueDays: rows, fullSeconds: fullRollup, dailyRunSeconds: dailyRun },
            overviewYearCity: {
              bookings: check.body.service.bookings,
              peopleServed: check.body.service.peopleServed,
            },
            latencyMs: results,
          },
          null,
          2,
        ),
      );
    },
    { KEPU_DEMO: '1' },
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
