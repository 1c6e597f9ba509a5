/** A venue's register entry as the operator edits it (the API's resource content, input shape). */
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

export type RevisionState = 'draft' | 'submitted' | 'city_review' | 'changes_requested' | 'approved' | 'rejected';

/** The resource as members see it: the shown version plus the edit under way. */
export interface ManagedVenue extends VenueContent {
  id: string;
  status: string;
  organisation: { id: string; name: string };
  pendingRevision: { id: string; number: number; state: RevisionState } | null;
}

export interface HistoryEntry {
  at: string;
  action: string;
  actor: { id: string; displayName: string } | null;
  details: { decision?: string; comment?: string; reason?: string; outcome?: string } & Record<string, unknown>;
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
export function editable(source: VenueContent): VenueContent {
  const empty = emptyVenue();
  return {
    ...empty,
    ...Object.fromEntries(
      Object.keys(empty).map((key) => [key, source[key as keyof VenueContent] ?? empty[key as keyof VenueContent]]),
    ),
    admission: { ...empty.admission, ...(source.admission ?? {}) },
    contact: { ...empty.contact, ...(source.contact ?? {}) },
  } as VenueContent;
}

/** Blank optional text left out, as the API wants absent rather than empty values. */
export function forSaving(content: VenueContent): object {
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
  return prune(content) as object;
}
