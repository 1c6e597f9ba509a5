import { client } from '../../lib/api/client';
import type { ResourceSummary } from '../../lib/api/models';

/** The published venues the signed-in operator runs (the first 100): the ones the gate and the desk serve. */
export async function myPublishedVenues(): Promise<ResourceSummary[]> {
  const { data } = await client.GET('/api/v1/resources', {
    params: { query: { mine: true, status: 'published', pageSize: 100 } },
  });
  return data.items;
}
