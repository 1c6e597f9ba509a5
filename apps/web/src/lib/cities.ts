import { client } from './api/client';
import type { CityView } from './api/models';
import { chosenCity } from './preferences';

let request: Promise<CityView[]> | undefined;
/** Cities with published venues, most venues first, asked once (docs/regions.md); none when the API cannot say. */
export const loadCities = (): Promise<CityView[]> =>
  (request ??= client.GET('/api/v1/regions/cities').then(
    ({ data }) => data,
    (): CityView[] => [],
  ));

/** The chosen city, else the first; undefined while no city has a published venue. */
export async function currentCity(): Promise<CityView | undefined> {
  const cities = await loadCities();
  return cities.find((city) => city.code === chosenCity.value) ?? cities[0];
}
