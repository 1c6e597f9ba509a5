import { DynamicModule, Module } from '@nestjs/common';
import { RegisterModule } from '@kepu/register';
import { ScheduleModule } from '@kepu/schedule';
import { MeiliModule } from './meili-client';
import { IndexGenerations } from './index-generations';
import { IndexGenerationsStore } from './index-generations.store';
import { SearchCache } from './search-cache';
import { OpenDatesJob } from './open-dates.job';
import { OutboxRelay, RELAY_OPTIONS, RelayOptions } from './outbox-relay.consumer';
import { QueryUnderstanding } from './query-understanding.service';
import { ResourceIndex } from './resource-index.service';
import { SearchFallback } from './search-fallback';
import { SearchFallbackStore } from './search-fallback.store';
import { SearchableResourcesStore } from './searchable-resources.store';
import { MapController, SearchController } from './search.controller';
import { SearchService } from './search.service';
import { SharedAnswersStore } from './shared-answers.store';
import { SharedAnswersTrimJob } from './shared-answers.job';

/** Search: the Meilisearch index of published resources, kept in sync from the outbox. */
@Module({})
export class SearchModule {
  static forRoot(relay: RelayOptions): DynamicModule {
    return {
      module: SearchModule,
      imports: [MeiliModule, RegisterModule, ScheduleModule],
      controllers: [SearchController, MapController],
      providers: [
        IndexGenerations,
        IndexGenerationsStore,
        SearchCache,
        SharedAnswersStore,
        SharedAnswersTrimJob,
        ResourceIndex,
        SearchFallback,
        SearchFallbackStore,
        SearchableResourcesStore,
        OutboxRelay,
        SearchService,
        QueryUnderstanding,
        OpenDatesJob,
        { provide: RELAY_OPTIONS, useValue: relay },
      ],
      exports: [ResourceIndex, OutboxRelay],
    };
  }
}
