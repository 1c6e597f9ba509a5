import type { DistrictStatsRow, OutreachFigures, StatsOverview, StatsSeriesPoint, VenueStatsRow } from './stats.views';

/** A table as it is exported: a sheet name and rows, the first row the headers (Chinese, then English). */
export interface StatsTable {
  name: string;
  rows: unknown[][];
}

const header = (...names: [string, string][]) => names.map(([zh, en]) => `${zh} ${en}`);

/** Headline figures as a sheet of two columns: the figure (Chinese, then English) and its value. */
const figuresSheet = (name: string, figures: [string, string, unknown][]): StatsTable => ({
  name,
  rows: [header(['指标', 'Figure'], ['数值', 'Value']), ...figures.map(([zh, en, v]) => [`${zh} ${en}`, v])],
});

/** Every table of the overview: the headline figures, then each breakdown. */
export function overviewTables(overview: StatsOverview): StatsTable[] {
  const { scope, register, service, groups } = overview;
  const figures: [string, string, unknown][] = [
    ['统计范围', 'Scope', scope.region?.name ?? scope.resourceIds?.join(' ')],
    ['开始日期', 'From', scope.from],
    ['结束日期', 'To', scope.to],
    ['在册场馆', 'Venues listed', register.venues],
    ['有无障碍设施的场馆', 'Accessible venues', register.accessible],
    ['开放预约项目', 'Active offerings', register.activeOfferings],
    ['场次', 'Slots', service.slots],
    ['提供名额', 'Places offered', service.capacity],
    ['预约单数', 'Bookings', service.bookings],
    ['预约人次', 'People booked', service.peopleBooked],
    ['网上预约人次', 'People booked online', service.bookedByChannel.online],
    ['窗口预约人次', 'People booked at the counter', service.bookedByChannel.counter],
    ['电话预约人次', 'People booked by phone', service.bookedByChannel.phone],
    ['服务人次（已入场，含现场入场）', 'People served (checked in, walk-ins included)', service.peopleServed],
    ['现场入场（未预约）', 'Walk-ins (no booking)', service.walkIns],
    ['爽约人次', 'No-show people', service.peopleNoShow],
    ['取消单数', 'Cancelled bookings', service.cancelledBookings],
    ['候补单数', 'Waitlisted', service.waitlisted],
    ['候补转正', 'Promoted from waitlist', service.promoted],
    ['利用率', 'Utilisation', service.rates.utilisation],
    ['爽约率', 'No-show rate', service.rates.noShow],
    ['取消率', 'Cancellation rate', service.rates.cancellation],
    ['候补转正率', 'Waitlist conversion', service.rates.waitlistConversion],
    ['团体参观申请', 'Group visits requested', groups.requested],
    ['团体参观已批准', 'Group visits approved', groups.approved],
    ['团体学生人次', 'Group students', groups.students],
    ['团体评价数', 'Group feedback', groups.feedback.count],
    ['团体平均评分', 'Average rating', groups.feedback.averageRating],
  ];
  const breakdown = (
    name: string,
    key: [string, string],
    values: Record<string, number>,
    count: [string, string] = ['数量', 'Count'],
  ): StatsTable => ({
    name,
    rows: [header(key, count), ...Object.entries(values)],
  });
  return [
    figuresSheet('概览', figures),
    breakdown('按类型', ['类型', 'Type'], register.byType),
    breakdown('按区', ['区', 'District'], register.byDistrict),
    breakdown('按认定级别', ['级别', 'Level'], register.byAccreditationLevel),
    breakdown('按无障碍设施', ['设施', 'Feature'], register.byAccessibility),
    {
      name: '按人群',
      rows: [
        header(['人群', 'Category'], ['预约人次', 'Booked'], ['服务人次', 'Served']),
        ...Object.keys(service.bookedByCategory).map((c) => [
          c,
          service.bookedByCategory[c as keyof typeof service.bookedByCategory],
          service.servedByCategory[c as keyof typeof service.servedByCategory],
        ]),
      ],
    },
    breakdown('团体按学段', ['学段', 'Grade band'], groups.byGradeBand, ['学生人次', 'Students']),
    {
      name: '团体按学校',
      rows: [
        header(['学校', 'School'], ['参观次数', 'Visits'], ['学生人次', 'Students']),
        ...groups.bySchool.map((s) => [s.name, s.visits, s.students]),
      ],
    },
  ];
}

export const seriesTable = (points: StatsSeriesPoint[]): StatsTable => ({
  name: '趋势',
  rows: [
    header(
      ['时段', 'Period'],
      ['提供名额', 'Places'],
      ['预约单数', 'Bookings'],
      ['预约人次', 'Booked'],
      ['服务人次', 'Served'],
      ['爽约人次', 'No-show'],
      ['取消单数', 'Cancelled'],
    ),
    ...points.map((p) => [
      p.period,
      p.capacity,
      p.bookings,
      p.peopleBooked,
      p.peopleServed,
      p.peopleNoShow,
      p.cancelledBookings,
    ]),
  ],
});

export const venuesTable = (rows: VenueStatsRow[]): StatsTable => ({
  name: '场馆',
  rows: [
    header(
      ['场馆', 'Venue'],
      ['区', 'District'],
      ['类型', 'Type'],
      ['提供名额', 'Places'],
      ['预约单数', 'Bookings'],
      ['预约人次', 'Booked'],
      ['服务人次', 'Served'],
      ['其中现场入场', 'Of which walk-ins'],
      ['爽约人次', 'No-show'],
      ['利用率', 'Utilisation'],
      ['爽约率', 'No-show rate'],
    ),
    ...rows.map((r) => [
      r.name,
      r.regionCode,
      r.type,
      r.capacity,
      r.bookings,
      r.peopleBooked,
      r.peopleServed,
      r.walkIns,
      r.peopleNoShow,
      r.utilisation,
      r.noShowRate,
    ]),
  ],
});

export const districtsTable = (rows: DistrictStatsRow[]): StatsTable => ({
  name: '各区',
  rows: [
    header(
      ['区', 'District'],
      ['场馆数', 'Venues'],
      ['常住人口', 'Population'],
      ['每万人场馆数', 'Venues per 10k'],
      ['预约人次', 'Booked'],
      ['服务人次', 'Served'],
      ['科普点单服务人次', 'Reached by outreach'],
    ),
    ...rows.map((r) => [
      r.name,
      r.venues,
      r.population,
      r.venuesPer10k,
      r.peopleBooked,
      r.peopleServed,
      r.outreachPeopleReached,
    ]),
  ],
});

/** Outreach figures: the headline figures, then one sheet per district and per team. */
export function outreachTables(figures: OutreachFigures): StatsTable[] {
  const { scope, orders } = figures;
  const headline: [string, string, unknown][] = [
    ['统计范围', 'Scope', scope.region?.name],
    ['开始日期', 'From', scope.from],
    ['结束日期', 'To', scope.to],
    ['点单数', 'Orders', orders.total],
    ['待派单', 'Waiting for the district', orders.submitted],
    ['待接单', 'Open for claims', orders.open],
    ['已接单', 'Taken', orders.taken],
    ['已排期', 'Scheduled', orders.scheduled],
    ['已确认', 'Confirmed', orders.confirmed],
    ['已完成', 'Completed', orders.completed],
    ['已取消', 'Cancelled', orders.cancelled],
    ['接单时长中位数（小时）', 'Median hours to take', figures.medianHoursToTake],
    ['开展活动', 'Activities delivered', figures.activitiesDelivered],
    ['服务人次', 'People reached', figures.peopleReached],
    ['参与志愿者', 'Volunteers', figures.volunteers],
    ['志愿服务时长（分钟）', 'Volunteer minutes', figures.volunteerMinutes],
    ['补录时长（分钟）', 'Minutes added by hand', figures.manualMinutes],
    ['评价数', 'Ratings', figures.ratings],
    ['平均评分', 'Average rating', figures.averageRating],
    ['低分评价（1–2 分）', 'Low ratings (1–2)', figures.lowRatings],
  ];
  return [
    figuresSheet('科普点单', headline),
    {
      name: '各区',
      rows: [
        header(
          ['区', 'District'],
          ['点单数', 'Orders'],
          ['已完成', 'Completed'],
          ['服务人次', 'People reached'],
          ['志愿服务时长（分钟）', 'Volunteer minutes'],
          ['接单时长中位数（小时）', 'Median hours to take'],
        ),
        ...figures.byDistrict.map((r) => [
          r.name,
          r.orders,
          r.completed,
          r.peopleReached,
          r.volunteerMinutes,
          r.medianHoursToTake,
        ]),
      ],
    },
    {
      name: '志愿服务队',
      rows: [
        header(
          ['服务队', 'Team'],
          ['志愿者', 'Volunteers'],
          ['活动', 'Activities'],
          ['服务时长（分钟）', 'Minutes'],
          ['补录时长（分钟）', 'Added by hand'],
        ),
        ...figures.byTeam.map((r) => [r.name, r.volunteers, r.activities, r.minutes, r.manualMinutes]),
      ],
    },
  ];
}
