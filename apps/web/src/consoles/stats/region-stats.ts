import { computed, onMounted, ref, watch } from 'vue';
import { useLatestLoad } from '../../lib/latest-load';
import { loadVocabularies } from '../../lib/vocabularies';
import { homeRegion, loadRegions } from '../admin/register/scope';
import { type Period, presetPeriod, type StatsQuery, statsQuery } from './figures';
import { useStatsLabels } from './labels';

/**
 * An administrator's figures for a period and a region (a district, or their whole region when none
 * is chosen): loaded once the regions are known and again whenever either changes, with the region's
 * name and the ending of download file names. `scope` is the scope the last answer names.
 */
export function useRegionStats<Answer>(options: {
  fetch: (query: StatsQuery, period: Period) => Promise<Answer>;
  apply: (answer: Answer) => void;
  scope: () => { region?: { code: string; name: string } | null } | undefined;
}) {
  const { districtName } = useStatsLabels();
  const period = ref<Period>(presetPeriod('quarter'));
  const region = ref('');
  const regionCode = computed(() => region.value || options.scope()?.region?.code || homeRegion.value);
  const regionText = computed(() =>
    regionCode.value ? districtName(regionCode.value, options.scope()?.region?.name) : '',
  );
  const query = computed(() =>
    statsQuery({ region: region.value || undefined, from: period.value.from, to: period.value.to }),
  );
  const fileSuffix = computed(() => `${regionCode.value || 'region'}-${period.value.from}-${period.value.to}`);
  const { loading, error, load } = useLatestLoad(() => options.fetch(query.value, period.value), options.apply);

  watch([period, region], load);
  onMounted(async () => {
    await Promise.all([loadVocabularies(), loadRegions()]);
    await load();
  });
  return { period, region, regionText, query, fileSuffix, loading, error };
}
