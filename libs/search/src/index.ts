export { SearchModule } from './search.module';
export { ResourceIndex } from './resource-index.service';
export { OutboxRelay } from './outbox-relay.service';
export { MeiliClient, MeiliError } from './meili-client';
export { OwnIndex, highlighting } from './own-index';
export { pinyinForms } from './pinyin';
export { SearchErrors } from './search-errors';
export { SearchService, meiliSearchRequest, parseBbox } from './search.service';
export { SearchQueryDto, SearchText } from './search.dto';
