import type { RouteRecordRaw } from 'vue-router';

/** The statistics pages: administrators' under /console/admin, operators' under /console/operator. */
export const adminStatsRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/stats',
    component: () => import('./AdminStatsView.vue'),
    meta: { console: 'admin', nav: 'stats.menu' },
  },
  {
    path: 'admin/stats/annual-service',
    component: () => import('./AnnualServiceView.vue'),
    meta: { console: 'admin', nav: 'annualService.menu' },
  },
];

export const operatorStatsRoutes: RouteRecordRaw[] = [
  {
    path: 'operator/stats',
    component: () => import('./OperatorStatsView.vue'),
    meta: { console: 'operator', nav: 'stats.menu' },
  },
];
