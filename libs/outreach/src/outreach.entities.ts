import { Activity, ActivityVolunteer, ManualHours } from './activities/activity.entity';
import { Expert } from './directory/expert.entity';
import { VolunteerProfile } from './directory/volunteer-profile.entity';
import { MenuItem } from './menu/menu-item.entity';
import { OrderDecline, OutreachOrder } from './orders/order.entity';

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
