export { IdentityModule } from './identity.module';
export { PolicyService } from './policy/policy.service';
export type { Decision, PolicyContext, PolicyRule } from './policy/policy.service';
export { Actor } from './policy/actor';
export type { Grant } from './policy/actor';
export { Authorize, CurrentActor, Public } from './policy/decorators';
export { AccountsService, PRIVACY_POLICY_VERSION } from './accounts.service';
export type { GrantRequest } from './accounts.service';
export { AccountContacts } from './account-contacts';
export type { AccountContact, AccountLock } from './account-contacts';
export { RoleHolders } from './role-holders';
export type { OrganisationRoleHolder } from './role-holders';
export { maskLogin, parseLogin, requireLogin } from './login';
export { VerificationCodes } from './verification-codes.service';
export { InvitationsService } from './invitations.service';
export { Role, ROLES } from './roles';
export { IdentityErrors } from './identity-errors';
export { MANAGE_MEMBERS } from './identity.policies';
export { Account } from './entities/account.entity';
export { SignInRecordsPurgeJob } from './sign-in-records-purge.job';
export {
  AccountPrivacyView,
  AccountView,
  CodeSent,
  GrantView,
  InvitationView,
  OrganisationMember,
  OwnCodeSent,
  PrivacyPolicyView,
  SignedIn,
  TokenPair,
} from './identity.views';
export { identityConfig } from './identity.config';
export type { AuthSettings } from './identity.config';
