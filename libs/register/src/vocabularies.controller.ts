import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@kepu/identity';
import { VOCABULARIES } from './vocabulary';

@ApiTags('register')
@Controller('vocabularies')
export class VocabulariesController {
  /** Every code list (types, themes, audiences…) with Chinese and English labels. */
  @Public()
  @Get()
  list() {
    return VOCABULARIES;
  }
}
