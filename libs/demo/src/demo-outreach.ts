import { Role } from '@kepu/identity';
import type { DemoExpertRow, MenuItemContent } from '@kepu/outreach';
import { DEMO_ORGANISATIONS } from './demo-accounts';
import type { DemoAccount } from './demo-accounts';

/**
 * Outreach demo data (docs/outreach.md): menu items from several demo providers, a Nanshan
 * volunteer team of ten (volunteer@demo.kepu and nine more), five experts, and orders at several
 * stages so every console has something to show. Synthetic people; the accounts without a
 * password cannot sign in.
 */

const SHENZHEN_DISTRICTS = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311'];

/** A menu item as its provider wrote it, with the demo's own keys and the ratings it has had. */
export interface DemoMenuItem extends MenuItemContent {
  key: string;
  /** The providing organisation's demo key (demo.seeder's demoOrganisationId). */
  providerKey: string;
  ratings: number[];
}

export const DEMO_MENU_ITEMS: readonly DemoMenuItem[] = [
  {
    key: 'science-show',
    providerKey: 'nanshan-volunteers',
    title: '趣味科学秀',
    summary:
      '志愿者用液氮、静电和声波做一场 90 分钟的科学表演，边演边讲原理，台下小朋友可以上台当助手，最后有提问环节。',
    format: 'science_show',
    themes: ['physics', 'chemistry'],
    audiences: ['primary', 'families'],
    durationMinutes: 90,
    minPeople: 20,
    maxPeople: 200,
    districtCodes: ['440305', '440304', '440306'],
    leadDays: 7,
    hostEquipment: '室内场地或有顶棚的广场、两张桌子、一个电源插座',
    feeFen: 0,
    ratings: [5, 4],
  },
  {
    key: 'safety-class',
    providerKey: 'nanshan-volunteers',
    title: '社区应急安全小课堂',
    summary: '讲解台风、火灾和燃气泄漏时怎么办，现场练习使用灭火器和心肺复苏，适合老人和家庭。',
    format: 'lecture',
    themes: ['safety', 'disaster_prevention'],
    audiences: ['adults', 'seniors', 'families'],
    durationMinutes: 60,
    minPeople: 15,
    maxPeople: 80,
    districtCodes: ['440305'],
    leadDays: 5,
    hostEquipment: '会议室、投影仪',
    feeFen: 0,
    ratings: [],
  },
  {
    key: 'mobile-exhibition',
    providerKey: 'science-museum',
    title: '流动科技馆进社区',
    summary: '二十件可动手操作的展品（光学、力学、数学）送到学校或社区，科学馆讲解员随展讲解半天。',
    format: 'mobile_exhibition',
    themes: ['physics', 'engineering'],
    audiences: ['primary', 'secondary', 'families'],
    durationMinutes: 240,
    minPeople: 50,
    maxPeople: 1000,
    districtCodes: SHENZHEN_DISTRICTS,
    leadDays: 21,
    hostEquipment: '不少于 200 平方米的室内场地、电源',
    feeFen: 0,
    ratings: [5],
  },
  {
    key: 'stargazing',
    providerKey: 'observatory',
    title: '星空观测夜',
    summary: '天文台老师带着望远镜来到学校操场，先讲 30 分钟星座与行星，再分组观测月面和木星。',
    format: 'field_guide',
    themes: ['astronomy'],
    audiences: ['primary', 'secondary', 'families'],
    durationMinutes: 120,
    minPeople: 20,
    maxPeople: 60,
    districtCodes: ['440300-DP', '440305', '440307'],
    leadDays: 14,
    hostEquipment: '开阔、灯光少的操场或空地',
    feeFen: 0,
    ratings: [],
  },
  {
    key: 'mangrove-walk',
    providerKey: 'mangrove-foundation',
    title: '红树林湿地自然导赏',
    summary: '基金会的自然导赏员带队走进红树林，认识候鸟和潮间带生物，讲述湿地保护的故事。',
    format: 'field_guide',
    themes: ['ecology', 'zoology'],
    audiences: ['primary', 'secondary', 'adults'],
    durationMinutes: 120,
    minPeople: 10,
    maxPeople: 40,
    districtCodes: ['440304', '440305'],
    leadDays: 10,
    hostEquipment: null,
    feeFen: 0,
    ratings: [],
  },
  {
    key: 'weather-talk',
    providerKey: 'sz-meteorological-bureau',
    title: '台风与暴雨：气象科普讲座',
    summary: '气象专家讲解台风、暴雨预警信号的含义和应对方法，并演示天气预报是怎样做出来的。',
    format: 'lecture',
    themes: ['meteorology', 'disaster_prevention'],
    audiences: ['secondary', 'adults', 'seniors'],
    durationMinutes: 60,
    minPeople: 30,
    maxPeople: 300,
    districtCodes: SHENZHEN_DISTRICTS,
    leadDays: 10,
    hostEquipment: '报告厅或会议室、投影仪、话筒',
    feeFen: 0,
    ratings: [],
  },
];

const VOLUNTEER_NAMES = ['王雨桐', '刘子涵', '陈嘉怡', '杨浩然', '赵欣妍', '黄俊杰', '周语嫣', '吴承泽', '徐可馨'];

/** The nine volunteers besides volunteer@demo.kepu and the team lead: no password, they never sign in. */
export const DEMO_VOLUNTEERS: readonly DemoAccount[] = VOLUNTEER_NAMES.map((name, i) => ({
  login: `volunteer${String(i + 2).padStart(2, '0')}@demo.kepu`,
  displayName: `${name}（演示志愿者）`,
  grants: [{ role: Role.Volunteer, organisationId: DEMO_ORGANISATIONS.volunteerTeam }],
}));

/** Real names for the certificates of the team's volunteers, by login. */
export const DEMO_VOLUNTEER_NAMES: Record<string, string> = {
  'volunteer@demo.kepu': '李思远',
  'volunteer-lead@demo.kepu': '陈建国',
  ...Object.fromEntries(DEMO_VOLUNTEERS.map((v, i) => [v.login, VOLUNTEER_NAMES[i]])),
};

/** An expert of the pool, with the login of their demo account. */
export type DemoExpert = Omit<DemoExpertRow, 'accountId'> & { login: string };

export const DEMO_EXPERTS: readonly DemoExpert[] = [
  {
    login: 'expert1@demo.kepu',
    name: '林天文',
    title: '研究员',
    organisationName: '深圳市天文台',
    fields: ['astronomy', 'aerospace'],
    regionCode: '440305',
    districtCodes: ['440305', '440304', '440300-DP'],
    languages: ['zh', 'en'],
    profile: '从事太阳物理研究二十年，常年为中小学开设天文讲座，擅长把星空讲给孩子听。',
    publicProfile: true,
  },
  {
    login: 'expert2@demo.kepu',
    name: '郑海洋',
    title: '教授',
    organisationName: '南方科技大学海洋科学与工程系',
    fields: ['ocean', 'ecology'],
    regionCode: '440305',
    districtCodes: ['440305', '440306'],
    languages: ['zh', 'en', 'yue'],
    profile: '研究近海生态与红树林保护，参与编写深圳海洋科普读本。',
    publicProfile: true,
  },
  {
    login: 'expert3@demo.kepu',
    name: '何安全',
    title: '高级工程师',
    organisationName: '深圳市应急管理研究院',
    fields: ['safety', 'disaster_prevention'],
    regionCode: '440304',
    districtCodes: SHENZHEN_DISTRICTS,
    languages: ['zh', 'yue'],
    profile: '长期从事城市防灾减灾培训，讲授台风、内涝与消防安全知识。',
    publicProfile: true,
  },
  {
    login: 'expert4@demo.kepu',
    name: '许生命',
    title: '副研究员',
    organisationName: '深圳华大生命科学研究院',
    fields: ['life_science', 'health'],
    regionCode: '440300-DP',
    districtCodes: ['440300-DP', '440308'],
    languages: ['zh', 'en'],
    profile: '基因组学研究者，为中学生开设"从 DNA 到生命"系列课程。',
    publicProfile: true,
  },
  {
    login: 'expert5@demo.kepu',
    name: '孙信息',
    title: '高级工程师',
    organisationName: '深圳某通信企业研究院',
    fields: ['information_technology', 'engineering'],
    regionCode: '440305',
    districtCodes: ['440305'],
    languages: ['zh'],
    profile: '通信工程师，讲授 5G 与人工智能入门；未同意公开个人资料，只在专家库内部可见。',
    publicProfile: false,
  },
];

/** An order of the demo, with where it stands: `ageDays` back from today it was made. */
export interface DemoOrder {
  ordererKey: 'nanshan-community' | 'school';
  orderedBy: string;
  menuItemKey: string | null;
  topic: string;
  audience: string;
  headcount: number;
  address: string;
  latitude: number;
  longitude: number;
  regionCode: string;
  /** Days from today (negative: past) of the window's first and last day. */
  window: [number, number];
  notes: string | null;
  status: 'submitted' | 'open' | 'confirmed' | 'completed';
  ageDays: number;
  /** For a held order: the activity, days from today and Shanghai clock times. */
  activity?: { day: number; from: string; to: string; peopleReached: number | null };
  /** Volunteers' logins with their sign-in and sign-out clock times (completed activities). */
  volunteers?: { login: string; signedIn?: string; signedOut?: string }[];
  rating?: { score: number; comment: string };
}

const COMMUNITY_PLACE = {
  address: '深圳市南山区粤海街道科技园社区党群服务中心一楼活动室',
  latitude: 22.5407,
  longitude: 113.9512,
  regionCode: '440305',
};

export const DEMO_ORDERS: readonly DemoOrder[] = [
  {
    ordererKey: 'nanshan-community',
    orderedBy: 'community@demo.kepu',
    menuItemKey: 'science-show',
    topic: '趣味科学秀',
    audience: 'families',
    headcount: 150,
    ...COMMUNITY_PLACE,
    window: [-20, -15],
    notes: '周六下午，社区亲子活动日',
    status: 'completed',
    ageDays: 30,
    activity: { day: -18, from: '14:00', to: '15:30', peopleReached: 160 },
    volunteers: [
      { login: 'volunteer@demo.kepu', signedIn: '13:40', signedOut: '15:40' },
      { login: 'volunteer02@demo.kepu', signedIn: '14:00', signedOut: '15:30' },
      { login: 'volunteer03@demo.kepu', signedIn: '14:00', signedOut: '14:30' },
      { login: 'volunteer04@demo.kepu', signedIn: '13:50', signedOut: '15:35' },
    ],
    rating: { score: 5, comment: '孩子们看得目不转睛，志愿者讲得很清楚，希望下学期再来。' },
  },
  {
    ordererKey: 'nanshan-community',
    orderedBy: 'community@demo.kepu',
    menuItemKey: 'safety-class',
    topic: '社区应急安全小课堂',
    audience: 'seniors',
    headcount: 40,
    ...COMMUNITY_PLACE,
    window: [8, 12],
    notes: '以社区老年人为主，请讲慢一些',
    status: 'confirmed',
    ageDays: 6,
    activity: { day: 9, from: '19:00', to: '20:00', peopleReached: null },
    volunteers: [{ login: 'volunteer@demo.kepu' }, { login: 'volunteer05@demo.kepu' }],
  },
  {
    ordererKey: 'nanshan-community',
    orderedBy: 'community@demo.kepu',
    menuItemKey: null,
    topic: '垃圾分类与低碳生活',
    audience: 'adults',
    headcount: 60,
    ...COMMUNITY_PLACE,
    window: [14, 30],
    notes: '希望有互动游戏，面向社区居民',
    status: 'open',
    ageDays: 2,
  },
  {
    ordererKey: 'school',
    orderedBy: 'school@demo.kepu',
    menuItemKey: 'mobile-exhibition',
    topic: '流动科技馆进校园',
    audience: 'primary',
    headcount: 400,
    address: '深圳市福田区笋岗西路深圳实验学校小学部体育馆',
    latitude: 22.5542,
    longitude: 114.0841,
    regionCode: '440304',
    window: [30, 60],
    notes: '科技节期间，四至六年级',
    status: 'submitted',
    ageDays: 1,
  },
];
