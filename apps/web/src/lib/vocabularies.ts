import { reactive } from 'vue';
import { client } from './api/client';
import type { RegionView, VocabulariesView } from './api/models';
import { locale } from './preferences';

type Terms = VocabulariesView['themes'];
export type VocabularyName = keyof VocabulariesView;

/** The register's code lists and region names, loaded once, so pages show words instead of codes. */
const store = reactive({ vocabularies: {} as Partial<Record<VocabularyName, Terms>>, regions: [] as RegionView[] });
let loading: Promise<void> | undefined;

export function loadVocabularies(): Promise<void> {
  loading ??= Promise.all([client.GET('/api/v1/vocabularies'), client.GET('/api/v1/regions')]).then(
    ([{ data: vocabularies }, { data: regions }]) => {
      store.vocabularies = vocabularies;
      store.regions = regions;
    },
    () => {
      loading = undefined; // try again on the next page
    },
  );
  return loading;
}

export function term(vocabulary: VocabularyName, code: string): string {
  const entry = store.vocabularies[vocabulary]?.[code];
  if (!entry) return code;
  return locale.value === 'en' ? entry.en : entry.zh;
}

/** Every code of a list, for pickers. */
export const codes = (vocabulary: VocabularyName): string[] => Object.keys(store.vocabularies[vocabulary] ?? {});

export function regionName(code: string): string {
  const region = store.regions.find((r) => r.code === code);
  if (!region) return code;
  return locale.value === 'en' ? (region.nameEn ?? region.name) : region.name;
}

/** A venue's name for the reader: its English one for English readers, where it has one. */
export const localName = (venue: { name: string; nameEn?: string | null }): string =>
  locale.value === 'en' && venue.nameEn ? venue.nameEn : venue.name;

/** Districts and functional areas below the city, for the district filter. */
export const districts = () => store.regions.filter((r) => r.level === 'district' || r.level === 'functional_area');
