import { createI18n } from 'vue-i18n';
import { messages } from './messages';
import { locale } from './preferences';

export const i18n = createI18n({
  legacy: false,
  locale: locale.value,
  fallbackLocale: 'zh-CN',
  messages,
});
