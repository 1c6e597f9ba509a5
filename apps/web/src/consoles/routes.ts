import type { RouteRecordRaw } from 'vue-router';
import { adminRoutes } from './admin/routes';
import { operatorRoutes } from './operator/routes';
import { schoolRoutes } from './school/routes';
import { communityRoutes, schoolOutreachRoutes, volunteerRoutes } from './outreach/routes';
import type { ConsoleName } from './roles';

declare module 'vue-router' {
  interface RouteMeta {
    /** Pages for signed-in people only. */
    signedIn?: boolean;
    /** The console a page belongs to; others are sent to the console home. */
    console?: ConsoleName;
    /** The message key of the page's entry in the console navigation, if it has one. */
    nav?: string;
  }
}

/** Every console page, under /console, behind sign-in and the page's role. */
export const consoleRoute: RouteRecordRaw = {
  path: '/console',
  component: () => import('./ConsoleLayout.vue'),
  meta: { signedIn: true },
  children: [
    { path: '', component: () => import('./ConsoleHome.vue') },
    ...operatorRoutes,
    ...schoolRoutes,
    ...schoolOutreachRoutes,
    ...communityRoutes,
    ...volunteerRoutes,
    ...adminRoutes,
  ],
};
