/** What the census endpoints answer: an import's report, and the register as GeoJSON open data. */
import { ApiProperty } from '@nestjs/swagger';
import { PossibleDuplicate } from '../resources/resources.views';

/** Why an import sheet's header row was refused (IMPORT_HEADERS_INVALID): nothing below it was read. */
export class ImportHeaderProblems {
  /** Columns the template requires that the sheet lacks. */
  missing!: string[];
  /** Headers that are no column of the template. */
  unknown!: string[];
  /** Headers given more than once. */
  repeated!: string[];
  /** The template's headers, in order. */
  expected!: string[];
}

/** A problem with one cell of the import sheet. */
export class RowError {
  /** The sheet's row number, as the spreadsheet shows it (headers are row 1). */
  row!: number;
  /** The column's header, as the template names it. */
  column!: string;
  /** In Chinese, for the person fixing the sheet. */
  message!: string;
}

/** A created row's possible duplicates (docs/register.md, "Duplicates and merging"). */
export class RowDuplicates {
  /** The sheet's row number. */
  row!: number;
  /** The resource created from the row (a dry run's is not kept). */
  resourceId!: string;
  candidates!: PossibleDuplicate[];
}

/** What an import did, or (a dry run) would do; a commit with errors imports nothing and answers 422 with it. */
export class ImportReport {
  dryRun!: boolean;
  /** Data rows read (the header row aside). */
  rows!: number;
  created!: number;
  updated!: number;
  unchanged!: number;
  errors!: RowError[];
  /** Created rows that may duplicate an entry of the register or a row above them, for the reviewer. */
  duplicates!: RowDuplicates[];
}

export class CensusAccreditation {
  name!: string;
  /** An accreditation level code. */
  level!: string;
  yearGranted!: number;
  /** A date, `YYYY-MM-DD`. */
  expiresOn!: string | null;
}

/** A published resource's public facts: no personal data. */
export class CensusFeatureProperties {
  id!: string;
  name!: string;
  nameEn!: string | null;
  /** A resource type code. */
  type!: string;
  regionCode!: string;
  address!: string;
  themes!: string[];
  audiences!: string[];
  accessibility!: string[];
  /** Null until the admission is known. */
  free!: boolean | null;
  website!: string | null;
  /** The operating organisation's name. */
  organisation!: string;
  accreditations!: CensusAccreditation[];
}

export class CensusPoint {
  @ApiProperty({ enum: ['Point'] })
  type!: 'Point';
  /** Longitude, latitude (WGS-84). */
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2 })
  coordinates!: number[];
}

export class CensusFeature {
  @ApiProperty({ enum: ['Feature'] })
  type!: 'Feature';
  /** The resource's id. */
  id!: string;
  geometry!: CensusPoint;
  properties!: CensusFeatureProperties;
}

/** The published register of a region as GeoJSON (RFC 7946). */
export class CensusFeatureCollection {
  @ApiProperty({ enum: ['FeatureCollection'] })
  type!: 'FeatureCollection';
  features!: CensusFeature[];
}
