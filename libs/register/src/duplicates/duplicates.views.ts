/** What the duplicate endpoints answer: a resource and its candidates, side by side (docs/register.md). */
import { ApiProperty } from '@nestjs/swagger';
import { RESOURCE_STATUSES, ResourceStatus } from '../resources/resource.entity';
import { ResourceLocation } from '../resources/resources.views';
import { DUPLICATE_MATCHES, DuplicateMatch } from './duplicate-lookup';

export class DuplicateOrganisation {
  id!: string;
  name!: string;
}

/** One side of the comparison: what a reviewer needs to tell two entries apart. */
export class DuplicateSide {
  id!: string;
  name!: string;
  address!: string;
  location!: ResourceLocation;
  /** A resource type code. */
  type!: string;
  regionCode!: string;
  @ApiProperty({ enum: RESOURCE_STATUSES })
  status!: ResourceStatus;
  organisation!: DuplicateOrganisation;
}

/** A resource that may be the same as the one under review, and why it was found. */
export class DuplicateCandidate extends DuplicateSide {
  /** Metres between the two. */
  distanceMetres!: number;
  /** `name`: the same name once region names, legal forms, brackets and punctuation are dropped; `pinyin`: the same sound; `distance`: within 100 m. */
  @ApiProperty({ enum: DUPLICATE_MATCHES, isArray: true })
  matchedBy!: DuplicateMatch[];
}

/** A resource and the candidates not yet dismissed, nearest first. */
export class ResourceDuplicates {
  resource!: DuplicateSide;
  candidates!: DuplicateCandidate[];
}
