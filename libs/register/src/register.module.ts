import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CensusController } from './census/census.controller';
import { CensusService } from './census/census.service';
import { IdentityModule } from '@kepu/identity';
import { MediaController } from './media/media.controller';
import { Media } from './media/media.entity';
import { createMediaStorage, MediaStorage } from './media/media-storage';
import { MediaService } from './media/media.service';
import { Organisation } from './organisations/organisation.entity';
import { OpenDataController } from './open-data/open-data.controller';
import { OpenDataService } from './open-data/open-data.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { RegionsController } from './regions/regions.controller';
import { RegionsService } from './regions/regions.service';
import { mediaConfig } from './register.config';
import { RegisterPolicies } from './register.policies';
import { ResourceRevision } from './resources/resource-revision.entity';
import { ResourceStore } from './resources/resource.store';
import { ReviewStore } from './resources/review.store';
import { UpkeepStore } from './upkeep/upkeep.store';
import { DuplicatesStore } from './duplicates/duplicates.store';
import { OrganisationsStore } from './organisations/organisations.store';
import { CensusStore } from './census/census.store';
import { AliasesStore } from './aliases/aliases.store';
import { MediaStore } from './media/media.store';
import { RegionsStore } from './regions/regions.store';
import { OpenDataStore } from './open-data/open-data.store';
import { ResourceViewExtensions } from './resources/resource-view-extensions';
import { Resource } from './resources/resource.entity';
import { AccreditationsController, ResourcesController } from './resources/resources.controller';
import { ResourcesService } from './resources/resources.service';
import { ReviewService } from './resources/review.service';
import { VocabulariesController } from './vocabularies.controller';
import { DuplicateDismissal } from './duplicates/duplicate-dismissal.entity';
import { DuplicatesController } from './duplicates/duplicates.controller';
import { DuplicatesService } from './duplicates/duplicates.service';
import { ResourceMergeSteps } from './duplicates/resource-merge-steps';
import { AccreditationRemindersJob } from './upkeep/accreditation-reminders.job';
import { ReconfirmationJob } from './upkeep/reconfirmation.job';
import { UpkeepNotice } from './upkeep/upkeep-notice.entity';
import { UpkeepController } from './upkeep/upkeep.controller';
import { UpkeepService } from './upkeep/upkeep.service';
import { VenueStandings } from './upkeep/venue-standings';
import { NotifyModule } from '@kepu/notify';
import { AliasesController } from './aliases/aliases.controller';
import { ResourceAliases } from './aliases/aliases.service';
import { ResourceAlias } from './aliases/resource-alias.entity';

export const REGISTER_ENTITIES = [
  Organisation,
  Resource,
  ResourceRevision,
  Media,
  UpkeepNotice,
  DuplicateDismissal,
  ResourceAlias,
];

@Module({
  imports: [TypeOrmModule.forFeature(REGISTER_ENTITIES), IdentityModule, NotifyModule],
  controllers: [
    RegionsController,
    OrganisationsController,
    ResourcesController,
    AccreditationsController,
    MediaController,
    VocabulariesController,
    CensusController,
    DuplicatesController,
    OpenDataController,
    UpkeepController,
    AliasesController,
  ],
  providers: [
    RegisterPolicies,
    RegionsService,
    OrganisationsService,
    ResourceStore,
    ReviewStore,
    UpkeepStore,
    DuplicatesStore,
    OrganisationsStore,
    CensusStore,
    AliasesStore,
    MediaStore,
    RegionsStore,
    OpenDataStore,
    ResourceViewExtensions,
    ResourcesService,
    ReviewService,
    MediaService,
    CensusService,
    ResourceMergeSteps,
    DuplicatesService,
    OpenDataService,
    UpkeepService,
    VenueStandings,
    AccreditationRemindersJob,
    ReconfirmationJob,
    ResourceAliases,
    { provide: MediaStorage, inject: [mediaConfig.token], useFactory: createMediaStorage },
  ],
  exports: [
    ResourcesService,
    ResourceViewExtensions,
    ResourceMergeSteps,
    ResourceStore,
    OrganisationsStore,
    OrganisationsService,
    RegionsService,
    ResourceAliases,
    VenueStandings,
  ],
})
export class RegisterModule {}
