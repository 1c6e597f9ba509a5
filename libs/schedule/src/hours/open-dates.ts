import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { addDays, LocalDate } from '../shanghai';
import { hoursOn } from './opening-hours';
import { OpeningHoursStore } from './opening-hours.store';

/** The Shanghai dates on which venues are open, from their hours and the holiday calendar: search's "open today". */
@Injectable()
export class OpenDates {
  constructor(
    private readonly store: OpeningHoursStore,
    private readonly calendar: CalendarService,
  ) {}

  /** For each resource with hours, the dates from `from` over `days` days on which it opens; none without hours. */
  async of(resourceIds: string[], from: LocalDate, days: number): Promise<Map<string, LocalDate[]>> {
    const all = await this.store.loadMany(resourceIds);
    const calendar = await this.calendar.days(from, addDays(from, days - 1));
    const dates = Array.from({ length: days }, (_, i) => addDays(from, i));
    return new Map(
      [...all].map(([id, hours]) => [
        id,
        dates.filter((date) => hoursOn(hours, date, calendar.get(date)).ranges.length > 0),
      ]),
    );
  }
}
