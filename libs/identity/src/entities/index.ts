import { Account } from './account.entity';
import { LoginAttempt } from './login-attempt.entity';
import { RefreshToken } from './refresh-token.entity';
import { RoleGrant } from './role-grant.entity';
import { Session } from './session.entity';

export { Account, LoginAttempt, RefreshToken, RoleGrant, Session };
export const IDENTITY_ENTITIES = [Account, RoleGrant, Session, RefreshToken, LoginAttempt];
