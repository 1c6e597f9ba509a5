import type { Translation } from '../messages';

export const zh = {
  nav: {},
};

export const en: Translation<typeof zh> = {
  nav: {},
};
