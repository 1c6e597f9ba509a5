import type { RouteRecordRaw } from 'vue-router';

/** The operator's group visits (馆校合作): the inbox, one request to decide, agreements and feedback. */
export const operatorGroupRoutes: RouteRecordRaw[] = [
  {
    path: 'operator/group-visits',
    component: () => import('./InboxView.vue'),
    meta: { console: 'operator', nav: 'operatorGroups.nav.inbox' },
  },
  {
    path: 'operator/group-visits/:id',
    component: () => import('./GroupVisitView.vue'),
    props: true,
    meta: { console: 'operator' },
  },
  {
    path: 'operator/group-agreements',
    component: () => import('./AgreementsView.vue'),
    meta: { console: 'operator', nav: 'operatorGroups.nav.agreements' },
  },
];
