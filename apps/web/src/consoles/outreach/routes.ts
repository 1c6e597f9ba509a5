import type { RouteRecordRaw } from 'vue-router';
import type { OrdererConsole } from './outreach';

/** An orderer's outreach pages; a school's teachers and a community's workers get the same ones. */
const ordererPages = (console: OrdererConsole): RouteRecordRaw[] => [
  {
    path: `${console}/outreach/orders`,
    component: () => import('./OrdersView.vue'),
    meta: { console, nav: 'outreach.nav.orders' },
  },
  {
    path: `${console}/outreach/orders/new`,
    component: () => import('./OrderFormView.vue'),
    meta: { console, nav: 'outreach.nav.newOrder' },
  },
  {
    path: `${console}/outreach/orders/:id`,
    component: () => import('./OrderDetailView.vue'),
    props: true,
    meta: { console },
  },
];

/** The community console (社区点单) is its outreach pages; the school console adds them to its own. */
export const communityRoutes = ordererPages('community');
export const schoolOutreachRoutes = ordererPages('school');

/** The volunteer console: activities with sign-in by code, hours, profile and the certificate of hours. */
export const volunteerRoutes: RouteRecordRaw[] = [
  {
    path: 'volunteer/activities',
    component: () => import('./VolunteerView.vue'),
    meta: { console: 'volunteer', nav: 'outreach.nav.activities' },
  },
  {
    path: 'volunteer/hours',
    component: () => import('./HoursView.vue'),
    meta: { console: 'volunteer', nav: 'outreach.nav.hours' },
  },
  {
    path: 'volunteer/profile',
    component: () => import('./VolunteerProfileView.vue'),
    meta: { console: 'volunteer', nav: 'outreach.nav.profile' },
  },
  {
    path: 'volunteer/certificate',
    component: () => import('./CertificateView.vue'),
    meta: { console: 'volunteer', nav: 'outreach.nav.certificate' },
  },
];
