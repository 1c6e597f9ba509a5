/**
 * What the expert directory's endpoints answer. Times (`consentedAt`, `reviewedAt`, `createdAt`,
 * `updatedAt`) are ISO 8601 in Shanghai time (`2026-05-01T09:30:00+08:00`).
 */
import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@kepu/core';
import { EXPERT_STATUSES, type ExpertStatus } from './expert.entity';

/** The languages an expert may speak to an audience in: a closed list, so the directory can filter by it. */
export const EXPERT_LANGUAGES = {
  zh: { zh: '普通话', en: 'Mandarin' },
  yue: { zh: '粤语', en: 'Cantonese' },
  hak: { zh: '客家话', en: 'Hakka' },
  nan: { zh: '闽南语', en: 'Hokkien' },
  csl: { zh: '中国手语', en: 'Chinese Sign Language' },
  en: { zh: '英语', en: 'English' },
  ja: { zh: '日语', en: 'Japanese' },
  ko: { zh: '韩语', en: 'Korean' },
  fr: { zh: '法语', en: 'French' },
  de: { zh: '德语', en: 'German' },
  es: { zh: '西班牙语', en: 'Spanish' },
  ru: { zh: '俄语', en: 'Russian' },
} as const;
export type ExpertLanguage = keyof typeof EXPERT_LANGUAGES;
export const EXPERT_LANGUAGE_CODES = Object.keys(EXPERT_LANGUAGES) as ExpertLanguage[];

/** A language with its labels, so a page shows it without a lookup. */
export class ExpertLanguageView {
  @ApiProperty({ enum: EXPERT_LANGUAGE_CODES })
  code!: ExpertLanguage;
  /** e.g. 粤语. */
  zh!: string;
  /** e.g. Cantonese. */
  en!: string;
}

export const languageViews = (codes: ExpertLanguage[]): ExpertLanguageView[] =>
  codes.map((code) => ({ code, ...EXPERT_LANGUAGES[code] }));

/** An expert as the public sees them (approved, with their consent): never their account, phone or e-mail. */
export class ExpertPublicView {
  id!: string;
  name!: string;
  /** 职称, e.g. 研究员. */
  title!: string;
  organisationName!: string;
  /** Theme codes (GET /vocabularies, `themes`). */
  fields!: string[];
  /** Districts (region codes) the expert is willing to go to. */
  districtCodes!: string[];
  languages!: ExpertLanguageView[];
  profile!: string;
}

/** An expert's application as the expert and the administrators of their home district see it. */
export class ExpertView extends ExpertPublicView {
  @ApiProperty({ enum: EXPERT_STATUSES })
  status!: ExpertStatus;
  /** Home district (region code): its administrators review the application. */
  regionCode!: string;
  /** Whether the expert consents to a public profile; shown in the directory only when approved too. */
  publicProfile!: boolean;
  /** When the consent was given; null without consent. */
  consentedAt!: string | null;
  /** Whether the public directory shows the expert now (approved and consenting). */
  listed!: boolean;
  /** The reviewer's last comment (why the application was rejected). */
  reviewComment!: string | null;
  reviewedAt!: string | null;
  createdAt!: string;
  updatedAt!: string;
}

export class ExpertPublicPage extends PageOf(ExpertPublicView) {}

export class ExpertPage extends PageOf(ExpertView) {}
