/** The API's answers the pages read, by name, straight from the generated OpenAPI types (schema.ts). */
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** An error answer: a code, the message in both languages, and field problems or other details. */
export type ErrorBody = Schemas['ErrorBody'];
/** One field's problems, as a VALIDATION_FAILED refusal lists them in its details. */
export type ErrorDetail = Schemas['ErrorDetail'];
/** A text in both UI languages, as errors carry their messages. */
export type LocalizedText = ErrorDetail['messages'][number];
/** The facts of a refusal that passes after a wait (rate limits, code resends, sign-in back-off). */
export type RetryLater = Schemas['RetryLater'];

// Identity: accounts, sign-in, codes, invitations.
export type AccountView = Schemas['AccountView'];
export type GrantView = Schemas['GrantView'];
export type SignedIn = Schemas['SignedIn'];
export type TokenPair = Schemas['TokenPair'];
export type InvitationView = Schemas['InvitationView'];
export type OrganisationMember = Schemas['OrganisationMember'];
export type RegisterDto = Schemas['RegisterDto'];
export type GrantRoleDto = Schemas['GrantRoleDto'];
export type AddMemberDto = Schemas['AddMemberDto'];

// The register: regions, organisations, venues (resources) and their review.
export type RegionView = Schemas['RegionView'];
export type CityView = Schemas['CityView'];
export type OrganisationView = Schemas['OrganisationView'];
export type ResourceView = Schemas['ResourceView'];
export type ResourceSummary = Schemas['ResourceSummary'];
export type ResourceContent = Schemas['ResourceContent'];
export type ResourceContentDto = Schemas['ResourceContentDto'];
export type WorkingCopy = Schemas['WorkingCopy'];
export type ResourceDuplicates = Schemas['ResourceDuplicates'];
export type DuplicateCandidate = Schemas['DuplicateCandidate'];
export type DuplicateSide = Schemas['DuplicateSide'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type QueueItem = Schemas['QueueItem'];
export type FieldChange = Schemas['FieldChange'];
export type ExpiringAccreditation = Schemas['ExpiringAccreditation'];
export type StaleResource = Schemas['StaleResource'];
export type VocabulariesView = Schemas['VocabulariesView'];
export type VocabularyTerm = Schemas['VocabularyTerm'];
export type ImportReport = Schemas['ImportReport'];
/** An imported row's possible duplicates, as the census report lists them. */
export type RowDuplicates = Schemas['RowDuplicates'];
export type ImportHeaderProblems = Schemas['ImportHeaderProblems'];

// Schedules: opening hours, offerings, slots, the holiday calendar.
export type OpeningHoursRulesView = Schemas['OpeningHoursRulesView'];
export type OpeningHoursDto = Schemas['OpeningHoursDto'];
export type DayHoursView = Schemas['DayHoursView'];
export type TimeRangeView = Schemas['TimeRangeView'];
export type OfferingView = Schemas['OfferingView'];
export type OfferingDto = Schemas['OfferingDto'];
export type SlotAvailability = Schemas['SlotAvailability'];
export type CalendarDayView = Schemas['CalendarDayView'];

// Bookings and arrivals.
export type BookingView = Schemas['BookingView'];
export type BookingVisitorView = Schemas['BookingVisitorView'];
export type VisitorCategory = BookingVisitorView['category'];
/** Someone an account books for (常用参观人), the document masked. */
export type SavedVisitorView = Schemas['SavedVisitorView'];
/** What the booking form knows ahead: days the account already holds, the phone its last booking gave. */
export type HeldDayView = Schemas['HeldDayView'];
export type RememberedPhoneView = Schemas['RememberedPhoneView'];
export type SlotArrivalsView = Schemas['SlotArrivalsView'];
/** Offline check-in: a venue's day as the gate's device keeps it, and bookings checked in on two devices. */
export type CheckInPackView = Schemas['CheckInPackView'];
export type PackBookingView = Schemas['PackBookingView'];
export type PackSlotView = Schemas['PackSlotView'];
export type CheckInClashesView = Schemas['CheckInClashesView'];
/** The gate: a party's categories, and a booking found by a phone or document number. */
export type PackCategoriesView = Schemas['PackCategoriesView'];
export type GateBookingView = Schemas['GateBookingView'];
/** The operator's day at a glance (工作台). */
export type OperatorDayView = Schemas['OperatorDayView'];
export type VenueDayView = Schemas['VenueDayView'];
export type DaySlotView = Schemas['DaySlotView'];

// School group visits and agreements.
export type GroupVisitView = Schemas['GroupVisitView'];
export type GroupVisitStatus = GroupVisitView['status'];
export type GradeBand = GroupVisitView['gradeBand'];
export type Colleague = Schemas['Colleague'];
export type GroupVisitHandOverDto = Schemas['GroupVisitHandOverDto'];
export type GroupVisitDecisionDto = Schemas['GroupVisitDecisionDto'];
export type GroupVisitResponseDto = Schemas['GroupVisitResponseDto'];
export type GroupVisitRequestDto = Schemas['GroupVisitRequestDto'];
export type GroupSplitPartView = Schemas['GroupSplitPartView'];
export type NameListReport = Schemas['NameListReport'];
export type NameListProblem = Schemas['NameListProblem'];
export type LeaderRefusal = Schemas['LeaderRefusal'];
export type OpenGroupVisits = Schemas['OpenGroupVisits'];
export type NameListEntry = Schemas['NameListEntry'];
export type AgreementView = Schemas['AgreementView'];
export type GroupFeedbackSummaryView = Schemas['GroupFeedbackSummaryView'];

// Outreach (群众点单): the menu, orders, activities, experts and their figures.
export type MenuItemView = Schemas['MenuItemView'];
export type MenuProviderLocationView = Schemas['MenuProviderLocationView'];
export type MenuItemPrivateView = Schemas['MenuItemPrivateView'];
export type MenuItemContentView = Schemas['MenuItemContentView'];
export type MenuItemContentDto = Schemas['MenuItemContentDto'];
export type MenuReviewDto = Schemas['MenuReviewDto'];
export type MenuItemStatus = MenuItemPrivateView['status'];
export type ActivityFormat = MenuItemView['format'];
export type OrderView = Schemas['OrderView'];
export type OrderStatus = OrderView['status'];
export type OrderDeclineView = Schemas['OrderDeclineView'];
export type OrderWindow = Schemas['OrderWindow'];
export type ActivityView = Schemas['ActivityView'];
export type ActivityVolunteerView = Schemas['ActivityVolunteerView'];
export type ActivityEnd = Schemas['ActivityEnd'];
export type ExpertView = Schemas['ExpertView'];
export type ExpertReviewDto = Schemas['ExpertReviewDto'];
export type OutreachFigures = Schemas['OutreachFigures'];
export type OutreachDistrictRow = Schemas['OutreachDistrictRow'];
export type OutreachTeamRow = Schemas['OutreachTeamRow'];
export type OrderCreateDto = Schemas['OrderCreateDto'];
export type HeadcountRange = Schemas['HeadcountRange'];
export type EarliestDay = Schemas['EarliestDay'];
export type ExpertPublicView = Schemas['ExpertPublicView'];
export type ExpertApplicationDto = Schemas['ExpertApplicationDto'];
export type ExpertLanguage = ExpertApplicationDto['languages'][number];
export type AttendanceView = Schemas['AttendanceView'];
export type VolunteerRecordView = Schemas['VolunteerRecordView'];
export type VolunteerActivityView = Schemas['VolunteerActivityView'];
export type VolunteerProfileDto = Schemas['VolunteerProfileDto'];
export type MenuListQuery = NonNullable<operations['menuList']['parameters']['query']>;
export type ExpertListQuery = NonNullable<operations['expertsList']['parameters']['query']>;
export type OutreachSearchHit = Schemas['OutreachSearchHit'];
export type OutreachSearchQuery = NonNullable<operations['outreachSearchFind']['parameters']['query']>;

// Statistics.
export type StatsOverview = Schemas['StatsOverview'];
export type StatsSeriesPoint = Schemas['StatsSeriesPoint'];
export type VenueStatsRow = Schemas['VenueStatsRow'];
export type DistrictStatsRow = Schemas['DistrictStatsRow'];
export type AnnualServiceReport = Schemas['AnnualServiceReport'];
export type AnnualServiceRow = Schemas['AnnualServiceRow'];
export type ServiceCriteriaView = Schemas['ServiceCriteriaView'];
export type ServiceCriterionInput = Schemas['ServiceCriterionDto'];
export type PublicFigures = Schemas['PublicFigures'];

// Search and the map.
export type SearchResult = Schemas['SearchResult'];
export type DegradedSearchResult = Schemas['DegradedSearchResult'];
export type SearchHit = Schemas['SearchHit'];
export type SearchFacets = Schemas['SearchFacets'];
export type SearchSuggestion = Schemas['SearchSuggestion'];
export type MapFeature = Schemas['MapFeature'];
export type WebConfigView = Schemas['WebConfigView'];

/** What a search (and the map of its results) may be asked for. */
export type SearchQuery = NonNullable<operations['searchFind']['parameters']['query']>;
export type MapQuery = NonNullable<operations['mapFeatures']['parameters']['query']>;

// Open data: the index of the register's public files.
export type OpenDataIndex = Schemas['OpenDataIndex'];

// Campaigns (全国科普日, 科技活动周) and their events.
export type CampaignView = Schemas['CampaignView'];
export type CampaignDto = Schemas['CampaignDto'];
export type CampaignStats = Schemas['CampaignStats'];
export type EventView = Schemas['EventView'];
export type CampaignEventsQuery = NonNullable<operations['campaignsEvents']['parameters']['query']>;
export type EventSearchHit = Schemas['EventSearchHit'];
export type EventSearchQuery = NonNullable<operations['eventSearchFind']['parameters']['query']>;
