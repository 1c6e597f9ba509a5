import type { RouteRecordRaw } from 'vue-router';
import { operatorGroupRoutes } from './groups/routes';

export const operatorRoutes: RouteRecordRaw[] = [...operatorGroupRoutes];
