import { Injectable, OnModuleInit } from '@nestjs/common';
import { RegionTree } from '@kepu/core';
import { Actor, Decision, PolicyService } from '@kepu/identity';
import { administeredRegions, administersAs, isAdministrator } from '@kepu/register';

/** A campaign as the rules see it: the regions it covers. */
export interface CampaignSubject {
  regionCodes: string[];
}

/** An attached event as the rules see it: its venue (a register resource) and its campaign. */
export interface CampaignEventSubject {
  resource: object;
  campaign: CampaignSubject;
}

/**
 * Who may do what with campaigns (docs/campaigns.md, "Who does what"): the administrators of every
 * region a campaign covers run it; administrators of a part of it see its draft and figures;
 * operators take part with their own venues' events.
 */
@Injectable()
export class CampaignPolicies implements OnModuleInit {
  constructor(
    private readonly policy: PolicyService,
    private readonly regions: RegionTree,
  ) {}

  /** Administers every region the campaign covers. */
  private async runs(actor: Actor, { regionCodes }: CampaignSubject): Promise<boolean> {
    for (const code of regionCodes) if (!(await administersAs(actor, code, this.regions))) return false;
    return true;
  }

  /** Administers one of its regions, or a district within one. */
  private async overlaps(actor: Actor, { regionCodes }: CampaignSubject): Promise<boolean> {
    const own = administeredRegions(actor);
    if (!own) return true;
    for (const code of regionCodes) {
      if (await administersAs(actor, code, this.regions)) return true;
      for (const region of own) if (await this.regions.contains(code, region)) return true;
    }
    return false;
  }

  onModuleInit(): void {
    const p = this.policy;
    // An administrator creates campaigns for regions they administer; asking for others' is refused.
    p.define<CampaignSubject>(
      'campaign.create',
      (actor, campaign) => isAdministrator(actor) && this.runs(actor, campaign),
    );
    p.define<CampaignSubject>('campaign.manage', async (actor, campaign): Promise<Decision> =>
      (await this.runs(actor, campaign)) ? 'allow' : (await this.overlaps(actor, campaign)) ? 'deny' : 'hide',
    );
    p.define<CampaignSubject>('campaign.read_private', async (actor, campaign) =>
      (await this.overlaps(actor, campaign)) ? 'allow' : 'hide',
    );
    p.define('campaign.list_managed', isAdministrator);
    // The venue's operators take part; the administrators running the campaign may take an event out.
    p.define<CampaignEventSubject>('campaign_event.attach', (actor, { resource }, context) =>
      context.decide(actor, 'schedule.manage', resource),
    );
    p.define<CampaignEventSubject>('campaign_event.detach', async (actor, { resource, campaign }, context) =>
      (await this.runs(actor, campaign)) ? 'allow' : context.decide(actor, 'schedule.manage', resource),
    );
  }
}
