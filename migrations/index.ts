import { Regions1795420000000 } from './1795420000000-regions';
import { ScheduledJobs1795420000001 } from './1795420000001-scheduled-jobs';
import { AuditLog1795430000000 } from './1795430000000-audit-log';
import { Identity1795430000001 } from './1795430000001-identity';
import { Outbox1795440000000 } from './1795440000000-outbox';
import { Register1795440000001 } from './1795440000001-register';
import { OutboxRetries1795450000000 } from './1795450000000-outbox-retries';
import { SearchFallback1795460000000 } from './1795460000000-search-fallback';
import { Schedule1795460000001 } from './1795460000001-schedule';
import { Booking1795470000000 } from './1795470000000-booking';
import { GroupVisits1795480000000 } from './1795480000000-group-visits';
import { Stats1795490000000 } from './1795490000000-stats';
import { AbuseLimits1795500000000 } from './1795500000000-abuse-limits';
import { PublicText1795500000100 } from './1795500000100-public-text';
import { SignInBackoff1795500000200 } from './1795500000200-sign-in-backoff';
import { VerifiedIdentity1795510000000 } from './1795510000000-verified-identity';
import { OrganisationContactPhones1795510000100 } from './1795510000100-organisation-contact-phones';
import { BookingPrivacy1795510000200 } from './1795510000200-booking-privacy';
import { SmsDeliveries1795510000300 } from './1795510000300-sms-deliveries';
import { SessionChanges1795510000400 } from './1795510000400-session-changes';
import { Outreach1795520000000 } from './1795520000000-outreach';
import { RegisterUpkeep1795530000000 } from './1795530000000-register-upkeep';
import { ResourceDuplicates1795530000100 } from './1795530000100-resource-duplicates';
import { Campaigns1795530000200 } from './1795530000200-campaigns';
import { ServiceCriteria1795530000300 } from './1795530000300-service-criteria';
import { SearchOpenToday1795530000600 } from './1795530000600-search-open-today';
import { SearchGenerations1795540000000 } from './1795540000000-search-generations';
import { ResourceAliases1795540000100 } from './1795540000100-resource-aliases';
import { SearchFallbackSpeed1795550000000 } from './1795550000000-search-fallback-speed';
import { DeskBooking1795560000000 } from './1795560000000-desk-booking';
import { OfflineCheckIn1795560000100 } from './1795560000100-offline-check-in';
import { SearchSharedAnswers1795560000200 } from './1795560000200-search-shared-answers';
import { SavedVisitors1795560000300 } from './1795560000300-saved-visitors';
import { BookingReschedules1795570000020 } from './1795570000020-booking-reschedules';
import { GroupVisitSplit1795570000030 } from './1795570000030-group-visit-split';
import { NameListPhones1795570000031 } from './1795570000031-name-list-phones';
import { OfferingWeekdays1795570000060 } from './1795570000060-offering-weekdays';
import { ResourceNameEn1795570000070 } from './1795570000070-resource-name-en';
import { ReadModels1795580000000 } from './1795580000000-read-models';
import { SearchAndStatsReadModels1795580000200 } from './1795580000200-search-and-stats-read-models';

/** Every migration in order. `npm run migration:create` writes a new file; add it here. */
export const MIGRATIONS = [
  Regions1795420000000,
  ScheduledJobs1795420000001,
  AuditLog1795430000000,
  Identity1795430000001,
  Outbox1795440000000,
  Register1795440000001,
  OutboxRetries1795450000000,
  SearchFallback1795460000000,
  Schedule1795460000001,
  Booking1795470000000,
  GroupVisits1795480000000,
  Stats1795490000000,
  AbuseLimits1795500000000,
  PublicText1795500000100,
  SignInBackoff1795500000200,
  VerifiedIdentity1795510000000,
  OrganisationContactPhones1795510000100,
  BookingPrivacy1795510000200,
  SmsDeliveries1795510000300,
  SessionChanges1795510000400,
  Outreach1795520000000,
  RegisterUpkeep1795530000000,
  ResourceDuplicates1795530000100,
  Campaigns1795530000200,
  ServiceCriteria1795530000300,
  SearchOpenToday1795530000600,
  SearchGenerations1795540000000,
  ResourceAliases1795540000100,
  SearchFallbackSpeed1795550000000,
  DeskBooking1795560000000,
  OfflineCheckIn1795560000100,
  SearchSharedAnswers1795560000200,
  SavedVisitors1795560000300,
  BookingReschedules1795570000020,
  GroupVisitSplit1795570000030,
  NameListPhones1795570000031,
  OfferingWeekdays1795570000060,
  ResourceNameEn1795570000070,
  ReadModels1795580000000,
  SearchAndStatsReadModels1795580000200,
];
