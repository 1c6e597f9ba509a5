import { Controller, Get } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import { Public } from '@kepu/identity';
import { VocabulariesView, VocabularyTerm } from './vocabularies.views';
import { VOCABULARIES } from './vocabulary';

@ApiTags('register')
@ApiExtraModels(VocabularyTerm)
@Controller('vocabularies')
export class VocabulariesController {
  /** Every code list (types, themes, audiences…) with Chinese and English labels. */
  @Public()
  @Get()
  list(): VocabulariesView {
    return VOCABULARIES;
  }
}
