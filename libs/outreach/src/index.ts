export { OUTREACH_ENTITIES, OutreachModule } from './outreach.module';
export { OutreachErrors } from './outreach-errors';
export { OrdersService } from './orders/orders.service';
export { EscalationJob } from './jobs/escalation.job';
export { credit } from './activities/credited-minutes';
export { OutreachIndex } from './search/outreach-index.service';
export { OutreachIndexCheckJob } from './search/outreach-index.relay';
export { outreachConfig } from './outreach.config';
export type { OutreachSettings } from './outreach.config';
