import type { RouteRecordRaw } from 'vue-router';
import { adminRoutes } from './admin/routes';
import { operatorRoutes } from './operator/routes';
import { schoolRoutes } from './school/routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** Pages for signed-in people only. */
    signedIn?: boolean;
    /** The console a page belongs to; others are sent to the console home. */
    console?: 'operator' | 'school' | 'admin';
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
    ...adminRoutes,
  ],
};
