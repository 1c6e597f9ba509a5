/** A public holiday, or a make-up working day (调休) on what would be a weekend. */
export class CalendarDayView {
  date!: string;
  /** workday: a make-up working day (调休). */
  kind!: 'holiday' | 'workday';
  /** The holiday it belongs to: 春节, 国庆节… */
  name!: string;
}

/** A year of the national holiday calendar. */
export class CalendarYearView {
  year!: number;
  /** official once it follows the State Council's notice; provisional while only the statutory holidays are known. */
  status!: 'official' | 'provisional';
  /** Where the dates come from, e.g. 国办发明电〔2025〕7号. */
  source!: string;
  updatedAt!: Date;
  days!: CalendarDayView[];
}
