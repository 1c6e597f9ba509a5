import { computed } from 'vue';
import { session } from '../lib/session';

/** The consoles; administrators of a district, the city or the system share one. */
export type ConsoleName = 'operator' | 'school' | 'community' | 'volunteer' | 'admin';

const ADMIN_ROLES = ['district_admin', 'city_admin', 'system_admin'];

/** The consoles the signed-in account may open, in the order the navigation shows them. */
export const consoles = computed<ConsoleName[]>(() => {
  const roles = session.me?.roles ?? [];
  return [
    ...(roles.includes('operator') ? (['operator'] as const) : []),
    ...(roles.includes('school') ? (['school'] as const) : []),
    ...(roles.includes('community') ? (['community'] as const) : []),
    ...(roles.includes('volunteer') ? (['volunteer'] as const) : []),
    ...(roles.some((role) => ADMIN_ROLES.includes(role)) ? (['admin'] as const) : []),
  ];
});

/** The organisations the account acts for in this role (an operator's venues, a teacher's school, a community, a team). */
export const organisationsAs = (role: 'operator' | 'school' | 'community' | 'volunteer') =>
  (session.me?.grants ?? []).filter((g) => g.role === role && g.organisationId).map((g) => g.organisationId as string);
