import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kepu/identity';
import { NotifyModule } from '@kepu/notify';
import { RegisterModule } from '@kepu/register';
import { Activity, ActivityVolunteer, ManualHours } from './activities/activity.entity';
import { Expert } from './directory/expert.entity';
import { VolunteerProfile } from './directory/volunteer-profile.entity';
import { MenuItem } from './menu/menu-item.entity';
import { OrderDecline, OutreachOrder } from './orders/order.entity';
import { MenuCatalogue } from './menu/menu-catalogue';
import { MenuController } from './menu/menu.controller';
import { MenuItemsService } from './menu/menu-items.service';
import { OutreachNotices } from './outreach-notices';
import { OutreachPolicies } from './outreach.policies';
import { OrdersController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';
import { EscalationJob } from './jobs/escalation.job';
import { ExpertsController } from './directory/experts.controller';
import { ExpertsService } from './directory/experts.service';
import { ExpertIndexRelay, MenuItemIndexRelay, OutreachIndexCheckJob } from './search/outreach-index.consumer';
import { OutreachIndex } from './search/outreach-index.service';
import { OutreachSearchController } from './search/outreach-search.controller';
import { OutreachSearchService } from './search/outreach-search.service';
import { ActivitiesController } from './activities/activities.controller';
import { ActivitiesService } from './activities/activities.service';
import { VolunteersController } from './directory/volunteers.controller';
import { VolunteersService } from './directory/volunteers.service';
import { VolunteerPersonalData } from './directory/volunteer-personal-data';
import { ActivitiesStore } from './activities/activities.store';
import { ExpertsStore } from './directory/experts.store';
import { VolunteersStore } from './directory/volunteers.store';
import { MenuItemsStore } from './menu/menu-items.store';
import { OrdersStore } from './orders/orders.store';
import { ProviderLocationsStore } from './provider-locations.store';
import { PublicEntriesStore } from './search/public-entries.store';
import { OutreachDemoStore } from './outreach-demo.store';

/** Every table the outreach lib owns. */
export const OUTREACH_ENTITIES = [
  MenuItem,
  OutreachOrder,
  OrderDecline,
  Activity,
  ActivityVolunteer,
  ManualHours,
  Expert,
  VolunteerProfile,
];

/**
 * Science coming to schools and communities (docs/outreach.md): the activity menu, orders with
 * dispatch and claims, delivery with volunteers' hours, ratings, and the directory of experts and
 * volunteers.
 */
@Module({
  imports: [TypeOrmModule.forFeature(OUTREACH_ENTITIES), IdentityModule, RegisterModule, NotifyModule],
  controllers: [
    MenuController,
    OrdersController,
    ExpertsController,
    OutreachSearchController,
    ActivitiesController,
    VolunteersController,
  ],
  providers: [
    OutreachDemoStore,
    MenuItemsStore,
    OrdersStore,
    ActivitiesStore,
    ExpertsStore,
    VolunteersStore,
    ProviderLocationsStore,
    PublicEntriesStore,
    OutreachPolicies,
    OutreachNotices,
    MenuCatalogue,
    MenuItemsService,
    OrdersService,
    EscalationJob,
    ExpertsService,
    OutreachIndex,
    MenuItemIndexRelay,
    ExpertIndexRelay,
    OutreachIndexCheckJob,
    OutreachSearchService,
    ActivitiesService,
    VolunteersService,
    VolunteerPersonalData,
  ],
  exports: [OutreachDemoStore],
})
export class OutreachModule {}
