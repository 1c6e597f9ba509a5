import { VOCABULARIES } from '@kepu/register';
import { pinyinSortKey } from '@kepu/core';
import { pinyinForms } from '@kepu/search';
import { EXPERT_LANGUAGES, ExpertLanguage } from '../directory/experts.views';

/** The outbox aggregates whose changes reach the outreach index (docs/outreach.md, "Directory"). */
export const OUTREACH_AGGREGATES = { menuItem: 'outreach_menu_item', expert: 'outreach_expert' } as const;

export const OUTREACH_KINDS = ['menu_item', 'expert'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

/** What the public may find: a menu item's approved content, or an expert's public profile. */
export interface OutreachEntry {
  kind: OutreachKind;
  id: string;
  /** The item's title, or the expert's name. */
  name: string;
  /** The item's summary, or the expert's profile. */
  summary: string;
  /** The provider's public name, or the expert's organisation. */
  organisationName: string;
  /** The expert's 职称; null for items. */
  jobTitle: string | null;
  format: string | null;
  /** The item's themes, or the expert's fields. */
  themes: string[];
  audiences: string[];
  languages: ExpertLanguage[];
  districtCodes: string[];
  ratingAverage: number | null;
  ratingCount: number;
  feeFen: number | null;
}

/**
 * Every public entry, as a subquery with the columns of OutreachEntry: menu items with approved
 * content that are not withdrawn (as MenuCatalogue.orderable has it), and approved experts who
 * consented to a public profile. The index and its Postgres fallback both read it.
 */
export const PUBLIC_ENTRIES = `(
  SELECT 'menu_item' AS kind, m.id, m.published_content->>'title' AS name, m.published_content->>'summary' AS summary,
         coalesce(o.verified_name, o.name) AS "organisationName", NULL AS "jobTitle",
         m.published_content->>'format' AS format,
         ARRAY(SELECT jsonb_array_elements_text(m.published_content->'themes')) AS themes,
         ARRAY(SELECT jsonb_array_elements_text(m.published_content->'audiences')) AS audiences,
         '{}'::text[] AS languages, m.published_district_codes AS "districtCodes",
         CASE WHEN m.rating_count > 0 THEN round(m.rating_sum::numeric / m.rating_count, 1)::float8 END AS "ratingAverage",
         m.rating_count AS "ratingCount", (m.published_content->>'feeFen')::int AS "feeFen"
    FROM outreach_menu_items m JOIN organisation_names o ON o.id = m.provider_id
   WHERE m.published_content IS NOT NULL AND m.status <> 'withdrawn'
  UNION ALL
  SELECT 'expert', x.id, x.name, x.profile, x.organisation_name, x.title, NULL, x.fields, '{}'::text[], x.languages,
         x.district_codes, NULL, 0, NULL
    FROM outreach_experts x
   WHERE x.status = 'approved' AND x.public_profile
)`;

/** An ILIKE pattern finding `text` anywhere, its `%` and `_` taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** What the `outreach` index holds for one entry: public fields only, with pinyin for search. */
export interface OutreachDocument extends OutreachEntry {
  nameSort: string;
  /** Full pinyin and initials of the name and the organisation: `kexuexiu`, `kxx`. */
  pinyin: string[];
  pinyinInitials: string[];
  themeLabels: string[];
  languageLabels: string[];
  /** The districts served and every region above them, for "this region and below" filters. */
  regions: string[];
}

export function toOutreachDocument(entry: OutreachEntry, regionPaths: string[]): OutreachDocument {
  const forms = [entry.name, entry.organisationName].map(pinyinForms);
  return {
    ...entry,
    nameSort: pinyinSortKey(entry.name),
    pinyin: forms.flatMap((f) => f.full),
    pinyinInitials: forms.flatMap((f) => f.initials),
    themeLabels: entry.themes.map((code) => VOCABULARIES.themes[code as keyof typeof VOCABULARIES.themes]?.zh ?? code),
    languageLabels: entry.languages.map((code) => EXPERT_LANGUAGES[code].zh),
    regions: [...new Set(regionPaths.flatMap((path) => path.split('/')))],
  };
}

/** How the `outreach` index searches: a match in the name (or its pinyin) ranks above one in the summary. */
export const OUTREACH_INDEX_SETTINGS = {
  searchableAttributes: [
    'name',
    'pinyin',
    'pinyinInitials',
    'organisationName',
    'jobTitle',
    'themeLabels',
    'languageLabels',
    'summary',
  ],
  filterableAttributes: ['kind', 'regions', 'districtCodes', 'themes', 'format', 'audiences', 'languages'],
  sortableAttributes: ['nameSort', 'ratingAverage'],
  // Chinese segmentation (jieba); `cmn` is Meilisearch's code for Mandarin.
  localizedAttributes: [
    { attributePatterns: ['name', 'organisationName', 'jobTitle', 'themeLabels', 'summary'], locales: ['cmn'] },
  ],
  // Initials are too short to forgive: `kxx` must not match `kxs`.
  typoTolerance: { disableOnAttributes: ['pinyinInitials'] },
  pagination: { maxTotalHits: 10_000 },
  searchCutoffMs: 1_500,
};
