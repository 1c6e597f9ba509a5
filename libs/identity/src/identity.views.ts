/**
 * What the identity endpoints answer: accounts, sign-in tokens, codes sent and invitations.
 * Phone numbers and invited logins are always masked here.
 */
import { ApiProperty } from '@nestjs/swagger';
import type { AccountStatus } from './entities/account.entity';
import type { InvitationStatus } from './entities/invitation.entity';
import { Role } from './roles';

/** A role an account holds, with its scope: a region for administrators, an organisation for members. */
export class GrantView {
  id!: string;
  role!: Role;
  /** For district and city administrators. */
  regionCode!: string | null;
  /** For operators and school teachers. */
  organisationId!: string | null;
}

/** The privacy policy version the person last accepted, and the one in force. */
export class AccountPrivacyView {
  accepted!: string | null;
  current!: string;
}

/** What an account looks like to its owner and to administrators: no hash, phone masked. */
export class AccountView {
  id!: string;
  displayName!: string;
  email!: string | null;
  /** Masked: `138****8000`. */
  phone!: string | null;
  /** The roles of `grants`, each once. */
  roles!: Role[];
  /** To an administrator, only the grants inside their regions (and visitor grants). */
  grants!: GrantView[];
  /** Whether the login has been proven by a code. */
  verified!: boolean;
  status!: AccountStatus;
  privacy!: AccountPrivacyView;
  /** Set while the account is suspended. */
  suspendedAt?: Date;
  /** Set while the account is suspended. */
  suspendedReason?: string;
}

/** A member of an organisation (operator or teacher), with a masked phone number. */
export class OrganisationMember {
  grantId!: string;
  role!: Role;
  accountId!: string;
  displayName!: string;
  email!: string | null;
  /** Masked: `138****8000`. */
  phone!: string | null;
}

/** A fresh access token and the refresh token that replaces it once. */
export class TokenPair {
  /** Send as `Authorization: Bearer …`. */
  accessToken!: string;
  /** Single use: exchange it at POST /auth/refresh for a new pair. */
  refreshToken!: string;
  /** Seconds until the access token expires. */
  @ApiProperty({ type: 'integer', minimum: 1 })
  expiresIn!: number;
}

/** A new session's tokens and the account signed in. */
export class SignedIn extends TokenPair {
  user!: AccountView;
}

/** A code is on its way (or, for a login without an account, seems to be: the answer never tells). */
export class CodeSent {
  /** Seconds before another code may be asked for. */
  @ApiProperty({ type: 'integer', minimum: 1 })
  resendAfterSeconds!: number;
  /** Seconds the code stays valid. */
  @ApiProperty({ type: 'integer', minimum: 1 })
  expiresInSeconds!: number;
}

/** A code sent to the signed-in account's own login. */
export class OwnCodeSent extends CodeSent {
  /** The login the code went to, masked. */
  to!: string;
}

/** The privacy policy in force, with the figures its page quotes from this deployment's configuration. */
export class PrivacyPolicyView {
  /** The version to accept, e.g. `2026-12`. */
  version!: string;
  /** Visitors' ID and phone numbers are erased this many days after the visit. */
  @ApiProperty({ type: 'integer', minimum: 1 })
  personalDataDays!: number;
}

/** A role offered to a login, with the names a person reads; an overdue pending one shows as expired. */
export class InvitationView {
  id!: string;
  /** The invited login, masked. */
  login!: string;
  role!: Role;
  regionCode!: string | null;
  regionName!: string | null;
  organisationId!: string | null;
  organisationName!: string | null;
  /** The display name of whoever invited. */
  invitedBy!: string | null;
  status!: InvitationStatus;
  createdAt!: Date;
  expiresAt!: Date;
}
