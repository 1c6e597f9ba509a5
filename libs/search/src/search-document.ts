import type { ResourceView } from '@kepu/register';
import { VOCABULARIES } from '@kepu/register';
import { pinyinForms, pinyinSortKey } from './pinyin';

/** What the index holds for one published resource: public fields only, never personal data. */
export interface SearchDocument {
  id: string;
  /** The published revision's number: lets a drift check tell a stale document from a current one. */
  revision: number;
  name: string;
  nameEn: string | null;
  nameSort: string;
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

const labels = (terms: Record<string, { zh: string }>, codes: string[]) => codes.map((c) => terms[c]?.zh ?? c);

export function toSearchDocument(resource: ResourceView, regionPath: string, bookable: boolean): SearchDocument {
  const forms = pinyinForms(resource.name);
  return {
    id: resource.id,
    revision: resource.revision,
    name: resource.name,
    nameEn: resource.nameEn,
    nameSort: pinyinSortKey(resource.name),
    pinyin: forms.full,
    pinyinInitials: forms.initials,
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
    accreditationLevels: [...new Set(resource.accreditations.map((a) => a.level))],
    exhibits: resource.exhibits.map((e) => `${e.name} ${e.explanation}`),
    description: resource.description,
    address: resource.address,
    bookable,
    organisation: resource.organisation.name,
    _geo: { lat: resource.location.lat, lng: resource.location.lng },
  };
}
