/* eslint-disable */
export default async () => {
  const t = {
    ['../../../../libs/identity/src/entities/account.entity']: require('../../../../libs/identity/src/entities/account.entity'),
    ['../../../../libs/identity/src/roles']: require('../../../../libs/identity/src/roles'),
    ['../../../../libs/identity/src/entities/role-grant.entity']: require('../../../../libs/identity/src/entities/role-grant.entity'),
    ['../../../../libs/identity/src/entities/session.entity']: require('../../../../libs/identity/src/entities/session.entity'),
    ['../../../../libs/identity/src/identity.views']: require('../../../../libs/identity/src/identity.views'),
    ['../../../../libs/register/src/organisations/organisation.entity']: require('../../../../libs/register/src/organisations/organisation.entity'),
    ['../../../../libs/register/src/resources/resource.entity']: require('../../../../libs/register/src/resources/resource.entity'),
    ['../../../../libs/register/src/resources/resource-content.dto']: require('../../../../libs/register/src/resources/resource-content.dto'),
    ['../../../../libs/register/src/resources/resources.views']: require('../../../../libs/register/src/resources/resources.views'),
    ['../../../../libs/register/src/census/census.views']: require('../../../../libs/register/src/census/census.views'),
    ['../../../../libs/register/src/regions/regions.views']: require('../../../../libs/register/src/regions/regions.views'),
    ['../../../../libs/register/src/open-data/open-data.views']: require('../../../../libs/register/src/open-data/open-data.views'),
    ['../../../../libs/register/src/upkeep/upkeep.views']: require('../../../../libs/register/src/upkeep/upkeep.views'),
    ['../../../../libs/register/src/duplicates/duplicates.views']: require('../../../../libs/register/src/duplicates/duplicates.views'),
    ['../../../../libs/schedule/src/calendar/calendar.dto']: require('../../../../libs/schedule/src/calendar/calendar.dto'),
    ['../../../../libs/schedule/src/calendar/calendar.views']: require('../../../../libs/schedule/src/calendar/calendar.views'),
    ['../../../../libs/schedule/src/hours/opening-hours.entity']: require('../../../../libs/schedule/src/hours/opening-hours.entity'),
    ['../../../../libs/schedule/src/offerings/offering.entity']: require('../../../../libs/schedule/src/offerings/offering.entity'),
    ['../../../../libs/schedule/src/slots/slots.views']: require('../../../../libs/schedule/src/slots/slots.views'),
    ['../../../../libs/schedule/src/hours/opening-hours.dto']: require('../../../../libs/schedule/src/hours/opening-hours.dto'),
    ['../../../../libs/schedule/src/hours/opening-hours.views']: require('../../../../libs/schedule/src/hours/opening-hours.views'),
    ['../../../../libs/schedule/src/slots/slot.entity']: require('../../../../libs/schedule/src/slots/slot.entity'),
    ['../../../../libs/booking/src/bookings/booking.entity']: require('../../../../libs/booking/src/bookings/booking.entity'),
    ['../../../../libs/booking/src/check-in/check-in.views']: require('../../../../libs/booking/src/check-in/check-in.views'),
    ['../../../../libs/booking/src/groups/group-visit.entity']: require('../../../../libs/booking/src/groups/group-visit.entity'),
    ['../../../../libs/booking/src/groups/group.views']: require('../../../../libs/booking/src/groups/group.views'),
    ['../../../../libs/booking/src/bookings/bookings.dto']: require('../../../../libs/booking/src/bookings/bookings.dto'),
    ['../../../../libs/booking/src/bookings/booking.views']: require('../../../../libs/booking/src/bookings/booking.views'),
    ['../../../../libs/booking/src/check-in/gate.views']: require('../../../../libs/booking/src/check-in/gate.views'),
    ['../../../../libs/booking/src/groups/group-visits.dto']: require('../../../../libs/booking/src/groups/group-visits.dto'),
    ['../../../../libs/booking/src/day/operator-day.views']: require('../../../../libs/booking/src/day/operator-day.views'),
    ['../../../../libs/outreach/src/menu/menu-item.entity']: require('../../../../libs/outreach/src/menu/menu-item.entity'),
    ['../../../../libs/outreach/src/orders/order.entity']: require('../../../../libs/outreach/src/orders/order.entity'),
    ['../../../../libs/outreach/src/activities/activity.entity']: require('../../../../libs/outreach/src/activities/activity.entity'),
    ['../../../../libs/search/src/search.views']: require('../../../../libs/search/src/search.views'),
    ['../../../../libs/outreach/src/menu/menu.views']: require('../../../../libs/outreach/src/menu/menu.views'),
    ['../../../../libs/outreach/src/orders/orders.views']: require('../../../../libs/outreach/src/orders/orders.views'),
    ['../../../../libs/outreach/src/directory/volunteers.views']: require('../../../../libs/outreach/src/directory/volunteers.views'),
    ['../../../../libs/outreach/src/directory/experts.views']: require('../../../../libs/outreach/src/directory/experts.views'),
    ['../../../../libs/outreach/src/search/outreach-search.views']: require('../../../../libs/outreach/src/search/outreach-search.views'),
    ['../../../../libs/outreach/src/activities/activities.views']: require('../../../../libs/outreach/src/activities/activities.views'),
    ['../../../../libs/campaigns/src/campaign.entity']: require('../../../../libs/campaigns/src/campaign.entity'),
    ['../../../../libs/campaigns/src/events/event.views']: require('../../../../libs/campaigns/src/events/event.views'),
    ['../../../../libs/campaigns/src/campaigns/campaigns.views']: require('../../../../libs/campaigns/src/campaigns/campaigns.views'),
    ['../../../../libs/campaigns/src/stats/campaign-stats.views']: require('../../../../libs/campaigns/src/stats/campaign-stats.views'),
    ['../../../../libs/campaigns/src/search/event-search.views']: require('../../../../libs/campaigns/src/search/event-search.views'),
    ['../../../../libs/stats/src/stats.views']: require('../../../../libs/stats/src/stats.views'),
    ['../../../../libs/stats/src/service-criteria.views']: require('../../../../libs/stats/src/service-criteria.views'),
    ['../../../../libs/stats/src/service-criteria.dto']: require('../../../../libs/stats/src/service-criteria.dto'),
    ['../health/health.views']: require('../health/health.views'),
    ['../web-config/web-config.views']: require('../web-config/web-config.views'),
    ['../../../../libs/register/src/media/media.views']: require('../../../../libs/register/src/media/media.views'),
    ['../../../../libs/register/src/organisations/organisations.views']: require('../../../../libs/register/src/organisations/organisations.views'),
    ['../../../../libs/register/src/vocabularies.views']: require('../../../../libs/register/src/vocabularies.views'),
    ['../../../../libs/register/src/aliases/aliases.views']: require('../../../../libs/register/src/aliases/aliases.views'),
    ['../../../../libs/schedule/src/offerings/offerings.views']: require('../../../../libs/schedule/src/offerings/offerings.views'),
    ['../../../../libs/booking/src/desk/walk-ins.dto']: require('../../../../libs/booking/src/desk/walk-ins.dto'),
    ['../../../../libs/booking/src/saved-visitors/saved-visitors.views']: require('../../../../libs/booking/src/saved-visitors/saved-visitors.views'),
    ['../../../../libs/booking/src/bookings/own-bookings.views']: require('../../../../libs/booking/src/bookings/own-bookings.views'),
  };
  return {
    '@nestjs/swagger': {
      models: [
        [
          Promise.resolve(require('../../../../libs/core/src/errors/error-details.views')),
          {
            RetryLater: {
              retryAfterSeconds: {
                required: true,
                type: () => Number,
                description: 'Seconds to wait before trying again.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/notify/src/notification-delivery.entity')),
          {
            NotificationDelivery: {
              id: { required: true, type: () => String },
              outboxId: { required: true, type: () => String },
              channel: { required: true, type: () => String },
              kind: { required: true, type: () => String },
              accountId: {
                required: true,
                type: () => String,
                nullable: true,
                description: "Null for a notification to a login that is not (yet) an account's.",
              },
              recipient: {
                required: true,
                type: () => String,
                description: 'Masked: an e-mail address or `138****8000`; in clear in the demo mailbox only.',
              },
              subject: { required: true, type: () => String },
              text: { required: true, type: () => String },
              status: { required: true, enum: ['failed', 'sent'] },
              reason: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Why a failed one could never go, e.g. `no template for kind group.approved`.',
              },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/entities/role-grant.entity')),
          {
            RoleGrant: {
              id: { required: true, type: () => String },
              accountId: { required: true, type: () => String },
              account: {
                required: true,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              role: { required: true, enum: t['../../../../libs/identity/src/roles'].Role },
              regionCode: { required: true, type: () => String, nullable: true },
              organisationId: { required: true, type: () => String, nullable: true },
              grantedBy: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The admin who granted it; null for seeded and self-registered roles.',
              },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/entities/account.entity')),
          {
            Account: {
              id: { required: true, type: () => String },
              email: { required: true, type: () => String, nullable: true, description: 'Lower-cased.' },
              phoneSealed: {
                required: true,
                nullable: true,
                description: 'Mainland mobile number (11 digits), sealed with the PersonalDataCipher.',
              },
              phoneHash: {
                required: true,
                nullable: true,
                description:
                  "The cipher's lookup hash of the phone login, so sign-in finds the account without a clear number.",
              },
              displayName: { required: true, type: () => String },
              passwordHash: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'argon2id, PHC string format; null for accounts that sign in by code only.',
              },
              status: { required: true, enum: ['active', 'suspended', 'deleted'] },
              verifiedAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'When the login was proven by a code; until then the account may not book or take roles.',
              },
              privacyVersion: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The privacy policy version the person last accepted.',
              },
              suspendedAt: { required: true, type: () => Date, nullable: true },
              suspendedReason: { required: true, type: () => String, nullable: true },
              isDemo: {
                required: true,
                type: () => Boolean,
                description: 'Seeded demo account: production refuses to start while one exists.',
              },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              grants: {
                required: true,
                type: () => [t['../../../../libs/identity/src/entities/role-grant.entity'].RoleGrant],
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/entities/invitation.entity')),
          {
            Invitation: {
              id: { required: true, type: () => String },
              loginSealed: {
                required: true,
                description: '`email:\u2026` or `phone:\u2026`, sealed: the invitation is sent there.',
              },
              loginHash: { required: true },
              role: { required: true, enum: t['../../../../libs/identity/src/roles'].Role },
              regionCode: { required: true, type: () => String, nullable: true },
              organisationId: { required: true, type: () => String, nullable: true },
              invitedBy: { required: true, type: () => String },
              status: { required: true, enum: ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] },
              createdAt: { required: true, type: () => Date },
              expiresAt: { required: true, type: () => Date },
              decidedAt: { required: true, type: () => Date, nullable: true },
              decidedBy: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The account that accepted or declined it.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/entities/login-attempt.entity')),
          {
            LoginAttempt: {
              loginKey: { required: true, type: () => String },
              clientIp: { required: true, type: () => String },
              failedCount: { required: true, type: () => Number },
              lastFailedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/entities/session.entity')),
          {
            Session: {
              id: { required: true, type: () => String },
              accountId: { required: true, type: () => String },
              account: {
                required: true,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              createdAt: { required: true, type: () => Date },
              expiresAt: { required: true, type: () => Date },
              revokedAt: { required: true, type: () => Date, nullable: true },
              revokedReason: { required: true, type: () => String, nullable: true },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/entities/refresh-token.entity')),
          {
            RefreshToken: {
              id: { required: true, type: () => String },
              sessionId: { required: true, type: () => String },
              session: {
                required: true,
                type: () => t['../../../../libs/identity/src/entities/session.entity'].Session,
              },
              tokenHash: { required: true, type: () => String },
              expiresAt: { required: true, type: () => Date },
              usedAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'Set when exchanged; presenting it again means it was stolen, and the session is revoked.',
              },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/entities/verification-code.entity')),
          {
            VerificationCode: {
              loginHash: { required: true },
              codeHash: { required: true, nullable: true, description: 'Null once used: a code works once.' },
              expiresAt: { required: true, type: () => Date },
              attempts: { required: true, type: () => Number, description: 'Wrong guesses at the live code.' },
              lastSentAt: { required: true, type: () => Date },
              sendsInWindow: {
                required: true,
                type: () => Number,
                description: "Codes sent since window_started_at: a day's budget per login.",
              },
              windowStartedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/identity.views')),
          {
            GrantView: {
              id: { required: true, type: () => String },
              role: { required: true, enum: t['../../../../libs/identity/src/roles'].Role },
              regionCode: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For district and city administrators.',
              },
              organisationId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For operators and school teachers.',
              },
            },
            AccountPrivacyView: {
              accepted: { required: true, type: () => String, nullable: true },
              current: { required: true, type: () => String },
            },
            AccountView: {
              id: { required: true, type: () => String },
              displayName: { required: true, type: () => String },
              email: { required: true, type: () => String, nullable: true },
              phone: { required: true, type: () => String, nullable: true, description: 'Masked: `138****8000`.' },
              roles: {
                required: true,
                description: 'The roles of `grants`, each once.',
                enum: t['../../../../libs/identity/src/roles'].Role,
                isArray: true,
              },
              grants: {
                required: true,
                type: () => [t['../../../../libs/identity/src/identity.views'].GrantView],
                description: 'To an administrator, only the grants inside their regions (and visitor grants).',
              },
              verified: {
                required: true,
                type: () => Boolean,
                description: 'Whether the login has been proven by a code.',
              },
              status: { required: true, enum: ['active', 'suspended', 'deleted'] },
              privacy: {
                required: true,
                type: () => t['../../../../libs/identity/src/identity.views'].AccountPrivacyView,
              },
              suspendedAt: { required: false, type: () => Date, description: 'Set while the account is suspended.' },
              suspendedReason: {
                required: false,
                type: () => String,
                description: 'Set while the account is suspended.',
              },
            },
            OrganisationMember: {
              grantId: { required: true, type: () => String },
              role: { required: true, enum: t['../../../../libs/identity/src/roles'].Role },
              accountId: { required: true, type: () => String },
              displayName: { required: true, type: () => String },
              email: { required: true, type: () => String, nullable: true },
              phone: { required: true, type: () => String, nullable: true, description: 'Masked: `138****8000`.' },
            },
            TokenPair: {
              accessToken: {
                required: true,
                type: () => String,
                description: 'Send as `Authorization: Bearer \u2026`.',
              },
              refreshToken: {
                required: true,
                type: () => String,
                description: 'Single use: exchange it at POST /auth/refresh for a new pair.',
              },
              expiresIn: { required: true, type: () => Number, description: 'Seconds until the access token expires.' },
            },
            SignedIn: {
              user: { required: true, type: () => t['../../../../libs/identity/src/identity.views'].AccountView },
            },
            CodeSent: {
              resendAfterSeconds: {
                required: true,
                type: () => Number,
                description: 'Seconds before another code may be asked for.',
              },
              expiresInSeconds: { required: true, type: () => Number, description: 'Seconds the code stays valid.' },
            },
            OwnCodeSent: {
              to: { required: true, type: () => String, description: 'The login the code went to, masked.' },
            },
            PrivacyPolicyView: {
              version: { required: true, type: () => String, description: 'The version to accept, e.g. `2026-12`.' },
              personalDataDays: {
                required: true,
                type: () => Number,
                description: "Visitors' ID and phone numbers are erased this many days after the visit.",
              },
            },
            InvitationView: {
              id: { required: true, type: () => String },
              login: { required: true, type: () => String, description: 'The invited login, masked.' },
              role: { required: true, enum: t['../../../../libs/identity/src/roles'].Role },
              regionCode: { required: true, type: () => String, nullable: true },
              regionName: { required: true, type: () => String, nullable: true },
              organisationId: { required: true, type: () => String, nullable: true },
              organisationName: { required: true, type: () => String, nullable: true },
              invitedBy: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The display name of whoever invited.',
              },
              status: { required: true, enum: ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] },
              createdAt: { required: true, type: () => Date },
              expiresAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/identity.dto')),
          {
            SendCodeDto: { login: { required: true, type: () => String, maxLength: 254 } },
            RegisterDto: {
              login: { required: true, type: () => String, maxLength: 254 },
              code: { required: true, type: () => String },
              password: { required: false, type: () => String },
              displayName: { required: true, type: () => String, minLength: 1, maxLength: 64, pattern: '\\S' },
              privacyPolicyVersion: { required: true, type: () => String, maxLength: 16 },
            },
            ProofDto: {
              code: { required: false, type: () => String },
              password: { required: false, type: () => String },
            },
            LoginDto: { login: { required: true, type: () => String, maxLength: 254 } },
            VerifyDto: { code: { required: true, type: () => String } },
            AcceptInvitationDto: { code: { required: false, type: () => String } },
            PrivacyAcceptanceDto: { version: { required: true, type: () => String, maxLength: 16 } },
            SuspendDto: {
              reason: { required: true, type: () => String, minLength: 1, maxLength: 200, pattern: '\\S' },
            },
            RefreshDto: { refreshToken: { required: true, type: () => String, maxLength: 128 } },
            ChangePasswordDto: {
              currentPassword: { required: false, type: () => String },
              newPassword: { required: true, type: () => String },
            },
            GrantRoleDto: {
              role: { required: true, enum: t['../../../../libs/identity/src/roles'].Role },
              regionCode: { required: false, type: () => String, maxLength: 16 },
              organisationId: { required: false, type: () => String, format: 'uuid' },
            },
            LookupDto: { login: { required: true, type: () => String, maxLength: 254 } },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/census/census.dto')),
          {
            TemplateQueryDto: { format: { required: true, default: 'xlsx', enum: ['csv', 'xlsx'] } },
            ImportQueryDto: { dryRun: { required: true, type: () => Object, default: false } },
            ExportQueryDto: {
              region: { required: true, type: () => String, maxLength: 16 },
              format: { required: true, default: 'csv', enum: ['csv', 'xlsx', 'geojson'] },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/organisations/organisation.entity')),
          {
            Organisation: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              kind: { required: true, type: () => String },
              creditCode: {
                required: true,
                type: () => String,
                description: 'GB 32100-2015 unified social credit code, upper case.',
              },
              schoolCode: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "A school's 10-digit \u5B66\u6821\u6807\u8BC6\u7801 from the education authority: what admins check a school against.",
              },
              regionCode: {
                required: true,
                type: () => String,
                description:
                  'Where the organisation is registered: the admins of this region verify it and manage its members.',
              },
              contactName: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "The organisation's contact person: personal data, shown masked and only to members and admins.",
              },
              contactPhoneSealed: {
                required: true,
                nullable: true,
                description: "The contact's phone, sealed with the PersonalDataCipher: never stored in clear.",
              },
              contactPhoneHash: {
                required: true,
                nullable: true,
                description:
                  "The cipher's lookup hash of the phone's digits (see contactPhoneHash): kept so the number can be\nmatched without decrypting every row. Nothing looks organisations up by phone yet, so it has no index.",
              },
              contactEmail: { required: true, type: () => String, nullable: true },
              verifiedAt: { required: true, type: () => Date, nullable: true },
              verifiedBy: { required: true, type: () => String, nullable: true },
              verifiedName: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'The name an administrator last verified: the public keeps seeing it while a new name awaits verification.',
              },
              isDemo: { required: true, type: () => Boolean },
              createdBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/resources/resource.entity')),
          {
            Resource: {
              id: { required: true, type: () => String },
              organisationId: { required: true, type: () => String },
              organisation: {
                required: true,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              status: {
                required: true,
                enum: [
                  'suspended',
                  'withdrawn',
                  'draft',
                  'submitted',
                  'city_review',
                  'changes_requested',
                  'rejected',
                  'published',
                  'merged',
                ],
              },
              name: { required: true, type: () => String },
              nameEn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For English readers; null when the content gives none.',
              },
              type: { required: true, type: () => String },
              regionCode: { required: true, type: () => String },
              latitude: { required: true, type: () => Number },
              longitude: { required: true, type: () => Number },
              themes: { required: true, type: () => [String] },
              audiences: { required: true, type: () => [String] },
              free: {
                required: true,
                type: () => Boolean,
                nullable: true,
                description: 'Null until the admission is known.',
              },
              publishedRevisionId: { required: true, type: () => String, nullable: true },
              workingRevisionId: { required: true, type: () => String, nullable: true },
              publishedAt: { required: true, type: () => Date, nullable: true },
              lastReviewedAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description:
                  'When an administrator last approved it: entries not reviewed for a year are due for the annual review.',
              },
              confirmedAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description:
                  'When its operator last said it is still true (or an edit was approved): docs/register.md, "Yearly re-confirmation".',
              },
              staleSince: {
                required: true,
                type: () => Date,
                nullable: true,
                description:
                  'Set by the upkeep job once REGISTER_RECONFIRM_MONTHS passed without confirmation: the public "\u4FE1\u606F\u5F85\u66F4\u65B0" mark.',
              },
              hiddenFromSearchAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description:
                  'Set by the upkeep job after REGISTER_HIDE_AFTER_MONTHS: out of search (its own page stays) until confirmed.',
              },
              mergedInto: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
                description:
                  'The entry a `merged` duplicate now points to, one hop (docs/register.md, "Duplicates and merging").',
              },
              mergedIntoId: { required: true, type: () => String, nullable: true },
              isDemo: { required: true, type: () => Boolean },
              createdBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/resources/resource-content.dto')),
          {
            LocationDto: { lat: { required: true, type: () => Number }, lng: { required: true, type: () => Number } },
            PriceDto: {
              label: { required: true, type: () => String, minLength: 1, maxLength: 40 },
              amountFen: { required: true, type: () => Number, minimum: 0, maximum: 10000000 },
            },
            ConcessionDto: {
              group: { required: true, type: () => String },
              kind: { required: true, type: () => String },
              note: { required: false, type: () => String, maxLength: 100 },
            },
            AdmissionDto: {
              free: { required: true, type: () => Boolean },
              prices: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resource-content.dto'].PriceDto],
                maxItems: 20,
              },
              concessions: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resource-content.dto'].ConcessionDto],
                maxItems: 20,
              },
              note: { required: false, type: () => String, maxLength: 500 },
            },
            ContactDto: {
              phone: { required: false, type: () => String, maxLength: 20 },
              email: { required: false, type: () => String, maxLength: 254, format: 'email' },
            },
            PhotoDto: {
              mediaId: { required: true, type: () => String, format: 'uuid' },
              caption: { required: false, type: () => String, maxLength: 200 },
            },
            AccreditationDto: {
              id: { required: false, type: () => String, format: 'uuid' },
              name: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              level: { required: true, type: () => String },
              yearGranted: { required: true, type: () => Number, minimum: 1950, maximum: 2100 },
              expiresOn: { required: false, type: () => String, maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
              evidenceId: { required: false, type: () => String, format: 'uuid' },
            },
            ExhibitDto: {
              id: { required: false, type: () => String, format: 'uuid' },
              name: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              category: { required: true, type: () => String },
              explanation: { required: true, type: () => String, minLength: 1, maxLength: 2000 },
              photoId: { required: false, type: () => String, format: 'uuid' },
            },
            ResourceContentDto: {
              name: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              nameEn: { required: false, type: () => String, maxLength: 200 },
              type: { required: true, type: () => String },
              regionCode: { required: true, type: () => String, maxLength: 16 },
              address: { required: true, type: () => String, minLength: 1, maxLength: 200 },
              location: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resource-content.dto'].LocationDto,
              },
              description: { required: false, type: () => String, maxLength: 5000 },
              themes: { required: false, type: () => [String], uniqueItems: true },
              audiences: { required: false, type: () => [String], uniqueItems: true },
              accessibility: { required: false, type: () => [String], uniqueItems: true },
              admission: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource-content.dto'].AdmissionDto,
              },
              contact: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource-content.dto'].ContactDto,
              },
              website: { required: false, type: () => String, maxLength: 300, format: 'uri' },
              transport: { required: false, type: () => String, maxLength: 500 },
              photos: {
                required: false,
                type: () => [t['../../../../libs/register/src/resources/resource-content.dto'].PhotoDto],
                maxItems: 30,
              },
              accreditations: {
                required: false,
                type: () => [t['../../../../libs/register/src/resources/resource-content.dto'].AccreditationDto],
                maxItems: 30,
              },
              exhibits: {
                required: false,
                type: () => [t['../../../../libs/register/src/resources/resource-content.dto'].ExhibitDto],
                maxItems: 200,
              },
            },
            ResourcePatchDto: {},
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/resources/resource-revision.entity')),
          {
            ResourceRevision: {
              id: { required: true, type: () => String },
              resourceId: { required: true, type: () => String },
              resource: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              number: { required: true, type: () => Number, description: '1, 2, 3\u2026 per resource.' },
              state: {
                required: true,
                enum: ['draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'approved'],
              },
              content: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].ResourceContent,
              },
              regionCode: {
                required: true,
                type: () => String,
                description: "The content's region: whose administrators review this revision.",
              },
              basedOnRevisionId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The published revision this one edits; null for a first application.',
              },
              flags: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].RevisionFlags,
              },
              createdBy: { required: true, type: () => String, nullable: true },
              submittedAt: { required: true, type: () => Date, nullable: true },
              decidedAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/resources/resources.views')),
          {
            ResourceLocation: {
              lat: { required: true, type: () => Number },
              lng: { required: true, type: () => Number },
            },
            AdmissionPrice: {
              label: { required: true, type: () => String },
              amountFen: { required: true, type: () => Number, description: 'In fen (1 yuan = 100 fen).' },
            },
            AdmissionConcession: {
              group: { required: true, type: () => String, description: 'A concession group code.' },
              kind: { required: true, type: () => String, description: 'A concession kind code.' },
              note: { required: true, type: () => String, nullable: true },
            },
            Admission: {
              free: { required: true, type: () => Boolean },
              prices: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].AdmissionPrice],
              },
              concessions: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].AdmissionConcession],
              },
              note: { required: true, type: () => String, nullable: true },
            },
            ResourceContact: {
              phone: { required: true, type: () => String, nullable: true },
              email: { required: true, type: () => String, nullable: true },
            },
            ResourcePhoto: {
              mediaId: { required: true, type: () => String, description: 'Served at `GET /media/{mediaId}`.' },
              caption: { required: true, type: () => String, nullable: true },
            },
            Accreditation: {
              id: { required: true, type: () => String, description: 'Kept across edits.' },
              name: { required: true, type: () => String },
              level: { required: true, type: () => String, description: 'An accreditation level code.' },
              yearGranted: { required: true, type: () => Number },
              expiresOn: { required: true, type: () => String, nullable: true, description: 'A date, `YYYY-MM-DD`.' },
              evidenceId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'An uploaded evidence file (members and administrators only).',
              },
            },
            Exhibit: {
              id: { required: true, type: () => String, description: 'Kept across edits.' },
              name: { required: true, type: () => String },
              category: { required: true, type: () => String, description: 'An exhibit category code.' },
              explanation: {
                required: true,
                type: () => String,
                description: '\u901A\u4FD7\u8BF4\u660E: a plain-language explanation.',
              },
              photoId: { required: true, type: () => String, nullable: true },
            },
            ResourceFields: {
              name: { required: true, type: () => String },
              nameEn: { required: true, type: () => String, nullable: true },
              type: { required: true, type: () => String, description: 'A resource type code.' },
              regionCode: { required: true, type: () => String, description: 'A district (or functional area).' },
              address: { required: true, type: () => String },
              location: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].ResourceLocation,
              },
              description: { required: true, type: () => String, description: 'Empty until given.' },
              themes: { required: true, type: () => [String], description: 'Theme codes.' },
              audiences: { required: true, type: () => [String], description: 'Audience codes.' },
              accessibility: { required: true, type: () => [String], description: 'Accessibility feature codes.' },
              admission: { required: true, type: () => Object, description: 'Null until the admission is known.' },
              contact: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].ResourceContact,
              },
              website: { required: true, type: () => String, nullable: true },
              transport: { required: true, type: () => String, nullable: true },
              photos: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].ResourcePhoto],
              },
              exhibits: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].Exhibit],
              },
            },
            ResourceContent: {
              accreditations: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].Accreditation],
              },
            },
            ResourceAccreditation: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              level: { required: true, type: () => String, description: 'An accreditation level code.' },
              yearGranted: { required: true, type: () => Number },
              expiresOn: { required: true, type: () => String, nullable: true, description: 'A date, `YYYY-MM-DD`.' },
              evidenceId: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'Members and reviewers only.',
              },
              current: {
                required: true,
                type: () => Boolean,
                description:
                  'False from its expiry date on (Shanghai): an expired accreditation no longer counts (docs/register.md).',
              },
            },
            ResourceOrganisation: {
              id: { required: true, type: () => String },
              name: {
                required: true,
                type: () => String,
                description:
                  'The public sees the name last verified while a new one awaits verification; members and\nreviewers see the current name, and the verified one beside it.',
              },
              verified: { required: true, type: () => Boolean },
              verifiedName: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'Members and reviewers only: the name last verified, if any.',
              },
            },
            PendingRevision: {
              id: { required: true, type: () => String },
              number: { required: true, type: () => Number },
              state: {
                required: true,
                enum: ['draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'approved'],
              },
              submittedAt: { required: true, type: () => Date, nullable: true },
            },
            ResourceView: {
              id: { required: true, type: () => String },
              status: {
                required: true,
                enum: [
                  'suspended',
                  'withdrawn',
                  'draft',
                  'submitted',
                  'city_review',
                  'changes_requested',
                  'rejected',
                  'published',
                  'merged',
                ],
              },
              organisation: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].ResourceOrganisation,
              },
              accreditations: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].ResourceAccreditation],
              },
              revision: { required: true, type: () => Number, description: 'The number of the revision shown.' },
              publishedAt: { required: true, type: () => Date, nullable: true },
              lastReviewedAt: { required: true, type: () => Date, nullable: true },
              updatedAt: { required: true, type: () => Date },
              confirmedAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description:
                  'When its operator last confirmed it (or an edit was approved); null before first publication.',
              },
              stale: {
                required: true,
                type: () => Boolean,
                description:
                  'Not re-confirmed in time: the page shows "\u4FE1\u606F\u5F85\u66F4\u65B0 Information due for update" (docs/register.md).',
              },
              outOfSearch: {
                required: false,
                type: () => Boolean,
                description: 'Members and reviewers only: out of search until its operator confirms it.',
              },
              confirmationDue: {
                required: false,
                type: () => Boolean,
                description: 'Members and reviewers only: the yearly re-confirmation is due (from a month before it).',
              },
              pendingRevision: {
                required: false,
                type: () => Object,
                description: 'Members and reviewers only: the edit under way, if any.',
              },
              openingHours: {
                required: false,
                type: () => Object,
                description:
                  "`GET /resources/{id}` only: the venue's opening hours, null when none are set. The schedule lib\nadds it (ResourceViewExtensions), so the register names its model without depending on it.",
              },
              offerings: {
                required: false,
                type: () => [Object],
                description: '`GET /resources/{id}` only: what can be booked, from the schedule lib as `openingHours`.',
              },
              mergedFrom: {
                required: false,
                type: () => String,
                description:
                  'Set when the id asked for was merged into this resource: that id, which now answers with this one.',
              },
            },
            ResourceSummary: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For English readers; null when none was given.',
              },
              type: { required: true, type: () => String, description: 'A resource type code.' },
              regionCode: { required: true, type: () => String },
              location: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].ResourceLocation,
              },
              status: {
                required: true,
                enum: [
                  'suspended',
                  'withdrawn',
                  'draft',
                  'submitted',
                  'city_review',
                  'changes_requested',
                  'rejected',
                  'published',
                  'merged',
                ],
              },
              free: {
                required: true,
                type: () => Boolean,
                nullable: true,
                description: 'Null until the admission is known.',
              },
              themes: { required: true, type: () => [String], description: 'Theme codes.' },
              audiences: { required: true, type: () => [String], description: 'Audience codes.' },
              organisationId: { required: true, type: () => String },
              publishedAt: { required: true, type: () => Date, nullable: true },
              pendingState: {
                required: true,
                nullable: true,
                description: 'The state of the edit under way, if any.',
                enum: ['draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'approved'],
              },
            },
            ResourcePage: {},
            FieldChange: {
              field: { required: true, type: () => String },
              before: {
                required: false,
                type: () => Object,
                description: 'The value before; absent (or null) when there was none.',
              },
              after: {
                required: false,
                type: () => Object,
                description: 'The value after; absent (or null) when there is none.',
              },
            },
            PossibleDuplicate: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              distanceMetres: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Null when the other resource has no position to measure from.',
              },
              matchedBy: {
                required: false,
                type: () => [Object],
                description:
                  'Why it was found (docs/register.md, "Duplicates and merging"); absent on flags from before it was recorded.',
                enum: ['name', 'pinyin', 'distance'],
                isArray: true,
              },
            },
            RevisionFlags: {
              possibleDuplicates: {
                required: false,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].PossibleDuplicate],
              },
            },
            WorkingRevision: {
              id: { required: true, type: () => String },
              number: { required: true, type: () => Number },
              state: {
                required: true,
                enum: ['draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'approved'],
              },
              submittedAt: { required: true, type: () => Date, nullable: true },
              flags: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].RevisionFlags,
              },
            },
            WorkingCopy: {
              resourceId: { required: true, type: () => String },
              revision: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].WorkingRevision,
              },
              content: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].ResourceContent,
              },
              changes: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].FieldChange],
                description: 'Against the published version; every field for a first application.',
              },
            },
            HistoryActor: {
              id: { required: true, type: () => String },
              displayName: { required: true, type: () => String },
            },
            HistoryEntry: {
              at: { required: true, type: () => Date },
              action: { required: true, type: () => String, description: 'E.g. `resource.submit`, `resource.review`.' },
              actor: { required: true, type: () => Object, description: 'Null for the system.' },
              details: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description: 'What the action recorded: its revision, decision, reason or changes.',
              },
              resourceId: {
                required: true,
                type: () => String,
                description: 'The resource it happened to: this one, or one merged into it.',
              },
            },
            QueueRevision: {
              id: { required: true, type: () => String },
              number: { required: true, type: () => Number },
              state: {
                required: true,
                enum: ['draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'approved'],
              },
              submittedAt: { required: true, type: () => Date },
              flags: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].RevisionFlags,
              },
            },
            QueueItem: {
              resourceId: { required: true, type: () => String },
              name: { required: true, type: () => String },
              regionCode: { required: true, type: () => String },
              organisation: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].ResourceOrganisation,
              },
              revision: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].QueueRevision,
              },
              firstApplication: {
                required: true,
                type: () => Boolean,
                description: 'A first application has no published version: every field shows as new.',
              },
              changes: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].FieldChange],
              },
            },
            QueueItemPage: {},
            PublicTextResource: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              status: {
                required: true,
                enum: [
                  'suspended',
                  'withdrawn',
                  'draft',
                  'submitted',
                  'city_review',
                  'changes_requested',
                  'rejected',
                  'published',
                  'merged',
                ],
              },
            },
            PublicTextSubject: {
              type: { required: true, type: () => String, description: 'E.g. `offering`.' },
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
            },
            PublicTextChangeView: {
              at: { required: true, type: () => Date },
              resource: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].PublicTextResource,
              },
              actor: { required: true, type: () => Object, description: 'Null for the system.' },
              about: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].PublicTextSubject,
              },
              changes: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].FieldChange],
              },
            },
            PublicTextChangePage: {},
            ExpiringAccreditation: {
              resourceId: { required: true, type: () => String },
              resourceName: { required: true, type: () => String },
              regionCode: { required: true, type: () => String },
              accreditation: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].Accreditation,
              },
              daysLeft: { required: true, type: () => Number, description: 'Negative once expired.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/census/census.views')),
          {
            ImportHeaderProblems: {
              missing: {
                required: true,
                type: () => [String],
                description: 'Columns the template requires that the sheet lacks.',
              },
              unknown: {
                required: true,
                type: () => [String],
                description: 'Headers that are no column of the template.',
              },
              repeated: { required: true, type: () => [String], description: 'Headers given more than once.' },
              expected: { required: true, type: () => [String], description: "The template's headers, in order." },
            },
            RowError: {
              row: {
                required: true,
                type: () => Number,
                description: "The sheet's row number, as the spreadsheet shows it (headers are row 1).",
              },
              column: {
                required: true,
                type: () => String,
                description: "The column's header, as the template names it.",
              },
              message: {
                required: true,
                type: () => String,
                description: 'In Chinese, for the person fixing the sheet.',
              },
            },
            RowDuplicates: {
              row: { required: true, type: () => Number, description: "The sheet's row number." },
              resourceId: {
                required: true,
                type: () => String,
                description: "The resource created from the row (a dry run's is not kept).",
              },
              candidates: {
                required: true,
                type: () => [t['../../../../libs/register/src/resources/resources.views'].PossibleDuplicate],
              },
            },
            ImportReport: {
              dryRun: { required: true, type: () => Boolean },
              rows: { required: true, type: () => Number, description: 'Data rows read (the header row aside).' },
              created: { required: true, type: () => Number },
              updated: { required: true, type: () => Number },
              unchanged: { required: true, type: () => Number },
              errors: { required: true, type: () => [t['../../../../libs/register/src/census/census.views'].RowError] },
              duplicates: {
                required: true,
                type: () => [t['../../../../libs/register/src/census/census.views'].RowDuplicates],
                description:
                  'Created rows that may duplicate an entry of the register or a row above them, for the reviewer.',
              },
            },
            CensusAccreditation: {
              name: { required: true, type: () => String },
              level: { required: true, type: () => String, description: 'An accreditation level code.' },
              yearGranted: { required: true, type: () => Number },
              expiresOn: { required: true, type: () => String, nullable: true, description: 'A date, `YYYY-MM-DD`.' },
            },
            CensusFeatureProperties: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: { required: true, type: () => String, nullable: true },
              type: { required: true, type: () => String, description: 'A resource type code.' },
              regionCode: { required: true, type: () => String },
              address: { required: true, type: () => String },
              themes: { required: true, type: () => [String] },
              audiences: { required: true, type: () => [String] },
              accessibility: { required: true, type: () => [String] },
              free: {
                required: true,
                type: () => Boolean,
                nullable: true,
                description: 'Null until the admission is known.',
              },
              website: { required: true, type: () => String, nullable: true },
              organisation: { required: true, type: () => String, description: "The operating organisation's name." },
              accreditations: {
                required: true,
                type: () => [t['../../../../libs/register/src/census/census.views'].CensusAccreditation],
              },
            },
            CensusPoint: {
              type: { required: true, type: () => String },
              coordinates: { required: true, type: () => [Number], description: 'Longitude, latitude (WGS-84).' },
            },
            CensusFeature: {
              type: { required: true, type: () => String },
              id: { required: true, type: () => String, description: "The resource's id." },
              geometry: {
                required: true,
                type: () => t['../../../../libs/register/src/census/census.views'].CensusPoint,
              },
              properties: {
                required: true,
                type: () => t['../../../../libs/register/src/census/census.views'].CensusFeatureProperties,
              },
            },
            CensusFeatureCollection: {
              type: { required: true, type: () => String },
              features: {
                required: true,
                type: () => [t['../../../../libs/register/src/census/census.views'].CensusFeature],
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/regions/regions.dto')),
          {
            CreateRegionDto: {
              code: { required: true, type: () => String, maxLength: 15, pattern: '^[0-9]{6}(-[A-Z]{2,8})?$' },
              name: { required: true, type: () => String, minLength: 1, maxLength: 64, pattern: '\\S' },
              nameEn: { required: false, type: () => String, minLength: 1, maxLength: 64 },
              level: { required: true, enum: ['province', 'city', 'district', 'functional_area'] },
              parentCode: { required: false, type: () => String, maxLength: 15 },
              reviewLevels: { required: false, enum: [1, 2] },
            },
            UpdateRegionDto: {
              name: { required: false, type: () => String, minLength: 1, maxLength: 64, pattern: '\\S' },
              nameEn: { required: false, type: () => String, minLength: 1, maxLength: 64 },
              reviewLevels: { required: false, nullable: true, enum: [1, 2] },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/regions/regions.views')),
          {
            RegionView: {
              code: {
                required: true,
                type: () => String,
                description: 'GB/T 2260 code, or parent code + "-" + letters for a functional area.',
              },
              gbCode: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The GB/T 2260 code, null for a functional area.',
              },
              name: { required: true, type: () => String },
              nameEn: { required: true, type: () => String, nullable: true },
              level: { required: true, enum: ['province', 'city', 'district', 'functional_area'] },
              parentCode: { required: true, type: () => String, nullable: true, description: 'Null for a province.' },
              reviewLevels: {
                required: true,
                nullable: true,
                description: '1: the district decides; 2: district, then city. Null: inherited from the regions above.',
                enum: [1, 2],
              },
            },
            Bounds: {
              minLng: { required: true, type: () => Number },
              minLat: { required: true, type: () => Number },
              maxLng: { required: true, type: () => Number },
              maxLat: { required: true, type: () => Number },
            },
            CityView: {
              code: { required: true, type: () => String, description: "The city's region code (`440300`)." },
              name: { required: true, type: () => String },
              nameEn: { required: true, type: () => String, nullable: true },
              venues: { required: true, type: () => Number, description: 'Published venues in the city.' },
              bounds: {
                required: true,
                type: () => t['../../../../libs/register/src/regions/regions.views'].Bounds,
                description: 'The smallest area holding all of them: where the map opens.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/media/media.entity')),
          {
            Media: {
              id: { required: true, type: () => String },
              organisationId: { required: true, type: () => String },
              organisation: {
                required: true,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              purpose: { required: true, enum: ['photo', 'evidence'] },
              contentType: { required: true, type: () => String },
              sizeBytes: { required: true, type: () => Number },
              sha256: { required: true, type: () => String },
              storageKey: { required: true, type: () => String },
              originalName: { required: true, type: () => String, nullable: true },
              width: { required: true, type: () => Number, nullable: true },
              height: { required: true, type: () => Number, nullable: true },
              uploadedBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/organisations/organisations.dto')),
          {
            CreateOrganisationDto: {
              name: { required: true, type: () => String, minLength: 1, maxLength: 100, pattern: '\\S' },
              kind: { required: true, type: () => String },
              creditCode: { required: true, type: () => String, minLength: 18, maxLength: 18 },
              schoolCode: { required: false, type: () => String, maxLength: 10, pattern: '^\\d{10}$' },
              regionCode: { required: true, type: () => String, maxLength: 16 },
              contactName: { required: false, type: () => String, minLength: 1, maxLength: 64 },
              contactPhone: { required: false, type: () => String, maxLength: 20 },
              contactEmail: { required: false, type: () => String, maxLength: 254, format: 'email' },
            },
            UpdateOrganisationDto: {},
            ListOrganisationsDto: {
              region: { required: false, type: () => String, maxLength: 15 },
              verified: { required: false, type: () => Boolean },
              q: { required: false, type: () => String, maxLength: 100 },
            },
            AddMemberDto: {
              login: { required: true, type: () => String, maxLength: 254 },
              role: { required: true, type: () => Object },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/organisations/organisations.views')),
          {
            OrganisationView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              kind: { required: true, type: () => String, description: 'An organisation kind code.' },
              creditCode: {
                required: true,
                type: () => String,
                description: 'Unified social credit code (GB 32100-2015).',
              },
              schoolCode: {
                required: true,
                type: () => String,
                nullable: true,
                description: "A school's \u5B66\u6821\u6807\u8BC6\u7801.",
              },
              regionCode: { required: true, type: () => String },
              verified: { required: true, type: () => Boolean },
              verifiedAt: { required: true, type: () => Date, nullable: true },
              verifiedName: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The name last verified, which the public sees while a new name awaits verification.',
              },
              contactName: { required: true, type: () => String, nullable: true },
              contactPhone: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Masked: `138****8000`.',
              },
              contactEmail: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
            OrganisationPage: {},
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/media/media.dto')),
          {
            UploadQueryDto: {
              purpose: { required: true, default: 'photo', enum: ['photo', 'evidence'] },
              organisationId: { required: false, type: () => String, format: 'uuid' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/media/media.views')),
          {
            MediaView: {
              id: { required: true, type: () => String },
              purpose: {
                required: true,
                description: 'A photo is public once a published resource shows it; evidence never is.',
                enum: ['photo', 'evidence'],
              },
              contentType: {
                required: true,
                type: () => String,
                description: 'What the file really is (`image/jpeg`, `image/png`, `image/webp`, `application/pdf`).',
              },
              sizeBytes: { required: true, type: () => Number },
              width: { required: true, type: () => Number, nullable: true, description: 'Null for a PDF.' },
              height: { required: true, type: () => Number, nullable: true },
              url: { required: true, type: () => String, description: 'Where it is served: `/api/v1/media/{id}`.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/open-data/open-data.views')),
          {
            OpenDataText: { zh: { required: true, type: () => String }, en: { required: true, type: () => String } },
            OpenDataLicence: {
              name: { required: true, type: () => String, description: 'E.g. `CC BY 4.0` (OPEN_DATA_LICENCE).' },
              url: {
                required: true,
                type: () => String,
                nullable: true,
                description: "Where the licence's text is; null when not configured.",
              },
            },
            OpenDataFile: {
              format: { required: true, enum: ['csv', 'xlsx', 'geojson'] },
              mediaType: { required: true, type: () => String, description: 'The Content-Type it is sent with.' },
              url: { required: true, type: () => String, description: 'Where to download it (no token needed).' },
            },
            OpenDataColumnView: {
              key: { required: true, type: () => String, description: 'The GeoJSON property name.' },
              zh: { required: true, type: () => String, description: 'The CSV/XLSX header.' },
              en: { required: true, type: () => String },
              description: { required: true, type: () => String },
            },
            OpenDataset: {
              id: { required: true, type: () => String, description: 'Stable id of the dataset.' },
              title: {
                required: true,
                type: () => t['../../../../libs/register/src/open-data/open-data.views'].OpenDataText,
              },
              description: {
                required: true,
                type: () => t['../../../../libs/register/src/open-data/open-data.views'].OpenDataText,
              },
              licence: {
                required: true,
                type: () => t['../../../../libs/register/src/open-data/open-data.views'].OpenDataLicence,
              },
              records: { required: true, type: () => Number, description: 'Published resources in the files.' },
              lastModified: {
                required: true,
                type: () => String,
                description: "When the published register last changed (also the files' Last-Modified).",
              },
              formats: {
                required: true,
                type: () => [t['../../../../libs/register/src/open-data/open-data.views'].OpenDataFile],
              },
              columns: {
                required: true,
                type: () => [t['../../../../libs/register/src/open-data/open-data.views'].OpenDataColumnView],
                description: "The files' columns, in order.",
              },
            },
            OpenDataIndex: {
              licence: {
                required: true,
                type: () => t['../../../../libs/register/src/open-data/open-data.views'].OpenDataLicence,
              },
              datasets: {
                required: true,
                type: () => [t['../../../../libs/register/src/open-data/open-data.views'].OpenDataset],
              },
            },
            OpenDataFeatureProperties: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: { required: true, type: () => String, nullable: true },
              type: { required: true, type: () => String },
              typeName: { required: true, type: () => String },
              regionCode: { required: true, type: () => String },
              regionName: { required: true, type: () => String },
              address: { required: true, type: () => String },
              lat: { required: true, type: () => Number },
              lng: { required: true, type: () => Number },
              description: { required: true, type: () => String },
              themes: { required: true, type: () => [String] },
              audiences: { required: true, type: () => [String] },
              accessibility: { required: true, type: () => [String] },
              free: { required: true, type: () => Boolean, nullable: true, description: 'Null when not known.' },
              prices: { required: true, type: () => [String], description: '`ticket:yuan`.' },
              concessions: { required: true, type: () => [String], description: '`group:kind`, e.g. `seniors:free`.' },
              website: { required: true, type: () => String, nullable: true },
              transport: { required: true, type: () => String, nullable: true },
              accreditations: {
                required: true,
                type: () => [t['../../../../libs/register/src/census/census.views'].CensusAccreditation],
              },
              organisation: {
                required: true,
                type: () => String,
                description: "The operating organisation's public name.",
              },
            },
            OpenDataFeature: {
              type: { required: true, type: () => String },
              id: { required: true, type: () => String },
              geometry: {
                required: true,
                type: () => t['../../../../libs/register/src/census/census.views'].CensusPoint,
              },
              properties: {
                required: true,
                type: () => t['../../../../libs/register/src/open-data/open-data.views'].OpenDataFeatureProperties,
              },
            },
            OpenDataFeatureCollection: {
              type: { required: true, type: () => String },
              name: { required: true, type: () => String },
              title: {
                required: true,
                type: () => t['../../../../libs/register/src/open-data/open-data.views'].OpenDataText,
              },
              licence: {
                required: true,
                type: () => t['../../../../libs/register/src/open-data/open-data.views'].OpenDataLicence,
              },
              features: {
                required: true,
                type: () => [t['../../../../libs/register/src/open-data/open-data.views'].OpenDataFeature],
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/upkeep/upkeep-notice.entity')),
          {
            UpkeepNotice: {
              resourceId: { required: true, type: () => String },
              resource: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              kind: {
                required: true,
                type: () => String,
                description: 'The notification kind, e.g. `register.accreditation_expiring`.',
              },
              key: { required: true, type: () => String },
              sentAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/upkeep/upkeep.views')),
          {
            StaleResourceOrganisation: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
            },
            StaleResource: {
              resourceId: { required: true, type: () => String },
              name: { required: true, type: () => String },
              regionCode: { required: true, type: () => String },
              organisation: {
                required: true,
                type: () => t['../../../../libs/register/src/upkeep/upkeep.views'].StaleResourceOrganisation,
              },
              confirmedAt: { required: true, type: () => Date },
              staleSince: { required: true, type: () => Date, description: 'When the upkeep job marked it stale.' },
              monthsSinceConfirmation: {
                required: true,
                type: () => Number,
                description: 'Whole months since it was last confirmed.',
              },
              outOfSearch: {
                required: true,
                type: () => Boolean,
                description: 'Out of search after REGISTER_HIDE_AFTER_MONTHS, until its operator confirms it.',
              },
              outOfSearchSince: { required: true, type: () => Date, nullable: true },
            },
            StaleResourcePage: {},
            PendingEdit: {
              state: { required: true, enum: ['draft', 'submitted', 'city_review', 'changes_requested', 'rejected'] },
              submittedAt: { required: true, type: () => Date, nullable: true },
            },
            VenueStanding: {
              resourceId: { required: true, type: () => String },
              name: { required: true, type: () => String },
              status: {
                required: true,
                enum: [
                  'suspended',
                  'withdrawn',
                  'draft',
                  'submitted',
                  'city_review',
                  'changes_requested',
                  'rejected',
                  'published',
                  'merged',
                ],
              },
              pending: { required: true, type: () => Object },
              confirmBy: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'When the yearly re-confirmation falls due; null until first published.',
              },
              confirmationDue: {
                required: true,
                type: () => Boolean,
                description: 'The re-confirmation is due (from a month before `confirmBy`).',
              },
              stale: {
                required: true,
                type: () => Boolean,
                description: 'Not re-confirmed in time: the public page says \u4FE1\u606F\u5F85\u66F4\u65B0.',
              },
              outOfSearch: {
                required: true,
                type: () => Boolean,
                description: 'Out of search until its operators confirm it.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/aliases/resource-alias.entity')),
          {
            ResourceAlias: {
              id: { required: true, type: () => String },
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              alias: { required: true, type: () => String },
              createdBy: { required: true, type: () => String, nullable: true, description: 'Null for demo data.' },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/resources/resources.dto')),
          {
            ListResourcesDto: {
              q: { required: false, type: () => String, maxLength: 100 },
              region: { required: false, type: () => String, maxLength: 16 },
              type: { required: false, type: () => String },
              theme: { required: false, type: () => String },
              audience: { required: false, type: () => String },
              free: { required: false, type: () => Boolean },
              mine: { required: false, type: () => Boolean },
              status: {
                required: false,
                enum: [
                  'suspended',
                  'withdrawn',
                  'draft',
                  'submitted',
                  'city_review',
                  'changes_requested',
                  'rejected',
                  'published',
                  'merged',
                ],
              },
            },
            CreateResourceQueryDto: { organisationId: { required: false, type: () => String, format: 'uuid' } },
            ReviewDto: {
              decision: { required: true, enum: ['approve', 'reject', 'request_changes'] },
              comment: { required: false, type: () => String, maxLength: 2000 },
            },
            ModerationDto: { reason: { required: false, type: () => String, minLength: 0, maxLength: 2000 } },
            ExpiringQueryDto: { days: { required: true, type: () => Object, default: 60, minimum: 1, maximum: 366 } },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/vocabularies.views')),
          {
            VocabularyTerm: { zh: { required: true, type: () => String }, en: { required: true, type: () => String } },
            VocabulariesView: {
              resourceTypes: { required: true, type: 'object', additionalProperties: true },
              themes: { required: true, type: 'object', additionalProperties: true },
              audiences: { required: true, type: 'object', additionalProperties: true },
              accessibility: { required: true, type: 'object', additionalProperties: true },
              concessionGroups: { required: true, type: 'object', additionalProperties: true },
              concessionKinds: { required: true, type: 'object', additionalProperties: true },
              exhibitCategories: { required: true, type: 'object', additionalProperties: true },
              accreditationLevels: { required: true, type: 'object', additionalProperties: true },
              organisationKinds: { required: true, type: 'object', additionalProperties: true },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/duplicates/duplicate-dismissal.entity')),
          {
            DuplicateDismissal: {
              resourceId: { required: true, type: () => String },
              otherId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              other: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              dismissedBy: { required: true, type: () => String },
              dismissedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/duplicates/duplicates.dto')),
          {
            MergeDto: {
              into: { required: true, type: () => String, description: 'The resource that is kept.', format: 'uuid' },
              reason: {
                required: true,
                type: () => String,
                description: 'Why, for the history of both.',
                minLength: 1,
                maxLength: 500,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/aliases/aliases.dto')),
          {
            ResourceAliasesDto: {
              aliases: {
                required: true,
                type: () => [String],
                description:
                  'The whole list, replacing the current one: short names people type, e.g. \u8D85\u7B97. Repeats (ignoring case) count once.',
                minLength: 1,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/aliases/aliases.views')),
          {
            ResourceAliasesView: {
              resourceId: { required: true, type: () => String },
              aliases: { required: true, type: () => [String], description: 'Oldest first.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/duplicates/duplicates.views')),
          {
            DuplicateOrganisation: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
            },
            DuplicateSide: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              address: { required: true, type: () => String },
              location: {
                required: true,
                type: () => t['../../../../libs/register/src/resources/resources.views'].ResourceLocation,
              },
              type: { required: true, type: () => String, description: 'A resource type code.' },
              regionCode: { required: true, type: () => String },
              status: {
                required: true,
                enum: [
                  'suspended',
                  'withdrawn',
                  'draft',
                  'submitted',
                  'city_review',
                  'changes_requested',
                  'rejected',
                  'published',
                  'merged',
                ],
              },
              organisation: {
                required: true,
                type: () => t['../../../../libs/register/src/duplicates/duplicates.views'].DuplicateOrganisation,
              },
            },
            DuplicateCandidate: {
              distanceMetres: { required: true, type: () => Number, description: 'Metres between the two.' },
              matchedBy: {
                required: true,
                type: () => [Object],
                description:
                  '`name`: the same name once region names, legal forms, brackets and punctuation are dropped; `pinyin`: the same sound; `distance`: within 100 m.',
                enum: ['name', 'pinyin', 'distance'],
                isArray: true,
              },
            },
            ResourceDuplicates: {
              resource: {
                required: true,
                type: () => t['../../../../libs/register/src/duplicates/duplicates.views'].DuplicateSide,
              },
              candidates: {
                required: true,
                type: () => [t['../../../../libs/register/src/duplicates/duplicates.views'].DuplicateCandidate],
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/calendar/calendar.entity')),
          {
            CalendarYear: {
              year: { required: true, type: () => Number },
              status: { required: true, enum: ['official', 'provisional'] },
              source: {
                required: true,
                type: () => String,
                description: 'Where the dates come from, e.g. \u56FD\u529E\u53D1\u660E\u7535\u30142025\u30157\u53F7.',
              },
              updatedBy: { required: true, type: () => String, nullable: true },
              updatedAt: { required: true, type: () => Date },
            },
            CalendarDayRecord: {
              date: { required: true, type: () => String },
              year: { required: true, type: () => Number },
              kind: { required: true, enum: ['holiday', 'workday'] },
              name: {
                required: true,
                type: () => String,
                description: 'The holiday it belongs to: \u6625\u8282, \u56FD\u5E86\u8282\u2026',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/calendar/calendar.dto')),
          {
            CalendarYearParam: { year: { required: true, type: () => Number, minimum: 2000, maximum: 2100 } },
            CalendarDayDto: {
              date: { required: true, type: () => String },
              kind: { required: true, enum: ['holiday', 'workday'] },
              name: { required: true, type: () => String, minLength: 1, maxLength: 32 },
            },
            CalendarYearDto: {
              status: { required: false, enum: ['official', 'provisional'] },
              source: { required: false, type: () => String, maxLength: 200 },
              days: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/calendar/calendar.dto'].CalendarDayDto],
                maxItems: 120,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/calendar/calendar.views')),
          {
            CalendarDayView: {
              date: { required: true, type: () => String },
              kind: {
                required: true,
                description: 'workday: a make-up working day (\u8C03\u4F11).',
                enum: ['holiday', 'workday'],
              },
              name: {
                required: true,
                type: () => String,
                description: 'The holiday it belongs to: \u6625\u8282, \u56FD\u5E86\u8282\u2026',
              },
            },
            CalendarYearView: {
              year: { required: true, type: () => Number },
              status: {
                required: true,
                description:
                  "official once it follows the State Council's notice; provisional while only the statutory holidays are known.",
                enum: ['official', 'provisional'],
              },
              source: {
                required: true,
                type: () => String,
                description: 'Where the dates come from, e.g. \u56FD\u529E\u53D1\u660E\u7535\u30142025\u30157\u53F7.',
              },
              updatedAt: { required: true, type: () => Date },
              days: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/calendar/calendar.views'].CalendarDayView],
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/hours/opening-hours.entity')),
          {
            OpeningHoursRecord: {
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              publicHolidays: { required: true, enum: ['open', 'closed'] },
              holidayOpens: { required: true, type: () => String, nullable: true },
              holidayCloses: { required: true, type: () => String, nullable: true },
              makeupWorkdays: { required: true, enum: ['as_weekday', 'as_workday'] },
              updatedBy: { required: true, type: () => String, nullable: true },
              updatedAt: { required: true, type: () => Date },
            },
            OpeningSeasonRecord: {
              id: { required: true, type: () => String },
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              name: { required: true, type: () => String },
              startsOn: { required: true, type: () => String },
              endsOn: { required: true, type: () => String },
            },
            OpeningRuleRecord: {
              id: { required: true, type: () => String },
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              seasonId: { required: true, type: () => String, nullable: true },
              season: {
                required: false,
                type: () => t['../../../../libs/schedule/src/hours/opening-hours.entity'].OpeningSeasonRecord,
              },
              weekday: { required: true, type: () => Number },
              opens: { required: true, type: () => String },
              closes: { required: true, type: () => String },
            },
            OpeningExceptionRecord: {
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              date: { required: true, type: () => String },
              closed: { required: true, type: () => Boolean },
              opens: { required: true, type: () => String, nullable: true },
              closes: { required: true, type: () => String, nullable: true },
              note: { required: true, type: () => String, nullable: true },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/offerings/offering.entity')),
          {
            Offering: {
              id: { required: true, type: () => String },
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              title: { required: true, type: () => String },
              kind: { required: true, enum: ['general_admission', 'guided_tour', 'course', 'event', 'lab_open_day'] },
              description: { required: true, type: () => String },
              status: { required: true, enum: ['active', 'archived'] },
              audience: { required: true, enum: ['group', 'individual', 'both'] },
              slotMinutes: { required: true, type: () => Number },
              startTimes: {
                required: true,
                type: () => [String],
                nullable: true,
                description: 'Fixed start times (`HH:MM`); null: slots tile the open ranges.',
              },
              dates: {
                required: true,
                type: () => [String],
                nullable: true,
                description: 'The only days it runs; null: every open day.',
              },
              weekdays: {
                required: true,
                type: () => [Number],
                nullable: true,
                description:
                  'The only ISO weekdays it runs (1 = Monday \u2026 7 = Sunday); null: every day of the week.',
              },
              validFrom: { required: true, type: () => String, nullable: true },
              validTo: { required: true, type: () => String, nullable: true },
              capacity: { required: true, type: () => Number, description: 'Places per slot for individual visitors.' },
              groupCapacity: {
                required: true,
                type: () => Number,
                description:
                  'Places per slot kept for school groups (\u9986\u6821\u5408\u4F5C), apart from individual ones.',
              },
              counterShare: {
                required: true,
                type: () => Number,
                description:
                  'Per cent of each slot\'s places held back for counter and phone booking (docs/booking-rules.md,\n"The counter quota"), released to online booking `counterReleaseHours` before the slot starts.',
              },
              counterReleaseHours: { required: true, type: () => Number },
              bookingOpensDaysAhead: { required: true, type: () => Number },
              bookingOpensAt: { required: true, type: () => String },
              cutoffMinutes: { required: true, type: () => Number },
              minPartySize: { required: true, type: () => Number },
              maxPartySize: { required: true, type: () => Number },
              realName: { required: true, type: () => Boolean },
              minAge: { required: true, type: () => Number, nullable: true },
              maxAge: { required: true, type: () => Number, nullable: true },
              priceFen: {
                required: true,
                type: () => Number,
                description: 'Price per person in fen (\u5206); 0 is free. Integers, so sums never drift.',
              },
              groupMinStudents: { required: true, type: () => Number },
              groupMaxStudents: { required: true, type: () => Number },
              studentsPerTeacher: {
                required: true,
                type: () => Number,
                description: 'At least one teacher per this many students.',
              },
              preschoolStudentsPerTeacher: { required: true, type: () => Number },
              groupLeadDays: {
                required: true,
                type: () => Number,
                description: 'A group requests at least this many days before its visit.',
              },
              groupOpensDaysAhead: {
                required: true,
                type: () => Number,
                description: '\u2026and at most this many days before it.',
              },
              maxGroupsPerDay: {
                required: true,
                type: () => Number,
                description:
                  "Approved groups a day at the venue (all its offerings), counted when this offering's groups are approved.",
              },
              createdBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/slots/slot.entity')),
          {
            Slot: {
              id: { required: true, type: () => String },
              offeringId: { required: true, type: () => String },
              offering: {
                required: false,
                type: () => t['../../../../libs/schedule/src/offerings/offering.entity'].Offering,
              },
              resourceId: { required: true, type: () => String },
              startsAt: { required: true, type: () => Date },
              endsAt: { required: true, type: () => Date },
              capacity: { required: true, type: () => Number },
              booked: { required: true, type: () => Number },
              groupCapacity: { required: true, type: () => Number },
              groupBooked: { required: true, type: () => Number },
              status: { required: true, enum: ['scheduled', 'cancelled'] },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/slots/slots.views')),
          {
            AffectedSlot: {
              slotId: { required: true, type: () => String },
              offeringId: { required: true, type: () => String },
              start: {
                required: true,
                type: () => String,
                description: 'Shanghai time, e.g. `2026-11-23T09:00:00+08:00`.',
              },
              end: { required: true, type: () => String },
              booked: { required: true, type: () => Number, description: 'Places booked by individual visitors.' },
              groupBooked: { required: true, type: () => Number, description: 'Places booked by school groups.' },
            },
            ReplanReport: {
              created: { required: true, type: () => Number },
              updated: { required: true, type: () => Number },
              removed: {
                required: true,
                type: () => Number,
                description: 'Empty slots the new rules no longer produce.',
              },
              kept: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/slots/slots.views'].AffectedSlot],
                description:
                  "Slots with bookings that the new rules no longer produce, kept at the operator's request.",
              },
              cancelled: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/slots/slots.views'].AffectedSlot],
                description: "The same, cancelled at the operator's request (their bookings are cancelled and told).",
              },
              capacityKept: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/slots/slots.views'].AffectedSlot],
                description: 'Slots whose capacity could not drop below the places already booked.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/hours/opening-hours.dto')),
          {
            TimeRangeDto: {
              open: { required: true, type: () => String },
              close: { required: true, type: () => String },
            },
            WeeklyRuleDto: {
              days: { required: true, type: () => [Number], minimum: 1, maximum: 7, minItems: 1, maxItems: 7 },
            },
            SeasonDto: {
              name: { required: false, type: () => String, maxLength: 50 },
              from: { required: true, type: () => String },
              to: { required: true, type: () => String },
              weekly: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.dto'].WeeklyRuleDto],
                maxItems: 50,
              },
            },
            HoursExceptionDto: {
              date: { required: true, type: () => String },
              closed: { required: false, type: () => Boolean },
              open: { required: false, type: () => String },
              close: { required: false, type: () => String },
              note: { required: false, type: () => String, maxLength: 100 },
            },
            OpeningHoursDto: {
              weekly: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.dto'].WeeklyRuleDto],
                maxItems: 50,
              },
              seasons: {
                required: false,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.dto'].SeasonDto],
                maxItems: 12,
              },
              publicHolidays: { required: true, enum: ['open', 'closed'] },
              holidayHours: {
                required: false,
                type: () => t['../../../../libs/schedule/src/hours/opening-hours.dto'].TimeRangeDto,
              },
              makeupWorkdays: { required: false, enum: ['as_weekday', 'as_workday'] },
              exceptions: {
                required: false,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.dto'].HoursExceptionDto],
                maxItems: 366,
              },
            },
            AffectedSlotsQueryDto: { onAffectedSlots: { required: false, enum: ['keep', 'cancel'] } },
            DaysQueryDto: { days: { required: false, type: () => Number, minimum: 1, maximum: 62 } },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/hours/opening-hours.views')),
          {
            TimeRangeView: {
              open: { required: true, type: () => String },
              close: { required: true, type: () => String },
            },
            WeeklyRuleView: {
              days: {
                required: true,
                type: () => [Number],
                description: 'ISO weekdays, 1 = Monday \u2026 7 = Sunday.',
              },
            },
            SeasonView: {
              name: { required: true, type: () => String },
              from: { required: true, type: () => String },
              to: { required: true, type: () => String },
              weekly: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.views'].WeeklyRuleView],
              },
            },
            HoursExceptionView: {
              date: { required: true, type: () => String },
              closed: { required: true, type: () => Boolean },
              open: { required: false, type: () => String },
              close: { required: false, type: () => String },
              note: { required: false, type: () => String },
            },
            OpeningHoursRulesView: {
              weekly: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.views'].WeeklyRuleView],
              },
              seasons: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.views'].SeasonView],
              },
              publicHolidays: {
                required: true,
                description: 'open: open on public holidays even on the usual closed day.',
                enum: ['open', 'closed'],
              },
              holidayHours: {
                required: true,
                type: () => t['../../../../libs/schedule/src/hours/opening-hours.views'].TimeRangeView,
                nullable: true,
                description: "Hours on public holidays; null: the day's own, else Sunday's.",
              },
              makeupWorkdays: {
                required: true,
                description:
                  "A make-up working day (\u8C03\u4F11) keeps its weekday's hours, or opens as on a working day.",
                enum: ['as_weekday', 'as_workday'],
              },
              exceptions: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.views'].HoursExceptionView],
              },
            },
            DayHoursView: {
              date: { required: true, type: () => String },
              weekday: {
                required: true,
                type: () => Number,
                description: 'ISO weekday, 1 = Monday \u2026 7 = Sunday.',
              },
              ranges: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.views'].TimeRangeView],
              },
              reason: { required: true, enum: ['weekly', 'season', 'public_holiday', 'makeup_workday', 'exception'] },
              holiday: {
                required: false,
                type: () => String,
                description: 'The holiday (or the holiday a make-up working day belongs to), e.g. \u56FD\u5E86\u8282.',
              },
              note: { required: false, type: () => String, description: "An exception's note." },
            },
            OpeningHoursSpecificationView: {
              '@type': { required: true, type: () => String },
              dayOfWeek: {
                required: true,
                type: () => [String],
                description: 'schema.org days, e.g. `https://schema.org/Monday`.',
              },
              opens: { required: true, type: () => String },
              closes: { required: true, type: () => String },
              validFrom: { required: false, type: () => String },
              validThrough: { required: false, type: () => String },
            },
            SpecialOpeningHoursSpecificationView: {
              '@type': { required: true, type: () => String },
              validFrom: { required: true, type: () => String },
              validThrough: { required: true, type: () => String },
              opens: { required: true, type: () => String },
              closes: { required: true, type: () => String },
            },
            OpeningHoursJsonLdView: {
              openingHoursSpecification: {
                required: true,
                type: () => [
                  t['../../../../libs/schedule/src/hours/opening-hours.views'].OpeningHoursSpecificationView,
                ],
              },
              specialOpeningHoursSpecification: {
                required: true,
                type: () => [
                  t['../../../../libs/schedule/src/hours/opening-hours.views'].SpecialOpeningHoursSpecificationView,
                ],
                description:
                  'The days ahead that differ from the weekly rules: holidays, make-up working days and exceptions.',
              },
            },
            OpeningHoursView: {
              resourceId: { required: true, type: () => String },
              timezone: { required: true, type: () => String },
              rules: {
                required: true,
                type: () => t['../../../../libs/schedule/src/hours/opening-hours.views'].OpeningHoursRulesView,
              },
              today: {
                required: true,
                type: () => t['../../../../libs/schedule/src/hours/opening-hours.views'].DayHoursView,
              },
              openNow: { required: true, type: () => Boolean },
              closesAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'While open: when the current range closes (`2026-11-23T17:00:00+08:00`).',
              },
              nextOpening: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'When it next opens (later today or on a later day), within the next 60 days.',
              },
              days: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.views'].DayHoursView],
                description:
                  'Today and the following days, each with its ranges and why (weekly, holiday, exception\u2026).',
              },
              jsonLd: {
                required: true,
                type: () => t['../../../../libs/schedule/src/hours/opening-hours.views'].OpeningHoursJsonLdView,
              },
            },
            OpeningHoursChangeView: {
              slots: { required: true, type: () => t['../../../../libs/schedule/src/slots/slots.views'].ReplanReport },
            },
            OpeningHoursPreviewView: {
              days: {
                required: true,
                type: () => [t['../../../../libs/schedule/src/hours/opening-hours.views'].DayHoursView],
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/offerings/offerings.dto')),
          {
            OfferingDto: {
              title: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              kind: { required: true, enum: ['general_admission', 'guided_tour', 'course', 'event', 'lab_open_day'] },
              description: { required: false, type: () => String, maxLength: 2000 },
              audience: { required: false, enum: ['group', 'individual', 'both'] },
              slotMinutes: { required: true, type: () => Number, minimum: 5, maximum: 720 },
              startTimes: { required: false, type: () => [String], nullable: true, minItems: 1, maxItems: 48 },
              dates: { required: false, type: () => [String], nullable: true, minItems: 1, maxItems: 366 },
              weekdays: {
                required: false,
                type: () => [Number],
                nullable: true,
                minimum: 1,
                maximum: 7,
                minItems: 1,
                maxItems: 7,
              },
              validFrom: { required: false, type: () => String, nullable: true },
              validTo: { required: false, type: () => String, nullable: true },
              capacity: { required: true, type: () => Number, minimum: 1 },
              groupCapacity: { required: false, type: () => Number, minimum: 0 },
              bookingOpensDaysAhead: { required: false, type: () => Number, minimum: 0, maximum: 60 },
              bookingOpensAt: { required: false, type: () => String },
              cutoffMinutes: { required: false, type: () => Number, minimum: 0, maximum: 1440 },
              minPartySize: { required: false, type: () => Number, minimum: 1, maximum: 50 },
              maxPartySize: { required: false, type: () => Number, minimum: 1, maximum: 50 },
              realName: { required: false, type: () => Boolean },
              minAge: { required: false, type: () => Number, nullable: true, minimum: 0, maximum: 120 },
              maxAge: { required: false, type: () => Number, nullable: true, minimum: 0, maximum: 120 },
              priceFen: { required: false, type: () => Number, minimum: 0, maximum: 1000000 },
              counterShare: { required: false, type: () => Number, minimum: 0, maximum: 50 },
              counterReleaseHours: { required: false, type: () => Number, minimum: 0, maximum: 168 },
              groupMinStudents: { required: false, type: () => Number, minimum: 1, maximum: 2000 },
              groupMaxStudents: { required: false, type: () => Number, minimum: 1, maximum: 2000 },
              studentsPerTeacher: { required: false, type: () => Number, minimum: 1, maximum: 100 },
              preschoolStudentsPerTeacher: { required: false, type: () => Number, minimum: 1, maximum: 100 },
              groupLeadDays: { required: false, type: () => Number, minimum: 0, maximum: 90 },
              groupOpensDaysAhead: { required: false, type: () => Number, minimum: 0, maximum: 366 },
              maxGroupsPerDay: { required: false, type: () => Number, minimum: 1, maximum: 100 },
            },
            OfferingPatchDto: {},
            AvailabilityQueryDto: {
              from: { required: false, type: () => String },
              to: { required: false, type: () => String },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/offerings/offerings.views')),
          {
            OfferingView: {
              id: { required: true, type: () => String },
              resourceId: { required: true, type: () => String },
              title: { required: true, type: () => String },
              kind: { required: true, enum: ['general_admission', 'guided_tour', 'course', 'event', 'lab_open_day'] },
              description: { required: true, type: () => String },
              status: { required: true, enum: ['active', 'archived'] },
              audience: { required: true, enum: ['group', 'individual', 'both'] },
              slotMinutes: { required: true, type: () => Number, description: 'Slot length in minutes.' },
              startTimes: {
                required: true,
                type: () => [String],
                nullable: true,
                description: 'Fixed start times (`HH:MM`); null: slots tile the open ranges.',
              },
              dates: {
                required: true,
                type: () => [String],
                nullable: true,
                description: 'The only days it runs (`YYYY-MM-DD`); null: every open day.',
              },
              weekdays: {
                required: true,
                type: () => [Number],
                nullable: true,
                description:
                  'The only ISO weekdays it runs (1 = Monday \u2026 7 = Sunday); null: every day of the week.',
              },
              validFrom: { required: true, type: () => String, nullable: true },
              validTo: { required: true, type: () => String, nullable: true },
              capacity: { required: true, type: () => Number, description: 'Places per slot for individual visitors.' },
              groupCapacity: {
                required: true,
                type: () => Number,
                description:
                  'Places per slot kept for school groups (\u9986\u6821\u5408\u4F5C), apart from individual ones.',
              },
              bookingOpensDaysAhead: {
                required: true,
                type: () => Number,
                description: "Booking opens this many days before a slot's day\u2026",
              },
              bookingOpensAt: {
                required: true,
                type: () => String,
                description: '\u2026at this Shanghai time (`HH:MM`).',
              },
              cutoffMinutes: {
                required: true,
                type: () => Number,
                description: 'Booking closes this many minutes before a slot starts.',
              },
              minPartySize: { required: true, type: () => Number },
              maxPartySize: { required: true, type: () => Number },
              realName: { required: true, type: () => Boolean, description: 'An ID number per visitor.' },
              minAge: { required: true, type: () => Number, nullable: true },
              maxAge: { required: true, type: () => Number, nullable: true },
              priceFen: {
                required: true,
                type: () => Number,
                description: 'Price per person in fen (\u5206); 0 is free.',
              },
              counterShare: {
                required: true,
                type: () => Number,
                description: 'Per cent of each slot held back for counter and phone booking\u2026',
              },
              counterReleaseHours: {
                required: true,
                type: () => Number,
                description: '\u2026until this many hours before it starts.',
              },
              groupMinStudents: { required: true, type: () => Number, description: 'School groups: fewest students.' },
              groupMaxStudents: { required: true, type: () => Number, description: 'School groups: most students.' },
              studentsPerTeacher: {
                required: true,
                type: () => Number,
                description: 'At least one teacher per this many students.',
              },
              preschoolStudentsPerTeacher: {
                required: true,
                type: () => Number,
                description: 'The same, for preschool groups.',
              },
              groupLeadDays: {
                required: true,
                type: () => Number,
                description: 'A group requests at least this many days before its visit\u2026',
              },
              groupOpensDaysAhead: {
                required: true,
                type: () => Number,
                description: '\u2026and at most this many days before it.',
              },
              maxGroupsPerDay: {
                required: true,
                type: () => Number,
                description: 'Approved groups a day at the venue (all its offerings).',
              },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            OfferingChangeView: {
              slots: { required: true, type: () => t['../../../../libs/schedule/src/slots/slots.views'].ReplanReport },
            },
            SlotAvailability: {
              slotId: { required: true, type: () => String },
              start: {
                required: true,
                type: () => String,
                description: 'Shanghai time, e.g. `2026-11-23T09:00:00+08:00`.',
              },
              end: { required: true, type: () => String },
              capacity: {
                required: true,
                type: () => Number,
                description: 'Places for individual visitors, and those left to book online.',
              },
              remaining: { required: true, type: () => Number },
              heldForDesk: {
                required: true,
                type: () => Number,
                description: 'Of the places left, those held for counter and phone booking until `deskReleaseAt`.',
              },
              deskReleaseAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'When the held places go to online booking (null: none are held).',
              },
              groupCapacity: {
                required: true,
                type: () => Number,
                description: 'Places kept for school groups, and those left.',
              },
              groupRemaining: { required: true, type: () => Number },
              status: { required: true, enum: ['open', 'closed', 'full', 'not_open_yet'] },
              bookingOpensAt: {
                required: true,
                type: () => String,
                description: 'When booking opens (for not_open_yet)\u2026',
              },
              bookingClosesAt: {
                required: true,
                type: () => String,
                description: '\u2026and when it closes (the cutoff).',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/desk/walk-in.entity')),
          {
            SlotWalkIn: {
              id: { required: true, type: () => String },
              slotId: { required: true, type: () => String },
              slot: { required: false, type: () => t['../../../../libs/schedule/src/slots/slot.entity'].Slot },
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              visitDate: { required: true, type: () => String, description: "The slot's day in Shanghai." },
              count: { required: true, type: () => Number },
              recordedBy: { required: true, type: () => String, nullable: true },
              recorder: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              recordedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/saved-visitors/saved-visitor.entity')),
          {
            SavedVisitor: {
              id: { required: true, type: () => String },
              accountId: { required: true, type: () => String },
              account: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              name: { required: true },
              category: { required: true, enum: ['child', 'adult', 'senior'] },
              document: { required: true, nullable: true },
              documentHash: { required: true, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/bookings/booking.entity')),
          {
            Booking: {
              id: { required: true, type: () => String },
              code: {
                required: true,
                type: () => String,
                description: '10 Crockford base32 characters: what the visitor shows and the operator types or scans.',
              },
              accountId: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The visitor's account; none for a desk booking of someone without one.",
              },
              account: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              channel: { required: true, enum: ['phone', 'counter', 'online'] },
              bookedBy: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The operator who booked at the counter or on the phone.',
              },
              bookedByAccount: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              slotId: { required: true, type: () => String },
              slot: { required: false, type: () => t['../../../../libs/schedule/src/slots/slot.entity'].Slot },
              offeringId: { required: true, type: () => String },
              offering: {
                required: false,
                type: () => t['../../../../libs/schedule/src/offerings/offering.entity'].Offering,
              },
              resourceId: { required: true, type: () => String, description: 'The venue.' },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              visitDate: { required: true, type: () => String, description: "The slot's day in Shanghai." },
              kind: {
                required: true,
                description: "A family's booking, or an approved school group's visit (see GroupVisit).",
                enum: ['group', 'individual'],
              },
              partySize: { required: true, type: () => Number },
              checkedInCount: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'How many came: the party, or the headcount a group was admitted with.',
              },
              status: {
                required: true,
                enum: ['expired', 'cancelled', 'confirmed', 'waitlisted', 'checked_in', 'no_show'],
              },
              contactPhone: {
                required: true,
                nullable: true,
                description: 'Sealed with the PersonalDataCipher; erased by the purge job.',
              },
              contactPhoneVerified: {
                required: true,
                type: () => Boolean,
                description:
                  "Proven by a code (or the account's own verified phone): only such a number is ever texted.",
              },
              rescheduleCount: {
                required: true,
                type: () => Number,
                description:
                  'How often the booking was moved to another slot of its offering (\u6539\u671F), against MAX_RESCHEDULES.',
              },
              promotedAt: { required: true, type: () => Date, nullable: true },
              cancelledAt: { required: true, type: () => Date, nullable: true },
              cancelledBy: { required: true, nullable: true, enum: ['visitor', 'venue'] },
              checkedInAt: { required: true, type: () => Date, nullable: true },
              checkedInBy: { required: true, type: () => String, nullable: true },
              checkedInDevice: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'The device that checked the booking in: a random id the operator\'s check-in page keeps (docs/booking-rules.md, "Offline check-in").',
              },
              checkInClashes: {
                required: true,
                type: () => [
                  {
                    deviceId: { required: true, type: () => String, nullable: true },
                    checkedInAt: { required: true, type: () => String },
                    reportedAt: { required: true, type: () => String },
                  },
                ],
                nullable: true,
                description:
                  'Check-ins of this booking that other devices sent after it was checked in: a code admitted twice while offline.',
              },
              noShowAt: { required: true, type: () => Date, nullable: true },
              remindedAt: { required: true, type: () => Date, nullable: true },
              personalDataPurgedAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              visitors: {
                required: false,
                type: () => [t['../../../../libs/booking/src/bookings/booking.entity'].BookingVisitor],
              },
            },
            BookingVisitor: {
              id: { required: true, type: () => String },
              bookingId: { required: true, type: () => String },
              booking: {
                required: false,
                type: () => t['../../../../libs/booking/src/bookings/booking.entity'].Booking,
              },
              position: { required: true, type: () => Number },
              name: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "Null once erased: a school group's list after the visit, everyone's when the account is deleted.",
              },
              category: { required: true, enum: ['child', 'adult', 'senior'] },
              groupRole: {
                required: true,
                nullable: true,
                description: "In a school group's name list.",
                enum: ['student', 'teacher'],
              },
              idNumber: { required: true, nullable: true },
              idHash: { required: true, nullable: true },
              phone: {
                required: true,
                nullable: true,
                description:
                  "An accompanying teacher's mobile on a school group's name list, sealed; erased with the ID numbers.",
              },
              resourceId: { required: true, type: () => String },
              visitDate: { required: true, type: () => String },
            },
            BookingBan: {
              id: { required: true, type: () => String },
              accountId: { required: true, type: () => String },
              account: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              endsAt: { required: true, type: () => Date },
              noShows: { required: true, type: () => Number, description: 'The no-shows that led to it.' },
              idHashes: {
                required: true,
                description:
                  'Lookup hashes of the ID numbers on those bookings: a fresh account does not escape the ban. Emptied when it ends.',
              },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/check-in/check-in.views')),
          {
            CodeHashView: {
              algorithm: {
                required: true,
                type: () => String,
                description:
                  'HMAC-SHA-256 of the normalised code (upper case, no spaces or hyphens, I and L as 1, O as 0), its first 16 bytes in base64url.',
              },
              key: {
                required: true,
                type: () => String,
                description: "The key (32 bytes, base64url): this venue's and this day's alone.",
              },
            },
            PackCategoriesView: {
              adult: { required: true, type: () => Number },
              child: { required: true, type: () => Number },
              senior: { required: true, type: () => Number },
            },
            PackBookingView: {
              codeHash: {
                required: true,
                type: () => String,
                description: 'The hash of the booking code (CodeHashView).',
              },
              kind: { required: true, enum: ['group', 'individual'] },
              status: { required: true, enum: ['confirmed', 'checked_in', 'no_show'] },
              partySize: { required: true, type: () => Number },
              names: {
                required: true,
                type: () => [String],
                description: "The visitors' names, masked (`\u5F20*`, `J*** D**`); a school group's list is left out.",
              },
              categories: {
                required: true,
                type: () => t['../../../../libs/booking/src/check-in/check-in.views'].PackCategoriesView,
              },
              checkedInAt: { required: true, type: () => String, nullable: true },
              headcount: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'How many came, once checked in.',
              },
            },
            PackSlotView: {
              slotId: { required: true, type: () => String },
              offeringTitle: { required: true, type: () => String },
              start: { required: true, type: () => String },
              end: { required: true, type: () => String },
              checkInOpensAt: {
                required: true,
                type: () => String,
                description:
                  "When the gate starts admitting this slot's bookings (the start less the early-entry minutes).",
              },
              capacity: { required: true, type: () => Number },
              booked: { required: true, type: () => Number },
              bookings: {
                required: true,
                type: () => [t['../../../../libs/booking/src/check-in/check-in.views'].PackBookingView],
                description: 'Confirmed, checked in and no-show bookings, oldest first.',
              },
            },
            CheckInPackView: {
              resourceId: { required: true, type: () => String },
              venueName: { required: true, type: () => String },
              date: { required: true, type: () => String },
              generatedAt: {
                required: true,
                type: () => String,
                description: 'When the pack was made: bookings made or changed later are not in it.',
              },
              codeHash: {
                required: true,
                type: () => t['../../../../libs/booking/src/check-in/check-in.views'].CodeHashView,
              },
              slots: {
                required: true,
                type: () => [t['../../../../libs/booking/src/check-in/check-in.views'].PackSlotView],
                description: "The day's slots, earliest first.",
              },
            },
            CheckInClashView: {
              deviceId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The device that sent the later check-in (null: a check-in without a device id).',
              },
              checkedInAt: {
                required: true,
                type: () => String,
                description: 'When that device checked the booking in.',
              },
              reportedAt: { required: true, type: () => String, description: 'When it reached the server.' },
            },
            CheckInClashesView: {
              bookingId: { required: true, type: () => String },
              code: { required: true, type: () => String },
              checkedInAt: { required: true, type: () => String, description: 'The check-in that counted.' },
              clashes: {
                required: true,
                type: () => [t['../../../../libs/booking/src/check-in/check-in.views'].CheckInClashView],
              },
            },
            CheckedInElsewhere: { checkedInAt: { required: true, type: () => String } },
            CheckInWindow: {
              opensAt: { required: true, type: () => String },
              closesAt: {
                required: true,
                type: () => String,
                description: "The slot's end, or now when that is earlier.",
              },
            },
            AlreadyCheckedIn: {
              checkedInAt: { required: true, type: () => String },
              onThisDevice: {
                required: true,
                type: () => Boolean,
                nullable: true,
                description:
                  'True: on the device that sent this check-in; false: on another; null: a device was not named on one side.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/groups/group-visit.entity')),
          {
            GroupVisit: {
              id: { required: true, type: () => String },
              schoolId: { required: true, type: () => String },
              school: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              requestedBy: {
                required: true,
                type: () => String,
                description:
                  "The teacher who leads the visit: who asked, until they hand it over to a colleague\n(`POST /group-visits/{id}/hand-over`). Its messages go to them; the school's other teachers follow it too.",
              },
              requester: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              offeringId: { required: true, type: () => String },
              offering: {
                required: false,
                type: () => t['../../../../libs/schedule/src/offerings/offering.entity'].Offering,
              },
              preferredSlotIds: {
                required: true,
                type: () => [String],
                description: "In the teacher's order of preference.",
              },
              status: {
                required: true,
                enum: ['declined', 'expired', 'rejected', 'approved', 'cancelled', 'requested', 'proposed'],
              },
              slotId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The slot approved, or proposed by the venue.',
              },
              slot: { required: false, type: () => t['../../../../libs/schedule/src/slots/slot.entity'].Slot },
              visitDate: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'That slot\'s day in Shanghai: what "groups a day at the venue" counts.',
              },
              bookingId: { required: true, type: () => String, nullable: true },
              booking: {
                required: false,
                type: () => t['../../../../libs/booking/src/bookings/booking.entity'].Booking,
              },
              splitId: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "A class too large for one slot's group places, split across slots: each part is a visit of its\nown (asked for, decided and checked in on its own), all parts holding the first part's id here.",
              },
              firstPart: {
                required: false,
                type: () => t['../../../../libs/booking/src/groups/group-visit.entity'].GroupVisit,
              },
              splitPart: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Which part this is, from 1.',
              },
              agreementId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The cooperation agreement the visit counts against (a split class counts once), if any.',
              },
              agreement: {
                required: false,
                type: () => t['../../../../libs/booking/src/groups/group-visit.entity'].GroupAgreement,
              },
              students: { required: true, type: () => Number },
              teachers: { required: true, type: () => Number },
              gradeBand: {
                required: true,
                enum: ['preschool', 'primary_lower', 'primary_upper', 'junior_high', 'senior_high', 'vocational'],
              },
              className: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'e.g. \u56DB\u5E74\u7EA7\uFF082\uFF09\u73ED',
              },
              topic: { required: true, type: () => String, description: 'The topic or course the class wants.' },
              needs: {
                required: true,
                type: () => String,
                nullable: true,
                description: "Accessibility and other needs, in the teacher's words.",
              },
              leaderName: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "The leader's name; replaced on a hand-over; null once the leading teacher's account is deleted.",
              },
              leaderPhone: {
                required: true,
                nullable: true,
                description:
                  "Sealed with the PersonalDataCipher; replaced (or cleared) on a hand-over; erased with the\nvisitors' data after the visit.",
              },
              expiresAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'When an undecided request or an unanswered proposal lapses.',
              },
              reason: {
                required: true,
                type: () => String,
                nullable: true,
                description: "Why it was rejected, declined or cancelled, or the venue's note with a proposal.",
              },
              decidedBy: { required: true, type: () => String, nullable: true },
              decidedAt: { required: true, type: () => Date, nullable: true },
              cancelledBy: { required: true, nullable: true, enum: ['school', 'venue'] },
              cancelledAt: { required: true, type: () => Date, nullable: true },
              rating: { required: true, type: () => Number, nullable: true },
              feedback: { required: true, type: () => String, nullable: true },
              feedbackAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            GroupAgreement: {
              id: { required: true, type: () => String },
              resourceId: { required: true, type: () => String },
              resource: {
                required: false,
                type: () => t['../../../../libs/register/src/resources/resource.entity'].Resource,
              },
              schoolId: { required: true, type: () => String },
              school: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              startsOn: { required: true, type: () => String },
              endsOn: { required: true, type: () => String },
              visitQuota: {
                required: true,
                type: () => Number,
                description: 'Group visits the venue commits to in the term.',
              },
              note: { required: true, type: () => String, nullable: true },
              status: { required: true, enum: ['active', 'proposed', 'ended'] },
              createdBy: { required: true, type: () => String },
              signedBy: { required: true, type: () => String, nullable: true },
              signedAt: { required: true, type: () => Date, nullable: true },
              endedAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/groups/group.views')),
          {
            GroupSchoolView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
            },
            GroupVenueView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For English readers; null when the venue gives none.',
              },
            },
            GroupOfferingView: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
              realName: {
                required: true,
                type: () => Boolean,
                description: 'Real-name offerings need every ID number on the name list.',
              },
            },
            GroupSlotView: {
              slotId: { required: true, type: () => String },
              start: { required: true, type: () => String },
              end: { required: true, type: () => String },
            },
            GroupBookingView: {
              id: { required: true, type: () => String },
              code: { required: true, type: () => String },
              status: {
                required: true,
                enum: ['expired', 'cancelled', 'confirmed', 'waitlisted', 'checked_in', 'no_show'],
              },
              partySize: { required: true, type: () => Number },
              checkedInAt: { required: true, type: () => Date, nullable: true },
              headcount: { required: true, type: () => Number, nullable: true },
            },
            GroupNameListSummaryView: {
              students: { required: true, type: () => Number },
              teachers: { required: true, type: () => Number },
              editableUntil: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'The end of the day before the visit; null when the list cannot be changed (not approved, or cancelled).',
              },
            },
            GroupSplitPartView: {
              id: { required: true, type: () => String, description: "The part's own visit." },
              part: { required: true, type: () => Number, description: 'From 1.' },
              status: {
                required: true,
                enum: ['declined', 'expired', 'rejected', 'approved', 'cancelled', 'requested', 'proposed'],
              },
              students: { required: true, type: () => Number },
              teachers: { required: true, type: () => Number },
              slot: {
                required: true,
                type: () => Object,
                description:
                  "The slot approved or proposed, else the one asked for (null once the venue's new hours no longer produce it).",
              },
            },
            GroupFeedbackView: {
              rating: { required: true, type: () => Number, description: '1 to 5.' },
              comment: { required: true, type: () => String, nullable: true },
              at: { required: true, type: () => Date },
            },
            GroupVisitView: {
              id: { required: true, type: () => String },
              status: {
                required: true,
                enum: ['declined', 'expired', 'rejected', 'approved', 'cancelled', 'requested', 'proposed'],
              },
              school: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].GroupSchoolView,
              },
              venue: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].GroupVenueView,
              },
              offering: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].GroupOfferingView,
              },
              preferredSlots: {
                required: true,
                type: () => [t['../../../../libs/booking/src/groups/group.views'].GroupSlotView],
                description:
                  "The slots asked for, most wanted first (one the venue's new hours no longer produce is left out).",
              },
              slot: { required: true, type: () => Object, description: 'The slot approved, or proposed by the venue.' },
              visitDate: { required: true, type: () => String, nullable: true },
              students: { required: true, type: () => Number },
              teachers: { required: true, type: () => Number },
              teachersNeeded: { required: true, type: () => Number },
              gradeBand: {
                required: true,
                enum: ['preschool', 'primary_lower', 'primary_upper', 'junior_high', 'senior_high', 'vocational'],
              },
              className: { required: true, type: () => String, nullable: true },
              topic: { required: true, type: () => String },
              needs: { required: true, type: () => String, nullable: true },
              leaderName: {
                required: true,
                type: () => String,
                nullable: true,
                description: "Null once the teacher's account is deleted.",
              },
              leaderPhone: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Masked; null after the purge.',
              },
              underAgreement: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The agreement the visit counts against, if any.',
              },
              expiresAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'When a request or a proposal lapses unanswered.',
              },
              reason: { required: true, type: () => String, nullable: true },
              decidedAt: { required: true, type: () => Date, nullable: true },
              cancelledBy: { required: true, nullable: true, enum: ['school', 'venue'] },
              booking: {
                required: true,
                type: () => Object,
                description: "The group's booking once approved: its code checks the whole group in.",
              },
              nameList: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].GroupNameListSummaryView,
              },
              split: {
                required: true,
                type: () => [t['../../../../libs/booking/src/groups/group.views'].GroupSplitPartView],
                nullable: true,
                description:
                  'A class split across slots: every part in order, this one included; null for a class in one slot.',
              },
              feedback: { required: true, type: () => Object, description: "The school's rating, once given." },
              createdAt: { required: true, type: () => Date },
            },
            GroupVisitPage: {},
            Colleague: {
              accountId: { required: true, type: () => String },
              displayName: { required: true, type: () => String },
              login: { required: true, type: () => String, description: 'Masked: 138****5678 or l***@school.edu.cn.' },
              leads: { required: true, type: () => Boolean, description: 'Whether they lead the visit now.' },
            },
            NameListEntry: {
              position: { required: true, type: () => Number },
              name: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null once erased, BOOKING_PERSONAL_DATA_DAYS after the visit.',
              },
              role: { required: true, nullable: true, enum: ['student', 'teacher'] },
              category: { required: true, enum: ['child', 'adult', 'senior'] },
              idNumber: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Masked (`4403**********123X`); null when none was given or after the purge.',
              },
              phone: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "A teacher's mobile, masked (`139****5678`); null when none was given, for students, or after the purge.",
              },
            },
            NameListView: {
              visitId: { required: true, type: () => String },
              people: {
                required: true,
                type: () => [t['../../../../libs/booking/src/groups/group.views'].NameListEntry],
              },
            },
            BilingualText: {
              'zh-CN': { required: true, type: () => String },
              en: { required: true, type: () => String },
            },
            NameListProblem: {
              row: {
                required: true,
                type: () => Number,
                nullable: true,
                description: "The sheet's row (headers are row 1); null for a problem of the whole list.",
              },
              name: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'The name on that row, so the teacher finds the student; null for the whole list or a row without a name.',
              },
              column: { required: true, enum: ['name', 'phone', 'role', 'students', 'idNumber', 'teachers'] },
              code: {
                required: true,
                type: () => String,
                description: 'e.g. `ID_NUMBER_MANGLED`, `TOO_MANY_STUDENTS`.',
              },
              problem: { required: true, type: () => String, description: 'For developers and logs: stable English.' },
              messages: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].BilingualText,
                description: 'For the teacher, next to the row.',
              },
            },
            NameListReport: {
              dryRun: {
                required: true,
                type: () => Boolean,
                description: 'True when the list was only checked, not saved.',
              },
              rows: { required: true, type: () => Number, description: 'Rows below the headers.' },
              students: { required: true, type: () => Number },
              teachers: { required: true, type: () => Number },
              errors: {
                required: true,
                type: () => [t['../../../../libs/booking/src/groups/group.views'].NameListProblem],
                description: 'Empty in a 200 answer.',
              },
            },
            AgreementTermView: {
              key: { required: true, type: () => String, description: 'e.g. `2026-autumn`' },
              label: { required: true, type: () => String },
              from: { required: true, type: () => String },
              to: { required: true, type: () => String },
              used: { required: true, type: () => Number },
            },
            AgreementUsageView: {
              used: {
                required: true,
                type: () => Number,
                description: 'Approved visits under the agreement (whether or not they have happened yet).',
              },
              pending: {
                required: true,
                type: () => Number,
                description: 'Requests and proposals under it still waiting for an answer.',
              },
              remaining: { required: true, type: () => Number },
              terms: {
                required: true,
                type: () => [t['../../../../libs/booking/src/groups/group.views'].AgreementTermView],
              },
            },
            AgreementView: {
              id: { required: true, type: () => String },
              status: { required: true, enum: ['active', 'proposed', 'ended'] },
              venue: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].GroupVenueView,
              },
              school: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].GroupSchoolView,
              },
              startsOn: { required: true, type: () => String },
              endsOn: { required: true, type: () => String },
              visitQuota: { required: true, type: () => Number },
              note: { required: true, type: () => String, nullable: true },
              signedAt: { required: true, type: () => Date, nullable: true },
              usage: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].AgreementUsageView,
              },
              createdAt: { required: true, type: () => Date },
            },
            AgreementPage: {},
            GroupFeedbackEntryView: {
              visitId: { required: true, type: () => String },
              school: { required: true, type: () => String, description: "The school's name." },
              className: { required: true, type: () => String, nullable: true },
              rating: { required: true, type: () => Number },
              comment: { required: true, type: () => String, nullable: true },
              at: { required: true, type: () => Date },
            },
            RatingCountsView: {
              '1': { required: true, type: () => Number },
              '2': { required: true, type: () => Number },
              '3': { required: true, type: () => Number },
              '4': { required: true, type: () => Number },
              '5': { required: true, type: () => Number },
            },
            GroupFeedbackSummaryView: {
              resourceId: { required: true, type: () => String },
              count: { required: true, type: () => Number },
              average: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'To two decimals; null before the first rating.',
              },
              byRating: {
                required: true,
                type: () => t['../../../../libs/booking/src/groups/group.views'].RatingCountsView,
                description: 'How many gave each score, 1 to 5.',
              },
              recent: {
                required: true,
                type: () => [t['../../../../libs/booking/src/groups/group.views'].GroupFeedbackEntryView],
                description: 'The latest 20 ratings, newest first.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/refusal.views')),
          {
            CheckInOpensAt: {
              opensAt: {
                required: true,
                type: () => String,
                description:
                  "When the gate starts admitting this booking (its slot's start less the early-entry minutes).",
              },
            },
            BookedForAnotherDay: {
              visitDate: { required: true, type: () => String, description: 'The day the booking is for.' },
            },
            BookingClosedAt: {
              closedAt: { required: true, type: () => String, description: 'When booking this slot closed.' },
            },
            CancellationDeadline: {
              deadline: {
                required: true,
                type: () => String,
                description: 'The last moment the booking could be cancelled.',
              },
            },
            RescheduleDeadline: {
              deadline: {
                required: true,
                type: () => String,
                description: 'The last moment the booking could change its time.',
              },
            },
            RescheduleLimit: {
              limit: { required: true, type: () => Number, description: 'How often one booking may change its time.' },
            },
            LeaderRefusal: {
              reason: {
                required: true,
                description:
                  'Not a teacher of this school, an account suspended, or one that has not proved its phone or e-mail.',
                enum: ['suspended', 'not_a_teacher_here', 'not_verified'],
              },
            },
            OpenGroupVisits: {
              count: {
                required: true,
                type: () => Number,
                description: 'The group visits this account leads or requested that have not happened yet.',
              },
            },
            PlacesLeft: {
              remaining: { required: true, type: () => Number, description: 'Places the slot still has.' },
            },
            WalkInsSoFar: {
              walkIns: { required: true, type: () => Number, description: 'Walk-ins recorded for the slot so far.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/bookings/bookings.dto')),
          {
            VisitorDto: {
              name: { required: true, type: () => String },
              idNumber: {
                required: false,
                type: () => String,
                description:
                  'Mainland resident ID (18 characters): the same as `documentNumber` with `documentType` id_card.\nA document is required for adults in real-name mode; its rules are checked in the service.',
                minLength: 1,
                maxLength: 32,
              },
              documentType: {
                required: false,
                enum: [
                  'id_card',
                  'passport',
                  'hk_macao_permit',
                  'taiwan_permit',
                  'residence_permit',
                  'foreign_permanent_resident',
                ],
              },
              documentNumber: {
                required: false,
                type: () => String,
                description:
                  "The document's number, checked by the rules of its kind (GB 11643 check characters where it has one).",
                minLength: 1,
                maxLength: 32,
              },
              documentCountry: {
                required: false,
                type: () => String,
                description: 'ISO 3166-1 alpha-3 code of the country that issued a passport; required with one.',
                maxLength: 3,
                pattern: '^[A-Za-z]{3}$',
              },
              category: { required: true, enum: ['child', 'adult', 'senior'] },
              savedVisitorId: {
                required: false,
                type: () => String,
                description:
                  "One of the account's saved visitors (GET /saved-visitors): the booking takes their name and\ndocument as kept, so the form needs no number; give no document with it.",
                format: 'uuid',
              },
            },
            SavedVisitorDto: {},
            CreateBookingDto: {
              slotId: { required: true, type: () => String, format: 'uuid' },
              visitors: {
                required: true,
                type: () => [t['../../../../libs/booking/src/bookings/bookings.dto'].VisitorDto],
                minItems: 1,
                maxItems: 50,
              },
              contactPhone: {
                required: false,
                type: () => String,
                description:
                  "Mainland mobile number; by default the account's own, once verified, else the one the account's\nlatest booking gave (GET /bookings/mine/contact-phone), proven then or not. Required with contactPhoneCode.",
                format: 'mobile-phone',
              },
              contactPhoneCode: {
                required: false,
                type: () => String,
                description:
                  'The code POST /auth/codes sent to contactPhone: proves the number, so booking news may be texted to it.',
                maxLength: 6,
                pattern: '^\\d{6}$',
              },
              channel: {
                required: false,
                description:
                  "`online` (default): the caller books for their own party. `counter` or `phone`: a venue's\noperator books for someone at the counter or on the phone, who needs no account; the contact\nphone is then optional and needs no code (its holder gave it to the venue).",
                enum: ['phone', 'counter', 'online'],
              },
              waitlist: {
                required: false,
                type: () => Boolean,
                description: 'Join the waitlist when the slot is full, instead of being told SLOT_FULL.',
              },
            },
            CancelBookingDto: {
              reason: {
                required: false,
                type: () => String,
                description:
                  "Why the venue cancels, told to the visitor (for example \u5E94\u6E38\u5BA2\u6765\u7535\u8981\u6C42); a visitor's own cancellation needs none.",
                minLength: 1,
                maxLength: 200,
                pattern: '^[^\\p{C}]+$',
              },
            },
            RescheduleBookingDto: {
              slotId: {
                required: true,
                type: () => String,
                description:
                  "The new slot: one of the booking's offering, open for booking, with room for the whole party.",
                format: 'uuid',
              },
            },
            CheckInDto: {
              code: {
                required: true,
                type: () => String,
                description: 'The booking code as shown or scanned; spaces, hyphens and lower case are fine.',
                minLength: 10,
                maxLength: 16,
              },
              headcount: {
                required: false,
                type: () => Number,
                description: 'For a school group: how many of the group came (default: all of it).',
                minimum: 1,
                maximum: 2500,
              },
              deviceId: {
                required: false,
                type: () => String,
                description:
                  "The check-in page's id for this device (random, kept on the device). A check-in sent again\nfrom the device that made it is a repeat: answered with the booking, changing nothing.",
                maxLength: 64,
                pattern: '^[A-Za-z0-9_-]{8,64}$',
              },
              checkedInAt: {
                required: false,
                type: () => String,
                description:
                  'When a check-in made without a network happened, sent when the network is back (ISO 8601 with\nits offset). It must fall in the slot\'s check-in hours and not in the future; a booking another\ndevice checked in meanwhile answers CHECKED_IN_ON_ANOTHER_DEVICE (docs/booking-rules.md, "Offline check-in").',
                maxLength: 40,
                pattern: '(Z|[+-]\\d{2}:\\d{2})$',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/bookings/booking.views')),
          {
            BookingVenueView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For English readers; null when the venue gives none.',
              },
            },
            BookingOfferingView: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
              kind: { required: true, enum: ['general_admission', 'guided_tour', 'course', 'event', 'lab_open_day'] },
            },
            BookingVisitorView: {
              name: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null once erased, after the purge.',
              },
              category: { required: true, enum: ['child', 'adult', 'senior'] },
              idNumber: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "The number of the visitor's document, masked (`4403**********123X`, `E1*****78`); null when none was given or after the purge.",
              },
              documentType: {
                required: true,
                nullable: true,
                enum: [
                  'id_card',
                  'passport',
                  'hk_macao_permit',
                  'taiwan_permit',
                  'residence_permit',
                  'foreign_permanent_resident',
                ],
              },
              documentCountry: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'ISO 3166-1 alpha-3: the country that issued a passport, the nationality on a permanent resident card.',
              },
            },
            BookingView: {
              id: { required: true, type: () => String },
              code: {
                required: true,
                type: () => String,
                description: 'What the visitor shows at the entrance (10 characters).',
              },
              status: {
                required: true,
                enum: ['expired', 'cancelled', 'confirmed', 'waitlisted', 'checked_in', 'no_show'],
              },
              kind: {
                required: true,
                description: "A family's booking, or a school group's (managed through its group visit).",
                enum: ['group', 'individual'],
              },
              channel: {
                required: true,
                description: 'Booked by the visitor online, or for them by the venue at the counter or on the phone.',
                enum: ['phone', 'counter', 'online'],
              },
              slotId: { required: true, type: () => String },
              start: { required: true, type: () => String },
              end: { required: true, type: () => String },
              visitDate: { required: true, type: () => String },
              venue: {
                required: true,
                type: () => t['../../../../libs/booking/src/bookings/booking.views'].BookingVenueView,
              },
              offering: {
                required: true,
                type: () => t['../../../../libs/booking/src/bookings/booking.views'].BookingOfferingView,
              },
              partySize: { required: true, type: () => Number },
              visitors: {
                required: true,
                type: () => [t['../../../../libs/booking/src/bookings/booking.views'].BookingVisitorView],
                description: 'The party, in the order it was booked.',
              },
              contactPhone: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Masked; null after the purge.',
              },
              contactPhoneVerified: {
                required: true,
                type: () => Boolean,
                description:
                  "Proven by a code or the account's own verified phone: booking news is texted only to such a number.",
              },
              cancellableUntil: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Until when the visitor may cancel; null when it can no longer be cancelled.',
              },
              reschedulableUntil: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'Until when the booking may move to another time of its offering (POST /bookings/{id}/reschedule);\nnull when it cannot: not a confirmed family booking, no changes left, or too late.',
              },
              reschedulesLeft: {
                required: true,
                type: () => Number,
                description:
                  'How many more times it may change its time (of MAX_RESCHEDULES, 2): shown before the limit is reached.',
              },
              waitlistPosition: {
                required: false,
                type: () => Number,
                description:
                  '1 for the next in line; only while waitlisted. Nobody behind goes first until booking closes.',
              },
              waitlistPlacesHeld: {
                required: false,
                type: () => Number,
                description:
                  'Places already set aside for this party, first in line, until booking closes; only while waitlisted.',
              },
              createdAt: { required: true, type: () => Date },
              checkedInAt: { required: true, type: () => Date, nullable: true },
              headcount: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'How many came, once checked in.',
              },
              cancelledAt: { required: true, type: () => Date, nullable: true },
              cancelledBy: { required: true, nullable: true, enum: ['visitor', 'venue'] },
            },
            BookingPage: {},
            ArrivalTotalsView: {
              expected: {
                required: true,
                type: () => Number,
                description: 'Holding places: confirmed, checked in or no-show.',
              },
              arrived: { required: true, type: () => Number, description: "Checked in (a group's counted headcount)." },
              waiting: { required: true, type: () => Number, description: 'Confirmed and not yet checked in.' },
              noShow: { required: true, type: () => Number },
              waitlisted: { required: true, type: () => Number },
              walkIns: {
                required: true,
                type: () => Number,
                description:
                  'Admitted without a booking (POST /slots/{id}/walk-ins): part of `booked`, not of `expected`.',
              },
            },
            SlotArrivalsView: {
              slotId: { required: true, type: () => String },
              start: { required: true, type: () => String },
              end: { required: true, type: () => String },
              capacity: { required: true, type: () => Number },
              booked: { required: true, type: () => Number },
              groupCapacity: { required: true, type: () => Number },
              groupBooked: { required: true, type: () => Number },
              totals: {
                required: true,
                type: () => t['../../../../libs/booking/src/bookings/booking.views'].ArrivalTotalsView,
              },
              bookings: {
                required: true,
                type: () => [t['../../../../libs/booking/src/bookings/booking.views'].BookingView],
                description: 'Everyone holding a place or waitlisted, oldest booking first.',
              },
              checkInClashes: {
                required: true,
                type: () => [t['../../../../libs/booking/src/check-in/check-in.views'].CheckInClashesView],
                description:
                  'Bookings checked in on two devices (a code admitted twice while a gate was offline), for the staff to look into.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/saved-visitors/saved-visitors.views')),
          {
            SavedVisitorView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              category: { required: true, enum: ['child', 'adult', 'senior'] },
              documentType: {
                required: true,
                nullable: true,
                enum: [
                  'id_card',
                  'passport',
                  'hk_macao_permit',
                  'taiwan_permit',
                  'residence_permit',
                  'foreign_permanent_resident',
                ],
              },
              documentNumber: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Masked (`4403**********123X`); null when none was kept.',
              },
              documentCountry: { required: true, type: () => String, nullable: true },
              birthDate: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'From the document, where it carries one (`YYYY-MM-DD`): the booking form works out the category by it.',
              },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/check-in/check-in.dto')),
          {
            CheckInPackQueryDto: { date: { required: false, type: () => String } },
            GateLookupQueryDto: {
              q: {
                required: true,
                type: () => String,
                description: "The contact phone's last four or more digits, or a visitor's whole document number.",
                minLength: 4,
                maxLength: 40,
                pattern: '^[0-9A-Za-z]+$',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/desk/walk-ins.dto')),
          {
            WalkInsDto: { count: { required: true, type: () => Number, minimum: -500, maximum: 500 } },
            WalkInsView: {
              slotId: { required: true, type: () => String },
              walkIns: {
                required: true,
                type: () => Number,
                description: 'Everyone admitted to the slot without a booking so far.',
              },
              capacity: { required: true, type: () => Number },
              booked: { required: true, type: () => Number, description: 'Places taken: bookings and walk-ins.' },
              remaining: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/desk/booking-desk.dto')),
          {
            VenueBookingsQueryDto: {
              from: { required: false, type: () => String },
              to: { required: false, type: () => String },
              q: {
                required: false,
                type: () => String,
                description:
                  "A booking code (hyphens and case ignored), part of a visitor's name, the last four or more\ndigits of the contact phone, or a visitor's whole document number.",
                minLength: 1,
                maxLength: 40,
                pattern: '^[^\\p{C}]+$',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/check-in/gate.views')),
          {
            CheckedInView: {
              names: {
                required: true,
                type: () => [String],
                description: "The visitors' names, masked (`\u5F20*`, `J*** D**`); a school group's list is left out.",
              },
              categories: {
                required: true,
                type: () => t['../../../../libs/booking/src/check-in/check-in.views'].PackCategoriesView,
              },
            },
            GateBookingView: {
              code: { required: true, type: () => String, description: 'What the gate checks in.' },
              status: {
                required: true,
                enum: ['expired', 'cancelled', 'confirmed', 'waitlisted', 'checked_in', 'no_show'],
              },
              kind: { required: true, enum: ['group', 'individual'] },
              offeringTitle: { required: true, type: () => String },
              start: { required: true, type: () => String },
              end: { required: true, type: () => String },
              partySize: { required: true, type: () => Number },
              names: {
                required: true,
                type: () => [String],
                description: "The visitors' names, masked; a school group's list is left out.",
              },
              categories: {
                required: true,
                type: () => t['../../../../libs/booking/src/check-in/check-in.views'].PackCategoriesView,
              },
              contactPhone: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Masked (`138****8000`); null after the purge.',
              },
              checkedInAt: { required: true, type: () => Date, nullable: true },
            },
            GateLookupView: {
              items: {
                required: true,
                type: () => [t['../../../../libs/booking/src/check-in/gate.views'].GateBookingView],
              },
              more: {
                required: true,
                type: () => Boolean,
                description: 'More matched than are listed: the number was too short to single one out.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/groups/group-visits.dto')),
          {
            GroupVisitPartDto: {
              students: { required: true, type: () => Number, minimum: 1, maximum: 2000 },
              teachers: { required: true, type: () => Number, minimum: 1, maximum: 500 },
              slotId: { required: true, type: () => String, format: 'uuid' },
            },
            GroupVisitRequestDto: {
              offeringId: { required: true, type: () => String, format: 'uuid' },
              preferredSlotIds: {
                required: false,
                type: () => [String],
                uniqueItems: true,
                format: 'uuid',
                minItems: 1,
                maxItems: 3,
              },
              parts: {
                required: false,
                type: () => [t['../../../../libs/booking/src/groups/group-visits.dto'].GroupVisitPartDto],
                minItems: 2,
              },
              schoolId: {
                required: false,
                type: () => String,
                description: 'Needed only by a teacher of more than one school.',
                format: 'uuid',
              },
              students: { required: true, type: () => Number, minimum: 1, maximum: 2000 },
              teachers: { required: true, type: () => Number, minimum: 1, maximum: 500 },
              gradeBand: {
                required: true,
                enum: ['preschool', 'primary_lower', 'primary_upper', 'junior_high', 'senior_high', 'vocational'],
              },
              className: { required: false, type: () => String, minLength: 1, maxLength: 50 },
              topic: { required: true, type: () => String, minLength: 1, maxLength: 200 },
              needs: { required: false, type: () => String, maxLength: 500 },
              leaderName: { required: true, type: () => String },
              leaderPhone: { required: true, type: () => String, format: 'mobile-phone' },
            },
            GroupVisitDecisionDto: {
              decision: { required: true, enum: ['approve', 'reject', 'propose'] },
              slotId: { required: false, type: () => String, format: 'uuid' },
              reason: { required: false, type: () => String },
            },
            GroupVisitResponseDto: {
              decision: { required: true, enum: ['accept', 'decline'] },
              reason: { required: false, type: () => String },
            },
            GroupVisitCancelDto: { reason: { required: false, type: () => String } },
            GroupVisitHandOverDto: {
              accountId: { required: true, type: () => String, format: 'uuid' },
              leaderName: { required: false, type: () => String },
              leaderPhone: { required: false, type: () => String, format: 'mobile-phone' },
            },
            GroupFeedbackDto: {
              rating: { required: true, type: () => Number, minimum: 1, maximum: 5 },
              comment: { required: false, type: () => String, maxLength: 1000 },
            },
            GroupVisitListDto: {
              status: {
                required: false,
                type: () => [Object],
                enum: ['declined', 'expired', 'rejected', 'approved', 'cancelled', 'requested', 'proposed'],
                isArray: true,
              },
              resourceId: { required: false, type: () => String, format: 'uuid' },
              schoolId: { required: false, type: () => String, format: 'uuid' },
              from: { required: false, type: () => String },
              to: { required: false, type: () => String },
            },
            NameListQueryDto: { dryRun: { required: false, type: () => Boolean } },
            NameListTemplateDto: { format: { required: true, default: 'xlsx', enum: ['csv', 'xlsx'] } },
            AgreementDto: {
              resourceId: { required: true, type: () => String, format: 'uuid' },
              schoolId: { required: true, type: () => String, format: 'uuid' },
              startsOn: { required: true, type: () => String },
              endsOn: { required: true, type: () => String },
              visitQuota: { required: true, type: () => Number, minimum: 1, maximum: 1000 },
              note: { required: false, type: () => String, maxLength: 500 },
            },
            AgreementListDto: {
              resourceId: { required: false, type: () => String, format: 'uuid' },
              schoolId: { required: false, type: () => String, format: 'uuid' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/bookings/own-bookings.dto')),
          {
            HeldDaysQueryDto: {
              resourceId: { required: true, type: () => String, description: 'The venue.', format: 'uuid' },
              from: { required: false, type: () => String },
              to: { required: false, type: () => String },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/bookings/own-bookings.views')),
          {
            HeldDayView: {
              visitDate: { required: true, type: () => String, description: 'The visit day (`YYYY-MM-DD`, Shanghai).' },
              offeringId: { required: true, type: () => String },
              bookingId: { required: true, type: () => String },
              status: {
                required: true,
                description: 'Confirmed, waitlisted or checked in: the bookings that hold the day.',
                enum: ['expired', 'cancelled', 'confirmed', 'waitlisted', 'checked_in', 'no_show'],
              },
            },
            RememberedPhoneView: {
              phone: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Masked (`139****6534`); null when no booking of theirs kept one.',
              },
              proven: {
                required: true,
                type: () => Boolean,
                description: 'Proven by a code then: it is texted again without a new code.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/day/operator-day.dto')),
          {
            OperatorDayQueryDto: {
              resourceId: {
                required: false,
                type: () => String,
                description: "One venue of the caller's; left out: all of them.",
                format: 'uuid',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/day/operator-day.views')),
          {
            DaySlotView: {
              slotId: { required: true, type: () => String },
              offeringTitle: { required: true, type: () => String },
              start: { required: true, type: () => String },
              end: { required: true, type: () => String },
              checkInOpensAt: {
                required: true,
                type: () => String,
                description: "When the gate starts admitting this slot's visitors.",
              },
              capacity: {
                required: true,
                type: () => Number,
                description: "Families' places, and those taken (walk-ins included).",
              },
              booked: { required: true, type: () => Number },
              groupCapacity: {
                required: true,
                type: () => Number,
                description: "School groups' places, and those taken.",
              },
              groupBooked: { required: true, type: () => Number },
              expected: {
                required: true,
                type: () => Number,
                description: 'People holding a booking: confirmed, checked in or no-show.',
              },
              arrived: { required: true, type: () => Number, description: "Checked in (a group's counted headcount)." },
              waiting: { required: true, type: () => Number, description: 'Booked, not yet checked in.' },
              noShow: { required: true, type: () => Number },
              walkIns: { required: true, type: () => Number, description: 'Admitted without a booking.' },
              remaining: { required: true, type: () => Number, description: "Families' places still free." },
            },
            DayTotalsView: {
              slots: { required: true, type: () => Number },
              expected: { required: true, type: () => Number },
              arrived: { required: true, type: () => Number },
              waiting: { required: true, type: () => Number },
              walkIns: { required: true, type: () => Number },
              remaining: { required: true, type: () => Number },
            },
            DayTimeRangeView: {
              open: { required: true, type: () => String, description: '`HH:MM`, Shanghai time.' },
              close: { required: true, type: () => String },
            },
            HolidayHoursView: {
              name: { required: true, type: () => String, description: 'e.g. \u56FD\u5E86\u8282.' },
              from: { required: true, type: () => String },
              to: { required: true, type: () => String },
              openDays: {
                required: true,
                type: () => Number,
                description: 'Holiday days on which the venue opens, of `days`.',
              },
              days: { required: true, type: () => Number },
            },
            VenueHoursView: {
              set: {
                required: true,
                type: () => Boolean,
                description: 'Whether the venue has opening hours at all: without them nothing can be booked.',
              },
              today: {
                required: true,
                type: () => [t['../../../../libs/booking/src/day/operator-day.views'].DayTimeRangeView],
                description: "Today's open ranges; none: closed today.",
              },
              holidays: {
                required: true,
                type: () => [t['../../../../libs/booking/src/day/operator-day.views'].HolidayHoursView],
                description: 'Public holidays in the next 30 days.',
              },
            },
            VenueDayView: {
              venue: {
                required: true,
                type: () => t['../../../../libs/register/src/upkeep/upkeep.views'].VenueStanding,
              },
              slots: {
                required: true,
                type: () => [t['../../../../libs/booking/src/day/operator-day.views'].DaySlotView],
                description: "Today's slots, earliest first; cancelled ones left out.",
              },
              totals: {
                required: true,
                type: () => t['../../../../libs/booking/src/day/operator-day.views'].DayTotalsView,
              },
              groupRequests: {
                required: true,
                type: () => Number,
                description: "School groups' requests waiting for the venue's answer.",
              },
              hours: {
                required: true,
                type: () => t['../../../../libs/booking/src/day/operator-day.views'].VenueHoursView,
              },
            },
            OperatorDayView: {
              date: { required: true, type: () => String, description: 'Today in Shanghai.' },
              generatedAt: { required: true, type: () => String },
              venues: {
                required: true,
                type: () => [t['../../../../libs/booking/src/day/operator-day.views'].VenueDayView],
                description: 'By name.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/menu/menu-item.entity')),
          {
            MenuItem: {
              id: { required: true, type: () => String },
              providerId: { required: true, type: () => String },
              provider: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              title: { required: true, type: () => String },
              summary: { required: true, type: () => String },
              format: {
                required: true,
                enum: ['lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide'],
              },
              themes: { required: true, type: () => [String] },
              audiences: { required: true, type: () => [String] },
              durationMinutes: { required: true, type: () => Number },
              minPeople: { required: true, type: () => Number },
              maxPeople: { required: true, type: () => Number },
              districtCodes: {
                required: true,
                type: () => [String],
                description: 'Districts (region codes) the provider comes to.',
              },
              leadDays: {
                required: true,
                type: () => Number,
                description: 'Days the provider needs between an order and the activity.',
              },
              hostEquipment: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'What the host must provide (a hall, a projector, tables\u2026).',
              },
              feeFen: {
                required: true,
                type: () => Number,
                description: 'Price per activity in fen (0.01 yuan); 0 is free, as most are.',
              },
              status: {
                required: true,
                enum: ['withdrawn', 'draft', 'submitted', 'changes_requested', 'rejected', 'published'],
              },
              publishedContent: {
                required: true,
                type: () => t['../../../../libs/outreach/src/menu/menu-item.entity'].Object,
                nullable: true,
                description: 'The content last approved; null until the first approval.',
              },
              publishedDistrictCodes: {
                required: true,
                type: () => [String],
                description:
                  'The approved content\'s districts, as a column so "who serves this district" is one plain query.',
              },
              submittedAt: { required: true, type: () => Date, nullable: true },
              reviewedBy: { required: true, type: () => String, nullable: true },
              reviewedAt: { required: true, type: () => Date, nullable: true },
              reviewComment: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The reviewer's last comment (why changes are needed, or why it was rejected).",
              },
              ratingCount: { required: true, type: () => Number },
              ratingSum: { required: true, type: () => Number },
              createdBy: { required: true, type: () => String },
              creator: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              isDemo: { required: true, type: () => Boolean },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/orders/order.entity')),
          {
            OutreachOrder: {
              id: { required: true, type: () => String },
              menuItemId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The menu item ordered; null for a free request.',
              },
              menuItem: {
                required: false,
                type: () => t['../../../../libs/outreach/src/menu/menu-item.entity'].MenuItem,
              },
              ordererId: { required: true, type: () => String, description: 'The school or community that ordered.' },
              orderer: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              orderedBy: {
                required: true,
                type: () => String,
                description: 'The teacher or community worker who ordered, and whom its news reaches.',
              },
              orderedByAccount: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              topic: { required: true, type: () => String },
              audience: {
                required: true,
                type: () => String,
                description: "An audience code of the register's vocabulary.",
              },
              headcount: { required: true, type: () => Number },
              address: { required: true, type: () => String },
              latitude: { required: true, type: () => Number },
              longitude: { required: true, type: () => Number },
              regionCode: {
                required: true,
                type: () => String,
                description: 'The district the activity takes place in: its administrators dispatch the order.',
              },
              windowFrom: { required: true, type: () => String },
              windowTo: { required: true, type: () => String },
              notes: { required: true, type: () => String, nullable: true },
              status: {
                required: true,
                enum: ['submitted', 'open', 'scheduled', 'cancelled', 'taken', 'confirmed', 'completed'],
              },
              providerId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The provider holding the order (assigned or claimed).',
              },
              provider: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              dispatchedAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'When the district assigned it or opened it for claims.',
              },
              dispatchedBy: { required: true, type: () => String, nullable: true },
              takenAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'When a provider took it (assigned or claimed): the time to claim is measured to here.',
              },
              escalationLevel: {
                required: true,
                type: () => Number,
                description:
                  '0 none; 1 the district\'s administrators were alerted; 2 the city\'s too (docs/outreach.md, "Escalation").',
              },
              escalatedAt: { required: true, type: () => Date, nullable: true },
              rating: { required: true, type: () => Number, nullable: true },
              ratingComment: { required: true, type: () => String, nullable: true },
              ratedAt: { required: true, type: () => Date, nullable: true },
              cancelReason: { required: true, type: () => String, nullable: true },
              cancelledAt: { required: true, type: () => Date, nullable: true },
              isDemo: { required: true, type: () => Boolean },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            OrderDecline: {
              orderId: { required: true, type: () => String },
              order: {
                required: false,
                type: () => t['../../../../libs/outreach/src/orders/order.entity'].OutreachOrder,
              },
              providerId: { required: true, type: () => String },
              provider: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              reason: { required: true, type: () => String },
              declinedBy: { required: true, type: () => String },
              declinedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/activities/activity.entity')),
          {
            Activity: {
              id: { required: true, type: () => String },
              orderId: { required: true, type: () => String },
              order: {
                required: false,
                type: () => t['../../../../libs/outreach/src/orders/order.entity'].OutreachOrder,
              },
              providerId: { required: true, type: () => String },
              provider: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              startsAt: { required: true, type: () => Date },
              endsAt: { required: true, type: () => Date },
              leadId: {
                required: true,
                type: () => String,
                description: "The provider's operator or volunteer who leads it and shows volunteers the sign-in code.",
              },
              lead: { required: false, type: () => t['../../../../libs/identity/src/entities/account.entity'].Account },
              signCode: {
                required: true,
                type: () => String,
                description: 'Six digits shown to the lead; volunteers type it to sign in and out.',
              },
              peopleReached: { required: true, type: () => Number, nullable: true },
              completedAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
            ActivityVolunteer: {
              activityId: { required: true, type: () => String },
              activity: {
                required: false,
                type: () => t['../../../../libs/outreach/src/activities/activity.entity'].Activity,
              },
              accountId: { required: true, type: () => String },
              account: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              teamId: {
                required: true,
                type: () => String,
                description: 'The team (organisation) the volunteer came with.',
              },
              team: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              joinedAt: { required: true, type: () => Date },
              signedInAt: { required: true, type: () => Date, nullable: true },
              signedOutAt: { required: true, type: () => Date, nullable: true },
              creditedMinutes: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Set at sign-out: the minutes credited (0 when under 60 % of the scheduled duration).',
              },
            },
            ManualHours: {
              id: { required: true, type: () => String },
              accountId: { required: true, type: () => String },
              account: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              teamId: { required: true, type: () => String },
              team: {
                required: false,
                type: () => t['../../../../libs/register/src/organisations/organisation.entity'].Organisation,
              },
              activityId: { required: true, type: () => String, nullable: true },
              activity: {
                required: false,
                type: () => t['../../../../libs/outreach/src/activities/activity.entity'].Activity,
              },
              minutes: { required: true, type: () => Number },
              reason: { required: true, type: () => String },
              addedBy: { required: true, type: () => String },
              addedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/directory/expert.entity')),
          {
            Expert: {
              id: { required: true, type: () => String },
              accountId: { required: true, type: () => String },
              account: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              name: { required: true, type: () => String },
              title: {
                required: true,
                type: () => String,
                description: '\u804C\u79F0, e.g. \u7814\u7A76\u5458, \u6559\u6388, \u9AD8\u7EA7\u5DE5\u7A0B\u5E08.',
              },
              organisationName: { required: true, type: () => String },
              fields: {
                required: true,
                type: () => [String],
                description: "Theme codes of the register's vocabulary.",
              },
              regionCode: {
                required: true,
                type: () => String,
                description: 'Home district: its administrators review the application.',
              },
              districtCodes: {
                required: true,
                type: () => [String],
                description: 'Districts the expert is willing to go to.',
              },
              languages: {
                required: true,
                type: () => [String],
                description: 'Languages the expert speaks for an audience, e.g. `zh`, `en`, `yue` (Cantonese).',
              },
              profile: { required: true, type: () => String },
              publicProfile: {
                required: true,
                type: () => Boolean,
                description:
                  'Only with consent: name, title, organisation, fields, districts and profile are shown to the public.',
              },
              consentedAt: { required: true, type: () => Date, nullable: true },
              status: { required: true, enum: ['withdrawn', 'submitted', 'rejected', 'approved'] },
              reviewedBy: { required: true, type: () => String, nullable: true },
              reviewedAt: { required: true, type: () => Date, nullable: true },
              reviewComment: { required: true, type: () => String, nullable: true },
              isDemo: { required: true, type: () => Boolean },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/directory/volunteer-profile.entity')),
          {
            VolunteerProfile: {
              accountId: { required: true, type: () => String },
              account: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              realName: {
                required: true,
                type: () => String,
                description: "As on the volunteer's ID: printed on the certificate of hours.",
              },
              skills: { required: true, type: () => [String] },
              districtCodes: { required: true, type: () => [String] },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/outreach-refusals.views')),
          {
            EarliestDay: {
              earliest: {
                required: true,
                type: () => String,
                description: "The first day the provider's lead time allows: the window of dates must reach it.",
              },
            },
            HeadcountRange: {
              min: { required: true, type: () => Number, description: 'The fewest people the activity takes.' },
              max: { required: true, type: () => Number, description: 'The most people the activity takes.' },
            },
            OrderState: {
              status: {
                required: true,
                description: "The order's status now.",
                enum: ['submitted', 'open', 'scheduled', 'cancelled', 'taken', 'confirmed', 'completed'],
              },
            },
            OrderWindow: {
              windowFrom: { required: true, type: () => String, description: 'The first day the order allows.' },
              windowTo: { required: true, type: () => String, description: 'The last day the order allows.' },
            },
            ActivityEnd: {
              endsAt: {
                required: true,
                type: () => String,
                description: 'When the activity is scheduled to end: completing it is possible from then on.',
              },
            },
            SignInHours: {
              opensAt: { required: true, type: () => String, description: '60 minutes before the activity starts.' },
              closesAt: { required: true, type: () => String, description: '120 minutes after the activity ends.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/search/src/search.dto')),
          {
            SearchFiltersDto: {
              q: { required: false, type: () => String },
              district: { required: false, type: () => String, pattern: '^[0-9]{6}(-[A-Z]{2,8})?$' },
              type: { required: false, type: () => String },
              theme: { required: false, type: () => String },
              audience: { required: false, type: () => String },
              accessibility: { required: false, type: () => String },
              accreditation: { required: false, type: () => String },
              free: { required: false, type: () => Boolean },
              bookable: { required: false, type: () => Boolean },
              openToday: { required: false, type: () => Boolean },
              concession: {
                required: false,
                type: () => [Object],
                enum: ['senior_free', 'disabled_free', 'student_half'],
                isArray: true,
              },
              asTyped: { required: false, type: () => Boolean },
              lat: { required: false, type: () => Number, minimum: -90, maximum: 90 },
              lng: { required: false, type: () => Number, minimum: -180, maximum: 180 },
              radiusKm: { required: false, type: () => Number, minimum: 0.1, maximum: 500 },
              bbox: { required: false, type: () => String, maxLength: 100 },
            },
            SearchQueryDto: {
              sort: { required: true, default: 'relevance', enum: ['name', 'distance', 'relevance'] },
              city: { required: false, type: () => String, pattern: '^[0-9]{6}$' },
            },
            SuggestQueryDto: { q: { required: true, type: () => String, maxLength: 200 } },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/search/src/search.views')),
          {
            SearchLocation: {
              lat: { required: true, type: () => Number },
              lng: { required: true, type: () => Number },
            },
            SearchHighlight: {
              name: { required: false, type: () => String },
              description: {
                required: false,
                type: () => String,
                description: 'A crop of about 40 words around the matches.',
              },
            },
            SearchHit: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For English readers; null when the resource gives none.',
              },
              type: {
                required: true,
                type: () => String,
                description: 'The resource type code (vocabulary `resourceTypes`).',
              },
              district: { required: true, type: () => String, description: 'The region code of its district.' },
              location: { required: true, type: () => t['../../../../libs/search/src/search.views'].SearchLocation },
              distanceKm: {
                required: false,
                type: () => Number,
                description: 'From lat and lng, to 10 m: only when the query gives a point.',
              },
              highlight: {
                required: false,
                type: () => t['../../../../libs/search/src/search.views'].SearchHighlight,
                description: 'Only when the query has text (`q`).',
              },
            },
            DegradedSearchHit: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For English readers; null when the resource gives none.',
              },
              type: {
                required: true,
                type: () => String,
                description: 'The resource type code (vocabulary `resourceTypes`).',
              },
              district: { required: true, type: () => String, description: 'The region code of its district.' },
              location: { required: true, type: () => t['../../../../libs/search/src/search.views'].SearchLocation },
              distanceKm: {
                required: false,
                type: () => Number,
                description: 'From lat and lng, to 10 m: only when the query gives a point.',
              },
            },
            SearchFacets: {
              district: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              type: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              theme: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              audience: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              free: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              accessibility: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              accreditationLevel: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              openToday: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              concession: { required: true, type: 'object', additionalProperties: { type: 'number' } },
            },
            SearchUnderstood: {
              district: { required: false, type: () => String, description: 'The region code its district name gave.' },
              type: {
                required: false,
                type: () => String,
                description: 'The resource type code its category word gave.',
              },
            },
            SearchCategoryShortcut: {
              type: {
                required: true,
                type: () => String,
                description:
                  'The resource type code (vocabulary `resourceTypes`): search again with `type` set to it and no `q`.',
              },
              count: { required: true, type: () => Number },
            },
            SearchSuggestions: {
              didYouMean: {
                required: false,
                type: () => String,
                description:
                  "A query that finds something, close to what was typed: a kind of venue or district whose name\nor pinyin is a typo or homophone away (\u5929\u6587\u5B98, tianwenguna \u2192 \u5929\u6587\u9986), or the venue a Chinese\nquery's pinyin finds. Search again with it as `q`.",
              },
              region: {
                required: false,
                type: () => String,
                description:
                  "The region code the shortcuts were counted in: the request's `district`, else its `city`; absent for everywhere.",
              },
              categories: {
                required: true,
                type: () => [t['../../../../libs/search/src/search.views'].SearchCategoryShortcut],
                description:
                  'The kinds of venue in that region, most first (the type facet without `q` or other filters).',
              },
            },
            SearchResult: {
              hits: { required: true, type: () => [t['../../../../libs/search/src/search.views'].SearchHit] },
              total: { required: true, type: () => Number },
              facets: { required: true, type: () => t['../../../../libs/search/src/search.views'].SearchFacets },
              page: { required: true, type: () => Number },
              pageSize: { required: true, type: () => Number },
              degraded: { required: true, type: () => Boolean },
              understood: {
                required: false,
                type: () => t['../../../../libs/search/src/search.views'].SearchUnderstood,
                description: 'Only when `q` was read as filters; `asTyped=true` searches the words instead.',
              },
              suggestions: {
                required: false,
                type: () => t['../../../../libs/search/src/search.views'].SearchSuggestions,
                description: 'Only when `q` found nothing.',
              },
            },
            DegradedSearchResult: {
              hits: { required: true, type: () => [t['../../../../libs/search/src/search.views'].DegradedSearchHit] },
              total: { required: true, type: () => Number },
              facets: { required: true, type: () => t['../../../../libs/search/src/search.views'].SearchFacets },
              page: { required: true, type: () => Number },
              pageSize: { required: true, type: () => Number },
              degraded: { required: true, type: () => Boolean },
              understood: {
                required: false,
                type: () => t['../../../../libs/search/src/search.views'].SearchUnderstood,
                description: 'Only when `q` was read as filters; `asTyped=true` searches the words instead.',
              },
              suggestions: {
                required: false,
                type: () => t['../../../../libs/search/src/search.views'].SearchSuggestions,
                description: 'Only when `q` found nothing.',
              },
            },
            SearchSuggestion: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
            },
            MapPointGeometry: { type: { required: true, type: () => String }, coordinates: { required: true } },
            MapFeatureProperties: {
              name: { required: true, type: () => String },
              type: { required: true, type: () => String, description: 'The resource type code.' },
              district: { required: true, type: () => String, description: 'The region code of its district.' },
              free: {
                required: true,
                type: () => Boolean,
                nullable: true,
                description: 'Null when the price is not known.',
              },
              bookable: { required: true, type: () => Boolean, description: 'Has a bookable offering.' },
            },
            MapFeature: {
              type: { required: true, type: () => String },
              id: { required: true, type: () => String, description: 'The resource id.' },
              geometry: { required: true, type: () => t['../../../../libs/search/src/search.views'].MapPointGeometry },
              properties: {
                required: true,
                type: () => t['../../../../libs/search/src/search.views'].MapFeatureProperties,
              },
            },
            MapFeatures: {
              type: { required: true, type: () => String },
              features: {
                required: true,
                type: () => [t['../../../../libs/search/src/search.views'].MapFeature],
                description: "At most 20,000 (the service's MAP_FEATURES_LIMIT).",
              },
              truncated: {
                required: true,
                type: () => Boolean,
                description: 'More resources matched than the map is sent: narrow the filters or the box.',
              },
              understood: {
                required: false,
                type: () => t['../../../../libs/search/src/search.views'].SearchUnderstood,
                description: "Only when `q` was read as filters, as in search's answer.",
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/menu/menu.dto')),
          {
            MenuItemContentDto: {
              title: { required: true, type: () => String, minLength: 1, maxLength: 60 },
              summary: { required: true, type: () => String, minLength: 1, maxLength: 1000 },
              format: {
                required: true,
                enum: ['lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide'],
              },
              themes: { required: true, type: () => [String], uniqueItems: true, minItems: 1 },
              audiences: { required: true, type: () => [String], uniqueItems: true, minItems: 1 },
              durationMinutes: { required: true, type: () => Number, minimum: 15, maximum: 1440 },
              minPeople: { required: true, type: () => Number, minimum: 1, maximum: 5000 },
              maxPeople: { required: true, type: () => Number, minimum: 1, maximum: 5000 },
              districtCodes: {
                required: true,
                type: () => [String],
                maxLength: 16,
                uniqueItems: true,
                minItems: 1,
                maxItems: 50,
              },
              leadDays: { required: true, type: () => Number, minimum: 0, maximum: 180 },
              hostEquipment: { required: false, type: () => String, maxLength: 500 },
              feeFen: { required: false, type: () => Number, minimum: 0, maximum: 10000000 },
            },
            MenuItemCreateDto: { providerId: { required: false, type: () => String, format: 'uuid' } },
            MenuListDto: {
              district: { required: false, type: () => String, maxLength: 16 },
              format: {
                required: false,
                enum: ['lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide'],
              },
              theme: { required: false, type: () => String },
              audience: { required: false, type: () => String },
              providerId: { required: false, type: () => String, format: 'uuid' },
              free: { required: false, type: () => Boolean },
              q: { required: false, type: () => String, minLength: 1, maxLength: 50 },
            },
            MenuMineDto: { providerId: { required: false, type: () => String, format: 'uuid' } },
            MenuReviewDto: {
              decision: { required: true, enum: ['approve', 'reject', 'request_changes'] },
              comment: { required: false, type: () => String, maxLength: 500 },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/menu/menu.views')),
          {
            MenuItemContentView: {
              title: { required: true, type: () => String },
              summary: { required: true, type: () => String },
              format: {
                required: true,
                enum: ['lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide'],
              },
              themes: { required: true, type: () => [String], description: 'Theme codes (GET /vocabularies).' },
              audiences: { required: true, type: () => [String], description: 'Audience codes (GET /vocabularies).' },
              durationMinutes: { required: true, type: () => Number },
              minPeople: {
                required: true,
                type: () => Number,
                description: 'The group size the activity takes, from `minPeople` to `maxPeople`.',
              },
              maxPeople: { required: true, type: () => Number },
              districtCodes: {
                required: true,
                type: () => [String],
                description: 'Districts (region codes) the provider comes to.',
              },
              leadDays: {
                required: true,
                type: () => Number,
                description: 'Days the provider needs between an order and the activity.',
              },
              hostEquipment: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'What the host must provide (a hall, a projector\u2026).',
              },
              feeFen: {
                required: true,
                type: () => Number,
                description: 'Price per activity in fen (0.01 yuan); 0 is free.',
              },
            },
            MenuProviderLocationView: {
              latitude: { required: true, type: () => Number, description: 'WGS-84.' },
              longitude: { required: true, type: () => Number },
              resourceName: { required: true, type: () => String, description: "The venue's name." },
            },
            MenuProviderView: {
              id: { required: true, type: () => String },
              name: {
                required: true,
                type: () => String,
                description: "The organisation's public name (the verified one while a new name awaits verification).",
              },
              location: {
                required: true,
                type: () => Object,
                description: 'Its published venue; null when it has none (a volunteer team, an NGO without a venue).',
              },
            },
            MenuRatingView: {
              average: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Average score (1\u20135, one decimal); null before the first rating.',
              },
              count: { required: true, type: () => Number },
            },
            MenuItemView: {
              id: { required: true, type: () => String },
              provider: {
                required: true,
                type: () => t['../../../../libs/outreach/src/menu/menu.views'].MenuProviderView,
              },
              rating: { required: true, type: () => t['../../../../libs/outreach/src/menu/menu.views'].MenuRatingView },
            },
            MenuItemPrivateView: {
              status: {
                required: true,
                enum: ['withdrawn', 'draft', 'submitted', 'changes_requested', 'rejected', 'published'],
              },
              reviewComment: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The reviewer's last comment: why changes are needed, or why it was rejected.",
              },
              submittedAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'When the content was last sent for review.',
              },
              reviewedAt: { required: true, type: () => String, nullable: true },
              publishedContent: {
                required: true,
                type: () => Object,
                description: 'What the public sees: the content last approved; null until the first approval.',
              },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
            },
            MenuItemPage: {},
            MenuItemPrivatePage: {},
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/orders/orders.dto')),
          {
            OrderCreateDto: {
              ordererId: {
                required: false,
                type: () => String,
                description: 'The school or community ordering; needed only by someone who orders for more than one.',
                format: 'uuid',
              },
              menuItemId: {
                required: false,
                type: () => String,
                description: 'The published menu item ordered; leave it out for a free request.',
                format: 'uuid',
              },
              topic: { required: false, type: () => String, minLength: 1, maxLength: 100 },
              audience: { required: true, type: () => String },
              headcount: { required: true, type: () => Number, minimum: 1, maximum: 5000 },
              address: { required: true, type: () => String, minLength: 1, maxLength: 200 },
              latitude: { required: true, type: () => Number, minimum: -90, maximum: 90 },
              longitude: { required: true, type: () => Number, minimum: -180, maximum: 180 },
              regionCode: { required: true, type: () => String, maxLength: 16 },
              windowFrom: { required: true, type: () => String },
              windowTo: { required: true, type: () => String },
              notes: { required: false, type: () => String, maxLength: 1000 },
            },
            OrderListDto: {
              view: { required: false, enum: ['district', 'mine', 'open', 'provider'] },
              status: {
                required: false,
                type: () => [Object],
                enum: ['submitted', 'open', 'scheduled', 'cancelled', 'taken', 'confirmed', 'completed'],
                isArray: true,
              },
              providerId: {
                required: false,
                type: () => String,
                description: 'Only the orders this provider holds.',
                format: 'uuid',
              },
            },
            OrderAssignDto: { providerId: { required: true, type: () => String, format: 'uuid' } },
            OrderClaimDto: {
              providerId: {
                required: false,
                type: () => String,
                description: 'The organisation claiming; needed only by an operator of more than one.',
                format: 'uuid',
              },
            },
            OrderReasonDto: { reason: { required: true, type: () => String } },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/orders/orders.views')),
          {
            OrderPartyView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
            },
            OrderMenuItemView: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
              format: {
                required: true,
                enum: ['lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide'],
              },
            },
            OrderDeclineView: {
              provider: {
                required: true,
                type: () => t['../../../../libs/outreach/src/orders/orders.views'].OrderPartyView,
              },
              reason: { required: true, type: () => String },
              at: { required: true, type: () => String },
            },
            OrderRatingView: {
              score: { required: true, type: () => Number, description: '1 to 5.' },
              comment: { required: true, type: () => String, nullable: true },
              at: { required: true, type: () => String },
            },
            OrderActivityView: {
              id: { required: true, type: () => String },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              leadName: {
                required: true,
                type: () => String,
                description: "The provider's operator or volunteer who leads it.",
              },
              peopleReached: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Recorded by the provider at completion.',
              },
              completedAt: { required: true, type: () => String, nullable: true },
            },
            OrderView: {
              id: { required: true, type: () => String },
              status: {
                required: true,
                enum: ['submitted', 'open', 'scheduled', 'cancelled', 'taken', 'confirmed', 'completed'],
              },
              menuItem: {
                required: true,
                type: () => Object,
                description: 'The menu item ordered; null for a free request.',
              },
              orderer: {
                required: true,
                type: () => t['../../../../libs/outreach/src/orders/orders.views'].OrderPartyView,
                description: 'The school or community that ordered.',
              },
              provider: {
                required: true,
                type: () => Object,
                description: 'The provider holding the order (assigned or claimed); null while nobody does.',
              },
              topic: { required: true, type: () => String },
              audience: {
                required: true,
                type: () => String,
                description: "An audience code of the register's vocabulary.",
              },
              headcount: { required: true, type: () => Number },
              address: { required: true, type: () => String },
              latitude: { required: true, type: () => Number },
              longitude: { required: true, type: () => Number },
              regionCode: {
                required: true,
                type: () => String,
                description: 'The district of the place: its administrators dispatch the order.',
              },
              regionName: { required: true, type: () => String },
              windowFrom: { required: true, type: () => String },
              windowTo: { required: true, type: () => String },
              notes: { required: true, type: () => String, nullable: true },
              dispatchedAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'When the district assigned the order or opened it for claims.',
              },
              takenAt: { required: true, type: () => String, nullable: true, description: 'When a provider took it.' },
              escalationLevel: {
                required: true,
                type: () => Number,
                description:
                  "0; 1 once the district's administrators were alerted that nobody took it; 2 once the city's were.",
              },
              declines: {
                required: true,
                type: () => [t['../../../../libs/outreach/src/orders/orders.views'].OrderDeclineView],
                description:
                  "The providers that declined it: all of them for the orderer and the district, a provider's own for a provider.",
              },
              activity: {
                required: false,
                type: () => Object,
                description:
                  'When and by whom it is delivered: always sent, null until the provider schedules it (and again after a decline).',
              },
              rating: {
                required: true,
                type: () => Object,
                description: "The orderer's rating once the activity is over.",
              },
              cancelReason: { required: true, type: () => String, nullable: true },
              cancelledAt: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => String },
            },
            OrderPage: {},
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/directory/volunteers.views')),
          {
            VolunteerProfileView: {
              realName: {
                required: true,
                type: () => String,
                description: 'As on the ID: printed on the certificate of hours.',
              },
              skills: { required: true, type: () => [String] },
              districtCodes: { required: true, type: () => [String] },
            },
            VolunteerTeamView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
            },
            VolunteerActivityView: {
              activityId: { required: true, type: () => String },
              orderId: { required: true, type: () => String },
              orderStatus: {
                required: true,
                enum: ['submitted', 'open', 'scheduled', 'cancelled', 'taken', 'confirmed', 'completed'],
              },
              title: {
                required: true,
                type: () => String,
                description: "The menu item's title, or the order's topic for a free request.",
              },
              topic: { required: true, type: () => String },
              teamName: { required: true, type: () => String },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              signedInAt: { required: true, type: () => String, nullable: true },
              signedOutAt: { required: true, type: () => String, nullable: true },
              creditedMinutes: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Set at sign-out: 0 when under 60 % of the scheduled duration.',
              },
            },
            ManualHoursView: {
              id: { required: true, type: () => String },
              accountId: { required: true, type: () => String },
              teamId: { required: true, type: () => String },
              teamName: { required: true, type: () => String },
              activityId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The activity they belong to, if the administrator named one.',
              },
              minutes: { required: true, type: () => Number },
              reason: { required: true, type: () => String },
              addedAt: { required: true, type: () => String },
              handAdded: {
                required: true,
                type: () => Boolean,
                description: 'Always true: these hours were added by hand, and the certificate says so.',
              },
            },
            VolunteerTotalsView: {
              creditedMinutes: {
                required: true,
                type: () => Number,
                description: 'Minutes credited from sign-in to sign-out.',
              },
              manualMinutes: {
                required: true,
                type: () => Number,
                description: 'Minutes administrators added by hand, counted apart.',
              },
              activities: {
                required: true,
                type: () => Number,
                description: 'Activities attended with credited time.',
              },
            },
            VolunteerRecordView: {
              profile: { required: true, type: () => Object },
              teams: {
                required: true,
                type: () => [t['../../../../libs/outreach/src/directory/volunteers.views'].VolunteerTeamView],
              },
              activities: {
                required: true,
                type: () => [t['../../../../libs/outreach/src/directory/volunteers.views'].VolunteerActivityView],
                description: 'Latest first.',
              },
              totals: {
                required: true,
                type: () => t['../../../../libs/outreach/src/directory/volunteers.views'].VolunteerTotalsView,
              },
              manualEntries: {
                required: true,
                type: () => [t['../../../../libs/outreach/src/directory/volunteers.views'].ManualHoursView],
                description: 'Latest first.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/directory/experts.views')),
          {
            ExpertLanguageView: {
              code: {
                required: true,
                enum: ['zh', 'en', 'yue', 'hak', 'nan', 'csl', 'ja', 'ko', 'fr', 'de', 'es', 'ru'],
              },
              zh: { required: true, type: () => String, description: 'e.g. \u7CA4\u8BED.' },
              en: { required: true, type: () => String, description: 'e.g. Cantonese.' },
            },
            ExpertPublicView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              title: { required: true, type: () => String, description: '\u804C\u79F0, e.g. \u7814\u7A76\u5458.' },
              organisationName: { required: true, type: () => String },
              fields: {
                required: true,
                type: () => [String],
                description: 'Theme codes (GET /vocabularies, `themes`).',
              },
              districtCodes: {
                required: true,
                type: () => [String],
                description: 'Districts (region codes) the expert is willing to go to.',
              },
              languages: {
                required: true,
                type: () => [t['../../../../libs/outreach/src/directory/experts.views'].ExpertLanguageView],
              },
              profile: { required: true, type: () => String },
            },
            ExpertView: {
              status: { required: true, enum: ['withdrawn', 'submitted', 'rejected', 'approved'] },
              regionCode: {
                required: true,
                type: () => String,
                description: 'Home district (region code): its administrators review the application.',
              },
              publicProfile: {
                required: true,
                type: () => Boolean,
                description:
                  'Whether the expert consents to a public profile; shown in the directory only when approved too.',
              },
              consentedAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'When the consent was given; null without consent.',
              },
              listed: {
                required: true,
                type: () => Boolean,
                description: 'Whether the public directory shows the expert now (approved and consenting).',
              },
              reviewComment: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The reviewer's last comment (why the application was rejected).",
              },
              reviewedAt: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
            },
            ExpertPublicPage: {},
            ExpertPage: {},
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/directory/experts.dto')),
          {
            ExpertApplicationDto: {
              name: { required: true, type: () => String, minLength: 1, maxLength: 64 },
              title: { required: true, type: () => String, minLength: 1, maxLength: 64 },
              organisationName: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              fields: { required: true, type: () => [String], uniqueItems: true, minItems: 1, maxItems: 10 },
              regionCode: { required: true, type: () => String, maxLength: 16 },
              districtCodes: {
                required: true,
                type: () => [String],
                maxLength: 16,
                uniqueItems: true,
                minItems: 1,
                maxItems: 50,
              },
              languages: {
                required: true,
                type: () => [Object],
                enum: ['zh', 'en', 'yue', 'hak', 'nan', 'csl', 'ja', 'ko', 'fr', 'de', 'es', 'ru'],
                isArray: true,
                uniqueItems: true,
                maxItems: 10,
              },
              profile: { required: true, type: () => String, minLength: 1, maxLength: 1000 },
              publicProfile: { required: true, type: () => Boolean },
            },
            ExpertReviewDto: {
              decision: { required: true, enum: ['approve', 'reject'] },
              comment: { required: false, type: () => String, maxLength: 500 },
            },
            ExpertListDto: {
              field: { required: false, type: () => String },
              district: { required: false, type: () => String, maxLength: 16 },
              language: {
                required: false,
                enum: ['zh', 'en', 'yue', 'hak', 'nan', 'csl', 'ja', 'ko', 'fr', 'de', 'es', 'ru'],
              },
              q: { required: false, type: () => String, minLength: 1, maxLength: 50 },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/search/outreach-search.dto')),
          {
            OutreachSearchDto: {
              q: { required: false, type: () => String },
              kind: { required: false, enum: ['menu_item', 'expert'] },
              district: { required: false, type: () => String, pattern: '^[0-9A-Za-z-]{1,16}$' },
              theme: { required: false, type: () => String },
              format: {
                required: false,
                enum: ['lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide'],
              },
              sort: { required: true, default: 'relevance', enum: ['name', 'rating', 'relevance'] },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/search/outreach-search.views')),
          {
            OutreachSearchHighlight: {
              name: { required: false, type: () => String },
              summary: {
                required: false,
                type: () => String,
                description: 'A crop of about 40 words around the matches.',
              },
            },
            OutreachSearchHit: {
              kind: { required: true, enum: ['menu_item', 'expert'] },
              id: {
                required: true,
                type: () => String,
                description: "The menu item's id (GET /outreach/menu/{id}) or the expert's (GET /experts/{id}).",
              },
              name: { required: true, type: () => String, description: "The item's title, or the expert's name." },
              summary: {
                required: true,
                type: () => String,
                description: "The item's summary, or the expert's profile.",
              },
              organisationName: {
                required: true,
                type: () => String,
                description: "The provider's name, or the expert's organisation.",
              },
              jobTitle: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The expert's \u804C\u79F0; null for menu items.",
              },
              format: {
                required: true,
                nullable: true,
                description: "The item's format; null for experts.",
                enum: ['lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide'],
              },
              themes: {
                required: true,
                type: () => [String],
                description: "Theme codes: the item's themes, or the expert's fields.",
              },
              audiences: {
                required: true,
                type: () => [String],
                description: 'Audience codes of an item; empty for experts.',
              },
              languages: {
                required: true,
                type: () => [t['../../../../libs/outreach/src/directory/experts.views'].ExpertLanguageView],
                description: "An expert's languages; empty for menu items.",
              },
              districtCodes: { required: true, type: () => [String], description: 'Districts (region codes) served.' },
              ratingAverage: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "An item's average rating (1\u20135, one decimal); null before its first rating, and for experts.",
              },
              ratingCount: { required: true, type: () => Number },
              feeFen: {
                required: true,
                type: () => Number,
                nullable: true,
                description: "An item's price in fen (0 is free); null for experts.",
              },
              highlight: {
                required: false,
                type: () => t['../../../../libs/outreach/src/search/outreach-search.views'].OutreachSearchHighlight,
                description: 'Only when the query has text and Meilisearch answered.',
              },
            },
            OutreachSearchResult: {
              hits: {
                required: true,
                type: () => [t['../../../../libs/outreach/src/search/outreach-search.views'].OutreachSearchHit],
              },
              total: { required: true, type: () => Number },
              page: { required: true, type: () => Number },
              pageSize: { required: true, type: () => Number },
              degraded: {
                required: true,
                type: () => Boolean,
                description:
                  'Meilisearch was unreachable and Postgres answered: substring matches on Chinese text, no pinyin, typos or highlights.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/activities/activities.dto')),
          {
            ScheduleActivityDto: {
              startsAt: { required: true, type: () => String, maxLength: 29 },
              endsAt: { required: true, type: () => String, maxLength: 29 },
              leadId: { required: true, type: () => String, format: 'uuid' },
            },
            CompleteActivityDto: { peopleReached: { required: true, type: () => Number, minimum: 0, maximum: 100000 } },
            RateActivityDto: {
              score: { required: true, type: () => Number, minimum: 1, maximum: 5 },
              comment: { required: false, type: () => String, minLength: 1, maxLength: 500 },
            },
            ActivityListDto: { view: { required: true, type: () => String } },
            SignCodeDto: {
              code: { required: true, type: () => String, minLength: 6, maxLength: 6, pattern: '^[0-9]{6}$' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/activities/activities.views')),
          {
            ActivityVolunteerView: {
              accountId: { required: true, type: () => String },
              name: {
                required: true,
                type: () => String,
                description: 'The name on their volunteer profile, else their display name.',
              },
              joinedAt: { required: true, type: () => String },
              signedInAt: { required: true, type: () => String, nullable: true },
              signedOutAt: { required: true, type: () => String, nullable: true },
              creditedMinutes: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Set at sign-out: 0 when they stayed under 60 % of the scheduled duration.',
              },
            },
            ActivityView: {
              id: { required: true, type: () => String },
              orderId: { required: true, type: () => String },
              orderStatus: {
                required: true,
                enum: ['submitted', 'open', 'scheduled', 'cancelled', 'taken', 'confirmed', 'completed'],
              },
              title: {
                required: true,
                type: () => String,
                description: "The menu item's title, or the order's topic for a free request.",
              },
              topic: { required: true, type: () => String },
              providerId: { required: true, type: () => String },
              providerName: { required: true, type: () => String },
              ordererName: { required: true, type: () => String },
              address: { required: true, type: () => String },
              regionCode: { required: true, type: () => String, description: 'The district it takes place in.' },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              signInOpensAt: {
                required: true,
                type: () => String,
                description: 'Volunteers sign in and out from 60 minutes before the start\u2026',
              },
              signInClosesAt: {
                required: true,
                type: () => String,
                description: '\u2026to 120 minutes after the end.',
              },
              leadId: { required: true, type: () => String },
              leadName: { required: true, type: () => String },
              volunteerCount: { required: true, type: () => Number, description: 'How many volunteers joined.' },
              signCode: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "Six digits volunteers type to sign in and out (also shown as a QR code); null unless the caller is the provider's operator or the lead.",
              },
              volunteers: {
                required: true,
                type: () => [t['../../../../libs/outreach/src/activities/activities.views'].ActivityVolunteerView],
                nullable: true,
                description: "Null unless the caller is the provider's operator or the lead.",
              },
              joined: { required: true, type: () => Boolean, description: 'Whether the caller joined it.' },
              signedInAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The caller's own sign-in, sign-out and credit, when they joined.",
              },
              signedOutAt: { required: true, type: () => String, nullable: true },
              creditedMinutes: { required: true, type: () => Number, nullable: true },
              peopleReached: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Recorded by the provider at completion.',
              },
              completedAt: { required: true, type: () => String, nullable: true },
              rating: {
                required: true,
                type: () => Number,
                nullable: true,
                description: "The orderer's score, 1 to 5, once rated.",
              },
              ratingComment: { required: true, type: () => String, nullable: true },
              ratedAt: { required: true, type: () => String, nullable: true },
            },
            ActivityPage: {},
            AttendanceView: {
              activityId: { required: true, type: () => String },
              signedInAt: { required: true, type: () => String },
              signedOutAt: { required: true, type: () => String, nullable: true },
              attendedMinutes: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Whole minutes from sign-in to sign-out; null until signed out.',
              },
              requiredMinutes: {
                required: true,
                type: () => Number,
                description: '60 % of the scheduled duration: the least that counts.',
              },
              creditedMinutes: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Null until signed out; 0 when the time attended fell short of `requiredMinutes`.',
              },
              note: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Why nothing was credited, Chinese then English; null otherwise.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/directory/volunteers.dto')),
          {
            VolunteerProfileDto: {
              realName: { required: true, type: () => String, minLength: 2, maxLength: 64 },
              skills: {
                required: true,
                type: () => [String],
                uniqueItems: true,
                maxItems: 20,
                minLength: 1,
                maxLength: 40,
              },
              districtCodes: { required: true, type: () => [String], uniqueItems: true, maxItems: 50 },
            },
            ManualHoursDto: {
              teamId: { required: true, type: () => String, format: 'uuid' },
              minutes: { required: true, type: () => Number, minimum: 1, maximum: 1440 },
              reason: { required: true, type: () => String, minLength: 1, maxLength: 500 },
              activityId: { required: false, type: () => String, format: 'uuid' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/campaign.entity')),
          {
            Campaign: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: { required: true, type: () => String, nullable: true },
              startsOn: { required: true, type: () => String },
              endsOn: { required: true, type: () => String },
              themes: { required: true, type: () => [String] },
              regionCodes: { required: true, type: () => [String] },
              description: { required: true, type: () => String },
              status: { required: true, enum: ['draft', 'published', 'cancelled'] },
              publishedAt: { required: true, type: () => Date, nullable: true },
              createdBy: { required: true, type: () => String, nullable: true },
              creator: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              isDemo: { required: true, type: () => Boolean },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
            CampaignEvent: {
              campaignId: { required: true, type: () => String },
              offeringId: { required: true, type: () => String },
              campaign: { required: false, type: () => t['../../../../libs/campaigns/src/campaign.entity'].Campaign },
              offering: {
                required: false,
                type: () => t['../../../../libs/schedule/src/offerings/offering.entity'].Offering,
              },
              themes: { required: true, type: () => [String] },
              attachedBy: { required: true, type: () => String, nullable: true },
              attacher: {
                required: false,
                type: () => t['../../../../libs/identity/src/entities/account.entity'].Account,
              },
              attachedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/events/campaign-events.dto')),
          {
            AttachEventDto: {
              offeringId: { required: true, type: () => String, format: 'uuid' },
              themes: { required: false, type: () => [String], uniqueItems: true, minItems: 1, maxItems: 10 },
            },
            CampaignEventsQueryDto: {
              day: { required: false, type: () => String },
              district: { required: false, type: () => String },
              theme: { required: false, type: () => String },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/events/event.views')),
          {
            EventLocation: { lat: { required: true, type: () => Number }, lng: { required: true, type: () => Number } },
            EventVenueView: {
              id: { required: true, type: () => String, description: "The venue's id: its page is /resources/{id}." },
              name: { required: true, type: () => String },
              address: { required: true, type: () => String },
              districtCode: { required: true, type: () => String },
              districtName: { required: true, type: () => String },
              location: {
                required: true,
                type: () => t['../../../../libs/campaigns/src/events/event.views'].EventLocation,
              },
            },
            EventView: {
              offeringId: { required: true, type: () => String },
              title: { required: true, type: () => String },
              description: { required: true, type: () => String },
              kind: { required: true, enum: ['event', 'lab_open_day'] },
              venue: {
                required: true,
                type: () => t['../../../../libs/campaigns/src/events/event.views'].EventVenueView,
              },
              days: {
                required: true,
                type: () => [String],
                description:
                  "The days it runs (Beijing dates; on a campaign's page, those within the campaign); empty when it runs every open day.",
              },
              startTimes: {
                required: true,
                type: () => [String],
                nullable: true,
                description: "Fixed start times `HH:MM`; null: entry windows across the venue's opening hours.",
              },
              slotMinutes: { required: true, type: () => Number },
              priceFen: { required: true, type: () => Number, description: 'Price per person in fen; 0 is free.' },
              themes: {
                required: true,
                type: () => [String],
                description:
                  "Theme codes: on a campaign's page the campaign themes it addresses, in search also the venue's.",
              },
              campaignIds: {
                required: true,
                type: () => [String],
                description: 'Published campaigns it takes part in.',
              },
              bookable: {
                required: true,
                type: () => Boolean,
                description: 'Has a slot still to come: its booking can be opened.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/campaigns/campaigns.dto')),
          {
            CampaignDto: {
              name: { required: true, type: () => String, maxLength: 100 },
              nameEn: { required: false, type: () => String, nullable: true, maxLength: 100 },
              from: { required: true, type: () => String, description: 'The first day (Beijing date).' },
              to: {
                required: true,
                type: () => String,
                description: 'The last day (Beijing date), at most 62 days after the first.',
              },
              themes: { required: true, type: () => [String], uniqueItems: true, minItems: 1, maxItems: 10 },
              regionCodes: { required: true, type: () => [String], uniqueItems: true, minItems: 1, maxItems: 20 },
              description: { required: false, type: () => String, maxLength: 2000 },
            },
            CampaignListDto: { year: { required: false, type: () => Number } },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/campaigns/campaigns.views')),
          {
            CampaignRegionView: {
              code: { required: true, type: () => String },
              name: { required: true, type: () => String },
            },
            CampaignView: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: { required: true, type: () => String, nullable: true },
              from: { required: true, type: () => String, description: 'First day (Beijing date).' },
              to: { required: true, type: () => String, description: 'Last day (Beijing date).' },
              themes: {
                required: true,
                type: () => [String],
                description: "Theme codes (the register's THEMES vocabulary).",
              },
              regions: {
                required: true,
                type: () => [t['../../../../libs/campaigns/src/campaigns/campaigns.views'].CampaignRegionView],
              },
              description: { required: true, type: () => String },
              status: { required: true, enum: ['draft', 'published', 'cancelled'] },
              publishedAt: { required: true, type: () => Date, nullable: true },
              eventCount: { required: true, type: () => Number, description: 'Events taking part.' },
              canManage: {
                required: true,
                type: () => Boolean,
                description: 'Whether the caller runs it (edits, publishes, cancels it).',
              },
            },
            CampaignPage: {},
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/stats/campaign-stats.dto')),
          { CampaignStatsQueryDto: { format: { required: false, enum: ['csv', 'xlsx'] } } },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/stats/campaign-stats.views')),
          {
            CampaignFigures: {
              events: {
                required: true,
                type: () => Number,
                description: 'Events taking part (attached, whether still on sale or not).',
              },
              venues: { required: true, type: () => Number },
              slots: { required: true, type: () => Number, description: "Scheduled slots on the campaign's days." },
              places: {
                required: true,
                type: () => Number,
                description: 'Places in those slots, individual and group.',
              },
              bookings: {
                required: true,
                type: () => Number,
                description: 'Bookings held on them (confirmed, checked in or missed; not cancelled or waitlisted).',
              },
              peopleBooked: { required: true, type: () => Number },
              visitorsCheckedIn: {
                required: true,
                type: () => Number,
                description: 'Visitors checked in at the door.',
              },
            },
            CampaignDistrictFigures: {
              code: { required: true, type: () => String },
              name: { required: true, type: () => String },
            },
            CampaignStats: {
              campaignId: { required: true, type: () => String },
              name: { required: true, type: () => String },
              from: { required: true, type: () => String },
              to: { required: true, type: () => String },
              totals: {
                required: true,
                type: () => t['../../../../libs/campaigns/src/stats/campaign-stats.views'].CampaignFigures,
              },
              districts: {
                required: true,
                type: () => [t['../../../../libs/campaigns/src/stats/campaign-stats.views'].CampaignDistrictFigures],
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/search/event-search.dto')),
          {
            EventSearchDto: {
              q: { required: false, type: () => String },
              campaign: { required: false, type: () => String, format: 'uuid' },
              district: { required: false, type: () => String },
              theme: { required: false, type: () => String },
              from: { required: false, type: () => String },
              to: { required: false, type: () => String },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/search/event-search.views')),
          {
            EventSearchHighlight: {
              title: { required: false, type: () => String },
              description: {
                required: false,
                type: () => String,
                description: 'A crop of about 40 words around the matches.',
              },
            },
            EventSearchHit: {
              highlight: {
                required: false,
                type: () => t['../../../../libs/campaigns/src/search/event-search.views'].EventSearchHighlight,
                description: 'Only when the query has text and Meilisearch answered.',
              },
            },
            EventSearchResult: {
              hits: {
                required: true,
                type: () => [t['../../../../libs/campaigns/src/search/event-search.views'].EventSearchHit],
              },
              total: { required: true, type: () => Number },
              page: { required: true, type: () => Number },
              pageSize: { required: true, type: () => Number },
              degraded: {
                required: true,
                type: () => Boolean,
                description:
                  'Meilisearch was unreachable and Postgres answered: substring matches on Chinese text, no pinyin, typos or highlights.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/stats/src/stats.dto')),
          {
            StatsQueryDto: {
              region: { required: false, type: () => String, pattern: '^[0-9]{6}(-[A-Z]{2,8})?$' },
              resourceId: { required: false, type: () => String, format: 'uuid' },
              from: { required: false, type: () => String },
              to: { required: false, type: () => String },
              format: { required: false, enum: ['csv', 'xlsx'] },
            },
            SeriesQueryDto: { interval: { required: true, default: 'day', enum: ['week', 'day', 'month'] } },
            PublicStatsQueryDto: {
              region: { required: false, type: () => String, pattern: '^[0-9]{6}(-[A-Z]{2,8})?$' },
              year: { required: false, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/stats/src/stats.views')),
          {
            StatsRegion: { code: { required: true, type: () => String }, name: { required: true, type: () => String } },
            StatsScope: {
              region: {
                required: true,
                type: () => t['../../../../libs/stats/src/stats.views'].StatsRegion,
                nullable: true,
                description: "Null when the figures are one venue's, or an operator's venues.",
              },
              resourceIds: {
                required: true,
                type: () => [String],
                nullable: true,
                description: "Set when the figures are one venue's, or an operator's venues.",
              },
              from: {
                required: true,
                type: () => String,
                description: 'The first day of the period (a Beijing date, YYYY-MM-DD).',
              },
              to: {
                required: true,
                type: () => String,
                description: 'The last day of the period (a Beijing date, YYYY-MM-DD).',
              },
            },
            CategoryCounts: {
              adult: { required: true, type: () => Number },
              child: { required: true, type: () => Number },
              senior: { required: true, type: () => Number },
            },
            ServiceRates: {
              utilisation: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'People served \u00F7 places offered on the days that have begun (today included).',
              },
              noShow: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  'No-show people \u00F7 (booked people served + no-show people): of those due, how many did not come.',
              },
              cancellation: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Cancelled bookings \u00F7 bookings.',
              },
              waitlistConversion: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Promoted \u00F7 waitlisted.',
              },
            },
            ChannelCounts: {
              online: { required: true, type: () => Number, description: "By the visitor's own account." },
              counter: { required: true, type: () => Number, description: "By the venue's staff at the counter." },
              phone: { required: true, type: () => Number, description: "By the venue's staff for a caller." },
            },
            ServiceFigures: {
              slots: { required: true, type: () => Number },
              capacity: {
                required: true,
                type: () => Number,
                description: 'Places offered: individual and group capacity of the slots not cancelled.',
              },
              bookings: {
                required: true,
                type: () => Number,
                description: 'Bookings that held places (confirmed, checked in, no-show, or cancelled later).',
              },
              peopleBooked: {
                required: true,
                type: () => Number,
                description: 'People in bookings that hold places now (confirmed, checked in, no-show).',
              },
              peopleServed: {
                required: true,
                type: () => Number,
                description: "People who came: checked in (a group's counted headcount), and walk-ins.",
              },
              walkIns: {
                required: true,
                type: () => Number,
                description: 'People admitted without a booking (counted in peopleServed).',
              },
              bookedByChannel: {
                required: true,
                type: () => t['../../../../libs/stats/src/stats.views'].ChannelCounts,
                description: 'People booked, by how the booking was made.',
              },
              peopleNoShow: { required: true, type: () => Number },
              cancelledBookings: { required: true, type: () => Number },
              waitlisted: { required: true, type: () => Number, description: 'Waitlist entries.' },
              promoted: { required: true, type: () => Number, description: 'Waitlist entries promoted to a place.' },
              bookedByCategory: {
                required: true,
                type: () => t['../../../../libs/stats/src/stats.views'].CategoryCounts,
                description: 'People booked, by visitor category.',
              },
              servedByCategory: {
                required: true,
                type: () => t['../../../../libs/stats/src/stats.views'].CategoryCounts,
                description: 'People served, by visitor category.',
              },
              groupBookings: { required: true, type: () => Number },
              groupPeopleServed: { required: true, type: () => Number },
              rates: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].ServiceRates },
            },
            RegisterFigures: {
              venues: { required: true, type: () => Number, description: 'Published venues now, in scope.' },
              byType: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              byDistrict: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              byAccreditationLevel: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              accessible: {
                required: true,
                type: () => Number,
                description: 'Venues with at least one accessibility feature.',
              },
              byAccessibility: { required: true, type: 'object', additionalProperties: { type: 'number' } },
              activeOfferings: { required: true, type: () => Number },
            },
            SchoolFigures: {
              schoolId: { required: true, type: () => String },
              name: { required: true, type: () => String },
              visits: { required: true, type: () => Number },
              students: { required: true, type: () => Number },
            },
            GroupFeedback: {
              count: { required: true, type: () => Number },
              averageRating: {
                required: true,
                type: () => Number,
                nullable: true,
                description: '1 to 5, to two decimals; null without feedback.',
              },
            },
            GroupFigures: {
              requested: { required: true, type: () => Number },
              approved: { required: true, type: () => Number },
              students: { required: true, type: () => Number, description: "Approved visits' students." },
              teachers: { required: true, type: () => Number, description: "Approved visits' teachers." },
              byGradeBand: {
                required: true,
                type: 'object',
                additionalProperties: { type: 'number' },
                description: 'Students, as `students` counts them, so the bands add up to it.',
              },
              bySchool: {
                required: true,
                type: () => [t['../../../../libs/stats/src/stats.views'].SchoolFigures],
                description: 'The hundred schools with the most students in approved visits.',
              },
              feedback: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].GroupFeedback },
            },
            StatsOverview: {
              scope: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].StatsScope },
              register: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].RegisterFigures },
              service: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].ServiceFigures },
              groups: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].GroupFigures },
            },
            StatsSeriesPoint: {
              period: { required: true, type: () => String, description: "The period's first day (YYYY-MM-DD)." },
              capacity: { required: true, type: () => Number },
              bookings: { required: true, type: () => Number },
              peopleBooked: { required: true, type: () => Number },
              peopleServed: { required: true, type: () => Number },
              peopleNoShow: { required: true, type: () => Number },
              cancelledBookings: { required: true, type: () => Number },
            },
            VenueStatsRow: {
              resourceId: { required: true, type: () => String },
              name: { required: true, type: () => String },
              nameEn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'For English readers; null when the venue gives none.',
              },
              regionCode: { required: true, type: () => String },
              type: { required: true, type: () => String },
              capacity: { required: true, type: () => Number },
              bookings: { required: true, type: () => Number },
              peopleBooked: { required: true, type: () => Number },
              peopleServed: { required: true, type: () => Number, description: 'Checked in, and walk-ins.' },
              walkIns: { required: true, type: () => Number, description: 'Admitted without a booking.' },
              peopleNoShow: { required: true, type: () => Number },
              utilisation: { required: true, type: () => Number, nullable: true },
              noShowRate: { required: true, type: () => Number, nullable: true },
            },
            DistrictStatsRow: {
              regionCode: { required: true, type: () => String },
              name: { required: true, type: () => String },
              venues: { required: true, type: () => Number },
              population: { required: true, type: () => Number, nullable: true },
              venuesPer10k: { required: true, type: () => Number, nullable: true },
              peopleServed: { required: true, type: () => Number },
              peopleBooked: { required: true, type: () => Number },
              outreachPeopleReached: {
                required: true,
                type: () => Number,
                description: 'People reached by outreach activities delivered in the district (docs/outreach.md).',
              },
            },
            PublicDistrictFigures: {
              regionCode: { required: true, type: () => String },
              name: { required: true, type: () => String },
              venues: { required: true, type: () => Number },
              peopleServed: {
                required: true,
                type: () => Number,
                description: '\u670D\u52A1\u4EBA\u6B21: people served at venues and reached by outreach activities.',
              },
              outreachPeopleReached: {
                required: true,
                type: () => Number,
                description: 'Of those, reached by outreach activities.',
              },
              venuesPer10k: { required: true, type: () => Number, nullable: true },
            },
            PublicFigures: {
              region: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].StatsRegion },
              year: { required: true, type: () => Number },
              venues: { required: true, type: () => Number },
              peopleServed: {
                required: true,
                type: () => Number,
                description: '\u670D\u52A1\u4EBA\u6B21: people served at venues and reached by outreach activities.',
              },
              outreachPeopleReached: {
                required: true,
                type: () => Number,
                description: 'Of those, reached by outreach activities.',
              },
              groupStudents: { required: true, type: () => Number },
              byDistrict: {
                required: true,
                type: () => [t['../../../../libs/stats/src/stats.views'].PublicDistrictFigures],
              },
              updatedAt: { required: true, type: () => String, description: 'When the figures were last rolled up.' },
            },
            OutreachOrderCounts: {
              total: { required: true, type: () => Number },
              submitted: { required: true, type: () => Number },
              open: { required: true, type: () => Number },
              taken: { required: true, type: () => Number },
              scheduled: { required: true, type: () => Number },
              confirmed: { required: true, type: () => Number },
              completed: { required: true, type: () => Number },
              cancelled: { required: true, type: () => Number },
            },
            OutreachDistrictRow: {
              regionCode: { required: true, type: () => String },
              name: { required: true, type: () => String },
              orders: { required: true, type: () => Number },
              completed: { required: true, type: () => Number },
              peopleReached: { required: true, type: () => Number },
              volunteerMinutes: { required: true, type: () => Number },
              medianHoursToTake: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Median hours from an order to a provider taking it; null when none was taken.',
              },
            },
            OutreachTeamRow: {
              teamId: { required: true, type: () => String },
              name: { required: true, type: () => String },
              volunteers: { required: true, type: () => Number },
              activities: { required: true, type: () => Number },
              minutes: {
                required: true,
                type: () => Number,
                description: 'Credited by sign-in and sign-out (the 60 % rule).',
              },
              manualMinutes: {
                required: true,
                type: () => Number,
                description: 'Added by hand by administrators, kept apart.',
              },
            },
            OutreachFigures: {
              scope: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].StatsScope },
              orders: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].OutreachOrderCounts },
              medianHoursToTake: { required: true, type: () => Number, nullable: true },
              activitiesDelivered: {
                required: true,
                type: () => Number,
                description: 'Activities held in the period and completed.',
              },
              peopleReached: { required: true, type: () => Number },
              volunteers: { required: true, type: () => Number },
              volunteerMinutes: { required: true, type: () => Number },
              manualMinutes: { required: true, type: () => Number },
              ratings: { required: true, type: () => Number },
              averageRating: { required: true, type: () => Number, nullable: true },
              lowRatings: {
                required: true,
                type: () => Number,
                description: 'Ratings of 1 or 2, which were flagged to the district.',
              },
              byDistrict: {
                required: true,
                type: () => [t['../../../../libs/stats/src/stats.views'].OutreachDistrictRow],
              },
              byTeam: { required: true, type: () => [t['../../../../libs/stats/src/stats.views'].OutreachTeamRow] },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/stats/src/service-criteria.views')),
          {
            ServiceCriterionRow: {
              resourceType: { required: true, type: () => String, description: 'A resource type code.' },
              minOpenDays: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'Null when no region from here up sets a rule for the type.',
              },
              minVisitors: { required: true, type: () => Number, nullable: true },
              sourceCode: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The region that sets the rule (this one or the nearest above); null without a rule.',
              },
              sourceName: { required: true, type: () => String, nullable: true },
              inherited: {
                required: true,
                type: () => Boolean,
                description: "True when the rule is a region above's, not this region's own.",
              },
            },
            ServiceCriteriaView: {
              region: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].StatsRegion },
              editable: {
                required: true,
                type: () => Boolean,
                description: "Whether the caller may set this region's own rules.",
              },
              criteria: {
                required: true,
                type: () => [t['../../../../libs/stats/src/service-criteria.views'].ServiceCriterionRow],
              },
            },
            AnnualServiceRow: {
              resourceId: { required: true, type: () => String },
              name: { required: true, type: () => String },
              regionCode: { required: true, type: () => String },
              type: { required: true, type: () => String, description: 'A resource type code.' },
              accreditationLevels: {
                required: true,
                type: () => [String],
                description: 'Levels of the accreditations current during the year (codes, highest first).',
              },
              openDays: {
                required: true,
                type: () => Number,
                description: 'Days in the period with a slot offered (not cancelled) or a visitor checked in.',
              },
              visitors: {
                required: true,
                type: () => Number,
                description: "People checked in during the period (a group's counted headcount).",
              },
              minOpenDays: {
                required: true,
                type: () => Number,
                nullable: true,
                description: "The threshold for the base's type in its region; null without a rule.",
              },
              minVisitors: { required: true, type: () => Number, nullable: true },
              ruleRegionCode: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The region whose rule applies; null without a rule.',
              },
              openDaysBelow: {
                required: true,
                type: () => Boolean,
                nullable: true,
                description: 'True when the open days fall short of the rule; null without a rule.',
              },
              visitorsBelow: { required: true, type: () => Boolean, nullable: true },
              status: {
                required: true,
                description: '`below` when either measure falls short, `met`, or `no_rule` for a type without one.',
                enum: ['below', 'met', 'no_rule'],
              },
            },
            AnnualServiceTotals: {
              bases: { required: true, type: () => Number },
              below: { required: true, type: () => Number },
              met: { required: true, type: () => Number },
              noRule: { required: true, type: () => Number },
              openDays: { required: true, type: () => Number },
              visitors: { required: true, type: () => Number },
            },
            AnnualServiceReport: {
              region: { required: true, type: () => t['../../../../libs/stats/src/stats.views'].StatsRegion },
              year: { required: true, type: () => Number },
              from: { required: true, type: () => String, description: 'The first day counted (a Beijing date).' },
              to: {
                required: true,
                type: () => String,
                description: "The last day counted: the year's last, or today for the year in progress.",
              },
              complete: {
                required: true,
                type: () => Boolean,
                description: 'False for the year in progress: the figures so far.',
              },
              bases: {
                required: true,
                type: () => [t['../../../../libs/stats/src/service-criteria.views'].AnnualServiceRow],
              },
              totals: {
                required: true,
                type: () => t['../../../../libs/stats/src/service-criteria.views'].AnnualServiceTotals,
              },
              updatedAt: { required: true, type: () => String, description: 'When the figures were last rolled up.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/stats/src/service-criteria.dto')),
          {
            ServiceCriteriaQueryDto: { region: { required: false, type: () => String } },
            AnnualServiceQueryDto: {
              year: { required: false, type: () => Number },
              format: { required: false, enum: ['csv', 'xlsx'] },
            },
            ServiceCriterionDto: {
              resourceType: { required: true, type: () => String },
              minOpenDays: { required: true, type: () => Number, minimum: 0 },
              minVisitors: { required: true, type: () => Number, minimum: 0 },
            },
            PutServiceCriteriaDto: {
              criteria: {
                required: true,
                type: () => [t['../../../../libs/stats/src/service-criteria.dto'].ServiceCriterionDto],
                uniqueItems: true,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../health/health.views')),
          {
            HealthIndicatorView: {
              status: { required: true, enum: ['up', 'down'] },
              message: {
                required: false,
                type: () => String,
                description:
                  'Why it is down: for search `timeout`, `unreachable`, `HTTP <status>` or `circuit open` (docs/search.md).',
              },
            },
            HealthChecksView: {
              database: { required: true, type: () => t['../health/health.views'].HealthIndicatorView },
              search: {
                required: true,
                type: () => t['../health/health.views'].HealthIndicatorView,
                description: 'Search may be down while Kepu stays healthy: search falls back to the database.',
              },
            },
            HealthView: {
              status: { required: true, type: () => String },
              info: { required: true, type: () => t['../health/health.views'].HealthChecksView },
              error: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description: 'Failed checks: empty in this answer (a failed database check answers 503).',
              },
              details: { required: true, type: () => t['../health/health.views'].HealthChecksView },
            },
          },
        ],
        [
          Promise.resolve(require('../web-config/web-config.views')),
          {
            MapConfigView: {
              tiles: {
                required: true,
                description: 'Tile provider; `amap` tiles are GCJ-02, so the app shifts points onto them.',
                enum: ['osm', 'tianditu', 'amap', 'none'],
              },
              key: {
                required: false,
                type: () => String,
                description: 'For \u5929\u5730\u56FE: its browser key (public by design).',
              },
            },
            WebConfigView: { map: { required: true, type: () => t['../web-config/web-config.views'].MapConfigView } },
          },
        ],
      ],
      controllers: [
        [
          Promise.resolve(require('../../../../libs/notify/src/mailbox.controller')),
          { MailboxController: { list: {} } },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/accounts.controller')),
          {
            AccountsController: {
              lookup: {
                summary: 'Finds an account by its login, as an administrator may see it.',
                type: t['../../../../libs/identity/src/identity.views'].AccountView,
              },
              suspended: {
                summary: 'Suspended accounts the actor may restore, newest first.',
                type: [t['../../../../libs/identity/src/identity.views'].AccountView],
              },
              view: {
                summary:
                  'An account as the actor may see it: an administrator sees only the grants inside their regions.',
                type: t['../../../../libs/identity/src/identity.views'].AccountView,
              },
              invite: {
                summary: 'Offers the account a role: it holds the role once it accepts, at its own login.',
                type: t['../../../../libs/identity/src/identity.views'].InvitationView,
              },
              revoke: { summary: 'Takes a role back from the account.' },
              suspend: {
                summary: 'Suspends the account: it cannot sign in, and its sessions end at once.',
                type: t['../../../../libs/identity/src/identity.views'].AccountView,
              },
              restore: {
                summary: "Lifts the account's suspension.",
                type: t['../../../../libs/identity/src/identity.views'].AccountView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/auth.controller')),
          {
            AuthController: {
              sendCode: {
                summary: 'Sends a one-time code to a login; the same answer whether or not an account has it.',
                type: t['../../../../libs/identity/src/identity.views'].CodeSent,
              },
              sendOwnCode: {
                summary:
                  "Sends a code to the signed-in account's own login (shown masked to it), to prove it is really them.",
                type: t['../../../../libs/identity/src/identity.views'].OwnCodeSent,
              },
              register: {
                summary: 'Creates a visitor account with a code sent to its login, and signs it in.',
                type: t['../../../../libs/identity/src/identity.views'].SignedIn,
              },
              login: {
                summary: 'Signs in with a password or with a code sent to the login.',
                type: t['../../../../libs/identity/src/identity.views'].SignedIn,
              },
              refresh: {
                summary: 'Exchanges a refresh token for a new pair; a token used twice ends its session.',
                type: t['../../../../libs/identity/src/identity.views'].TokenPair,
              },
              logout: { summary: 'Ends the current session.' },
              me: {
                summary: 'The signed-in account.',
                type: t['../../../../libs/identity/src/identity.views'].AccountView,
              },
              exportMine: { summary: 'Everything Kepu holds about the signed-in person, as one zip.' },
              deleteMine: { summary: "Deletes the signed-in person's account after a fresh code or password." },
              verify: {
                summary: "Proves an older account's login with a code sent to it.",
                type: t['../../../../libs/identity/src/identity.views'].AccountView,
              },
              privacyPolicy: {
                summary: "The policy in force, with the figures its page quotes from this deployment's configuration.",
                type: t['../../../../libs/identity/src/identity.views'].PrivacyPolicyView,
              },
              acceptPrivacy: {
                summary: 'Records that the signed-in person accepted the privacy policy in force.',
                type: t['../../../../libs/identity/src/identity.views'].AccountView,
              },
              changePassword: { summary: 'Sets a new password, ending every other session of the account.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/identity/src/invitations.controller')),
          {
            InvitationsController: {
              manageable: {
                summary: 'Pending invitations the actor issued or may withdraw.',
                type: [t['../../../../libs/identity/src/identity.views'].InvitationView],
              },
              mine: {
                summary: "Pending invitations to the signed-in account's login.",
                type: [t['../../../../libs/identity/src/identity.views'].InvitationView],
              },
              accept: {
                summary: "Accepts an invitation to the signed-in account's login: the account then holds the role.",
                type: t['../../../../libs/identity/src/identity.views'].AccountView,
              },
              decline: { summary: "Declines an invitation to the signed-in account's login." },
              withdraw: { summary: 'Withdraws a pending invitation.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/census/census.controller')),
          {
            CensusController: {
              template: {
                summary: "The import template: the sheet's headers, and (xlsx) a guide to the columns and codes.",
              },
              import: {
                summary:
                  'Imports a census sheet, all rows or none; a dry run (`dryRun=1`) reports every bad row and changes nothing.',
                type: t['../../../../libs/register/src/census/census.views'].ImportReport,
              },
              export: { summary: 'The published register of a region as open data: no personal data.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/media/media.controller')),
          {
            MediaController: {
              upload: {
                summary:
                  'Uploads a photo (JPEG, PNG, WebP) or evidence (also PDF) as the `file` part; images lose their metadata.',
                type: t['../../../../libs/register/src/media/media.views'].MediaView,
              },
              read: {
                summary:
                  "A file's bytes, as a sandboxed document of its own (evidence as an attachment), so it can run nothing.",
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/open-data/open-data.controller')),
          {
            OpenDataController: {
              index: {
                summary:
                  'The open-data index: datasets, licence, formats with their URLs, record counts and columns (docs/open-data.md).',
                type: t['../../../../libs/register/src/open-data/open-data.views'].OpenDataIndex,
              },
              csv: {
                summary: 'Every published resource as CSV (UTF-8 with BOM; formula-safe cells), no personal data.',
              },
              xlsx: {
                summary:
                  'Every published resource as XLSX (a \u8BF4\u660E sheet names the licence and the columns), no personal data.',
              },
              geojson: {
                summary: 'Every published resource as GeoJSON (RFC 7946, WGS-84), with the licence, no personal data.',
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/organisations/organisations.controller')),
          {
            OrganisationsController: {
              create: {
                summary:
                  'Registers an organisation, unverified; an applicant who is not an administrator becomes its operator.',
                type: t['../../../../libs/register/src/organisations/organisations.views'].OrganisationView,
              },
              list: {
                summary: "Organisations in the administrator's regions, or the operator's own.",
                type: t['../../../../libs/register/src/organisations/organisations.views'].OrganisationPage,
              },
              view: {
                summary: 'One organisation, for its members and the administrators of its region.',
                type: t['../../../../libs/register/src/organisations/organisations.views'].OrganisationView,
              },
              update: {
                summary: 'Edits an organisation; a new name, kind, code or region needs verifying again.',
                type: t['../../../../libs/register/src/organisations/organisations.views'].OrganisationView,
              },
              verify: {
                summary: 'An administrator of its region vouches for the organisation as it is now, its name included.',
                type: t['../../../../libs/register/src/organisations/organisations.views'].OrganisationView,
              },
              members: {
                summary: "The organisation's operators and teachers, phone numbers masked.",
                type: [t['../../../../libs/identity/src/identity.views'].OrganisationMember],
              },
              invitations: {
                summary: 'Invitations to the organisation still waiting for an answer.',
                type: [t['../../../../libs/identity/src/identity.views'].InvitationView],
              },
              addMember: {
                summary:
                  "Invites a login to be an operator or a school's teacher; DELETE /accounts/{id}/roles/{grantId} removes a member.",
                type: t['../../../../libs/identity/src/identity.views'].InvitationView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/regions/regions.controller')),
          {
            RegionsController: {
              list: {
                summary: 'The whole region tree, each region after its parent.',
                type: [t['../../../../libs/register/src/regions/regions.views'].RegionView],
              },
              cities: {
                summary:
                  'Cities with published venues, most first, each with the area its venues cover (the figures page and the map).',
                type: [t['../../../../libs/register/src/regions/regions.views'].CityView],
              },
              get: {
                summary: 'One region.',
                type: t['../../../../libs/register/src/regions/regions.views'].RegionView,
              },
              create: {
                summary:
                  "Adds a region: provinces and cities by the system administrator, districts by their city's administrators.",
                type: t['../../../../libs/register/src/regions/regions.views'].RegionView,
              },
              update: {
                summary: 'Renames a region or sets its review depth.',
                type: t['../../../../libs/register/src/regions/regions.views'].RegionView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/resources/resources.controller')),
          {
            ResourcesController: {
              list: {
                summary:
                  'Published resources for everyone; `mine` and `status` widen the list for members and administrators.',
                type: t['../../../../libs/register/src/resources/resources.views'].ResourcePage,
              },
              create: {
                summary: "Creates a draft resource for the operator's organisation.",
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
              queue: {
                summary:
                  'Submissions waiting for this administrator, each with its diff against the published version.',
                type: t['../../../../libs/register/src/resources/resources.views'].QueueItemPage,
              },
              publicTextChanges: {
                summary:
                  "Public text of this administrator's resources that changed without review (offering titles, descriptions).",
                type: t['../../../../libs/register/src/resources/resources.views'].PublicTextChangePage,
              },
              get: {
                summary: "A resource's page: the published version, or the working copy to its members and reviewers.",
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
              update: {
                summary:
                  'Edits the working copy; the public keeps seeing the published version until the edit is approved.',
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
              workingCopy: {
                summary: 'The copy being edited or reviewed, with its changes against the published version.',
                type: t['../../../../libs/register/src/resources/resources.views'].WorkingCopy,
              },
              history: {
                summary: 'What happened to a resource, oldest first, and who did it.',
                type: [t['../../../../libs/register/src/resources/resources.views'].HistoryEntry],
              },
              submit: {
                summary: 'Submits the working copy for review.',
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
              decide: {
                summary:
                  'Approves a submission (publishing it, or passing it to the city), rejects it or returns it for changes.',
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
              suspend: {
                summary: 'Hides a published resource from the public for now, with a reason.',
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
              withdraw: {
                summary: 'Takes a published or suspended resource off the register, with a reason.',
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
              restore: {
                summary: 'Publishes a suspended or withdrawn resource again.',
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
            },
            AccreditationsController: {
              expiring: {
                summary:
                  "Accreditations expiring within `days` (default 60) in the administrator's regions, expired ones first.",
                type: [t['../../../../libs/register/src/resources/resources.views'].ExpiringAccreditation],
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/vocabularies.controller')),
          {
            VocabulariesController: {
              list: {
                summary: 'Every code list (types, themes, audiences\u2026) with Chinese and English labels.',
                type: t['../../../../libs/register/src/vocabularies.views'].VocabulariesView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/duplicates/duplicates.controller')),
          {
            DuplicatesController: {
              list: {
                summary:
                  'The resource beside its possible duplicates (same name, same sound or within 100 m), those dismissed left out.',
                type: t['../../../../libs/register/src/duplicates/duplicates.views'].ResourceDuplicates,
              },
              dismiss: {
                summary: 'Marks the pair as not duplicates: it is not offered again, in either order.',
                type: t['../../../../libs/register/src/duplicates/duplicates.views'].ResourceDuplicates,
              },
              merge: {
                summary:
                  'Merges the resource into another, which it then redirects to; its history, offerings, bookings and figures follow.',
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/upkeep/upkeep.controller')),
          {
            UpkeepController: {
              stale: {
                summary:
                  "Published resources in the administrator's regions nobody re-confirmed in time, longest unconfirmed first.",
                type: t['../../../../libs/register/src/upkeep/upkeep.views'].StaleResourcePage,
              },
              confirm: {
                summary:
                  "The venue's operator confirms its published details are unchanged: the yearly re-confirmation.",
                type: t['../../../../libs/register/src/resources/resources.views'].ResourceView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/register/src/aliases/aliases.controller')),
          {
            AliasesController: {
              get: {
                summary: "A resource's aliases: public like the resource itself.",
                type: t['../../../../libs/register/src/aliases/aliases.views'].ResourceAliasesView,
              },
              replace: {
                summary:
                  "Replaces a resource's aliases (at most 20, 1\u201340 characters each); search has them at once.",
                type: t['../../../../libs/register/src/aliases/aliases.views'].ResourceAliasesView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/schedule/src/schedule.controller')),
          {
            ResourceScheduleController: {
              getHours: {
                summary: "The rules, today's hours, open now, the next opening and the next days, in Shanghai time.",
                type: t['../../../../libs/schedule/src/hours/opening-hours.views'].OpeningHoursView,
              },
              putHours: {
                summary:
                  "Replaces a venue's opening hours and replans its slots; booked slots the change drops need `onAffectedSlots`.",
                type: t['../../../../libs/schedule/src/hours/opening-hours.views'].OpeningHoursChangeView,
              },
              previewHours: {
                summary: 'The next days under hours not yet saved: the editor shows them before the operator commits.',
                type: t['../../../../libs/schedule/src/hours/opening-hours.views'].OpeningHoursPreviewView,
              },
              listOfferings: {
                summary: "A venue's offerings on sale, oldest first.",
                type: [t['../../../../libs/schedule/src/offerings/offerings.views'].OfferingView],
              },
              createOffering: {
                summary: 'Adds an offering to a venue and creates its slots for the booking horizon.',
                type: t['../../../../libs/schedule/src/offerings/offerings.views'].OfferingChangeView,
              },
            },
            OfferingsController: {
              get: {
                summary: 'An offering and its booking rules.',
                type: t['../../../../libs/schedule/src/offerings/offerings.views'].OfferingView,
              },
              update: {
                summary:
                  "Changes an offering's rules and replans its slots; booked slots the change drops need `onAffectedSlots`.",
                type: t['../../../../libs/schedule/src/offerings/offerings.views'].OfferingChangeView,
              },
              archive: {
                summary:
                  'Takes an offering off sale: empty slots ahead go, booked ones are kept or cancelled as `onAffectedSlots` says.',
                type: t['../../../../libs/schedule/src/offerings/offerings.views'].OfferingChangeView,
              },
              availability: {
                summary:
                  'Slots from `from` to `to` (Shanghai dates, at most 62 days) with places left and their status.',
                type: [t['../../../../libs/schedule/src/offerings/offerings.views'].SlotAvailability],
              },
            },
            CalendarController: {
              get: {
                summary:
                  'Public holidays and make-up working days (\u8C03\u4F11) of a year, and whether the year is official yet.',
                type: t['../../../../libs/schedule/src/calendar/calendar.views'].CalendarYearView,
              },
              replace: {
                summary:
                  "Replaces a year's holidays and make-up working days (a city administrator enters the State Council's notice).",
                type: t['../../../../libs/schedule/src/calendar/calendar.views'].CalendarYearView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/bookings/bookings.controller')),
          {
            BookingsController: {
              create: {
                summary: 'Books a slot for a party, confirmed or (with `waitlist`) waitlisted.',
                description:
                  'Only for accounts that have verified their login. A repeated Idempotency-Key with the\nsame body replays the first answer, refusals included, with the header `Idempotent-Replayed: true`.',
                type: t['../../../../libs/booking/src/bookings/booking.views'].BookingView,
              },
              mine: {
                summary: "The caller's bookings: upcoming visits first (soonest first), then past ones.",
                type: t['../../../../libs/booking/src/bookings/booking.views'].BookingPage,
              },
              get: {
                summary: "One booking, for its visitor or the venue's staff.",
                type: t['../../../../libs/booking/src/bookings/booking.views'].BookingView,
              },
              qr: { summary: 'The booking code as a QR code (PNG) for the entrance scanner.' },
              ics: { summary: "The visit as an iCalendar file, for the visitor's own calendar.", type: String },
              cancel: {
                summary: 'Cancels a booking or leaves the waitlist; freed places go to the waitlist at once.',
                description:
                  "By the visitor until the offering's cutoff (a waitlist entry until the slot starts), by\nthe venue's operators until the slot ends, with a `reason` the visitor is told (for example for\na visitor who phones). A school group's booking is cancelled through its group visit.",
                type: t['../../../../libs/booking/src/bookings/booking.views'].BookingView,
              },
              reschedule: {
                summary:
                  'Moves a confirmed booking to another time of its offering (\u6539\u671F), keeping its code, visitors and\nplaces until the new ones are taken: if the new slot cannot take the party, nothing changes.',
                description:
                  "The new slot is booked by the same rules as a new booking (its booking window, places\nleft beside those held for the desk and those waiting, the visitors' ages on the new day, one\nbooking per document a day, no-show bans); the old slot's places go to its waitlist at once.\nA booking changes its time at most twice (`reschedulesLeft`), until its cancellation deadline\n(`reschedulableUntil`). By its visitor; a counter or phone booking by the venue's operators.",
                type: t['../../../../libs/booking/src/bookings/booking.views'].BookingView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/check-in/check-in.controller')),
          {
            CheckInController: {
              checkIn: {
                summary: "Checks a booking code in at the venue's entrance (a school group's admits the whole group).",
                description:
                  "Another venue's code answers 404, as a code that does not exist. A check-in made\nwithout a network is sent later with `checkedInAt` and the device's `deviceId`: the same one\nsent again is answered with the booking, one another device made first is refused\n(CHECKED_IN_ON_ANOTHER_DEVICE) and shown in the slot's arrivals (docs/booking-rules.md, \"Offline check-in\").",
                type: t['../../../../libs/booking/src/check-in/gate.views'].CheckedInView,
              },
              arrivals: {
                summary: 'Who is expected in a slot and who has arrived.',
                type: t['../../../../libs/booking/src/bookings/booking.views'].SlotArrivalsView,
              },
              pack: {
                summary:
                  "A venue's day at the gate, for the check-in page to keep and check in from without a network:\nevery slot with its bookings, codes hashed with a key for this venue and day, names masked.",
                description: 'For the venue\'s operators, as the arrivals (docs/booking-rules.md, "Offline check-in").',
                type: t['../../../../libs/booking/src/check-in/check-in.views'].CheckInPackView,
              },
              lookup: {
                summary:
                  "Today's bookings at the venue for a visitor's phone or document number, when they have no code\nto show: names and numbers masked, for the operator to pick one and check it in.",
                description: "For the venue's operators, as the booking desk whose search it is.",
                type: t['../../../../libs/booking/src/check-in/gate.views'].GateLookupView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/desk/booking-desk.controller')),
          {
            BookingDeskController: {
              list: {
                summary:
                  'The venue\'s bookings by day and slot, for its operators: all of them, or\none person\'s found by `q` (docs/booking-rules.md, "The booking desk").',
                type: t['../../../../libs/booking/src/bookings/booking.views'].BookingPage,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/desk/walk-ins.controller')),
          {
            WalkInsController: {
              record: {
                summary:
                  'Records people admitted to a slot without a booking: they take its places and count in the\nstatistics (docs/booking-rules.md, "Walk-ins"). A negative count corrects an earlier tally.',
                type: t['../../../../libs/booking/src/desk/walk-ins.dto'].WalkInsView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/saved-visitors/saved-visitors.controller')),
          {
            SavedVisitorsController: {
              list: {
                summary:
                  'The people the caller books for (\u5E38\u7528\u53C2\u89C2\u4EBA), documents masked, oldest first.',
                type: [t['../../../../libs/booking/src/saved-visitors/saved-visitors.views'].SavedVisitorView],
              },
              add: {
                summary: 'Keeps a person to book for later: a booking then names them by `savedVisitorId`.',
                type: t['../../../../libs/booking/src/saved-visitors/saved-visitors.views'].SavedVisitorView,
              },
              remove: { summary: 'Forgets a saved person: their name and document are deleted at once.' },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/groups/agreements.controller')),
          {
            GroupAgreementsController: {
              offer: {
                summary: 'The venue offers a verified school a cooperation agreement of up to a year.',
                type: t['../../../../libs/booking/src/groups/group.views'].AgreementView,
              },
              list: {
                summary: 'The agreements the caller may see, with their usage per school term; ended ones last.',
                type: t['../../../../libs/booking/src/groups/group.views'].AgreementPage,
              },
              get: {
                summary: 'One agreement with its usage per school term.',
                type: t['../../../../libs/booking/src/groups/group.views'].AgreementView,
              },
              sign: {
                summary: 'A teacher of the school signs an offered agreement.',
                type: t['../../../../libs/booking/src/groups/group.views'].AgreementView,
              },
              end: {
                summary: 'Either side ends an agreement; visits already counted stay counted.',
                type: t['../../../../libs/booking/src/groups/group.views'].AgreementView,
              },
              feedback: {
                summary: "Schools' ratings and comments on a venue's group visits.",
                type: t['../../../../libs/booking/src/groups/group.views'].GroupFeedbackSummaryView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/groups/group-visits.controller')),
          {
            GroupVisitsController: {
              request: {
                summary: 'A teacher of a verified school asks a venue to take a class in one of up to three slots.',
                description:
                  'An Idempotency-Key makes a retry safe: the same key with the same body replays the\nfirst answer, with the header `Idempotent-Replayed: true`.',
                type: t['../../../../libs/booking/src/groups/group.views'].GroupVisitView,
              },
              list: {
                summary:
                  'The group visits the caller may see, undecided ones first (soonest to lapse first), then by visit day.',
                type: t['../../../../libs/booking/src/groups/group.views'].GroupVisitPage,
              },
              template: { summary: 'The name list template (XLSX with a guide sheet, or CSV) to fill in and upload.' },
              get: {
                summary: "One group visit, for its school, its venue or the region's administrators.",
                type: t['../../../../libs/booking/src/groups/group.views'].GroupVisitView,
              },
              decide: {
                summary:
                  'The venue approves a request into a preferred slot, rejects it with a reason, or proposes another slot.',
                type: t['../../../../libs/booking/src/groups/group.views'].GroupVisitView,
              },
              respond: {
                summary: "The school accepts or declines the venue's proposal.",
                type: t['../../../../libs/booking/src/groups/group.views'].GroupVisitView,
              },
              cancel: {
                summary: 'Either side calls a visit off: the school until its slot starts, the venue until it ends.',
                type: t['../../../../libs/booking/src/groups/group.views'].GroupVisitView,
              },
              colleagues: {
                summary: "The school's teachers who could lead the visit, for those who may hand it over.",
                type: [t['../../../../libs/booking/src/groups/group.views'].Colleague],
              },
              handOver: {
                summary: 'A teacher of the school hands an open visit to a colleague, who leads it from then on.',
                description:
                  'The colleague is a verified, active teacher of the same school; the former leader and\nthe venue are told.',
                type: t['../../../../libs/booking/src/groups/group.views'].GroupVisitView,
              },
              uploadNameList: {
                summary:
                  "Uploads the group's name list (XLSX or CSV in the template's columns), replacing the previous one.",
                description:
                  '`?dryRun=1` only checks and reports. A list with any error is refused whole\n(NAME_LIST_INVALID, 422, with the report by row in its details).',
                type: t['../../../../libs/booking/src/groups/group.views'].NameListReport,
              },
              nameList: {
                summary: "The group's name list, ID numbers masked.",
                type: t['../../../../libs/booking/src/groups/group.views'].NameListView,
              },
              feedback: {
                summary: 'After the visit its teacher rates it once (1 to 5, with an optional comment).',
                type: t['../../../../libs/booking/src/groups/group.views'].GroupVisitView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/bookings/own-bookings.controller')),
          {
            OwnBookingsController: {
              days: {
                summary: 'The days the caller already holds a booking at a venue, by offering.',
                description:
                  'One booking per account, offering and day (ALREADY_BOOKED): the venue page and the\nbooking form mark those days before anything is typed.',
                type: [t['../../../../libs/booking/src/bookings/own-bookings.views'].HeldDayView],
              },
              contactPhone: {
                summary:
                  "The contact phone of the caller's latest booking, masked: a booking that names none takes it\nwhen the account has no verified phone of its own.",
                description: 'A number proven by a code then needs no code again.',
                type: t['../../../../libs/booking/src/bookings/own-bookings.views'].RememberedPhoneView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/booking/src/day/operator-day.controller')),
          {
            OperatorDayController: {
              today: {
                summary:
                  "The operator's day at a glance (\u5DE5\u4F5C\u53F0), in Shanghai time: for each of their venues (or the one\nchosen), today's slots with booked, arrived, waiting, walk-ins and places left, the school\ngroups' requests to answer, the edit under review or returned, today's hours, the public\nholidays ahead and the yearly re-confirmation.",
                description: "For the venue's own operators; anyone else, its administrators too, is refused (403).",
                type: t['../../../../libs/booking/src/day/operator-day.views'].OperatorDayView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/search/src/search.controller')),
          {
            SearchController: {
              find: {
                summary:
                  'Full-text search of published resources with filters, geo, facets and highlights (docs/api.md).',
                type: Object,
              },
              suggest: {
                summary: 'Type-ahead: up to ten names for what has been typed so far (Chinese or pinyin).',
                type: [t['../../../../libs/search/src/search.views'].SearchSuggestion],
              },
            },
            MapController: {
              features: {
                summary: 'GeoJSON of every published resource the filters match (the search filters, without paging).',
                type: t['../../../../libs/search/src/search.views'].MapFeatures,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/menu/menu.controller')),
          {
            MenuController: {
              list: {
                summary:
                  "The activity menu (\u79D1\u666E\u6D3B\u52A8\u83DC\u5355): published items' approved content, newest first.",
                type: t['../../../../libs/outreach/src/menu/menu.views'].MenuItemPage,
              },
              mine: {
                summary: "The items of the operator's organisation in every status, newest first.",
                type: t['../../../../libs/outreach/src/menu/menu.views'].MenuItemPrivatePage,
              },
              reviewQueue: {
                summary:
                  "Items waiting for this administrator's review (providers in their regions), longest waiting first.",
                type: t['../../../../libs/outreach/src/menu/menu.views'].MenuItemPrivatePage,
              },
              get: {
                summary:
                  "One menu item: its approved content, or, for its provider's operators and the administrators of\nits region, the private view with the working content and its review.",
                type: Object,
              },
              create: {
                summary: 'A new draft item for a verified organisation the operator runs.',
                type: t['../../../../libs/outreach/src/menu/menu.views'].MenuItemPrivateView,
              },
              update: {
                summary:
                  'Replaces the working content; an edit of a published item goes to review while the public keeps the approved one.',
                type: t['../../../../libs/outreach/src/menu/menu.views'].MenuItemPrivateView,
              },
              submit: {
                summary: 'Sends a draft, or an item returned for changes, for review.',
                type: t['../../../../libs/outreach/src/menu/menu.views'].MenuItemPrivateView,
              },
              review: {
                summary:
                  'Approves (publishes) the content waiting for review, asks for changes, or rejects it (a comment says why).',
                type: t['../../../../libs/outreach/src/menu/menu.views'].MenuItemPrivateView,
              },
              withdraw: {
                summary: 'Takes an item off the menu (or out of review) for good.',
                type: t['../../../../libs/outreach/src/menu/menu.views'].MenuItemPrivateView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/orders/orders.controller')),
          {
            OrdersController: {
              create: {
                summary:
                  'A teacher of a verified school or a worker of a verified community orders a published menu\nitem, or writes a free request; the district of the place is told.',
                type: t['../../../../libs/outreach/src/orders/orders.views'].OrderView,
              },
              list: {
                summary:
                  "One board of orders (`view`): the caller's own, their organisation's, their district's, or those open to claim.",
                type: t['../../../../libs/outreach/src/orders/orders.views'].OrderPage,
              },
              get: {
                summary:
                  "One order, for its orderer, its provider, the district's administrators, or any provider while it is open.",
                type: t['../../../../libs/outreach/src/orders/orders.views'].OrderView,
              },
              assign: {
                summary: 'The district assigns a waiting order to a verified provider, which is told.',
                type: t['../../../../libs/outreach/src/orders/orders.views'].OrderView,
              },
              open: {
                summary: 'The district opens a submitted order for claims by the providers serving its district.',
                type: t['../../../../libs/outreach/src/orders/orders.views'].OrderView,
              },
              claim: {
                summary: 'A provider serving the district claims an open order: the first claim wins.',
                type: t['../../../../libs/outreach/src/orders/orders.views'].OrderView,
              },
              decline: {
                summary: 'The provider holding an order declines it with a reason; it goes back to the district.',
                type: t['../../../../libs/outreach/src/orders/orders.views'].OrderView,
              },
              cancel: {
                summary: 'The orderer or the district cancels an order that is not over yet.',
                type: t['../../../../libs/outreach/src/orders/orders.views'].OrderView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/directory/experts.controller')),
          {
            ExpertsController: {
              apply: {
                summary: 'A verified account applies to the expert pool (\u79D1\u666E\u4E13\u5BB6\u5E93) for itself.',
                description:
                  'The administrators of the home district (`regionCode`) review it. With `publicProfile`\nthe expert consents to the public directory showing them once approved.',
                type: t['../../../../libs/outreach/src/directory/experts.views'].ExpertView,
              },
              list: {
                summary: 'The public directory: approved experts who consented to a public profile.',
                type: t['../../../../libs/outreach/src/directory/experts.views'].ExpertPublicPage,
              },
              mine: {
                summary: "The caller's own application, with its status and the reviewer's comment.",
                type: t['../../../../libs/outreach/src/directory/experts.views'].ExpertView,
              },
              edit: {
                summary: 'The expert changes their application (the whole of it).',
                description:
                  'A changed profile of an approved expert goes back to review and leaves the directory\nuntil approved again; a rejected or withdrawn application is sent again. Consent alone\n(`publicProfile`) takes effect at once, given or withdrawn.',
                type: t['../../../../libs/outreach/src/directory/experts.views'].ExpertView,
              },
              withdraw: {
                summary: 'The expert leaves the pool: out of the public directory at once.',
                type: t['../../../../libs/outreach/src/directory/experts.views'].ExpertView,
              },
              queue: {
                summary: 'Submitted applications from the districts the administrator reviews, oldest first.',
                type: t['../../../../libs/outreach/src/directory/experts.views'].ExpertPage,
              },
              get: {
                summary:
                  'One expert: the application to the expert and the administrators of their home district, the\npublic profile to everyone else (only while approved and consenting).',
                type: Object,
              },
              review: {
                summary:
                  "The administrators of the expert's home district approve or reject (with a comment) the application.",
                type: t['../../../../libs/outreach/src/directory/experts.views'].ExpertView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/search/outreach-search.controller')),
          {
            OutreachSearchController: {
              find: {
                summary:
                  'Searches the activity menu and the public expert directory together (Chinese, pinyin or initials).',
                type: t['../../../../libs/outreach/src/search/outreach-search.views'].OutreachSearchResult,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/activities/activities.controller')),
          {
            ActivitiesController: {
              schedule: {
                summary: 'The provider sets (or moves) the time and the lead of an order it holds.',
                description:
                  "The day is within the order's window, the start in the future, the end after it and at\nmost a day later; the lead is an active operator or volunteer of the provider. Each call draws\na fresh sign-in code; the orderer is asked to confirm.",
                type: t['../../../../libs/outreach/src/activities/activities.views'].ActivityView,
              },
              confirm: {
                summary: 'The orderer confirms the time the provider set; volunteers may then join.',
                type: t['../../../../libs/outreach/src/activities/activities.views'].ActivityView,
              },
              complete: {
                summary: 'After the activity the provider records the people reached and completes it.',
                description:
                  'Volunteers still signed in are signed out at the scheduled end and credited by the 60 % rule.',
                type: t['../../../../libs/outreach/src/activities/activities.views'].ActivityView,
              },
              rate: {
                summary: 'The orderer rates a completed activity once, 1 to 5 with an optional comment.',
                description: "A 1 or a 2 is flagged to the district's administrators.",
                type: t['../../../../libs/outreach/src/activities/activities.views'].ActivityView,
              },
              list: {
                summary:
                  'The coming activities of the teams the caller volunteers for, soonest first, with whether the caller joined.',
                type: t['../../../../libs/outreach/src/activities/activities.views'].ActivityPage,
              },
              get: {
                summary:
                  "One activity: with its sign-in code and volunteers for the provider's operators and its lead.",
                type: t['../../../../libs/outreach/src/activities/activities.views'].ActivityView,
              },
              join: {
                summary: 'A volunteer of the provider joins an activity before it starts.',
                type: t['../../../../libs/outreach/src/activities/activities.views'].ActivityView,
              },
              leave: {
                summary: 'A volunteer leaves an activity before it starts.',
                type: t['../../../../libs/outreach/src/activities/activities.views'].ActivityView,
              },
              signIn: {
                summary: "A volunteer of the provider signs in with the lead's 6-digit code (joining if they had not).",
                description:
                  'Open from 60 minutes before the start to 120 minutes after the end; signing in again keeps the first time.',
                type: t['../../../../libs/outreach/src/activities/activities.views'].AttendanceView,
              },
              signOut: {
                summary:
                  'A volunteer signs out with the code; the time is credited if it reaches 60 % of the scheduled duration.',
                description: 'Otherwise nothing is credited (`creditedMinutes` 0) and `note` says why.',
                type: t['../../../../libs/outreach/src/activities/activities.views'].AttendanceView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/outreach/src/directory/volunteers.controller')),
          {
            VolunteersController: {
              me: {
                summary: "The caller's volunteer record: profile, teams, activities, credited and hand-added hours.",
                description: 'Any signed-in account may ask; one that never volunteered gets an empty record.',
                type: t['../../../../libs/outreach/src/directory/volunteers.views'].VolunteerRecordView,
              },
              putProfile: {
                summary:
                  "Writes the caller's volunteer profile (the name on the certificate, skills, districts served).",
                type: t['../../../../libs/outreach/src/directory/volunteers.views'].VolunteerProfileView,
              },
              addHours: {
                summary: "An administrator of the team's region adds hours by hand for one of the team's volunteers.",
                description: 'Kept apart from the hours credited by signing in and out, and marked as hand-added.',
                type: t['../../../../libs/outreach/src/directory/volunteers.views'].ManualHoursView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/campaigns/campaigns.controller')),
          {
            CampaignsController: {
              list: {
                summary:
                  'Published campaigns (\u5168\u56FD\u79D1\u666E\u65E5, \u79D1\u6280\u6D3B\u52A8\u5468\u2026), latest first.',
                type: t['../../../../libs/campaigns/src/campaigns/campaigns.views'].CampaignPage,
              },
              managed: {
                summary: "Campaigns in every state covering the administrator's regions, latest first.",
                type: t['../../../../libs/campaigns/src/campaigns/campaigns.views'].CampaignPage,
              },
              create: {
                summary: 'A new draft campaign over regions the administrator administers.',
                type: t['../../../../libs/campaigns/src/campaigns/campaigns.views'].CampaignView,
              },
              get: {
                summary:
                  'One campaign: published or cancelled for everyone, a draft for the administrators of its regions.',
                type: t['../../../../libs/campaigns/src/campaigns/campaigns.views'].CampaignView,
              },
              update: {
                summary: 'Replaces what the campaign says (not once cancelled); its events stay.',
                type: t['../../../../libs/campaigns/src/campaigns/campaigns.views'].CampaignView,
              },
              publish: {
                summary: 'Publishes a draft: it is listed, and operators may add their events.',
                type: t['../../../../libs/campaigns/src/campaigns/campaigns.views'].CampaignView,
              },
              cancel: {
                summary:
                  'Calls the campaign off: its page says so and its events leave it in search; they stay bookable.',
                type: t['../../../../libs/campaigns/src/campaigns/campaigns.views'].CampaignView,
              },
              events: {
                summary: 'The campaign page: its events on sale, with their venues, by day, district and theme.',
                type: [t['../../../../libs/campaigns/src/events/event.views'].EventView],
              },
              attach: {
                summary: 'Adds an event or lab open day of a venue the operator runs to a published campaign.',
                type: t['../../../../libs/campaigns/src/events/event.views'].EventView,
              },
              detach: {
                summary:
                  "Takes an event out of the campaign (its venue's operators, or the campaign's administrators).",
              },
              figures: {
                summary:
                  "The campaign's figures by district, for the administrators of its regions; CSV or XLSX with `format`.",
                type: Object,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/campaigns/src/search/event-search.controller')),
          {
            EventSearchController: {
              find: {
                summary:
                  'Searches events (\u6D3B\u52A8, \u5B9E\u9A8C\u5BA4\u5F00\u653E\u65E5) at published venues (Chinese, pinyin or initials), by campaign, place, theme and dates.',
                type: t['../../../../libs/campaigns/src/search/event-search.views'].EventSearchResult,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/stats/src/stats.controller')),
          {
            StatsController: {
              overview: {
                summary:
                  "Register, service and group-visit figures of a region, a venue or the caller's venues over a period.",
                type: Object,
              },
              series: { summary: 'Service figures per day, week or month of the period, oldest first.', type: Object },
              venues: { summary: 'Service figures per venue in scope, most people served first.', type: Object },
              districts: {
                summary: 'Venues and people served per district of a region (administrators only).',
                type: Object,
              },
              outreachFigures: {
                summary:
                  "Outreach of a region over a period: orders, time to take them, activities, people reached, volunteers' hours, ratings.",
                type: Object,
              },
              publicFigures: {
                summary: "The public account of a region's year: headline figures, no personal data.",
                type: t['../../../../libs/stats/src/stats.views'].PublicFigures,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../../../../libs/stats/src/service-criteria.controller')),
          {
            ServiceCriteriaController: {
              criteria: {
                summary:
                  'The yearly minimum of open days and visitors per resource type in a region, and the region each rule comes from.',
                type: t['../../../../libs/stats/src/service-criteria.views'].ServiceCriteriaView,
              },
              setCriteria: {
                summary: "Sets a region's own criteria (all of them; a type left out inherits from the region above).",
                type: t['../../../../libs/stats/src/service-criteria.views'].ServiceCriteriaView,
              },
              annual: {
                summary:
                  "Each science base's open days and visitors in a year against its criteria, those below first.",
                type: Object,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../health/health.controller')),
          {
            HealthController: {
              check: {
                summary: 'Liveness and readiness: the database must answer; search may be down.',
                type: t['../health/health.views'].HealthView,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../metrics/metrics.controller')),
          {
            MetricsController: {
              scrape: {
                summary: "This process's metrics, in Prometheus' text format, for a bearer of `METRICS_TOKEN`.",
                type: String,
              },
            },
          },
        ],
        [
          Promise.resolve(require('../web-config/web-config.controller')),
          {
            WebConfigController: {
              get: {
                summary: "The deployment's settings for the web app: its base map.",
                type: t['../web-config/web-config.views'].WebConfigView,
              },
            },
          },
        ],
      ],
    },
  };
};
