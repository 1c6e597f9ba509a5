import type { RouteRecordRaw } from 'vue-router';
import { adminKeepingRoutes } from './keeping-routes';

export const adminRoutes: RouteRecordRaw[] = [...adminKeepingRoutes];
