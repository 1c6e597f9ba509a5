import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kepu/identity';
import { NotifyModule } from '@kepu/notify';
import { RegisterModule } from '@kepu/register';
import { OUTREACH_ENTITIES } from './outreach.entities';
import { MenuCatalogue } from './menu/menu-catalogue';
import { OutreachNotices } from './outreach-notices';
import { OutreachPolicies } from './outreach.policies';

/**
 * Science coming to schools and communities (docs/outreach.md): the activity menu, orders with
 * dispatch and claims, delivery with volunteers' hours, ratings, and the directory of experts and
 * volunteers.
 */
@Module({
  imports: [TypeOrmModule.forFeature(OUTREACH_ENTITIES), IdentityModule, RegisterModule, NotifyModule],
  controllers: [],
  providers: [OutreachPolicies, OutreachNotices, MenuCatalogue],
  exports: [],
})
export class OutreachModule {}
