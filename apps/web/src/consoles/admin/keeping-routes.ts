import type { RouteRecordRaw } from 'vue-router';

/** The administrators' register-keeping pages, under /console/admin. */
export const adminKeepingRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/register',
    component: () => import('./register/RegisterView.vue'),
    meta: { console: 'admin', nav: 'adminKeeping.nav.register' },
  },
  {
    path: 'admin/organisations',
    component: () => import('./register/OrganisationsView.vue'),
    meta: { console: 'admin', nav: 'adminKeeping.nav.organisations' },
  },
  {
    path: 'admin/census',
    component: () => import('./register/CensusView.vue'),
    meta: { console: 'admin', nav: 'adminKeeping.nav.census' },
  },
  {
    path: 'admin/accreditations',
    component: () => import('./register/AccreditationsView.vue'),
    meta: { console: 'admin', nav: 'adminKeeping.nav.accreditations' },
  },
  {
    path: 'admin/stale',
    component: () => import('./register/StaleView.vue'),
    meta: { console: 'admin', nav: 'upkeep.staleQueue.nav' },
  },
  {
    path: 'admin/calendar',
    component: () => import('./register/CalendarView.vue'),
    meta: { console: 'admin', nav: 'adminKeeping.nav.calendar' },
  },
];
