import type { RouteRecordRaw } from 'vue-router';

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/review',
    component: () => import('./ReviewQueueView.vue'),
    meta: { console: 'admin', nav: 'admin.nav.review' },
  },
  { path: 'admin/review/:id', component: () => import('./ReviewView.vue'), props: true, meta: { console: 'admin' } },
];
