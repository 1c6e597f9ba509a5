import type { RouteRecordRaw } from 'vue-router';

export const operatorRoutes: RouteRecordRaw[] = [];
