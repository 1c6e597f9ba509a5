import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KEPU_CONFIG, KepuConfig } from '@kepu/core';
import { CensusController } from './census/census.controller';
import { CensusService } from './census/census.service';
import { IdentityModule } from '@kepu/identity';
import { MediaController } from './media/media.controller';
import { Media } from './media/media.entity';
import { createMediaStorage, MediaStorage } from './media/media-storage';
import { MediaService } from './media/media.service';
import { Organisation } from './organisations/organisation.entity';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { RegionsController } from './regions/regions.controller';
import { RegionsService } from './regions/regions.service';
import { RegisterPolicies } from './register.policies';
import { ResourceRevision } from './resources/resource-revision.entity';
import { ResourceStore } from './resources/resource-store.service';
import { ResourceViewExtensions } from './resources/resource-view-extensions';
import { Resource } from './resources/resource.entity';
import { AccreditationsController, ResourcesController } from './resources/resources.controller';
import { ResourcesService } from './resources/resources.service';
import { ReviewService } from './resources/review.service';
import { VocabulariesController } from './vocabularies.controller';

export const REGISTER_ENTITIES = [Organisation, Resource, ResourceRevision, Media];

@Module({
  imports: [TypeOrmModule.forFeature(REGISTER_ENTITIES), IdentityModule],
  controllers: [
    RegionsController,
    OrganisationsController,
    ResourcesController,
    AccreditationsController,
    MediaController,
    VocabulariesController,
    CensusController,
  ],
  providers: [
    RegisterPolicies,
    RegionsService,
    OrganisationsService,
    ResourceStore,
    ResourceViewExtensions,
    ResourcesService,
    ReviewService,
    MediaService,
    CensusService,
    { provide: MediaStorage, inject: [KEPU_CONFIG], useFactory: (config: KepuConfig) => createMediaStorage(config) },
  ],
  exports: [ResourcesService, ResourceViewExtensions, ResourceStore, OrganisationsService, RegionsService],
})
export class RegisterModule {}
