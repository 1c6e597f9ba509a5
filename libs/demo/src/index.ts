export { DemoModule } from './demo.module';
export { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-accounts';
export { DEMO_EXPERTS, DEMO_VOLUNTEERS } from './demo-outreach';
export { demoCampaigns } from './demo-campaigns';
export type { DemoAccount } from './demo-accounts';
export {
  generateSyntheticRegister,
  DISTRICTS as SYNTHETIC_DISTRICTS,
  KINDS as SYNTHETIC_KINDS,
  SUBJECTS as SYNTHETIC_SUBJECTS,
} from './synthetic-register';
