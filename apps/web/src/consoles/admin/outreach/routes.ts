import type { RouteRecordRaw } from 'vue-router';

const admin = (nav?: string) => ({ console: 'admin' as const, ...(nav && { nav: `adminOutreach.nav.${nav}` }) });

/**
 * The administrators' outreach pages: the district dispatch board (派单), the review of menu items
 * and of expert applications, and the outreach figures.
 */
export const adminOutreachRoutes: RouteRecordRaw[] = [
  { path: 'admin/outreach/dispatch', component: () => import('./DispatchView.vue'), meta: admin('dispatch') },
  {
    path: 'admin/outreach/dispatch/:id',
    component: () => import('./DispatchOrderView.vue'),
    props: true,
    meta: admin(),
  },
  { path: 'admin/outreach/menu-review', component: () => import('./MenuReviewView.vue'), meta: admin('menuReview') },
  {
    path: 'admin/outreach/expert-review',
    component: () => import('./ExpertReviewView.vue'),
    meta: admin('expertReview'),
  },
  { path: 'admin/outreach/stats', component: () => import('./OutreachStatsView.vue'), meta: admin('stats') },
];
