import { createRouter, createWebHistory, START_LOCATION } from 'vue-router';
import HomeView from './views/HomeView.vue';
import { consoles } from './consoles/roles';
import { loadConsoleMessages, loadOutreachMessages } from './lib/i18n';
import { restoreSession, session } from './lib/session';
import { prefetchVenue } from './lib/venue-answers';

const CONSOLES_NOT_LOADED = 'consoles-not-loaded';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: HomeView },
    {
      path: '/venues/:id',
      component: () => import('./views/VenueView.vue'),
      props: true,
      // The venue and its calendars are asked for while the page's code loads (lib/venue-answers.ts).
      beforeEnter: (to) => prefetchVenue(to.params.id as string),
    },
    {
      path: '/book/:offeringId',
      component: () => import('./views/BookingView.vue'),
      props: true,
      meta: { signedIn: true },
    },
    { path: '/me/bookings', component: () => import('./views/MyBookingsView.vue'), meta: { signedIn: true } },
    { path: '/figures', component: () => import('./views/FiguresView.vue') },
    { path: '/me', component: () => import('./views/ProfileView.vue'), meta: { signedIn: true } },
    { path: '/privacy', component: () => import('./views/PrivacyView.vue') },
    { path: '/open-data', component: () => import('./views/OpenDataView.vue') },
    { path: '/campaigns', component: () => import('./views/campaigns/CampaignsView.vue') },
    { path: '/campaigns/:id', component: () => import('./views/campaigns/CampaignView.vue'), props: true },
    {
      // The outreach pages' strings load with the first of them (lib/i18n.ts), not with every page.
      path: '/outreach',
      beforeEnter: () => loadOutreachMessages(),
      children: [
        { path: 'menu', component: () => import('./views/outreach/MenuView.vue') },
        { path: 'menu/:id', component: () => import('./views/outreach/MenuItemView.vue'), props: true },
        { path: 'experts', component: () => import('./views/outreach/ExpertsView.vue') },
      ],
    },
    {
      // The consoles' pages are many; their routes and strings load with the first console page,
      // replacing this stand-in, so public pages do not carry them (docs/web.md, "First page").
      path: '/console/:rest(.*)*',
      name: CONSOLES_NOT_LOADED,
      meta: { signedIn: true },
      component: () => import('./views/NotFoundView.vue'),
      beforeEnter: async (to) => {
        const [{ consoleRoute }] = await Promise.all([import('./consoles/routes'), loadConsoleMessages()]);
        router.removeRoute(CONSOLES_NOT_LOADED);
        router.addRoute(consoleRoute);
        return to.fullPath;
      },
    },
    { path: '/login', component: () => import('./views/LoginView.vue') },
    { path: '/register', component: () => import('./views/LoginView.vue'), props: { register: true } },
    { path: '/:rest(.*)*', component: () => import('./views/NotFoundView.vue') },
  ],
  // A page opened from outside is already at the top: scrolling there would only force a layout.
  scrollBehavior: (_to, from, saved) => saved ?? (from === START_LOCATION ? false : { top: 0 }),
});

/**
 * Pages for signed-in people send everyone else to sign in first, and back afterwards; a console
 * page for another role goes to the console home, which says what this account may open.
 */
router.beforeEach(async (to) => {
  if (!session.ready) await restoreSession();
  if (to.meta.signedIn && !session.me) return { path: '/login', query: { next: to.fullPath } };
  if (to.meta.console && !consoles.value.includes(to.meta.console)) return { path: '/console' };
});
