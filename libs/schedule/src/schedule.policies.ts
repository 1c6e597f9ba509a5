import { Injectable, OnModuleInit } from '@nestjs/common';
import { PolicyService } from '@kepu/identity';

/**
 * Schedules belong to their resource: whoever may edit the resource (its operators) manages its
 * hours and offerings, and whoever may see it unpublished sees them too. The national holiday
 * calendar applies to every region, so only system administrators keep it.
 */
@Injectable()
export class SchedulePolicies implements OnModuleInit {
  constructor(private readonly policy: PolicyService) {}

  onModuleInit(): void {
    this.policy.define<object>('schedule.manage', (actor, resource, context) =>
      context.decide(actor, 'resource.edit', resource),
    );
    this.policy.define<object>('schedule.read_private', (actor, resource, context) =>
      context.decide(actor, 'resource.read_private', resource),
    );
    this.policy.define('calendar.manage', (actor) => actor.isSystemAdmin);
  }
}
