import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokensService } from '@kepu/identity/tokens.service';
import { validCreditCode } from './register';
import type { SignedIn } from './sessions';
import type { TestApp } from './test-app';

/** Nanshan (南山区) and Futian (福田区): the districts outreach tests order in. */
export const NANSHAN = '440305';
export const FUTIAN = '440304';

const tag = () => randomBytes(4).toString('hex');

/** A new organisation, straight in the database; verified unless told otherwise. */
export async function organisation(
  t: TestApp,
  {
    kind,
    regionCode = NANSHAN,
    verified = true,
    name,
  }: { kind: string; regionCode?: string; verified?: boolean; name?: string },
): Promise<string> {
  const [org]: { id: string }[] = await t.app.get(DataSource).query(
    `INSERT INTO organisations (name, kind, credit_code, region_code, verified_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END) RETURNING id`,
    [name ?? `测试机构 ${tag()}`, kind, validCreditCode(), regionCode, verified],
  );
  return org.id;
}

/**
 * A new signed-in account (e-mail login, proven unless `verified` is false) holding `role` for the
 * organisation, as accepting an invitation would leave it.
 */
export async function memberOf(
  t: TestApp,
  organisationId: string,
  role: 'operator' | 'school' | 'community' | 'volunteer',
  { verified = true, displayName = '测试成员' } = {},
): Promise<SignedIn & { organisationId: string }> {
  const db = t.app.get(DataSource);
  const [account]: { id: string }[] = await db.query(
    `INSERT INTO accounts (email, display_name, password_hash, verified_at)
     VALUES ($1, $2, '!', CASE WHEN $3 THEN now() END) RETURNING id`,
    [`${role}-${tag()}@test.kepu`, displayName, verified],
  );
  await db.query(`INSERT INTO role_grants (account_id, role, organisation_id) VALUES ($1, $2, $3)`, [
    account.id,
    role,
    organisationId,
  ]);
  const session = await t.app.get(TokensService).startSession(account.id);
  return { ...session, user: { id: account.id, roles: [role] }, organisationId };
}

/** A worker of a new verified community (社区) in the district. */
export async function communityWorker(t: TestApp, regionCode = NANSHAN) {
  return memberOf(t, await organisation(t, { kind: 'community', regionCode }), 'community', { displayName: '王社工' });
}

/** An operator of a new verified provider (a volunteer team by default) registered in the district. */
export async function providerOperator(t: TestApp, regionCode = NANSHAN, kind = 'volunteer_team') {
  return memberOf(t, await organisation(t, { kind, regionCode }), 'operator', { displayName: '陈队长' });
}

/** What a menu item holds, as the API takes it; `overrides` replace fields. */
export function menuItemBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '趣味科学秀',
    summary: '用液氮、静电和声波做的科学表演，适合小学生和家庭观看，含互动提问环节。',
    format: 'science_show',
    themes: ['physics', 'chemistry'],
    audiences: ['primary', 'families'],
    durationMinutes: 90,
    minPeople: 20,
    maxPeople: 200,
    districtCodes: [NANSHAN],
    leadDays: 7,
    hostEquipment: '室内场地、投影仪、两张桌子',
    feeFen: 0,
    ...overrides,
  };
}

/**
 * A published menu item of the provider, straight in the database (as an approved review leaves
 * it), for tests of what comes after the menu.
 */
export async function publishedMenuItem(
  t: TestApp,
  provider: { organisationId: string; user: { id: string } },
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const content = menuItemBody(overrides);
  const [item]: { id: string }[] = await t.app.get(DataSource).query(
    `INSERT INTO outreach_menu_items (provider_id, title, summary, format, themes, audiences, duration_minutes,
       min_people, max_people, district_codes, lead_days, host_equipment, fee_fen, status, published_content,
       published_district_codes, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'published', $14, $10, $15) RETURNING id`,
    [
      provider.organisationId,
      content.title,
      content.summary,
      content.format,
      content.themes,
      content.audiences,
      content.durationMinutes,
      content.minPeople,
      content.maxPeople,
      content.districtCodes,
      content.leadDays,
      content.hostEquipment,
      content.feeFen,
      JSON.stringify(content),
      provider.user.id,
    ],
  );
  return item.id;
}

/** A day `days` after today in Shanghai, `YYYY-MM-DD`. */
export function shanghaiDay(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
