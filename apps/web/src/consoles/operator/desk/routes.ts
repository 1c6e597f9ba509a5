import type { RouteRecordRaw } from 'vue-router';

/** The operator's booking desk (预约台), and one booking's printable confirmation. */
export const operatorDeskRoutes: RouteRecordRaw[] = [
  {
    path: 'operator/desk',
    component: () => import('./DeskView.vue'),
    meta: { console: 'operator', nav: 'operatorDesk.nav.desk' },
  },
  {
    path: 'operator/desk/bookings/:id',
    component: () => import('./DeskPrintView.vue'),
    props: true,
    meta: { console: 'operator' },
  },
];
