import type { InvitationView } from './api/models';

/** Where the role applies: the organisation's name, else the region's, else nothing (system-wide). */
export const invitationScope = (invitation: InvitationView) =>
  invitation.organisationName ?? invitation.regionName ?? '';
