import type { ResourceView } from '@kepu/register';
import { VOCABULARIES } from '@kepu/register';
import { pinyinSortKey } from '@kepu/core';
import { pinyinForms } from './pinyin';

/** What the index holds for one published resource: public fields only, never personal data. */
export interface SearchDocument {
  id: string;
  /** The published revision's number: lets a drift check tell a stale document from a current one. */
  revision: number;
  name: string;
  nameEn: string | null;
  nameSort: string;
  /** Short names people type (超算), kept by the resource's administrators: they rank with the name. */
  aliases: string[];
  /** The pinyin forms of the name and of every alias. */
  pinyin: string[];
  pinyinInitials: string[];
  type: string;
  typeLabel: string;
  /** The district, and every region above it, for "this region and below" filters. */
  district: string;
  regions: string[];
  themes: string[];
  themeLabels: string[];
  audiences: string[];
  accessibility: string[];
  free: boolean | null;
  /** Search's concession filters it meets (CONCESSION_FILTERS). */
  concessions: string[];
  /** Shanghai dates it opens on over OPEN_DATES_DAYS from `openDatesFrom`: "open today" (docs/api.md). */
  openDates: string[];
  openDatesFrom: string;
  accreditationLevels: string[];
  /** Exhibit names and their plain-language explanations: people search for 恐龙 and 陨石. */
  exhibits: string[];
  description: string;
  address: string;
  /** Has an offering on sale. */
  bookable: boolean;
  organisation: string;
  _geo: { lat: number; lng: number };
}

/** How many days ahead open dates are indexed; the daily job moves the window on (OpenDatesJob). */
export const OPEN_DATES_DAYS = 14;

/**
 * The facets a search counts, by their name in the API, with the document attribute that holds
 * each (the index's attribute, and what the Postgres fallback counts); `openToday` is counted from
 * `openDates`.
 */
export const FACET_ATTRIBUTES = {
  district: 'district',
  type: 'type',
  theme: 'themes',
  audience: 'audiences',
  free: 'free',
  accessibility: 'accessibility',
  accreditationLevel: 'accreditationLevels',
  concession: 'concessions',
} as const satisfies Record<string, keyof SearchDocument>;
export type Facet = keyof typeof FACET_ATTRIBUTES;
export const FACETS = Object.keys(FACET_ATTRIBUTES) as Facet[];

/**
 * Search's concession filters: the admission concessions (register vocabularies) that meet each.
 * Free admission meets them all; free for students meets half price.
 */
export const CONCESSION_FILTERS = {
  senior_free: { group: 'seniors', kinds: ['free'] },
  disabled_free: { group: 'disabled', kinds: ['free'] },
  student_half: { group: 'students', kinds: ['free', 'half_price'] },
} as const;
export type ConcessionFilter = keyof typeof CONCESSION_FILTERS;

export function concessionsOf(admission: ResourceView['admission']): ConcessionFilter[] {
  if (!admission) return [];
  return (Object.keys(CONCESSION_FILTERS) as ConcessionFilter[]).filter((code) => {
    const { group, kinds } = CONCESSION_FILTERS[code];
    return (
      admission.free ||
      admission.concessions.some((c) => c.group === group && (kinds as readonly string[]).includes(c.kind))
    );
  });
}

/** The dates a resource opens on, from the day they were worked out. */
export interface OpenDatesWindow {
  from: string;
  dates: string[];
}

const labels = (terms: Record<string, { zh: string }>, codes: string[]) => codes.map((c) => terms[c]?.zh ?? c);

export function toSearchDocument(
  resource: ResourceView,
  regionPath: string,
  bookable: boolean,
  open: OpenDatesWindow,
  aliases: string[],
): SearchDocument {
  const forms = [resource.name, ...aliases].map(pinyinForms);
  return {
    id: resource.id,
    revision: resource.revision,
    name: resource.name,
    nameEn: resource.nameEn,
    nameSort: pinyinSortKey(resource.name),
    aliases,
    pinyin: [...new Set(forms.flatMap((f) => f.full))],
    pinyinInitials: [...new Set(forms.flatMap((f) => f.initials))],
    type: resource.type,
    typeLabel:
      VOCABULARIES.resourceTypes[resource.type as keyof typeof VOCABULARIES.resourceTypes]?.zh ?? resource.type,
    district: resource.regionCode,
    regions: regionPath.split('/'),
    themes: resource.themes,
    themeLabels: labels(VOCABULARIES.themes, resource.themes),
    audiences: resource.audiences,
    accessibility: resource.accessibility,
    free: resource.admission?.free ?? null,
    concessions: concessionsOf(resource.admission),
    openDates: open.dates,
    openDatesFrom: open.from,
    // Expired accreditations no longer count (docs/register.md, "Accreditations and their expiry").
    accreditationLevels: [...new Set(resource.accreditations.filter((a) => a.current).map((a) => a.level))],
    exhibits: resource.exhibits.map((e) => `${e.name} ${e.explanation}`),
    description: resource.description,
    address: resource.address,
    bookable,
    organisation: resource.organisation.name,
    _geo: { lat: resource.location.lat, lng: resource.location.lng },
  };
}
