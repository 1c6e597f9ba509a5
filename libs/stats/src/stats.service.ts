import { Injectable } from '@nestjs/common';
import { AppError, CoreErrors, RegionStore, RegionTree } from '@kepu/core';
import { Actor, PolicyService, Role } from '@kepu/identity';
import { administeredRegions, RegionsService } from '@kepu/register';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { GroupVisitFiguresStore } from './group-visit-figures.store';
import { RegisterFiguresStore } from './register-figures.store';
import { StatsDailyStore } from './stats-daily.store';
import { oneVenue, RegionPart, Scope, venuesAmong, venuesInRegions } from './stats-scope';
import { StatsQueryDto } from './stats.dto';
import { StatsErrors } from './stats-errors';
import type {
  DistrictStatsRow,
  GroupFigures,
  PublicFigures,
  RegisterFigures,
  ServiceFigures,
  StatsOverview,
  StatsScope,
  StatsSeriesPoint,
  VenueStatsRow,
} from './stats.views';

const MAX_PERIOD_DAYS = 3_660;
const CATEGORIES = ['adult', 'child', 'senior'] as const;

/** The first and last day of the quarter `today` falls in. */
function thisQuarter(today: string): [string, string] {
  const [year, month] = today.split('-').map(Number);
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${year}-${pad(first)}-01`, `${year}-${pad(first + 2)}-${pad(last)}`];
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
const counts = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((row) => [row.key, row.n]));

/**
 * Figures for a region or a venue over a period: the register as it is now, service figures from
 * the daily rollup (kept by the worker; at most five minutes behind), and group visits. Scoped by
 * the caller: administrators see their regions, operators their organisations' venues.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly policy: PolicyService,
    private readonly regions: RegionTree,
    private readonly regionStore: RegionStore,
    private readonly regionList: RegionsService,
    private readonly daily: StatsDailyStore,
    private readonly register: RegisterFiguresStore,
    private readonly groupVisits: GroupVisitFiguresStore,
  ) {}

  async scope(actor: Actor, query: StatsQueryDto): Promise<Scope> {
    const [quarterStart, quarterEnd] = thisQuarter(shanghaiToday());
    const from = query.from ?? quarterStart;
    const to = query.to ?? quarterEnd;
    if (to < from) throw new AppError(StatsErrors.PERIOD_INVERTED);
    if (addDays(from, MAX_PERIOD_DAYS) < to) throw new AppError(StatsErrors.PERIOD_TOO_LONG);

    if (query.resourceId) {
      const venue = await this.register.venue(query.resourceId);
      if (!venue) throw new AppError(CoreErrors.NOT_FOUND);
      await this.policy.authorize(actor, 'stats.read_venue', venue);
      return { region: null, resourceIds: [venue.id], from, to, ...oneVenue(venue.id) };
    }
    const administered = administeredRegions(actor);
    if (administered === undefined || administered.length) {
      // An administrator's own region (a city admin's city); the system administrator's, the busiest city.
      const code = query.region ?? administered?.[0] ?? (await this.regionList.defaultCity());
      const region = await this.region(code);
      await this.policy.authorize(actor, 'stats.read_region', { regionCode: code });
      return { region: { code, name: region.name }, resourceIds: null, from, to, ...venuesInRegions(region.codes) };
    }
    const organisations = actor.organisationsAs(Role.Operator);
    if (!organisations.length) throw new AppError(CoreErrors.FORBIDDEN);
    const ids = await this.register.venueIdsOf(organisations);
    return { region: null, resourceIds: ids, from, to, ...venuesAmong(ids) };
  }

  async overview(actor: Actor, query: StatsQueryDto): Promise<StatsOverview> {
    const scope = await this.scope(actor, query);
    const [register, service, groups] = await Promise.all([
      this.registerFigures(scope),
      this.service(scope),
      this.groups(scope),
    ]);
    return { scope: this.publicScope(scope), register, service, groups };
  }

  async series(actor: Actor, query: StatsQueryDto, interval: 'day' | 'week' | 'month'): Promise<StatsSeriesPoint[]> {
    const scope = await this.scope(actor, query);
    return this.daily.series(scope, interval);
  }

  async venues(actor: Actor, query: StatsQueryDto): Promise<VenueStatsRow[]> {
    const scope = await this.scope(actor, query);
    const rows = await this.daily.venueFigures(scope);
    return rows.map(({ placesSoFar, ...row }) => ({
      ...row,
      utilisation: rate(row.peopleServed, placesSoFar),
      noShowRate: rate(row.peopleNoShow, row.peopleServed - row.walkIns + row.peopleNoShow),
    }));
  }

  /** The region's districts (or the district itself), with venues per 10,000 residents where the population is known. */
  async districts(actor: Actor, query: StatsQueryDto): Promise<DistrictStatsRow[]> {
    const scope = await this.scope(actor, query);
    if (!scope.region) throw new AppError(CoreErrors.FORBIDDEN);
    return this.districtRows(scope.region.code, scope.from, scope.to);
  }

  /** `GET /stats/public`: a region's year in headline figures, for everyone; without one, the busiest city's. */
  async publicFigures(city?: string, year = Number(shanghaiToday().slice(0, 4))): Promise<PublicFigures> {
    const regionCode = city ?? (await this.regionList.defaultCity());
    const region = await this.region(regionCode);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const districts = await this.districtRows(regionCode, from, to);
    const students = await this.groupVisits.approvedStudents(from, to, region.codes);
    const refreshed = await this.daily.refreshedAt();
    return {
      region: { code: regionCode, name: region.name },
      year,
      venues: districts.reduce((sum, d) => sum + d.venues, 0),
      peopleServed: districts.reduce((sum, d) => sum + d.peopleServed + d.outreachPeopleReached, 0),
      outreachPeopleReached: districts.reduce((sum, d) => sum + d.outreachPeopleReached, 0),
      groupStudents: students,
      byDistrict: districts.map(
        ({ regionCode: code, name, venues, peopleServed, outreachPeopleReached, venuesPer10k }) => ({
          regionCode: code,
          name,
          venues,
          peopleServed: peopleServed + outreachPeopleReached,
          outreachPeopleReached,
          venuesPer10k,
        }),
      ),
      updatedAt: refreshed.toISOString(),
    };
  }

  private async districtRows(regionCode: string, from: string, to: string): Promise<DistrictStatsRow[]> {
    const parts = await this.regionParts(regionCode);
    const [populations, figures] = await Promise.all([
      this.regionStore.populations(parts.map((part) => part.code)),
      this.daily.districtFigures(from, to, parts),
    ]);
    const names = new Map(parts.map((part) => [part.code, part.name]));
    return figures.map(({ regionCode: code, venues, peopleServed, peopleBooked, outreachPeopleReached }) => {
      const population = populations.get(code) ?? null;
      return {
        regionCode: code,
        name: names.get(code)!,
        population,
        venues,
        peopleServed,
        peopleBooked,
        outreachPeopleReached,
        venuesPer10k: population ? Math.round((venues / population) * 10_000 * 1000) / 1000 : null,
      };
    });
  }

  /**
   * How figures break a region down: its children, or the region itself when it has none (a
   * district), each with its name and the codes of the regions it covers.
   */
  async regionParts(code: string): Promise<RegionPart[]> {
    const parts = await this.regions.parts(code);
    return Promise.all(
      parts.map(async ({ code: part, name }) => ({ code: part, name, codes: await this.codesWithin(part) })),
    );
  }

  /** The region's name and the codes of the regions its figures count (itself and those below it). */
  private async region(code: string): Promise<{ name: string; codes: string[] }> {
    const region = await this.regions.find(code);
    if (!region) throw new AppError(CoreErrors.UNKNOWN_REGION);
    return { name: region.name, codes: await this.codesWithin(code) };
  }

  /** The codes of the region and of every region below it. */
  async codesWithin(code: string): Promise<string[]> {
    return (await this.regions.within(code)).map((region) => region.code);
  }

  private publicScope({ region, resourceIds, from, to }: Scope): StatsScope {
    return { region, resourceIds, from, to };
  }

  private async registerFigures(scope: Scope): Promise<RegisterFigures> {
    const { byType, byDistrict, byLevel, byAccessibility, accessible, offerings } = await this.register.counts(scope);
    const types = counts(byType);
    return {
      venues: Object.values(types).reduce((sum, n) => sum + n, 0),
      byType: types,
      byDistrict: counts(byDistrict),
      byAccreditationLevel: counts(byLevel),
      accessible,
      byAccessibility: counts(byAccessibility),
      activeOfferings: offerings,
    };
  }

  private async service(scope: Scope): Promise<ServiceFigures> {
    const sums = await this.daily.serviceSums(scope);
    const byCategory = (prefix: 'booked' | 'served') =>
      Object.fromEntries(CATEGORIES.map((c) => [c, sums[`${prefix}_${c}`] as number])) as Record<
        (typeof CATEGORIES)[number],
        number
      >;
    return {
      slots: sums.slots,
      capacity: sums.capacity,
      bookings: sums.bookings,
      peopleBooked: sums.peopleBooked,
      peopleServed: sums.peopleServed,
      walkIns: sums.walkIns,
      bookedByChannel: {
        online: sums.peopleBooked - sums.booked_counter - sums.booked_phone,
        counter: sums.booked_counter,
        phone: sums.booked_phone,
      },
      peopleNoShow: sums.peopleNoShow,
      cancelledBookings: sums.cancelledBookings,
      waitlisted: sums.waitlisted,
      promoted: sums.promoted,
      bookedByCategory: byCategory('booked'),
      servedByCategory: byCategory('served'),
      groupBookings: sums.groupBookings,
      groupPeopleServed: sums.groupPeopleServed,
      rates: {
        utilisation: rate(sums.peopleServed, sums.placesSoFar),
        noShow: rate(sums.peopleNoShow, sums.peopleServed - sums.walkIns + sums.peopleNoShow),
        cancellation: rate(sums.cancelledBookings, sums.bookings),
        waitlistConversion: rate(sums.promoted, sums.waitlisted),
      },
    };
  }

  /** Group visits dated in the period (requested ones by the day they were asked for). */
  private async groups(scope: Scope): Promise<GroupFigures> {
    const { totals, byGrade, bySchool } = await this.groupVisits.figures(scope);
    return {
      requested: totals.requested,
      approved: totals.approved,
      students: totals.students,
      teachers: totals.teachers,
      byGradeBand: counts(byGrade),
      bySchool,
      feedback: {
        count: totals.feedback,
        averageRating: totals.averageRating === null ? null : Math.round(totals.averageRating * 100) / 100,
      },
    };
  }
}
