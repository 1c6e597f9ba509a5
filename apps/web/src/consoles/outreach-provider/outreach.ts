import { reactive } from 'vue';
import { client } from '../../lib/api/client';
import type { ActivityView, OrderView, OrganisationMember } from '../../lib/api/models';
import { locale } from '../../lib/preferences';
import { organisationsAs } from '../roles';

/** The activity formats of the menu, in the order forms offer them. */
export const FORMATS = ['science_show', 'lecture', 'workshop', 'lab_demo', 'mobile_exhibition', 'field_guide'] as const;

/** The organisations the signed-in operator acts for: each may provide activities once verified. */
export const myOrganisations = () => organisationsAs('operator');

/** Names of organisations by id, asked once each. */
const names = reactive<Record<string, string>>({});
export async function loadOrganisationNames(ids: string[]): Promise<void> {
  await Promise.all(
    ids
      .filter((id) => !(id in names))
      .map(async (id) => {
        names[id] = id;
        try {
          const { data } = await client.GET('/api/v1/organisations/{id}', { params: { path: { id } } });
          names[id] = data.verifiedName ?? data.name;
        } catch {
          delete names[id];
        }
      }),
  );
}
export const organisationName = (id: string) => names[id] ?? '';

/** A fee in fen as the reader reads money: 免费 / Free, or ¥12.50. */
export const feeText = (fen: number, free: string) => (fen ? `¥${(fen / 100).toFixed(fen % 100 ? 2 : 0)}` : free);

/** Whole hours and days since a moment, for how long an order has waited. */
export function ageOf(since: string, now = Date.now()): { days: number; hours: number } {
  const hours = Math.max(0, Math.floor((now - new Date(since).getTime()) / 3_600_000));
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

/** A Beijing day and clock time as the API takes an instant: `2026-05-01T09:30:00+08:00`. */
export const beijingInstant = (day: string, time: string) => `${day}T${time}:00+08:00`;

/** The Beijing day (YYYY-MM-DD) and clock time (HH:mm) of an instant. */
export function beijingParts(instant: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** A clock time some minutes later, on the same day at the latest (23:59). */
export function timeAfter(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The people who may lead a provider's activity: its operators and volunteers, each once. */
export async function possibleLeads(organisationId: string): Promise<OrganisationMember[]> {
  const { data } = await client.GET('/api/v1/organisations/{id}/members', { params: { path: { id: organisationId } } });
  const leads = new Map<string, OrganisationMember>();
  for (const member of data)
    if ((member.role === 'operator' || member.role === 'volunteer') && !leads.has(member.accountId))
      leads.set(member.accountId, member);
  return [...leads.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, locale.value));
}

/** The activity planned for an order, with its sign-in code and volunteers for the provider. */
export async function activityOf(order: OrderView): Promise<ActivityView | undefined> {
  if (!order.activity) return undefined;
  return (await client.GET('/api/v1/outreach/activities/{id}', { params: { path: { id: order.activity.id } } })).data;
}
