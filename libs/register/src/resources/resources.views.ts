/**
 * What the resource endpoints answer: a resource's content as stored in a revision, the resource as
 * the public and its insiders see it, lists, the review queue and history. Codes (types, themes,
 * audiences…) are those of `GET /vocabularies`.
 */
import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { PageOf } from '@kepu/core';
import { DUPLICATE_MATCHES, DuplicateMatch } from '../duplicates/duplicate-lookup';
import { REVISION_STATES, RevisionState } from './resource-revision.entity';
import type { ResourceStatus } from './resource.entity';

/**
 * A nested model or null. Written so the CLI plugin adds no `nullable` beside the explicit `anyOf`
 * (a `nullable` without `type` is no valid schema, and `nullable` beside `allOf` does not admit null).
 */
type OrNull<T> = T | null;

/** A nested model, or null. */
const orNull = ($ref: string) => ({ anyOf: [{ $ref }, { type: 'object', nullable: true, enum: [null] }] });

/** Any JSON value: a field's value before or after a change. */
const ANY_VALUE = {
  anyOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object', additionalProperties: true },
  ],
};

/** WGS-84 coordinates. */
export class ResourceLocation {
  lat!: number;
  lng!: number;
}

/** A price of admission. */
export class AdmissionPrice {
  label!: string;
  /** In fen (1 yuan = 100 fen). */
  amountFen!: number;
}

/** Who pays less or nothing, and how. */
export class AdmissionConcession {
  /** A concession group code. */
  group!: string;
  /** A concession kind code. */
  kind!: string;
  note!: string | null;
}

export class Admission {
  free!: boolean;
  prices!: AdmissionPrice[];
  concessions!: AdmissionConcession[];
  note!: string | null;
}

/** The venue's public contact. */
export class ResourceContact {
  phone!: string | null;
  email!: string | null;
}

export class ResourcePhoto {
  /** Served at `GET /media/{mediaId}`. */
  mediaId!: string;
  caption!: string | null;
}

/** An accreditation as stored, with its evidence file. */
export class Accreditation {
  /** Kept across edits. */
  id!: string;
  name!: string;
  /** An accreditation level code. */
  level!: string;
  yearGranted!: number;
  /** A date, `YYYY-MM-DD`. */
  expiresOn!: string | null;
  /** An uploaded evidence file (members and administrators only). */
  evidenceId!: string | null;
}

export class Exhibit {
  /** Kept across edits. */
  id!: string;
  name!: string;
  /** An exhibit category code. */
  category!: string;
  /** 通俗说明: a plain-language explanation. */
  explanation!: string;
  photoId!: string | null;
}

/** The content fields a resource's page shows, accreditations aside. */
export class ResourceFields {
  name!: string;
  nameEn!: string | null;
  /** A resource type code. */
  type!: string;
  /** A district (or functional area). */
  regionCode!: string;
  address!: string;
  location!: ResourceLocation;
  /** Empty until given. */
  description!: string;
  /** Theme codes. */
  themes!: string[];
  /** Audience codes. */
  audiences!: string[];
  /** Accessibility feature codes. */
  accessibility!: string[];
  /** Null until the admission is known. */
  @ApiProperty(orNull(getSchemaPath(Admission)))
  admission!: OrNull<Admission>;
  contact!: ResourceContact;
  website!: string | null;
  transport!: string | null;
  photos!: ResourcePhoto[];
  exhibits!: Exhibit[];
}

/** The stored content of one revision: every field present, optional ones null or empty. */
export class ResourceContent extends ResourceFields {
  accreditations!: Accreditation[];
}

/** An accreditation on a resource's page: its evidence file only for members and reviewers. */
export class ResourceAccreditation {
  id!: string;
  name!: string;
  /** An accreditation level code. */
  level!: string;
  yearGranted!: number;
  /** A date, `YYYY-MM-DD`. */
  expiresOn!: string | null;
  /** Members and reviewers only. */
  evidenceId?: string | null;
  /** False from its expiry date on (Shanghai): an expired accreditation no longer counts (docs/register.md). */
  current!: boolean;
}

/** The organisation that runs a resource. */
export class ResourceOrganisation {
  id!: string;
  /**
   * The public sees the name last verified while a new one awaits verification; members and
   * reviewers see the current name, and the verified one beside it.
   */
  name!: string;
  verified!: boolean;
  /** Members and reviewers only: the name last verified, if any. */
  verifiedName?: string | null;
}

/** The edit under way on a resource. */
export class PendingRevision {
  id!: string;
  number!: number;
  state!: RevisionState;
  submittedAt!: Date | null;
}

/** A resource as its page shows it: the published version, or the working copy to its insiders. */
export class ResourceView extends ResourceFields {
  id!: string;
  status!: ResourceStatus;
  organisation!: ResourceOrganisation;
  accreditations!: ResourceAccreditation[];
  /** The number of the revision shown. */
  revision!: number;
  publishedAt!: Date | null;
  lastReviewedAt!: Date | null;
  updatedAt!: Date;
  /** When its operator last confirmed it (or an edit was approved); null before first publication. */
  confirmedAt!: Date | null;
  /** Not re-confirmed in time: the page shows "信息待更新 Information due for update" (docs/register.md). */
  stale!: boolean;
  /** Members and reviewers only: out of search until its operator confirms it. */
  outOfSearch?: boolean;
  /** Members and reviewers only: the yearly re-confirmation is due (from a month before it). */
  confirmationDue?: boolean;
  /** Members and reviewers only: the edit under way, if any. */
  @ApiPropertyOptional(orNull(getSchemaPath(PendingRevision)))
  pendingRevision?: OrNull<PendingRevision>;
  /**
   * `GET /resources/{id}` only: the venue's opening hours, null when none are set. The schedule lib
   * adds it (ResourceViewExtensions), so the register names its model without depending on it.
   */
  @ApiPropertyOptional(orNull('#/components/schemas/OpeningHoursView'))
  openingHours?: unknown;
  /** `GET /resources/{id}` only: what can be booked, from the schedule lib as `openingHours`. */
  @ApiPropertyOptional({ type: 'array', items: { $ref: '#/components/schemas/OfferingView' } })
  offerings?: unknown[];
  /** Set when the id asked for was merged into this resource: that id, which now answers with this one. */
  mergedFrom?: string;
}

/** A resource in a list. */
export class ResourceSummary {
  id!: string;
  name!: string;
  /** For English readers; null when none was given. */
  nameEn!: string | null;
  /** A resource type code. */
  type!: string;
  regionCode!: string;
  location!: ResourceLocation;
  status!: ResourceStatus;
  /** Null until the admission is known. */
  free!: boolean | null;
  /** Theme codes. */
  themes!: string[];
  /** Audience codes. */
  audiences!: string[];
  organisationId!: string;
  publishedAt!: Date | null;
  /** The state of the edit under way, if any. */
  @ApiProperty({ enum: [...REVISION_STATES, null], nullable: true })
  pendingState!: RevisionState | null;
}

export class ResourcePage extends PageOf(ResourceSummary) {}

/** One changed value between two versions of a resource, addressed by a path such as `exhibits[<id>].name`. */
export class FieldChange {
  field!: string;
  /** The value before; absent (or null) when there was none. */
  @ApiPropertyOptional(ANY_VALUE)
  before?: unknown;
  /** The value after; absent (or null) when there is none. */
  @ApiPropertyOptional(ANY_VALUE)
  after?: unknown;
}

/** A published resource near the submitted one, or of the same name. */
export class PossibleDuplicate {
  id!: string;
  name!: string;
  /** Null when the other resource has no position to measure from. */
  distanceMetres!: number | null;
  /** Why it was found (docs/register.md, "Duplicates and merging"); absent on flags from before it was recorded. */
  @ApiPropertyOptional({ enum: DUPLICATE_MATCHES, isArray: true })
  matchedBy?: DuplicateMatch[];
}

/** Possible duplicates found when the revision was submitted, for the reviewer. */
export class RevisionFlags {
  possibleDuplicates?: PossibleDuplicate[];
}

/** The revision being edited or reviewed. */
export class WorkingRevision {
  id!: string;
  number!: number;
  state!: RevisionState;
  submittedAt!: Date | null;
  flags!: RevisionFlags;
}

/** The copy being edited or reviewed, with its changes against the published version. */
export class WorkingCopy {
  resourceId!: string;
  revision!: WorkingRevision;
  content!: ResourceContent;
  /** Against the published version; every field for a first application. */
  changes!: FieldChange[];
}

/** Who did something. */
export class HistoryActor {
  id!: string;
  displayName!: string;
}

/** One entry of a resource's history. */
export class HistoryEntry {
  at!: Date;
  /** E.g. `resource.submit`, `resource.review`. */
  action!: string;
  /** Null for the system. */
  @ApiProperty(orNull(getSchemaPath(HistoryActor)))
  actor!: OrNull<HistoryActor>;
  /** What the action recorded: its revision, decision, reason or changes. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;
  /** The resource it happened to: this one, or one merged into it. */
  resourceId!: string;
}

/** The submitted revision a reviewer decides on. */
export class QueueRevision {
  id!: string;
  number!: number;
  state!: RevisionState;
  submittedAt!: Date;
  flags!: RevisionFlags;
}

/** A submission waiting for this administrator, with its diff against the published version. */
export class QueueItem {
  resourceId!: string;
  name!: string;
  regionCode!: string;
  organisation!: ResourceOrganisation;
  revision!: QueueRevision;
  /** A first application has no published version: every field shows as new. */
  firstApplication!: boolean;
  changes!: FieldChange[];
}

export class QueueItemPage extends PageOf(QueueItem) {}

/** The resource some public text belongs to. */
export class PublicTextResource {
  id!: string;
  name!: string;
  status!: ResourceStatus;
}

/** What the text belongs to, as the administrator should recognise it, e.g. an offering. */
export class PublicTextSubject {
  /** E.g. `offering`. */
  type!: string;
  id!: string;
  title!: string;
}

/** Public text that changed without review, as the administrators' change view lists it. */
export class PublicTextChangeView {
  at!: Date;
  resource!: PublicTextResource;
  /** Null for the system. */
  @ApiProperty(orNull(getSchemaPath(HistoryActor)))
  actor!: OrNull<HistoryActor>;
  about!: PublicTextSubject;
  changes!: FieldChange[];
}

export class PublicTextChangePage extends PageOf(PublicTextChangeView) {}

/** An accreditation of a published resource that expires soon, or has. */
export class ExpiringAccreditation {
  resourceId!: string;
  resourceName!: string;
  regionCode!: string;
  accreditation!: Accreditation;
  /** Negative once expired. */
  daysLeft!: number;
}
