import { TEST_METRICS_TOKEN, TestApp } from './test-app';

/** One figure from the app's Prometheus scrape (0 while the series has not appeared). */
export async function metric(t: TestApp, series: string): Promise<number> {
  const scrape = await t.http().get('/api/v1/metrics').set('Authorization', `Bearer ${TEST_METRICS_TOKEN}`).expect(200);
  const line = scrape.text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
