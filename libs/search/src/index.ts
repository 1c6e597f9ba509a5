export { SearchModule } from './search.module';
export { ResourceIndex } from './resource-index.service';
export { OutboxRelay } from './outbox-relay.service';
export { MeiliClient, MeiliError } from './meili-client';
export { OwnIndex } from './own-index';
export { pinyinForms } from './pinyin';
// The sort key moved to core (the register compares duplicate names by it); search's users keep finding it here.
export { pinyinSortKey } from '@kepu/core';
export { SearchErrors } from './search-errors';
export { SearchService, meiliSearchRequest, parseBbox } from './search.service';
export { SearchQueryDto } from './search.dto';
