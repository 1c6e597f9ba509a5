import type { RouteRecordRaw } from 'vue-router';

/** The school console (馆校合作): a teacher's class visits and the school's agreements. */
export const schoolRoutes: RouteRecordRaw[] = [
  {
    path: 'school/visits',
    component: () => import('./VisitsView.vue'),
    meta: { console: 'school', nav: 'school.nav.visits' },
  },
  {
    path: 'school/visits/new',
    component: () => import('./RequestVisitView.vue'),
    meta: { console: 'school', nav: 'school.nav.request' },
  },
  {
    path: 'school/visits/:id',
    component: () => import('./VisitDetailView.vue'),
    props: true,
    meta: { console: 'school' },
  },
  {
    path: 'school/agreements',
    component: () => import('./AgreementsView.vue'),
    meta: { console: 'school', nav: 'school.nav.agreements' },
  },
];
