import { computed } from 'vue';
import { locale } from '../../lib/preferences';
import { districts, regionName } from '../../lib/vocabularies';

/** The city's districts as outreach pickers offer them: their codes, by name in the reader's language. */
export const sortedDistricts = computed(() =>
  districts()
    .map((r) => r.code)
    .sort((a, b) => regionName(a).localeCompare(regionName(b), locale.value)),
);
