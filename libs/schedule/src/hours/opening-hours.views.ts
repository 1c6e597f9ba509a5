import { ApiProperty } from '@nestjs/swagger';
import { ReplanReport } from '../slots/slots.views';
import type { DayHours, DayReason, HoursException, OpeningHours, Season, TimeRange, WeeklyRule } from './opening-hours';

/** An open range, Shanghai time (`HH:MM`). */
export class TimeRangeView implements TimeRange {
  open!: string;
  close!: string;
}

/** Days sharing one open range; several rules give several ranges a day. */
export class WeeklyRuleView extends TimeRangeView implements WeeklyRule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days!: number[];
}

/** A validity period with its own weekly rules (summer hours, winter hours). */
export class SeasonView implements Season {
  name!: string;
  from!: string;
  to!: string;
  weekly!: WeeklyRuleView[];
}

/** A dated closure or special opening; it overrides everything else on its day. */
export class HoursExceptionView implements HoursException {
  date!: string;
  closed!: boolean;
  open?: string;
  close?: string;
  note?: string;
}

/** The rules as stored: the body of `PUT`, with its defaults filled in. */
export class OpeningHoursRulesView implements OpeningHours {
  weekly!: WeeklyRuleView[];
  seasons!: SeasonView[];
  /** open: open on public holidays even on the usual closed day. */
  publicHolidays!: 'open' | 'closed';
  /** Hours on public holidays; null: the day's own, else Sunday's. */
  // Inline: a nullable $ref would lose its null (the generator drops `type` beside `anyOf`).
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: { open: { type: 'string' }, close: { type: 'string' } },
    required: ['open', 'close'],
    selfRequired: true,
    additionalProperties: false,
  })
  holidayHours!: TimeRangeView | null;
  /** A make-up working day (调休) keeps its weekday's hours, or opens as on a working day. */
  makeupWorkdays!: 'as_weekday' | 'as_workday';
  exceptions!: HoursExceptionView[];
}

/** One Shanghai date: its open ranges (none: closed) and the rule that gave them. */
export class DayHoursView implements DayHours {
  date!: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday!: number;
  ranges!: TimeRangeView[];
  reason!: DayReason;
  /** The holiday (or the holiday a make-up working day belongs to), e.g. 国庆节. */
  holiday?: string;
  /** An exception's note. */
  note?: string;
}

/** schema.org OpeningHoursSpecification of a weekly rule (of a season: with its validity). */
export class OpeningHoursSpecificationView {
  @ApiProperty({ enum: ['OpeningHoursSpecification'] })
  '@type'!: 'OpeningHoursSpecification';
  /** schema.org days, e.g. `https://schema.org/Monday`. */
  dayOfWeek!: string[];
  opens!: string;
  closes!: string;
  validFrom?: string;
  validThrough?: string;
}

/** schema.org OpeningHoursSpecification of one day that differs from the weekly rules; closed: 00:00–00:00. */
export class SpecialOpeningHoursSpecificationView {
  @ApiProperty({ enum: ['OpeningHoursSpecification'] })
  '@type'!: 'OpeningHoursSpecification';
  validFrom!: string;
  validThrough!: string;
  opens!: string;
  closes!: string;
}

/** schema.org properties for the venue page's JSON-LD. */
export class OpeningHoursJsonLdView {
  openingHoursSpecification!: OpeningHoursSpecificationView[];
  /** The days ahead that differ from the weekly rules: holidays, make-up working days and exceptions. */
  specialOpeningHoursSpecification!: SpecialOpeningHoursSpecificationView[];
}

/** A venue's opening hours and what they mean now and for the days ahead, in Shanghai time. */
export class OpeningHoursView {
  resourceId!: string;
  @ApiProperty({ enum: ['Asia/Shanghai'] })
  timezone!: 'Asia/Shanghai';
  rules!: OpeningHoursRulesView;
  today!: DayHoursView;
  openNow!: boolean;
  /** While open: when the current range closes (`2026-11-23T17:00:00+08:00`). */
  closesAt!: string | null;
  /** When it next opens (later today or on a later day), within the next 60 days. */
  nextOpening!: string | null;
  /** Today and the following days, each with its ranges and why (weekly, holiday, exception…). */
  days!: DayHoursView[];
  jsonLd!: OpeningHoursJsonLdView;
}

/** The hours as saved, and what the change did to the venue's slots. */
export class OpeningHoursChangeView extends OpeningHoursView {
  slots!: ReplanReport;
}

/** The days ahead under hours not yet saved. */
export class OpeningHoursPreviewView {
  days!: DayHoursView[];
}
