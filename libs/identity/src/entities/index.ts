import { Account } from './account.entity';
import { Invitation } from './invitation.entity';
import { LoginAttempt } from './login-attempt.entity';
import { RefreshToken } from './refresh-token.entity';
import { RoleGrant } from './role-grant.entity';
import { Session } from './session.entity';
import { VerificationCode } from './verification-code.entity';

export { Account, Invitation, LoginAttempt, RefreshToken, RoleGrant, Session, VerificationCode };
export const IDENTITY_ENTITIES = [
  Account,
  RoleGrant,
  Session,
  RefreshToken,
  LoginAttempt,
  VerificationCode,
  Invitation,
];
