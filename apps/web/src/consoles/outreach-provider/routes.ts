import type { RouteRecordRaw } from 'vue-router';

const operator = (nav?: string) => ({
  console: 'operator' as const,
  ...(nav && { nav: `outreachProvider.nav.${nav}` }),
});

/**
 * A provider's outreach pages (科普活动菜单, 点单), for the operators of any verified organisation:
 * venues, institutes, enterprises, NGOs and volunteer teams.
 */
export const outreachProviderRoutes: RouteRecordRaw[] = [
  { path: 'operator/outreach/menu', component: () => import('./MenuView.vue'), meta: operator('menu') },
  { path: 'operator/outreach/menu/new', component: () => import('./MenuItemEditView.vue'), meta: operator() },
  {
    path: 'operator/outreach/menu/:id',
    component: () => import('./MenuItemEditView.vue'),
    props: true,
    meta: operator(),
  },
  { path: 'operator/outreach/orders', component: () => import('./OrdersView.vue'), meta: operator('orders') },
  {
    path: 'operator/outreach/orders/:id',
    component: () => import('./OrderDetailView.vue'),
    props: true,
    meta: operator(),
  },
  // The lead's page: a lead who only volunteers for the provider opens it too; the API decides
  // who sees the sign-in code (the provider's operators and the lead).
  {
    path: 'operator/outreach/activities/:id',
    component: () => import('./ActivityView.vue'),
    props: true,
  },
];
