import { ref, watch } from 'vue';

/** Settings a visitor makes once and keeps on this device: language, elder mode (长辈模式) and city. */
const stored = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const keep = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private browsing without storage: the setting lasts for this visit only.
  }
};

export type Locale = 'zh-CN' | 'en';
export const locale = ref<Locale>(stored('kepu.locale') === 'en' ? 'en' : 'zh-CN');
export const elderMode = ref(stored('kepu.elder') === '1');
/** The city chosen on the figures page or the map, for both; unset: the one with most venues. */
export const chosenCity = ref<string | undefined>(stored('kepu.city') ?? undefined);

/**
 * Applies the settings to <html> now, and keeps each whenever it changes (not at every page load:
 * storage writes block the page while it starts).
 */
export function applyPreferences(): void {
  const showLocale = (value: Locale) => (document.documentElement.lang = value);
  const showElderMode = (on: boolean) => document.documentElement.classList.toggle('elder', on);
  showLocale(locale.value);
  showElderMode(elderMode.value);
  watch(locale, (value) => {
    keep('kepu.locale', value);
    showLocale(value);
  });
  watch(elderMode, (on) => {
    keep('kepu.elder', on ? '1' : '0');
    showElderMode(on);
  });
  watch(chosenCity, (code) => code && keep('kepu.city', code));
}
