import type { RouteRecordRaw } from 'vue-router';
import { outreachProviderRoutes } from '../outreach-provider/routes';
import { operatorStatsRoutes } from '../stats/routes';
import { operatorDeskRoutes } from './desk/routes';
import { operatorGroupRoutes } from './groups/routes';

const operator = (nav?: string) => ({ console: 'operator' as const, ...(nav && { nav: `operator.nav.${nav}` }) });

export const operatorRoutes: RouteRecordRaw[] = [
  // The operator's first screen: the day at a glance (工作台).
  {
    path: 'operator/home',
    component: () => import('./WorkbenchView.vue'),
    meta: { console: 'operator', nav: 'operatorDay.nav.home' },
  },
  { path: 'operator/venues', component: () => import('./VenuesView.vue'), meta: operator('venues') },
  { path: 'operator/venues/new', component: () => import('./VenueView.vue'), meta: operator() },
  { path: 'operator/venues/:id', component: () => import('./VenueView.vue'), props: true, meta: operator() },
  { path: 'operator/today', component: () => import('./TodayView.vue'), meta: operator('today') },
  { path: 'operator/check-in', component: () => import('./CheckInView.vue'), meta: operator('checkIn') },
  ...operatorDeskRoutes,
  ...operatorGroupRoutes,
  ...outreachProviderRoutes,
  ...operatorStatsRoutes,
];
