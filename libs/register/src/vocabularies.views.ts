/** What `GET /vocabularies` answers: each code list, code → labels. */
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** A code's labels. */
export class VocabularyTerm {
  zh!: string;
  en!: string;
}

const TERMS = { type: 'object', additionalProperties: { $ref: getSchemaPath(VocabularyTerm) } } as const;

/** The register's code lists: codes are stable API values, labels what people read. */
export class VocabulariesView {
  @ApiProperty(TERMS)
  resourceTypes!: Record<string, VocabularyTerm>;
  @ApiProperty(TERMS)
  themes!: Record<string, VocabularyTerm>;
  @ApiProperty(TERMS)
  audiences!: Record<string, VocabularyTerm>;
  @ApiProperty(TERMS)
  accessibility!: Record<string, VocabularyTerm>;
  @ApiProperty(TERMS)
  concessionGroups!: Record<string, VocabularyTerm>;
  @ApiProperty(TERMS)
  concessionKinds!: Record<string, VocabularyTerm>;
  @ApiProperty(TERMS)
  exhibitCategories!: Record<string, VocabularyTerm>;
  @ApiProperty(TERMS)
  accreditationLevels!: Record<string, VocabularyTerm>;
  @ApiProperty(TERMS)
  organisationKinds!: Record<string, VocabularyTerm>;
}
