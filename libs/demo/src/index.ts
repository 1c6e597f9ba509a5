export { DemoModule } from './demo.module';
export { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-accounts';
export type { DemoAccount } from './demo-accounts';
export { generateSyntheticRegister } from './synthetic-register';
