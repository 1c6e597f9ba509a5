import { createI18n } from 'vue-i18n';
import { compileMessage } from './message-format';
import { messages } from './messages';
import { locale } from './preferences';

export const i18n = createI18n({
  legacy: false,
  locale: locale.value,
  fallbackLocale: 'zh-CN',
  messages,
  messageCompiler: compileMessage,
});

let consoleMessages: Promise<void> | undefined;
/** The consoles' strings (console-messages.ts), fetched once, before the first console page shows. */
export function loadConsoleMessages(): Promise<void> {
  consoleMessages ??= import('./console-messages').then(
    ({ consoleMessages: loaded }) => {
      for (const [language, namespaces] of Object.entries(loaded)) i18n.global.mergeLocaleMessage(language, namespaces);
    },
    (error) => {
      consoleMessages = undefined; // a new deployment or no network: the next console page tries again
      throw error;
    },
  );
  return consoleMessages;
}
