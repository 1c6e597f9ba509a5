/** What `GET /open-data` answers: the datasets anyone may download (docs/open-data.md). */
import { ApiProperty } from '@nestjs/swagger';
import { CensusAccreditation, CensusPoint } from '../census/census.views';

export class OpenDataText {
  zh!: string;
  en!: string;
}

export class OpenDataLicence {
  /** E.g. `CC BY 4.0` (OPEN_DATA_LICENCE). */
  name!: string;
  /** Where the licence's text is; null when not configured. */
  url!: string | null;
}

export class OpenDataFile {
  @ApiProperty({ enum: ['csv', 'xlsx', 'geojson'] })
  format!: 'csv' | 'xlsx' | 'geojson';
  /** The Content-Type it is sent with. */
  mediaType!: string;
  /** Where to download it (no token needed). */
  url!: string;
}

export class OpenDataColumnView {
  /** The GeoJSON property name. */
  key!: string;
  /** The CSV/XLSX header. */
  zh!: string;
  en!: string;
  description!: string;
}

export class OpenDataset {
  /** Stable id of the dataset. */
  @ApiProperty({ enum: ['resources'] })
  id!: 'resources';
  title!: OpenDataText;
  description!: OpenDataText;
  licence!: OpenDataLicence;
  /** Published resources in the files. */
  records!: number;
  /** When the published register last changed (also the files' Last-Modified). */
  lastModified!: string;
  formats!: OpenDataFile[];
  /** The files' columns, in order. */
  columns!: OpenDataColumnView[];
}

/** The open-data index: every dataset, its licence, formats and columns. */
export class OpenDataIndex {
  licence!: OpenDataLicence;
  datasets!: OpenDataset[];
}

/** One published resource's public facts (the index's columns). */
export class OpenDataFeatureProperties {
  id!: string;
  name!: string;
  nameEn!: string | null;
  type!: string;
  typeName!: string;
  regionCode!: string;
  regionName!: string;
  address!: string;
  lat!: number;
  lng!: number;
  description!: string;
  themes!: string[];
  audiences!: string[];
  accessibility!: string[];
  /** Null when not known. */
  free!: boolean | null;
  /** `ticket:yuan`. */
  prices!: string[];
  /** `group:kind`, e.g. `seniors:free`. */
  concessions!: string[];
  website!: string | null;
  transport!: string | null;
  accreditations!: CensusAccreditation[];
  /** The operating organisation's public name. */
  organisation!: string;
}

export class OpenDataFeature {
  @ApiProperty({ enum: ['Feature'] })
  type!: 'Feature';
  id!: string;
  geometry!: CensusPoint;
  properties!: OpenDataFeatureProperties;
}

/** The published register as GeoJSON (RFC 7946), with its title and licence. */
export class OpenDataFeatureCollection {
  @ApiProperty({ enum: ['FeatureCollection'] })
  type!: 'FeatureCollection';
  name!: string;
  title!: OpenDataText;
  licence!: OpenDataLicence;
  features!: OpenDataFeature[];
}
