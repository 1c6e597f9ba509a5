import type { RouteRecordRaw } from 'vue-router';

export const schoolRoutes: RouteRecordRaw[] = [];
