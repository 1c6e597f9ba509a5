/**
 * Identity documents in the booking form: the server's own rules (libs/core, docs/booking-rules.md,
 * "Identity documents"), run as the visitor types so a mistake shows at once, and the countries a
 * passport may come from, named in the page's language.
 */
import * as countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import {
  DOCUMENT_TYPES,
  parseDocument,
  type DocumentProblem,
  type DocumentType,
} from '../../../../libs/core/src/privacy/identity-document';
import { todayInBeijing } from './time';

countries.registerLocale(en);
countries.registerLocale(zh);

export { DOCUMENT_TYPES, type DocumentType };

/** The first thing wrong with a document, or nothing. */
export function documentProblem(type: DocumentType, number: string, country: string): DocumentProblem | undefined {
  const parsed = parseDocument({ type, number, country }, todayInBeijing());
  return 'problem' in parsed ? parsed.problem : undefined;
}

/** Every country, ISO 3166-1 alpha-3 codes with their names, sorted by name in `locale`. */
export function countryChoices(locale: string): { code: string; name: string }[] {
  const language = locale.startsWith('zh') ? 'zh' : 'en';
  return Object.keys(countries.getAlpha3Codes())
    .map((code) => ({ code, name: countries.getName(code, language) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
