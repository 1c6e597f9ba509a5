import { VOCABULARIES } from '@kepu/register';
import { pinyinSortKey, regionName } from '@kepu/core';
import { pinyinForms } from '@kepu/search';
import { addDays, type EventKind } from '@kepu/schedule';
import { MAX_CAMPAIGN_DAYS } from '../campaign-input';
import type { EventView } from './event.views';

/** The outbox aggregate whose changes reach the events index (docs/campaigns.md, "The events index"). */
export const EVENT_AGGREGATE = 'campaign_event';

/** An event as Postgres reads it (PUBLIC_EVENTS): the offering, its venue and its campaigns. */
export interface EventEntry {
  id: string;
  title: string;
  description: string;
  kind: EventKind;
  venueId: string;
  venueName: string;
  address: string;
  districtCode: string;
  districtName: string;
  latitude: number;
  longitude: number;
  venueThemes: string[];
  dates: string[] | null;
  validFrom: string | null;
  validTo: string | null;
  startTimes: string[] | null;
  slotMinutes: number;
  priceFen: number;
  campaignIds: string[];
  campaignNames: string[];
  campaignThemes: string[];
  bookable: boolean;
}

/**
 * Every public event, as a subquery with the columns of EventEntry: active offerings of kind
 * `event` or `lab_open_day` at published venues, with the published campaigns they take part in.
 * The campaign page, the index and its Postgres fallback all read it.
 */
export const PUBLIC_EVENTS = `(
  SELECT o.id, o.title, o.description, o.kind, r.id AS "venueId", r.name AS "venueName",
         coalesce(r.address, '') AS address, r.region_code AS "districtCode",
         ${regionName('r.region_code')} AS "districtName", r.latitude, r.longitude, r.themes AS "venueThemes",
         o.dates::text[] AS dates, o.valid_from::text AS "validFrom", o.valid_to::text AS "validTo",
         o.start_times AS "startTimes", o.slot_minutes AS "slotMinutes", o.price_fen AS "priceFen",
         ARRAY(SELECT c.id::text FROM campaign_events ce JOIN campaigns c ON c.id = ce.campaign_id
                WHERE ce.offering_id = o.id AND c.status = 'published' ORDER BY c.starts_on, c.id) AS "campaignIds",
         ARRAY(SELECT c.name::text FROM campaign_events ce JOIN campaigns c ON c.id = ce.campaign_id
                WHERE ce.offering_id = o.id AND c.status = 'published' ORDER BY c.starts_on, c.id) AS "campaignNames",
         ARRAY(SELECT DISTINCT t FROM campaign_events ce JOIN campaigns c ON c.id = ce.campaign_id,
                      unnest(ce.themes) t
                WHERE ce.offering_id = o.id AND c.status = 'published' ORDER BY t) AS "campaignThemes",
         EXISTS (SELECT 1 FROM slot_facts s WHERE s.offering_id = o.id AND s.status = 'scheduled'
                   AND s.starts_at > now()) AS bookable
    FROM offering_facts o
    JOIN published_venue_content r ON r.id = o.resource_id AND r.status = 'published'
   WHERE o.status = 'active' AND o.kind IN ('event', 'lab_open_day')
)`;

/** An ILIKE pattern finding `text` anywhere, its `%` and `_` taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** The first and last day an event runs; null when it runs every open day (no dates, no range). */
export function eventSpan(entry: Pick<EventEntry, 'dates' | 'validFrom' | 'validTo'>): [string, string] | null {
  if (entry.dates?.length) return [entry.dates[0], entry.dates[entry.dates.length - 1]];
  return entry.validFrom && entry.validTo ? [entry.validFrom, entry.validTo] : null;
}

/** The days it runs between `from` and `to`: its dates, or every day of its range (a campaign is at most 62 days). */
export function eventDays(entry: Pick<EventEntry, 'dates' | 'validFrom' | 'validTo'>, from: string, to: string) {
  if (entry.dates) return entry.dates.filter((day) => day >= from && day <= to);
  const span = eventSpan(entry);
  if (!span) return [];
  const days: string[] = [];
  for (let day = span[0] > from ? span[0] : from; day <= span[1] && day <= to; day = addDays(day, 1)) {
    days.push(day);
    if (days.length > MAX_CAMPAIGN_DAYS) break;
  }
  return days;
}

/** The public view of an event; `within` narrows its days to a campaign's and its themes to those given. */
export function toEventView(entry: EventEntry, within?: { from: string; to: string; themes: string[] }): EventView {
  const span = eventSpan(entry);
  return {
    offeringId: entry.id,
    title: entry.title,
    description: entry.description,
    kind: entry.kind,
    venue: {
      id: entry.venueId,
      name: entry.venueName,
      address: entry.address,
      districtCode: entry.districtCode,
      districtName: entry.districtName,
      location: { lat: entry.latitude, lng: entry.longitude },
    },
    days: within ? eventDays(entry, within.from, within.to) : span ? eventDays(entry, span[0], span[1]) : [],
    startTimes: entry.startTimes,
    slotMinutes: entry.slotMinutes,
    priceFen: entry.priceFen,
    themes: within ? within.themes : eventThemes(entry),
    campaignIds: entry.campaignIds,
    bookable: entry.bookable,
  };
}

/** The themes search finds an event by: its venue's and those its campaigns name for it. */
const eventThemes = (entry: EventEntry) => [...new Set([...entry.venueThemes, ...entry.campaignThemes])];

/** A date as a number Meilisearch can compare: 2026-09-19 → 20260919. */
export const dayNumber = (day: string) => Number(day.replaceAll('-', ''));
/** Where an event without a span (every open day) lies on that scale. */
const ALWAYS = { first: 0, last: 99_991_231 };

/** What the `events` index holds for one event: public fields only, with pinyin for search. */
export interface EventDocument extends EventView {
  /** The offering's id, the index's primary key. */
  id: string;
  titleSort: string;
  /** Full pinyin and initials of the title and the venue's name: `kexuejie`, `kxj`. */
  pinyin: string[];
  pinyinInitials: string[];
  themeLabels: string[];
  campaignNames: string[];
  /** The venue's district and every region above it, for "this region and below" filters. */
  regions: string[];
  firstDay: number;
  lastDay: number;
  _geo: { lat: number; lng: number };
  /** What the document was made from: a check tells a stale document from a current one. */
  fingerprint: string;
}

export function toEventDocument(entry: EventEntry & { fingerprint: string }, regionPath: string): EventDocument {
  const view = toEventView(entry);
  const forms = [entry.title, entry.venueName].map(pinyinForms);
  const span = eventSpan(entry);
  return {
    ...view,
    id: entry.id,
    titleSort: pinyinSortKey(entry.title),
    pinyin: forms.flatMap((f) => f.full),
    pinyinInitials: forms.flatMap((f) => f.initials),
    themeLabels: view.themes.map((code) => VOCABULARIES.themes[code as keyof typeof VOCABULARIES.themes]?.zh ?? code),
    campaignNames: entry.campaignNames,
    regions: regionPath.split('/'),
    firstDay: span ? dayNumber(span[0]) : ALWAYS.first,
    lastDay: span ? dayNumber(span[1]) : ALWAYS.last,
    _geo: { lat: entry.latitude, lng: entry.longitude },
    fingerprint: entry.fingerprint,
  };
}

/** How the `events` index searches: a match in the title (or its pinyin) ranks above one in the description. */
export const EVENT_INDEX_SETTINGS = {
  searchableAttributes: [
    'title',
    'pinyin',
    'pinyinInitials',
    'venue.name',
    'campaignNames',
    'themeLabels',
    'venue.districtName',
    'description',
  ],
  filterableAttributes: ['regions', 'themes', 'campaignIds', 'kind', 'firstDay', 'lastDay', 'bookable'],
  sortableAttributes: ['titleSort', 'firstDay'],
  // Chinese segmentation (jieba); `cmn` is Meilisearch's code for Mandarin.
  localizedAttributes: [
    {
      attributePatterns: ['title', 'venue.name', 'campaignNames', 'themeLabels', 'venue.districtName', 'description'],
      locales: ['cmn'],
    },
  ],
  // Initials are too short to forgive: `kxj` must not match `kxr`.
  typoTolerance: { disableOnAttributes: ['pinyinInitials'] },
  pagination: { maxTotalHits: 10_000 },
  searchCutoffMs: 1_500,
};
