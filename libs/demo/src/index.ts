export { DemoModule } from './demo.module';
export { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-accounts';
export { DEMO_EXPERTS, DEMO_VOLUNTEERS } from './demo-outreach';
export { demoCampaigns } from './demo-campaigns';
export type { DemoAccount } from './demo-accounts';
export { generateSyntheticRegister } from './synthetic-register';
