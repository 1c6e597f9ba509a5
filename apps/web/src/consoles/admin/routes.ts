import type { RouteRecordRaw } from 'vue-router';
import { adminStatsRoutes } from '../stats/routes';
import { adminKeepingRoutes } from './keeping-routes';
import { adminOutreachRoutes } from './outreach/routes';

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/review',
    component: () => import('./ReviewQueueView.vue'),
    meta: { console: 'admin', nav: 'admin.nav.review' },
  },
  { path: 'admin/review/:id', component: () => import('./ReviewView.vue'), props: true, meta: { console: 'admin' } },
  {
    path: 'admin/duplicates/:id',
    component: () => import('./DuplicatesView.vue'),
    props: true,
    meta: { console: 'admin' },
  },
  ...adminKeepingRoutes,
  {
    path: 'admin/invitations',
    component: () => import('./InvitationsView.vue'),
    meta: { console: 'admin', nav: 'adminIdentity.nav.invitations' },
  },
  {
    path: 'admin/accounts',
    component: () => import('./AccountsView.vue'),
    meta: { console: 'admin', nav: 'adminIdentity.nav.accounts' },
  },
  ...adminStatsRoutes,
  ...adminOutreachRoutes,
  {
    path: 'admin/campaigns',
    component: () => import('./CampaignsView.vue'),
    meta: { console: 'admin', nav: 'campaigns.admin.menu' },
  },
];
