import type { Translation } from '../messages';

/** The outreach pages' names in the site's header and the consoles' navigation, which every page shows. */
export const zh = {
  menu: '科普点单',
  orders: '我的点单',
  newOrder: '我要点单',
  activities: '志愿活动',
  hours: '服务时长',
  profile: '志愿者资料',
  certificate: '时长证明',
};

export const en: Translation<typeof zh> = {
  menu: 'Order science',
  orders: 'My orders',
  newOrder: 'Order an activity',
  activities: 'Volunteer activities',
  hours: 'My hours',
  profile: 'Volunteer profile',
  certificate: 'Certificate of hours',
};
