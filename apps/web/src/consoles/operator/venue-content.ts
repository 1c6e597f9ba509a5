import type { ResourceContent, ResourceContentDto, ResourceView } from '../../lib/api/models';

/**
 * A venue's register entry as the operator's form holds it: the API's resource content with every
 * optional part present (blank text rather than absent), as the inputs bind it.
 */
export interface VenueContent {
  name: string;
  nameEn?: string | null;
  type: string;
  regionCode: string;
  address: string;
  location?: { lat: number; lng: number };
  description: string;
  themes: string[];
  audiences: string[];
  accessibility: string[];
  admission: {
    free: boolean;
    prices: { label: string; amountFen: number }[];
    concessions: { group: string; kind: string; note?: string | null }[];
    note?: string | null;
  };
  contact: { phone?: string | null; email?: string | null };
  website?: string | null;
  transport?: string | null;
  photos: { mediaId: string; caption?: string | null }[];
  accreditations: {
    id?: string;
    name: string;
    level: string;
    yearGranted: number;
    expiresOn?: string | null;
    evidenceId?: string | null;
  }[];
  exhibits: { id?: string; name: string; category: string; explanation: string; photoId?: string | null }[];
}

export const emptyVenue = (): VenueContent => ({
  name: '',
  nameEn: '',
  type: '',
  regionCode: '',
  address: '',
  location: undefined,
  description: '',
  themes: [],
  audiences: [],
  accessibility: [],
  admission: { free: true, prices: [], concessions: [], note: '' },
  contact: { phone: '', email: '' },
  website: '',
  transport: '',
  photos: [],
  accreditations: [],
  exhibits: [],
});

/** The content fields only, from a venue or a working copy, with every optional part present for the form. */
export function editable(source: ResourceView | ResourceContent): VenueContent {
  const empty = emptyVenue();
  const given = source as Partial<Record<keyof VenueContent, unknown>>;
  return {
    ...empty,
    ...Object.fromEntries(
      Object.keys(empty).map((key) => [key, given[key as keyof VenueContent] ?? empty[key as keyof VenueContent]]),
    ),
    admission: { ...empty.admission, ...(source.admission ?? {}) },
    contact: { ...empty.contact, ...(source.contact ?? {}) },
    // A venue's page says whether each accreditation is current: not part of the content to save.
    accreditations: (source.accreditations as (VenueContent['accreditations'][number] & { current?: boolean })[]).map(
      ({ current: _current, ...accreditation }) => accreditation,
    ),
  } as VenueContent;
}

/** Blank optional text left out, as the API wants absent rather than empty values (it checks the rest). */
export function forSaving(content: VenueContent): ResourceContentDto {
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(prune);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== '' && v !== null && v !== undefined)
          .map(([k, v]) => [k, prune(v)]),
      );
    return typeof value === 'string' ? value.trim() : value;
  };
  return prune(content) as ResourceContentDto;
}
