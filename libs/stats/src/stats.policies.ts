import { Injectable, OnModuleInit } from '@nestjs/common';
import { PolicyService } from '@kepu/identity';

/**
 * A region's figures are its administrators' (the same rule as managing its census); a venue's are
 * also its operators'. Figures hold no personal data, but unpublished activity is not public.
 */
@Injectable()
export class StatsPolicies implements OnModuleInit {
  constructor(private readonly policy: PolicyService) {}

  onModuleInit(): void {
    this.policy.define<{ regionCode: string }>('stats.read_region', async (actor, region, context) =>
      (await context.decide(actor, 'census.manage', region)) === 'allow' ? 'allow' : 'deny',
    );
    // A region's service criteria: its administrators (a city's for the city and its districts, docs/register.md).
    this.policy.define<{ regionCode: string }>('stats.set_service_criteria', async (actor, region, context) =>
      (await context.decide(actor, 'census.manage', region)) === 'allow' ? 'allow' : 'deny',
    );
    this.policy.define<{ regionCode: string }>('stats.read_venue', async (actor, venue, context) =>
      (await context.decide(actor, 'schedule.manage', venue)) === 'allow' ||
      (await context.decide(actor, 'census.manage', venue)) === 'allow'
        ? 'allow'
        : 'hide',
    );
  }
}
