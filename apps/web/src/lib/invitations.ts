/** A role offered to a login (issue 22): the person accepts it on their account page. */
export interface Invitation {
  id: string;
  /** The invited login, masked as the API shows it. */
  login: string;
  role: string;
  regionCode: string | null;
  regionName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  /** The inviter's display name (none once their account is gone). */
  invitedBy: string | null;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';
  createdAt: string;
  expiresAt: string;
}

/** Where the role applies: the organisation's name, else the region's, else nothing (system-wide). */
export const invitationScope = (invitation: Invitation) => invitation.organisationName ?? invitation.regionName ?? '';
