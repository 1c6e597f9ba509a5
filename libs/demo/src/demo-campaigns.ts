import { addDays, daysBetween, LocalDate } from '@kepu/schedule';
import type { DemoCampaignFields } from '@kepu/campaigns';

/** An event offering the demo adds to a demo venue for a campaign. */
export interface DemoCampaignEvent {
  /** The demo venue's name (demo-venues.ts). */
  venue: string;
  offering: Record<string, unknown>;
  /** The campaign themes it addresses. */
  themes: string[];
}

export interface DemoCampaign extends DemoCampaignFields {
  events: DemoCampaignEvent[];
}

/**
 * The two national campaigns across Shenzhen as they ran in 2026 (docs/campaigns.md), each with an
 * event and a lab open day at demo venues (lab open days on weekdays, within the labs' hours).
 * `demoCampaigns` moves them to their next run.
 */
const CAMPAIGNS_OF_2026: readonly DemoCampaign[] = [
  {
    name: '全国科普日',
    nameEn: 'National Science Popularisation Day',
    from: '2026-09-12',
    to: '2026-09-20',
    themes: ['physics', 'astronomy', 'information_technology', 'life_science'],
    regionCodes: ['440300'],
    description: '全国科普日期间，全市科普场馆和科研机构推出科学实验秀、实验室开放日和观星活动，欢迎预约参加。',
    events: [
      {
        venue: '深圳市科学馆',
        themes: ['physics'],
        offering: {
          title: '全国科普日·科学实验秀',
          kind: 'event',
          description: '液氮、静电和声波的现场实验，适合8岁以上的孩子和家长。',
          slotMinutes: 60,
          startTimes: ['10:00', '14:30'],
          dates: ['2026-09-19', '2026-09-20'],
          capacity: 80,
        },
      },
      {
        venue: '中国科学院深圳先进技术研究院（公众科学日）',
        themes: ['information_technology', 'life_science'],
        offering: {
          title: '全国科普日·实验室开放日',
          kind: 'lab_open_day',
          description: '走进机器人、脑科学和合成生物实验室，听科研人员讲解。',
          slotMinutes: 90,
          startTimes: ['09:30', '14:30'],
          dates: ['2026-09-15'],
          capacity: 30,
          realName: true,
          minAge: 10,
        },
      },
      {
        venue: '深圳市天文台',
        themes: ['astronomy'],
        offering: {
          title: '全国科普日·星空观测夜',
          kind: 'event',
          description: '用天文台望远镜观测土星和月球，天气不佳时改为天象厅讲座。',
          slotMinutes: 120,
          startTimes: ['19:30'],
          dates: ['2026-09-19'],
          capacity: 40,
        },
      },
    ],
  },
  {
    name: '科技活动周',
    nameEn: 'Science and Technology Week',
    from: '2026-05-16',
    to: '2026-05-23',
    themes: ['information_technology', 'engineering', 'aerospace'],
    regionCodes: ['440300'],
    description: '科技活动周期间，少年宫创客营和超算中心开放日等活动面向市民开放预约。',
    events: [
      {
        venue: '深圳市少年宫',
        themes: ['engineering', 'information_technology'],
        offering: {
          title: '科技活动周·机器人创客营',
          kind: 'event',
          description: '动手搭建和编程小机器人，完成闯关任务。',
          slotMinutes: 90,
          startTimes: ['10:00', '14:00'],
          dates: ['2026-05-16', '2026-05-17'],
          capacity: 40,
        },
      },
      {
        venue: '国家超级计算深圳中心（深圳云计算中心）',
        themes: ['information_technology'],
        offering: {
          title: '科技活动周·超算中心开放日',
          kind: 'lab_open_day',
          description: '参观超级计算机机房，了解天气预报和药物研发背后的计算。',
          slotMinutes: 90,
          startTimes: ['09:30', '14:30'],
          dates: ['2026-05-18'],
          capacity: 30,
          realName: true,
          minAge: 10,
        },
      },
    ],
  },
];

/**
 * The demo's campaigns on their next run that has not ended by `today`: the 2026 dates moved by
 * whole weeks, so events keep their weekdays (weekend shows, weekday lab days), and named by year.
 */
export function demoCampaigns(today: LocalDate): DemoCampaign[] {
  return CAMPAIGNS_OF_2026.map((campaign) => {
    let shift = 0;
    for (let year = 2026; addDays(campaign.to, shift) < today; year++) {
      shift = Math.round(daysBetween(campaign.from, `${year + 1}${campaign.from.slice(4)}`) / 7) * 7;
    }
    const year = addDays(campaign.from, shift).slice(0, 4);
    const move = (date: string) => addDays(date, shift);
    return {
      ...campaign,
      name: `${year}年${campaign.name}`,
      nameEn: `${campaign.nameEn} ${year}`,
      from: move(campaign.from),
      to: move(campaign.to),
      events: campaign.events.map((event) => ({
        ...event,
        offering: { ...event.offering, dates: (event.offering.dates as string[]).map(move) },
      })),
    };
  });
}
