import { Injectable, OnModuleInit } from '@nestjs/common';
import { RegionTree } from '@kepu/core';
import { Actor, Decision, PolicyService, Role } from '@kepu/identity';
import { administersAs, isAdministrator } from '@kepu/register';

/** A menu item as the rules see it: its provider and the provider's region (whose administrators review). */
export interface MenuSubject {
  providerId: string;
  regionCode: string;
}

/** An order as the rules see it: who ordered, where it takes place, who holds it. */
export interface OrderSubject {
  ordererId: string;
  regionCode: string;
  providerId: string | null;
  status: string;
}

/** A volunteer's record or a team's hours: the team and its region. */
export interface TeamSubject {
  teamId: string;
  regionCode: string;
}

/** An expert application: its account and home district. */
export interface ExpertSubject {
  accountId: string;
  regionCode: string;
}

const ORDERER_ROLES = [Role.School, Role.Community];

/**
 * Who may do what in outreach (docs/outreach.md, "Who is who"): providers act through their
 * operators, orderers through their teachers or community workers, districts through the
 * administrators of the place. Insiders refused an action get 403; anyone else is told nothing (404).
 */
@Injectable()
export class OutreachPolicies implements OnModuleInit {
  constructor(
    private readonly policy: PolicyService,
    private readonly regions: RegionTree,
  ) {}

  private administers = (actor: Actor, regionCode: string) => administersAs(actor, regionCode, this.regions);

  private operates = (actor: Actor, organisationId: string | null) =>
    organisationId !== null && actor.organisationsAs(Role.Operator).includes(organisationId);

  private orders = (actor: Actor, ordererId: string) => actor.organisationsAs(...ORDERER_ROLES).includes(ordererId);

  private async orderSide(actor: Actor, order: OrderSubject): Promise<'orderer' | 'provider' | 'district' | null> {
    if (this.orders(actor, order.ordererId)) return 'orderer';
    if (this.operates(actor, order.providerId)) return 'provider';
    if (await this.administers(actor, order.regionCode)) return 'district';
    return null;
  }

  /** Allowed to these sides of an order; refused to its other sides; hidden from everyone else. */
  private orderRule =
    (...sides: ('orderer' | 'provider' | 'district')[]) =>
    async (actor: Actor, order: OrderSubject): Promise<Decision> => {
      const side = await this.orderSide(actor, order);
      return side === null ? 'hide' : sides.includes(side) ? 'allow' : 'deny';
    };

  onModuleInit(): void {
    const p = this.policy;
    // Menu items: the provider's operators write them; the administrators of its region review.
    p.define<{ providerId: string }>('outreach_menu.create', (actor, { providerId }) =>
      this.operates(actor, providerId),
    );
    p.define<MenuSubject>('outreach_menu.edit', async (actor, item) =>
      this.operates(actor, item.providerId)
        ? 'allow'
        : (await this.administers(actor, item.regionCode))
          ? 'deny'
          : 'hide',
    );
    p.define<MenuSubject>('outreach_menu.read_private', async (actor, item) =>
      this.operates(actor, item.providerId) || (await this.administers(actor, item.regionCode)) ? 'allow' : 'hide',
    );
    p.define<MenuSubject>('outreach_menu.review', async (actor, item) =>
      (await this.administers(actor, item.regionCode))
        ? 'allow'
        : this.operates(actor, item.providerId)
          ? 'deny'
          : 'hide',
    );
    // The queue is scoped to the administrator's own regions.
    p.define('outreach_menu.review_queue', isAdministrator);

    // Orders: teachers and community workers order for their organisation.
    p.define<{ ordererId: string }>('outreach_order.create', (actor, { ordererId }) => this.orders(actor, ordererId));
    // An open order is offered to every provider: any operator may read it (and claim it if it serves the district).
    p.define<OrderSubject>('outreach_order.read', async (actor, order) =>
      (await this.orderSide(actor, order)) !== null ||
      (order.status === 'open' && actor.organisationsAs(Role.Operator).length > 0)
        ? 'allow'
        : 'hide',
    );
    p.define<OrderSubject>('outreach_order.dispatch', this.orderRule('district'));
    // Checked after `outreach_order.read`: the claimant must be an organisation the actor operates.
    p.define<{ claimantId: string }>('outreach_order.claim', (actor, { claimantId }) =>
      this.operates(actor, claimantId),
    );
    p.define<OrderSubject>('outreach_order.provide', this.orderRule('provider'));
    p.define<OrderSubject>('outreach_order.respond', this.orderRule('orderer'));
    p.define<OrderSubject>('outreach_order.cancel', this.orderRule('orderer', 'district'));

    // Volunteers: members of the provider's team join its activities and sign in with the code.
    // The order's other parties may see the activity but not take part (403); strangers learn nothing (404).
    p.define<OrderSubject>('outreach_activity.volunteer', async (actor, order) =>
      order.providerId !== null && actor.organisationsAs(Role.Volunteer).includes(order.providerId)
        ? 'allow'
        : (await this.orderSide(actor, order))
          ? 'deny'
          : 'hide',
    );
    p.define<TeamSubject>('volunteer_hours.add', (actor, team) => this.administers(actor, team.regionCode));

    // Experts apply for themselves; the administrators of their home district review.
    p.define('expert.apply', (actor) => actor.verified);
    p.define<ExpertSubject>('expert.read_private', async (actor, expert) =>
      actor.accountId === expert.accountId || (await this.administers(actor, expert.regionCode)) ? 'allow' : 'hide',
    );
    p.define<ExpertSubject>('expert.review', async (actor, expert) =>
      (await this.administers(actor, expert.regionCode))
        ? 'allow'
        : actor.accountId === expert.accountId
          ? 'deny'
          : 'hide',
    );
    // The queue is scoped to the administrator's own regions.
    p.define('expert.review_queue', isAdministrator);
  }
}
