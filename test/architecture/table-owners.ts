/**
 * Which lib owns each table (docs/table-ownership.md). The owner is the lib that writes the table
 * and whose rules its rows follow; the migration that created it may sit anywhere in the history.
 * A lib names only its own tables in SQL; another lib's rows are reached through a port the owner
 * exports. table-ownership.spec.ts holds the libs to this map and to the crossings listed below.
 */
export type Lib =
  | 'core'
  | 'identity'
  | 'register'
  | 'search'
  | 'schedule'
  | 'notify'
  | 'booking'
  | 'outreach'
  | 'campaigns'
  | 'stats'
  | 'demo'
  | 'runtime';

export const TABLE_OWNERS: Record<string, Lib> = {
  // core: the machinery every lib shares.
  scheduled_jobs: 'core',
  audit_log: 'core',
  outbox: 'core',
  idempotency_keys: 'core',
  rate_limit_hits: 'core',
  migrations: 'core',
  // The region tree every lib files its rows under, and the policy checks scopes against.
  regions: 'core',

  // identity: who someone is and what they may do.
  accounts: 'identity',
  role_grants: 'identity',
  sessions: 'identity',
  refresh_tokens: 'identity',
  login_attempts: 'identity',
  verification_codes: 'identity',
  invitations: 'identity',

  // register: the directory of organisations and venues.
  organisations: 'register',
  resources: 'register',
  resource_revisions: 'register',
  media: 'register',
  register_upkeep_notices: 'register',
  resource_duplicate_dismissals: 'register',
  resource_aliases: 'register',

  // search: what it keeps beside Meilisearch.
  search_fallback: 'search',
  search_generations: 'search',
  search_shared_answers: 'search',

  // schedule: when venues are open and what can be booked.
  holiday_calendar_years: 'schedule',
  holiday_calendar_days: 'schedule',
  opening_hours: 'schedule',
  opening_seasons: 'schedule',
  opening_rules: 'schedule',
  opening_exceptions: 'schedule',
  offerings: 'schedule',
  slots: 'schedule',

  // notify: messages sent.
  notification_deliveries: 'notify',

  // booking: families' and school groups' places.
  bookings: 'booking',
  booking_visitors: 'booking',
  booking_bans: 'booking',
  group_visits: 'booking',
  group_agreements: 'booking',
  slot_walk_ins: 'booking',
  saved_visitors: 'booking',

  // outreach: activities ordered from the menu, experts and volunteers.
  outreach_menu_items: 'outreach',
  outreach_orders: 'outreach',
  outreach_order_declines: 'outreach',
  outreach_activities: 'outreach',
  outreach_activity_volunteers: 'outreach',
  volunteer_manual_hours: 'outreach',
  outreach_experts: 'outreach',
  volunteer_profiles: 'outreach',

  // campaigns: themed campaigns and the events taking part.
  campaigns: 'campaigns',
  campaign_events: 'campaigns',

  // stats: the daily roll-up and the service criteria.
  stats_daily: 'stats',
  service_criteria: 'stats',
};

/**
 * Read models published as views: the owner creates each in a migration over its own tables only,
 * with the few columns other libs read and no personal data. Any lib may read a view; none writes
 * one. Consumers join the view instead of the owner's tables, so no crossing is left to list.
 */
export const VIEW_OWNERS: Record<string, Lib> = {
  // register: venues' names, kinds, places and published content; organisations' names; what search shows.
  venue_facts: 'register',
  published_venue_content: 'register',
  organisation_names: 'register',
  searchable_resources: 'register',

  // schedule: slots' times, status and places with their offering's title; offerings as published.
  slot_facts: 'schedule',
  offering_facts: 'schedule',

  // booking: bookings' head counts, visitors' categories, walk-ins and group visits, for the figures; no personal data.
  booking_facts: 'booking',
  booking_visitor_categories: 'booking',
  walk_in_counts: 'booking',
  group_visit_facts: 'booking',

  // outreach: orders, activities and volunteers' minutes, for the outreach figures; no names or contacts.
  outreach_order_facts: 'outreach',
  outreach_activity_facts: 'outreach',
  volunteer_service_facts: 'outreach',
  volunteer_manual_minutes: 'outreach',
};

/** Tables no migration creates: TypeORM keeps its record of applied migrations in `migrations`. */
export const CREATED_OUTSIDE_MIGRATIONS = ['migrations'];

/**
 * A file outside a table's owner that may read (never write) the table for good: a read model the
 * owner publishes, such as a view over its tables, or a query port that lives with its consumer.
 * None yet: the figures read the views in VIEW_OWNERS instead, which need no entry here.
 */
export interface ReadModel {
  file: string;
  tables: string[];
  why: string;
}
export const READ_MODELS: ReadModel[] = [];

/**
 * Where a lib names another lib's table today. Each is debt with the port meant to replace it; the
 * test fails on a crossing not listed here and on a listed one that is gone, so the list only
 * shrinks. Remove an entry when its file stops naming the table.
 */
export interface Crossing {
  file: string;
  table: string;
  why: string;
}

export const KNOWN_CROSSINGS: Crossing[] = [];
