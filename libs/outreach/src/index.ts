export { OutreachModule } from './outreach.module';
export { OutreachErrors } from './outreach-errors';
export { OUTREACH_ENTITIES } from './outreach.entities';
