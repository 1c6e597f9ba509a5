import type { OrganisationKind } from '@kepu/register';
/** Real Shenzhen science-popularization venues for demo mode. Addresses, coordinates, accreditations and prices are approximate and marked as demo data to be verified. */
export interface DemoOrganisation {
  key: string; // stable slug, e.g. 'sz-science-museum'
  name: string; // Chinese legal-style name, e.g. '深圳市科学馆'
  kind: OrganisationKind;
  creditCode: string; // synthetic 18-char unified social credit code with a VALID GB 32100-2015 check character (see below)
  regionCode: string; // district code (list below)
  contactPhone: string; // public switchboard style, e.g. '0755-83xxxxxx' (synthetic is fine)
  schoolCode?: string; // a school's 10-digit 学校标识码 (synthetic)
}
export interface DemoVenue {
  key: string; // stable slug, unique
  organisationKey: string; // key of a DemoOrganisation
  name: string; // real venue name in Chinese, <= 100 chars
  nameEn?: string;
  type:
    | 'science_museum'
    | 'museum'
    | 'planetarium'
    | 'education_base'
    | 'research_facility'
    | 'enterprise_hall'
    | 'nature_park'
    | 'public_facility'
    | 'community_venue';
  regionCode: string;
  address: string; // plausible Chinese street address, starting with 深圳市XX区
  location: { lat: number; lng: number }; // approximate WGS-84, 4 decimals
  description: string; // 1–3 Chinese sentences, plain language
  themes: string[]; // codes from the theme list below, 1–4 each
  audiences: string[]; // codes from the audience list below
  accessibility: string[]; // codes from the accessibility list below
  admission: {
    free: boolean;
    prices: { label: string; amountFen: number }[]; // empty when free; amounts in fen (1 yuan = 100 fen), integers
    concessions: {
      group: 'seniors' | 'disabled' | 'children' | 'students' | 'military';
      kind: 'free' | 'half_price' | 'discount';
      note?: string;
    }[];
    note?: string;
  };
  website?: string;
  phone?: string; // public venue phone
  transport?: string; // Chinese: metro line/station, bus
  accreditations: {
    name: string;
    level: 'national' | 'provincial' | 'municipal' | 'district';
    yearGranted: number;
    expiresOn?: string /* YYYY-MM-DD */;
  }[];
  exhibits: {
    name: string;
    category: 'specimen' | 'species' | 'mineral' | 'geological_relic' | 'device' | 'other';
    explanation: string /* 通俗说明: 2–4 plain Chinese sentences a child could follow */;
  }[];
}

/*
 * Demo data only. Credit codes and phone numbers are synthetic (the credit codes carry valid GB 32100-2015
 * check characters but belong to no real body). Venues are real; everything else is to be verified.
 */

export const DEMO_ORGANISATION_LIST: readonly DemoOrganisation[] = [
  {
    key: 'science-museum',
    name: '深圳市科学馆',
    kind: 'public_institution',
    creditCode: '12440304MB2C4K7H1J',
    regionCode: '440304',
    contactPhone: '0755-83261025',
  },
  {
    key: 'observatory',
    name: '深圳市天文台',
    kind: 'public_institution',
    creditCode: '12440300MB2D8N3E5J',
    regionCode: '440300-DP',
    contactPhone: '0755-84436017',
  },
  {
    key: 'school',
    name: '深圳实验学校',
    kind: 'school',
    creditCode: '12440304MB2E1R6T98',
    schoolCode: '2144030412',
    regionCode: '440304',
    contactPhone: '0755-83112408',
  },
  {
    key: 'nanshan-community',
    name: '南山区粤海街道科技园社区居民委员会',
    kind: 'community',
    creditCode: '55440305MC0C8K2Y7U',
    regionCode: '440305',
    contactPhone: '0755-26012345',
  },
  {
    key: 'nanshan-volunteers',
    name: '南山区科技志愿服务队',
    kind: 'volunteer_team',
    creditCode: '52440305MJ7V3D6Q8W',
    regionCode: '440305',
    contactPhone: '0755-26654321',
  },
  {
    key: 'sz-museum',
    name: '深圳博物馆',
    kind: 'museum',
    creditCode: '12440304MB2F3P8A21',
    regionCode: '440304',
    contactPhone: '0755-82105133',
  },
  {
    key: 'sz-library',
    name: '深圳图书馆',
    kind: 'public_institution',
    creditCode: '12440304MB2G5Q1W4B',
    regionCode: '440304',
    contactPhone: '0755-83016250',
  },
  {
    key: 'sz-childrens-palace',
    name: '深圳市少年宫',
    kind: 'public_institution',
    creditCode: '12440304MB2H7U3X6M',
    regionCode: '440304',
    contactPhone: '0755-83035812',
  },
  {
    key: 'lianhuashan-admin',
    name: '深圳市莲花山公园管理处',
    kind: 'public_institution',
    creditCode: '12440304MB2J9Y5L8M',
    regionCode: '440304',
    contactPhone: '0755-82806147',
  },
  {
    key: 'sz-meteorological-bureau',
    name: '深圳市气象局',
    kind: 'public_institution',
    creditCode: '11440304MB2K2C7N0P',
    regionCode: '440304',
    contactPhone: '0755-88113274',
  },
  {
    key: 'mangrove-foundation',
    name: '深圳市红树林湿地保护基金会',
    kind: 'ngo',
    creditCode: '53440300MJ2L4D9P31',
    regionCode: '440304',
    contactPhone: '0755-83069536',
  },
  {
    key: 'futian-reserve',
    name: '广东内伶仃福田国家级自然保护区管理局',
    kind: 'public_institution',
    creditCode: '12440304MB2M6E1R5P',
    regionCode: '440304',
    contactPhone: '0755-83072219',
  },
  {
    key: 'sz-youth-centre',
    name: '深圳市青少年活动中心',
    kind: 'public_institution',
    creditCode: '12440304MB2N8F3T7K',
    regionCode: '440304',
    contactPhone: '0755-82093461',
  },
  {
    key: 'fairy-lake',
    name: '深圳市中国科学院仙湖植物园',
    kind: 'research_institute',
    creditCode: '12440303MB2P1G5U9B',
    regionCode: '440303',
    contactPhone: '0755-25738402',
  },
  {
    key: 'wutongshan-admin',
    name: '深圳市梧桐山风景区管理处',
    kind: 'public_institution',
    creditCode: '12440303MB2Q3H7W18',
    regionCode: '440303',
    contactPhone: '0755-25705381',
  },
  {
    key: 'sz-safety-edu-centre',
    name: '深圳市安全生产宣传教育中心',
    kind: 'public_institution',
    creditCode: '12440303MB2R5J9X34',
    regionCode: '440303',
    contactPhone: '0755-83317640',
  },
  {
    key: 'sz-safari',
    name: '深圳野生动物园有限公司',
    kind: 'enterprise',
    creditCode: '91440300MA5T7K2Y60',
    regionCode: '440305',
    contactPhone: '0755-26629156',
  },
  {
    key: 'oct-group',
    name: '深圳华侨城股份有限公司',
    kind: 'enterprise',
    creditCode: '91440300MA5U9L4A86',
    regionCode: '440305',
    contactPhone: '0755-26600428',
  },
  {
    key: 'siat',
    name: '中国科学院深圳先进技术研究院',
    kind: 'research_institute',
    creditCode: '12440305MB2W2M6B0A',
    regionCode: '440305',
    contactPhone: '0755-86392017',
  },
  {
    key: 'dji',
    name: '深圳市大疆创新科技有限公司',
    kind: 'enterprise',
    creditCode: '91440300MA5X4N8C29',
    regionCode: '440305',
    contactPhone: '0755-26656311',
  },
  {
    key: 'nsccsz',
    name: '国家超级计算深圳中心（深圳云计算中心）',
    kind: 'public_institution',
    creditCode: '12440305MB2Y6P1D4Y',
    regionCode: '440305',
    contactPhone: '0755-86153908',
  },
  {
    key: 'baoan-urban',
    name: '深圳市宝安区城市管理和综合执法局',
    kind: 'public_institution',
    creditCode: '11440306MB2A8Q3E66',
    regionCode: '440306',
    contactPhone: '0755-27752840',
  },
  {
    key: 'waterlands',
    name: '深圳市海上田园旅游发展有限公司',
    kind: 'enterprise',
    creditCode: '91440306MA5B1R5F8L',
    regionCode: '440306',
    contactPhone: '0755-27261593',
  },
  {
    key: 'huawei',
    name: '华为技术有限公司',
    kind: 'enterprise',
    creditCode: '91440300MA5C3T7G1X',
    regionCode: '440307',
    contactPhone: '0755-28560374',
  },
  {
    key: 'longgang-youth-safety',
    name: '深圳市龙岗区青少年生命安全教育中心',
    kind: 'public_institution',
    creditCode: '12440307MB2D5U9H3K',
    regionCode: '440307',
    contactPhone: '0755-28941725',
  },
  {
    key: 'low-carbon-centre',
    name: '深圳市龙岗区国际低碳城管理中心',
    kind: 'public_institution',
    creditCode: '12440307MB2E7W2J5C',
    regionCode: '440307',
    contactPhone: '0755-28307619',
  },
  {
    key: 'sz-energy-environment',
    name: '深圳能源环保股份有限公司',
    kind: 'enterprise',
    creditCode: '91440300MA5F9X4K7E',
    regionCode: '440307',
    contactPhone: '0755-28390452',
  },
  {
    key: 'xiaomeisha',
    name: '深圳市小梅沙海洋世界运营有限公司',
    kind: 'enterprise',
    creditCode: '91440308MA5G2Y6L98',
    regionCode: '440308',
    contactPhone: '0755-25062781',
  },
  {
    key: 'yantian-urban',
    name: '深圳市盐田区城市管理和综合执法局',
    kind: 'public_institution',
    creditCode: '11440308MB2H4A8M15',
    regionCode: '440308',
    contactPhone: '0755-25228613',
  },
  {
    key: 'longhua-urban',
    name: '深圳市龙华区城市管理和综合执法局',
    kind: 'public_institution',
    creditCode: '11440309MB2J6B1N3C',
    regionCode: '440309',
    contactPhone: '0755-23336095',
  },
  {
    key: 'sz-nhm',
    name: '深圳自然博物馆',
    kind: 'museum',
    creditCode: '12440310MB2K8C3P5J',
    regionCode: '440310',
    contactPhone: '0755-84627310',
  },
  {
    key: 'byd',
    name: '比亚迪股份有限公司',
    kind: 'enterprise',
    creditCode: '91440300MA5L1D5Q7L',
    regionCode: '440310',
    contactPhone: '0755-89882546',
  },
  {
    key: 'pingshan-urban',
    name: '深圳市坪山区城市管理和综合执法局',
    kind: 'public_institution',
    creditCode: '11440310MB2M3E7R9P',
    regionCode: '440310',
    contactPhone: '0755-84603178',
  },
  {
    key: 'sz-stm',
    name: '深圳科学技术馆',
    kind: 'museum',
    creditCode: '12440311MB2N5F9T23',
    regionCode: '440311',
    contactPhone: '0755-23405186',
  },
  {
    key: 'guangming-emergency',
    name: '深圳市光明区应急管理局',
    kind: 'public_institution',
    creditCode: '11440311MB2P7G2U4Y',
    regionCode: '440311',
    contactPhone: '0755-88216430',
  },
  {
    key: 'guangming-group',
    name: '深圳市光明集团有限公司',
    kind: 'enterprise',
    creditCode: '91440311MA5Q9H4W63',
    regionCode: '440311',
    contactPhone: '0755-27401352',
  },
  {
    key: 'guangming-urban',
    name: '深圳市光明区城市管理和综合执法局',
    kind: 'public_institution',
    creditCode: '11440311MB2R2J6X81',
    regionCode: '440311',
    contactPhone: '0755-88211947',
  },
  {
    key: 'geopark-admin',
    name: '深圳大鹏半岛国家地质公园管理处',
    kind: 'public_institution',
    creditCode: '12440300MB2T4K8Y10',
    regionCode: '440300-DP',
    contactPhone: '0755-84418205',
  },
  {
    key: 'bgi-research',
    name: '深圳华大生命科学研究院',
    kind: 'research_institute',
    creditCode: '52440300MJ5U6L1A30',
    regionCode: '440300-DP',
    contactPhone: '0755-25307562',
  },
  {
    key: 'cgn-dnmc',
    name: '大亚湾核电运营管理有限责任公司',
    kind: 'enterprise',
    creditCode: '91440300MA5W8M3B5A',
    regionCode: '440300-DP',
    contactPhone: '0755-84470913',
  },
  {
    key: 'dapeng-urban',
    name: '深圳市大鹏新区城市管理和综合执法局',
    kind: 'public_institution',
    creditCode: '11440300MB2X1N5C78',
    regionCode: '440300-DP',
    contactPhone: '0755-28333716',
  },
  {
    key: 'agis',
    name: '中国农业科学院深圳农业基因组研究所',
    kind: 'research_institute',
    creditCode: '12440300MB2Y3P7D91',
    regionCode: '440300-DP',
    contactPhone: '0755-23251864',
  },
  {
    key: 'dapeng-fortress-museum',
    name: '深圳市大鹏古城博物馆',
    kind: 'museum',
    creditCode: '12440300MB2A5Q9E2T',
    regionCode: '440300-DP',
    contactPhone: '0755-84315920',
  },
];

export const DEMO_VENUES: readonly DemoVenue[] = [
  // ── 福田区 440304 ──────────────────────────────────────────────────────────
  {
    key: 'sz-science-museum',
    organisationKey: 'science-museum',
    name: '深圳市科学馆',
    nameEn: 'Shenzhen Science Museum',
    type: 'science_museum',
    regionCode: '440304',
    address: '深圳市福田区上步中路1003号',
    location: { lat: 22.5427, lng: 114.0889 },
    description:
      '深圳市科学馆建成于1987年，是深圳最早的科普场馆之一，设有创造、探索、思维、引领和水展区等常设展区。展品以动手互动为主，适合亲子家庭和学校团体参观。',
    themes: ['physics', 'engineering', 'information_technology', 'history_of_science'],
    audiences: ['primary', 'secondary', 'adults', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，需提前实名预约，周一闭馆' },
    phone: '0755-83261026',
    transport: '地铁1号线科学馆站，步行约5分钟',
    accreditations: [{ name: '全国科普教育基地', level: 'national', yearGranted: 2021, expiresOn: '2026-12-15' }],
    exhibits: [
      {
        name: '特斯拉线圈',
        category: 'device',
        explanation:
          '特斯拉线圈能把普通的电变成电压非常高的电，放电时会在空中打出一道道紫色的“小闪电”。表演时工作人员在安全区域操作。它告诉我们：闪电就是空气被高电压击穿时发出的光。',
      },
      {
        name: '水车与水闸',
        category: 'device',
        explanation:
          '在水展区可以亲手打开闸门、转动水车，看水怎样从高处流下并推动机器转动。古人就用这个道理建造水车来灌溉农田。玩一玩会发现：水越多、落差越大，水车转得越快。',
      },
      {
        name: '视错觉墙',
        category: 'other',
        explanation:
          '思维展区里有许多看起来“会动”的图片和大小“不对劲”的房间，其实是眼睛和大脑在开玩笑。我们看到的东西都要经过大脑加工。所以想知道真实的长短，最好还是用尺子量一量。',
      },
    ],
  },
  {
    key: 'sz-museum-history-hall',
    organisationKey: 'sz-museum',
    name: '深圳博物馆（历史民俗馆）',
    nameEn: 'Shenzhen Museum (History and Folk Culture Hall)',
    type: 'museum',
    regionCode: '440304',
    address: '深圳市福田区福中路市民中心A区',
    location: { lat: 22.544, lng: 114.0612 },
    description:
      '位于市民中心东翼，常设古代深圳、近代深圳和深圳民俗等展览，可以了解这片土地从远古到今天的变化。古代深圳展区介绍了咸头岭等新石器时代遗址的考古发现。',
    themes: ['history_of_science', 'earth_science'],
    audiences: ['primary', 'secondary', 'adults', 'seniors', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift', 'guide_dogs'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，需实名预约，周一闭馆' },
    website: 'https://www.shenzhenmuseum.com',
    transport: '地铁2号线、4号线市民中心站',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'sz-library-central',
    organisationKey: 'sz-library',
    name: '深圳图书馆（中心馆）',
    nameEn: 'Shenzhen Library (Central)',
    type: 'public_facility',
    regionCode: '440304',
    address: '深圳市福田区福中一路2001号',
    location: { lat: 22.5484, lng: 114.0556 },
    description:
      '深圳图书馆定期举办科普讲座、科学阅读推广和少儿科学实验活动，少儿服务区设有科普图书专架。市民凭读者证或身份证即可免费入馆。',
    themes: ['information_technology', 'history_of_science'],
    audiences: ['primary', 'secondary', 'adults', 'seniors', 'families'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift', 'guide_dogs', 'large_print'],
    admission: { free: true, prices: [], concessions: [] },
    website: 'https://www.szlib.org.cn',
    transport: '地铁3号线、4号线少年宫站或2号线、4号线市民中心站',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'sz-childrens-palace',
    organisationKey: 'sz-childrens-palace',
    name: '深圳市少年宫',
    nameEn: "Shenzhen Children's Palace",
    type: 'education_base',
    regionCode: '440304',
    address: '深圳市福田区福中一路1011号',
    location: { lat: 22.55, lng: 114.062 },
    description: '深圳市少年宫设有科技探索、机器人和航空模型等青少年科技活动场地，周末和寒暑假开设科学体验课程。',
    themes: ['engineering', 'information_technology', 'aerospace'],
    audiences: ['preschool', 'primary', 'secondary', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '公共展区免费，部分课程需报名并收费' },
    transport: '地铁3号线、4号线少年宫站',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'lianhuashan-park',
    organisationKey: 'lianhuashan-admin',
    name: '莲花山公园',
    nameEn: 'Lianhuashan Park',
    type: 'nature_park',
    regionCode: '440304',
    address: '深圳市福田区红荔路6030号',
    location: { lat: 22.5565, lng: 114.057 },
    description:
      '莲花山公园是福田中心区北侧的城市山体公园，园内有风筝广场、簕杜鹃园和多种南亚热带植物。公园也是深圳重要的应急避难场所，适合开展植物认知和防灾减灾科普。',
    themes: ['botany', 'ecology', 'disaster_prevention'],
    audiences: ['preschool', 'primary', 'adults', 'seniors', 'families'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [] },
    transport: '地铁4号线莲花北站或少年宫站',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'sz-meteo-zhuzilin',
    organisationKey: 'sz-meteorological-bureau',
    name: '深圳市气象局竹子林气象科普基地',
    nameEn: 'Shenzhen Meteorological Bureau Zhuzilin Weather Science Base',
    type: 'public_facility',
    regionCode: '440304',
    address: '深圳市福田区竹子林四路1号',
    location: { lat: 22.5392, lng: 114.0035 },
    description:
      '竹子林综合气象观测基地是深圳的国家基准气象站之一，开放日可参观地面观测场和天气预报会商室。在这里能了解台风、暴雨预警是怎样发布的。',
    themes: ['meteorology', 'disaster_prevention'],
    audiences: ['primary', 'secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '世界气象日等开放日及团体预约时开放' },
    website: 'https://weather.sz.gov.cn',
    transport: '地铁1号线竹子林站',
    accreditations: [{ name: '全国气象科普教育基地', level: 'national', yearGranted: 2024, expiresOn: '2029-05-31' }],
    exhibits: [
      {
        name: '百叶箱',
        category: 'device',
        explanation:
          '百叶箱是一个白色的小木屋，四面是一条条斜着的百叶窗。它能挡住太阳直晒，又能让风吹进去，所以里面的温度计测到的才是真正的气温。天气预报里的“最高气温”就是这样测出来的。',
      },
      {
        name: '雨量计',
        category: 'device',
        explanation:
          '雨量计像一个带漏斗的圆筒，下雨时雨水流进筒里。看筒里积了多少毫米的水，就知道雨下得有多大。如果一小时下了几十毫米，就可能要发布暴雨预警了。',
      },
    ],
  },
  {
    key: 'futian-mangrove-park',
    organisationKey: 'mangrove-foundation',
    name: '福田红树林生态公园',
    nameEn: 'Futian Mangrove Ecological Park',
    type: 'nature_park',
    regionCode: '440304',
    address: '深圳市福田区滨海大道新洲河口西侧',
    location: { lat: 22.5225, lng: 114.032 },
    description:
      '福田红树林生态公园由深圳市红树林湿地保护基金会参与管理运营，设有观鸟屏、自然教育径和科普展板。冬季可以观察来深圳越冬的候鸟。',
    themes: ['ecology', 'ocean', 'zoology', 'botany'],
    audiences: ['preschool', 'primary', 'adults', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，每周一闭园维护' },
    transport: '地铁9号线下沙站，步行约15分钟',
    accreditations: [{ name: '深圳市科普教育基地', level: 'municipal', yearGranted: 2022, expiresOn: '2027-09-30' }],
    exhibits: [
      {
        name: '秋茄',
        category: 'species',
        explanation:
          '秋茄是深圳最常见的红树植物之一，能长在涨潮时会被海水淹没的泥滩上。它的种子在树上就发芽，长成像绿色小棒子的“胎生苗”，掉进泥里就能扎根。红树林能挡风浪，也是小鱼小蟹的家。',
      },
      {
        name: '招潮蟹',
        category: 'species',
        explanation:
          '退潮后，泥滩上会出现许多小洞，招潮蟹就住在里面。雄蟹有一只特别大的螯，常常举起来挥动，像在招呼潮水回来。它们吃泥里的藻类和碎屑，帮红树林保持干净。',
      },
    ],
  },
  {
    key: 'futian-nature-reserve',
    organisationKey: 'futian-reserve',
    name: '广东内伶仃福田国家级自然保护区宣教中心',
    nameEn: 'Guangdong Neilingding-Futian National Nature Reserve Education Centre',
    type: 'nature_park',
    regionCode: '440304',
    address: '深圳市福田区滨海大道沙嘴路口红树林保护区',
    location: { lat: 22.5255, lng: 114.008 },
    description:
      '福田红树林保护区是我国少有的位于城市中心区的国家级自然保护区，保存着成片的红树林和滩涂湿地。宣教中心定期组织预约制的自然观察和保护科普活动。',
    themes: ['ecology', 'zoology', 'ocean'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '保护区核心区不对外开放，宣教活动需提前预约' },
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'sz-youth-activity-centre',
    organisationKey: 'sz-youth-centre',
    name: '深圳市青少年活动中心',
    nameEn: 'Shenzhen Youth Activity Centre',
    type: 'community_venue',
    regionCode: '440304',
    address: '深圳市福田区红荔路1001号',
    location: { lat: 22.5478, lng: 114.093 },
    description:
      '深圳市青少年活动中心面向青少年开设科技创新、编程和创客实践等公益活动，是学生参加科技竞赛和社会实践的常用场所。',
    themes: ['information_technology', 'engineering'],
    audiences: ['primary', 'secondary', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '公益活动免费，需提前报名' },
    transport: '地铁1号线科学馆站或3号线华新站',
    accreditations: [],
    exhibits: [],
  },

  // ── 罗湖区 440303 ──────────────────────────────────────────────────────────
  {
    key: 'fairy-lake-botanical-garden',
    organisationKey: 'fairy-lake',
    name: '深圳市中国科学院仙湖植物园',
    nameEn: 'Fairy Lake Botanical Garden, Shenzhen & CAS',
    type: 'nature_park',
    regionCode: '440303',
    address: '深圳市罗湖区莲塘仙湖路160号',
    location: { lat: 22.5785, lng: 114.1735 },
    description:
      '仙湖植物园由深圳市政府与中国科学院共建，保存1万多种植物，建有苏铁园、阴生植物区和化石森林等专类园。园区常年开展植物学和古生物学科普活动。',
    themes: ['botany', 'ecology', 'paleontology'],
    audiences: ['preschool', 'primary', 'secondary', 'adults', 'seniors', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: {
      free: false,
      prices: [{ label: '成人票', amountFen: 1500 }],
      concessions: [
        { group: 'seniors', kind: 'free', note: '65周岁及以上长者凭身份证免票' },
        { group: 'children', kind: 'free', note: '身高1.2米以下儿童免票' },
        { group: 'students', kind: 'half_price', note: '全日制学生凭学生证' },
        { group: 'disabled', kind: 'free', note: '凭残疾人证' },
        { group: 'military', kind: 'free', note: '现役军人凭有效证件' },
      ],
      note: '票价为演示数据，以官方公布为准',
    },
    website: 'https://www.szbg.ac.cn',
    transport: '地铁2号线、8号线莲塘站换乘公交至仙湖植物园站',
    accreditations: [
      { name: '全国科普教育基地', level: 'national', yearGranted: 2023, expiresOn: '2028-06-30' },
      { name: '广东省科普教育基地', level: 'provincial', yearGranted: 2024, expiresOn: '2029-03-31' },
    ],
    exhibits: [
      {
        name: '苏铁',
        category: 'species',
        explanation:
          '苏铁又叫铁树，是和恐龙生活在同一时代的古老植物，被称为“活化石”。仙湖植物园是国家苏铁种质资源保护中心，收集了很多种苏铁。苏铁长得很慢，一人高的苏铁可能已经几十岁了。',
      },
      {
        name: '桫椤',
        category: 'species',
        explanation:
          '桫椤是一种能长成大树的蕨类植物，树干顶上撑开一把绿色的“大伞”。在恐龙时代，桫椤是恐龙常吃的植物之一。现在野生桫椤很少了，是国家重点保护植物。',
      },
    ],
  },
  {
    key: 'sz-paleontology-museum',
    organisationKey: 'fairy-lake',
    name: '深圳古生物博物馆',
    nameEn: 'Shenzhen Paleontological Museum',
    type: 'museum',
    regionCode: '440303',
    address: '深圳市罗湖区莲塘仙湖路160号仙湖植物园内',
    location: { lat: 22.5832, lng: 114.1768 },
    description: '博物馆位于仙湖植物园化石森林景区，展出恐龙、古鱼类和古植物等化石标本，讲述地球生命的演化故事。',
    themes: ['paleontology', 'earth_science', 'life_science'],
    audiences: ['primary', 'secondary', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: {
      free: false,
      prices: [{ label: '仙湖植物园门票（含博物馆参观）', amountFen: 1500 }],
      concessions: [
        { group: 'seniors', kind: 'free', note: '65周岁及以上长者凭身份证免票' },
        { group: 'children', kind: 'free', note: '身高1.2米以下儿童免票' },
      ],
      note: '博物馆不另收费，需购买仙湖植物园门票入园（演示数据）',
    },
    transport: '乘坐公交至仙湖植物园站，入园后乘园内观光车至化石森林',
    accreditations: [],
    exhibits: [
      {
        name: '硅化木',
        category: 'geological_relic',
        explanation:
          '硅化木是很久以前的大树被埋进泥沙后，木头一点点被二氧化硅替换而变成的石头。它上面还能看到年轮和树皮的纹路，摸起来却又硬又凉。化石森林里的硅化木能帮我们想象远古森林的样子。',
      },
      {
        name: '恐龙骨架',
        category: 'specimen',
        explanation:
          '展厅里的恐龙骨架按照真实化石复原，可以看到恐龙的头骨、脊椎和长长的尾巴。科学家研究骨头的形状，就能推测恐龙怎样走路、吃什么。比一比，你的身高能到它的哪块骨头？',
      },
      {
        name: '狼鳍鱼化石',
        category: 'specimen',
        explanation:
          '狼鳍鱼是生活在一亿多年前湖泊里的小鱼，化石常常成群保存在薄薄的页岩里。每条小鱼的脊骨和鳍都清清楚楚，像印在石头上的画。它们是研究古代湖泊环境的好帮手。',
      },
    ],
  },
  {
    key: 'wutongshan-scenic-area',
    organisationKey: 'wutongshan-admin',
    name: '梧桐山风景名胜区',
    nameEn: 'Wutong Mountain Scenic Area',
    type: 'nature_park',
    regionCode: '440303',
    address: '深圳市罗湖区望桐路梧桐山风景区',
    location: { lat: 22.579, lng: 114.204 },
    description:
      '梧桐山主峰海拔约944米，是深圳最高峰，山上保存着大片南亚热带常绿阔叶林。沿登山道可以观察毛棉杜鹃、山涧溪流和多种林鸟。',
    themes: ['botany', 'ecology', 'earth_science'],
    audiences: ['secondary', 'adults', 'seniors', 'families'],
    accessibility: ['accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，极端天气时部分登山道临时关闭' },
    transport: '地铁8号线梧桐山南站，或乘坐公交至梧桐山总站',
    accreditations: [],
    exhibits: [
      {
        name: '毛棉杜鹃',
        category: 'species',
        explanation:
          '毛棉杜鹃是梧桐山最有名的花，每年三四月开满山坡，花朵粉白色，像一个个小喇叭。它喜欢长在凉爽湿润的高山上。赏花时请只拍照、不采摘，让花儿年年开放。',
      },
      {
        name: '泰山涧溪流与水潭',
        category: 'geological_relic',
        explanation:
          '泰山涧的溪水从山上流下，长年累月冲刷岩石，冲出了一个个水潭和小瀑布。石头表面光滑圆润，就是被流水慢慢“打磨”出来的。下雨后溪水变急，请不要靠近水边。',
      },
    ],
  },
  {
    key: 'sz-safety-education-base',
    organisationKey: 'sz-safety-edu-centre',
    name: '深圳市安全教育基地',
    nameEn: 'Shenzhen Safety Education Base',
    type: 'education_base',
    regionCode: '440303',
    address: '深圳市罗湖区宝安北路2078号',
    location: { lat: 22.569, lng: 114.1055 },
    description:
      '深圳市安全教育基地集消防、交通、地震、燃气和生产安全等主题体验馆于一体，通过实景模拟和VR互动，让市民学习避险逃生技能。',
    themes: ['safety', 'disaster_prevention', 'health'],
    audiences: ['primary', 'secondary', 'adults', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，团体参观需提前预约' },
    transport: '地铁7号线笋岗站，步行约10分钟',
    accreditations: [{ name: '深圳市科普教育基地', level: 'municipal', yearGranted: 2023, expiresOn: '2028-12-31' }],
    exhibits: [
      {
        name: '地震模拟平台',
        category: 'device',
        explanation:
          '站上平台后，地面会像真的地震一样左右摇晃、上下颠簸。讲解员会教大家“趴下、掩护、抓牢”的避震动作。亲身体验过，遇到真正的地震时就不容易慌张。',
      },
      {
        name: '烟雾逃生通道',
        category: 'device',
        explanation:
          '通道里充满无害的模拟烟雾，看不清前方，和真实火场很像。要弯腰低头、用湿毛巾捂住口鼻，沿着墙边和绿色指示灯走出去。因为热烟往上飘，贴近地面的空气更干净。',
      },
      {
        name: '家居燃气安全体验厨房',
        category: 'device',
        explanation:
          '这里复原了一个家庭厨房，演示燃气泄漏时会发生什么。闻到像臭鸡蛋的气味，要马上关阀门、开窗户，千万不要开灯或打电话。燃气本来没有气味，加进去的臭味就是为了提醒我们。',
      },
    ],
  },

  // ── 南山区 440305 ──────────────────────────────────────────────────────────
  {
    key: 'sz-safari-park',
    organisationKey: 'sz-safari',
    name: '深圳野生动物园',
    nameEn: 'Shenzhen Safari Park',
    type: 'nature_park',
    regionCode: '440305',
    address: '深圳市南山区西丽湖路4065号',
    location: { lat: 22.5995, lng: 113.9735 },
    description:
      '深圳野生动物园饲养展示数百种野生动物，设有食草动物区、猛兽谷和海洋天地等区域。园区常年开展动物保护和物种科普活动。',
    themes: ['zoology', 'ecology'],
    audiences: ['preschool', 'primary', 'adults', 'seniors', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: {
      free: false,
      prices: [
        { label: '成人票', amountFen: 24000 },
        { label: '儿童票（身高1.2米至1.5米）', amountFen: 12000 },
      ],
      concessions: [
        { group: 'children', kind: 'free', note: '身高1.2米以下儿童免票，需成人陪同' },
        { group: 'seniors', kind: 'half_price', note: '60周岁及以上长者凭身份证' },
        { group: 'disabled', kind: 'free', note: '凭残疾人证' },
        { group: 'military', kind: 'free', note: '现役军人凭有效证件' },
      ],
      note: '票价为演示数据，以园方公布为准',
    },
    transport: '地铁7号线西丽湖站，步行约10分钟',
    accreditations: [{ name: '全国科普教育基地', level: 'national', yearGranted: 2022, expiresOn: '2027-01-10' }],
    exhibits: [
      {
        name: '大熊猫',
        category: 'species',
        explanation:
          '大熊猫是我国特有的动物，最爱吃竹子，一天要花十几个小时吃东西。它看上去胖乎乎的，其实很会爬树。深圳天气热，熊猫馆里开着空调，让它们住得舒服。',
      },
      {
        name: '长颈鹿',
        category: 'species',
        explanation:
          '长颈鹿是世界上最高的动物，站起来有五六米高。它的脖子虽然很长，但和我们一样只有7块颈椎骨，只是每一块都特别长。长颈鹿用长长的舌头卷树叶吃。',
      },
    ],
  },
  {
    key: 'sz-bay-nature-centre',
    organisationKey: 'mangrove-foundation',
    name: '深圳湾公园自然教育中心',
    nameEn: 'Shenzhen Bay Park Nature Education Centre',
    type: 'education_base',
    regionCode: '440305',
    address: '深圳市南山区滨海大道深圳湾公园内',
    location: { lat: 22.5155, lng: 113.972 },
    description:
      '自然教育中心由红树林基金会运营，展厅介绍深圳湾的红树林、滩涂和候鸟，院子里还建有吸引小鸟的生境花园。每年冬季是观察候鸟的好时节。',
    themes: ['ecology', 'zoology', 'ocean'],
    audiences: ['preschool', 'primary', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [] },
    transport: '地铁9号线深圳湾公园站',
    accreditations: [],
    exhibits: [
      {
        name: '黑脸琵鹭',
        category: 'species',
        explanation:
          '黑脸琵鹭是一种珍稀的水鸟，嘴巴又扁又长，像一把黑色的琵琶。它在浅水里左右扫动嘴巴找小鱼小虾吃。每年冬天都有黑脸琵鹭飞到深圳湾过冬，全世界也只有几千只。',
      },
      {
        name: '听鸟鸣辨鸟种互动装置',
        category: 'device',
        explanation:
          '按下按钮就能听到不同小鸟的叫声，再猜一猜是哪种鸟。很多鸟藏在树叶里不容易看见，但叫声很好认。学会听声辨鸟，在公园散步时就能“听”到更多朋友。',
      },
    ],
  },
  {
    key: 'oct-wetland-park',
    organisationKey: 'oct-group',
    name: '华侨城湿地公园',
    nameEn: 'OCT Wetland Park',
    type: 'nature_park',
    regionCode: '440305',
    address: '深圳市南山区白石路东8号',
    location: { lat: 22.527, lng: 113.986 },
    description:
      '华侨城湿地公园与深圳湾相连，是城市中心区难得的滨海湿地，实行预约限流参观。园内设有自然学校，可以观察红树林、水鸟和湿地植物。',
    themes: ['ecology', 'zoology', 'botany'],
    audiences: ['preschool', 'primary', 'secondary', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，需提前实名预约，周一闭园' },
    transport: '地铁1号线侨城东站或9号线深湾站',
    accreditations: [{ name: '广东省科普教育基地', level: 'provincial', yearGranted: 2022, expiresOn: '2027-08-31' }],
    exhibits: [
      {
        name: '白鹭',
        category: 'species',
        explanation:
          '白鹭全身雪白，有一双细长的黑腿和黄色的脚趾。它常站在浅水里一动不动，看到小鱼游过就飞快地一啄。湿地里水草多、小鱼多，所以常能看到成群的白鹭。',
      },
      {
        name: '生态浮岛',
        category: 'other',
        explanation:
          '湖面上漂着的小岛是用植物和能浮起来的材料做成的。植物的根垂在水里，会吸收水中多余的养分，让水变得更干净。浮岛也给小鸟和昆虫提供了歇脚的地方。',
      },
    ],
  },
  {
    key: 'siat-open-day',
    organisationKey: 'siat',
    name: '中国科学院深圳先进技术研究院（公众科学日）',
    nameEn: 'Shenzhen Institutes of Advanced Technology, CAS (Public Science Day)',
    type: 'research_facility',
    regionCode: '440305',
    address: '深圳市南山区西丽深圳大学城学苑大道1068号',
    location: { lat: 22.597, lng: 113.9945 },
    description:
      '深圳先进院在中国科学院公众科学日等活动期间向公众开放部分实验室，展示机器人、脑科学和合成生物学等前沿研究。平时以团体预约的研学活动为主。',
    themes: ['life_science', 'information_technology', 'engineering', 'health'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '仅在公众开放日或团体预约时开放' },
    website: 'https://www.siat.ac.cn',
    transport: '地铁7号线西丽湖站或5号线大学城站换乘公交',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'dji-showroom',
    organisationKey: 'dji',
    name: '大疆创新天空之城展厅',
    nameEn: 'DJI Sky City Showroom',
    type: 'enterprise_hall',
    regionCode: '440305',
    address: '深圳市南山区西丽街道留仙洞大疆天空之城大厦',
    location: { lat: 22.58, lng: 113.945 },
    description: '大疆创新总部大楼设有产品展示与体验空间，可以了解无人机、云台相机和教育机器人的工作原理。',
    themes: ['aerospace', 'engineering', 'information_technology'],
    audiences: ['secondary', 'adults', 'families'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '开放方式为演示数据，待核实' },
    website: 'https://www.dji.com',
    transport: '地铁5号线留仙洞站',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'nscc-shenzhen',
    organisationKey: 'nsccsz',
    name: '国家超级计算深圳中心（深圳云计算中心）',
    nameEn: 'National Supercomputing Center in Shenzhen',
    type: 'research_facility',
    regionCode: '440305',
    address: '深圳市南山区西丽街道深圳大学城北侧',
    location: { lat: 22.5915, lng: 113.9785 },
    description:
      '国家超级计算深圳中心是我国首批国家超级计算中心之一，科普展厅介绍超级计算机的结构，以及它在天气预报、药物研发等领域的应用。',
    themes: ['information_technology', 'engineering'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '团体预约开放' },
    transport: '地铁5号线大学城站或7号线西丽湖站',
    accreditations: [{ name: '南山区科普教育基地', level: 'district', yearGranted: 2024, expiresOn: '2029-09-30' }],
    exhibits: [],
  },

  // ── 宝安区 440306 ──────────────────────────────────────────────────────────
  {
    key: 'shiyan-meteo-base',
    organisationKey: 'sz-meteorological-bureau',
    name: '深圳市国家气候观象台石岩基地（气象梯度观测塔）',
    nameEn: 'Shenzhen National Climate Observatory, Shiyan Base (Meteorological Gradient Tower)',
    type: 'research_facility',
    regionCode: '440306',
    address: '深圳市宝安区石岩街道铁岗水库北侧石岩综合气象观测基地',
    location: { lat: 22.6425, lng: 113.908 },
    description:
      '石岩综合气象观测基地是深圳观测项目最全面的气象基地，也是国家基准气候站，建有高约356米的气象梯度观测塔。开放日可以近距离了解各种气象观测设备。',
    themes: ['meteorology', 'disaster_prevention', 'engineering'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '仅在开放日或团体预约时开放' },
    website: 'https://weather.sz.gov.cn',
    accreditations: [],
    exhibits: [
      {
        name: '356米气象梯度观测塔',
        category: 'device',
        explanation:
          '这座铁塔有一百多层楼那么高，从下到上装着许多测风、测温度和湿度的仪器。不同高度的风和温度并不一样，把它们连起来看，就知道空气是怎样流动的。这些数据能帮助改进天气预报。',
      },
      {
        name: '风廓线雷达',
        category: 'device',
        explanation:
          '风廓线雷达朝天空发射看不见的电波，电波碰到空气的细微变化会反射回来。根据回来的信号，它能算出头顶几千米内每一层的风有多大、往哪儿吹。台风靠近时，它帮预报员盯紧风的变化。',
      },
    ],
  },
  {
    key: 'xiwan-mangrove-park',
    organisationKey: 'baoan-urban',
    name: '西湾红树林公园',
    nameEn: 'Xiwan Mangrove Park',
    type: 'nature_park',
    regionCode: '440306',
    address: '深圳市宝安区西乡街道西湾滨海岸线',
    location: { lat: 22.5705, lng: 113.856 },
    description:
      '西湾红树林公园位于宝安西乡海滨，沿海岸保留了红树林和滩涂，设有滨海栈道和科普展牌。傍晚可以观察潮水涨落和海边鸟类。',
    themes: ['ecology', 'ocean', 'botany'],
    audiences: ['primary', 'adults', 'seniors', 'families'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [] },
    transport: '地铁1号线坪洲站或11号线碧海湾站换乘公交',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'yanluo-wetland-park',
    organisationKey: 'baoan-urban',
    name: '燕罗湿地公园',
    nameEn: 'Yanluo Wetland Park',
    type: 'nature_park',
    regionCode: '440306',
    address: '深圳市宝安区燕罗街道茅洲河畔',
    location: { lat: 22.7935, lng: 113.861 },
    description:
      '燕罗湿地公园建在治理后的茅洲河畔，利用人工湿地净化河水。园内科普步道介绍水生植物怎样让河水变清，是了解河流治理的好地方。',
    themes: ['ecology', 'botany', 'engineering'],
    audiences: ['primary', 'secondary', 'adults', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [] },
    transport: '地铁6号线松岗站换乘公交',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'waterlands-resort',
    organisationKey: 'waterlands',
    name: '深圳海上田园旅游区',
    nameEn: 'Shenzhen Waterlands Resort',
    type: 'nature_park',
    regionCode: '440306',
    address: '深圳市宝安区沙井街道民主大道海上田园',
    location: { lat: 22.7255, lng: 113.7975 },
    description:
      '海上田园以珠江口滨海湿地和传统基塘农业为特色，园内有红树林、鱼塘和水乡景观，可以了解“桑基鱼塘”这种循环农业方式。',
    themes: ['agriculture', 'ecology', 'ocean'],
    audiences: ['primary', 'adults', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: {
      free: false,
      prices: [{ label: '成人票', amountFen: 3000 }],
      concessions: [
        { group: 'children', kind: 'free', note: '身高1.2米以下儿童免票' },
        { group: 'seniors', kind: 'free', note: '65周岁及以上长者凭身份证' },
        { group: 'disabled', kind: 'free', note: '凭残疾人证' },
        { group: 'students', kind: 'half_price', note: '全日制学生凭学生证' },
      ],
      note: '票价为演示数据，以景区公布为准',
    },
    accreditations: [],
    exhibits: [],
  },

  // ── 龙岗区 440307 ──────────────────────────────────────────────────────────
  {
    key: 'huawei-bantian-hall',
    organisationKey: 'huawei',
    name: '华为坂田基地展厅',
    nameEn: 'Huawei Bantian Campus Exhibition Hall',
    type: 'enterprise_hall',
    regionCode: '440307',
    address: '深圳市龙岗区坂田街道华为基地',
    location: { lat: 22.654, lng: 114.06 },
    description:
      '展厅介绍通信网络、智能终端和云计算等信息技术，展示5G基站等设备的原理。展厅不面向散客开放，需由学校或单位提前预约。',
    themes: ['information_technology', 'engineering'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '仅接受团体预约（演示数据，待核实）' },
    website: 'https://www.huawei.com',
    transport: '地铁10号线岗头站，步行约15分钟',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'longgang-youth-safety-centre',
    organisationKey: 'longgang-youth-safety',
    name: '龙岗区青少年生命安全教育中心',
    nameEn: 'Longgang Youth Life Safety Education Centre',
    type: 'education_base',
    regionCode: '440307',
    address: '深圳市龙岗区龙城街道清林路',
    location: { lat: 22.7235, lng: 114.246 },
    description:
      '中心面向中小学生开设消防、防溺水、交通和防灾减灾等安全课程，2020年挂牌成为龙岗消防教育基地，设有灭火和逃生体验区。',
    themes: ['safety', 'disaster_prevention', 'health'],
    audiences: ['primary', 'secondary', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '以学校团体预约为主' },
    transport: '地铁3号线龙城广场站换乘公交',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'intl-low-carbon-city',
    organisationKey: 'low-carbon-centre',
    name: '深圳国际低碳城会展中心',
    nameEn: 'Shenzhen International Low Carbon City Exhibition Centre',
    type: 'public_facility',
    regionCode: '440307',
    address: '深圳市龙岗区坪地街道国际低碳城',
    location: { lat: 22.7745, lng: 114.322 },
    description:
      '国际低碳城展示绿色建筑、可再生能源和低碳交通等技术，每年举办深圳国际低碳城论坛。展馆里可以看到节能建筑和碳排放的科普展示。',
    themes: ['energy', 'ecology', 'engineering'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [] },
    transport: '地铁3号线双龙站换乘公交',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'east-waste-to-energy-plant',
    organisationKey: 'sz-energy-environment',
    name: '深圳能源东部环保电厂公众开放区',
    nameEn: 'Shenzhen Energy East Waste-to-Energy Plant Visitor Area',
    type: 'enterprise_hall',
    regionCode: '440307',
    address: '深圳市龙岗区坪地街道东部环保电厂',
    location: { lat: 22.756, lng: 114.303 },
    description:
      '东部环保电厂是大型生活垃圾焚烧发电厂，建有参观长廊，可以看到垃圾怎样被焚烧发电、烟气怎样被净化。参观后会更明白垃圾分类的意义。',
    themes: ['energy', 'ecology', 'engineering'],
    audiences: ['primary', 'secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '需提前预约参观' },
    accreditations: [],
    exhibits: [],
  },

  // ── 盐田区 440308 ──────────────────────────────────────────────────────────
  {
    key: 'oct-east-tea-valley',
    organisationKey: 'oct-group',
    name: '东部华侨城茶溪谷',
    nameEn: 'OCT East Tea Stream Valley',
    type: 'nature_park',
    regionCode: '440308',
    address: '深圳市盐田区大梅沙东部华侨城',
    location: { lat: 22.6175, lng: 114.2885 },
    description:
      '东部华侨城位于大梅沙北侧的山区，茶溪谷景区内有湿地花园、茶园和森林步道，可以认识山地植物、了解茶叶种植。',
    themes: ['botany', 'ecology', 'agriculture'],
    audiences: ['primary', 'adults', 'seniors', 'families'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: {
      free: false,
      prices: [
        { label: '成人票', amountFen: 16000 },
        { label: '儿童票（身高1.2米至1.5米）', amountFen: 8000 },
      ],
      concessions: [
        { group: 'children', kind: 'free', note: '身高1.2米以下儿童免票' },
        { group: 'seniors', kind: 'half_price', note: '60周岁及以上长者凭身份证' },
        { group: 'disabled', kind: 'half_price', note: '凭残疾人证' },
        { group: 'military', kind: 'half_price', note: '现役军人凭有效证件' },
      ],
      note: '票价为演示数据，以景区公布为准',
    },
    transport: '地铁8号线大梅沙站换乘公交',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'xiaomeisha-ocean-world',
    organisationKey: 'xiaomeisha',
    name: '小梅沙海洋世界',
    nameEn: 'Xiaomeisha Ocean World',
    type: 'education_base',
    regionCode: '440308',
    address: '深圳市盐田区梅沙街道小梅沙',
    location: { lat: 22.601, lng: 114.3225 },
    description: '小梅沙海洋世界是海滨的海洋主题场馆，展示鲨鱼、海龟、珊瑚和多种海洋鱼类，介绍海洋生态保护知识。',
    themes: ['ocean', 'zoology', 'ecology'],
    audiences: ['preschool', 'primary', 'adults', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: {
      free: false,
      prices: [
        { label: '成人票', amountFen: 22000 },
        { label: '儿童票（身高1.2米至1.5米）', amountFen: 15000 },
      ],
      concessions: [
        { group: 'children', kind: 'free', note: '身高1.2米以下儿童免票，需成人陪同' },
        { group: 'seniors', kind: 'discount', note: '60周岁及以上长者凭身份证购优惠票' },
        { group: 'disabled', kind: 'discount', note: '凭残疾人证购优惠票' },
      ],
      note: '票价为演示数据，以场馆公布为准',
    },
    transport: '地铁8号线小梅沙站',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'dameisha-seaside-park',
    organisationKey: 'yantian-urban',
    name: '大梅沙海滨公园',
    nameEn: 'Dameisha Seaside Park',
    type: 'nature_park',
    regionCode: '440308',
    address: '深圳市盐田区盐梅路9号',
    location: { lat: 22.5965, lng: 114.305 },
    description:
      '大梅沙海滨公园拥有深圳知名的沙滩，沙滩边的科普展牌介绍潮汐、海浪和沙滩的形成。退潮时可以观察沙滩上的小生物。',
    themes: ['ocean', 'earth_science'],
    audiences: ['preschool', 'primary', 'adults', 'seniors', 'families'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，节假日实行预约限流' },
    transport: '地铁8号线大梅沙站',
    accreditations: [],
    exhibits: [],
  },

  // ── 龙华区 440309 ──────────────────────────────────────────────────────────
  {
    key: 'sz-library-north',
    organisationKey: 'sz-library',
    name: '深圳图书馆北馆',
    nameEn: 'Shenzhen Library North Branch',
    type: 'public_facility',
    regionCode: '440309',
    address: '深圳市龙华区民治街道深圳北站东侧',
    location: { lat: 22.6125, lng: 114.037 },
    description:
      '深圳图书馆北馆于2023年开放，设有少儿科技阅读区、创客空间和数字体验区，经常举办科学主题讲座和亲子活动。',
    themes: ['information_technology', 'history_of_science'],
    audiences: ['preschool', 'primary', 'secondary', 'adults', 'seniors', 'families'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift', 'guide_dogs', 'large_print'],
    admission: { free: true, prices: [], concessions: [] },
    website: 'https://www.szlib.org.cn',
    transport: '地铁4号线、5号线、6号线深圳北站',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'yangtaishan-forest-park',
    organisationKey: 'longhua-urban',
    name: '阳台山森林公园',
    nameEn: 'Yangtai Mountain Forest Park',
    type: 'nature_park',
    regionCode: '440309',
    address: '深圳市龙华区大浪街道阳台山东门',
    location: { lat: 22.646, lng: 113.9935 },
    description:
      '阳台山是深圳西部的高山，森林覆盖率高，沿途可以观察竹林、山溪和多种鸟类。公园设有自然教育径和科普标识。',
    themes: ['botany', 'ecology', 'earth_science'],
    audiences: ['primary', 'secondary', 'adults', 'families'],
    accessibility: ['accessible_toilet'],
    admission: { free: true, prices: [], concessions: [] },
    transport: '地铁6号线阳台山东站',
    accreditations: [],
    exhibits: [],
  },

  // ── 坪山区 440310 ──────────────────────────────────────────────────────────
  {
    key: 'sz-natural-history-museum',
    organisationKey: 'sz-nhm',
    name: '深圳自然博物馆',
    nameEn: 'Shenzhen Natural History Museum',
    type: 'museum',
    regionCode: '440310',
    address: '深圳市坪山区坪山街道燕子湖片区',
    location: { lat: 22.701, lng: 114.369 },
    description:
      '深圳自然博物馆是华南地区首座大型综合性自然博物馆，以收藏、展览、研究和自然科普教育为主要功能。展览围绕生命演化、华南生物多样性以及人与自然展开。',
    themes: ['paleontology', 'zoology', 'botany', 'earth_science'],
    audiences: ['preschool', 'primary', 'secondary', 'adults', 'seniors', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift', 'guide_dogs', 'sign_language', 'large_print'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，需实名预约（开放信息为演示数据，待核实）' },
    transport: '地铁16号线坪山站点换乘公交',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'byd-exhibition-hall',
    organisationKey: 'byd',
    name: '比亚迪全球总部展厅',
    nameEn: 'BYD Global Headquarters Exhibition Hall',
    type: 'enterprise_hall',
    regionCode: '440310',
    address: '深圳市坪山区比亚迪路3009号',
    location: { lat: 22.686, lng: 114.356 },
    description:
      '展厅展示新能源汽车、动力电池和轨道交通等技术，可以了解电池怎样储存电能、电动汽车怎样行驶。以团体预约参观为主。',
    themes: ['energy', 'engineering'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '团体预约参观（演示数据，待核实）' },
    website: 'https://www.byd.com',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'maluanshan-country-park',
    organisationKey: 'pingshan-urban',
    name: '马峦山郊野公园',
    nameEn: 'Maluan Mountain Country Park',
    type: 'nature_park',
    regionCode: '440310',
    address: '深圳市坪山区马峦街道马峦山',
    location: { lat: 22.646, lng: 114.342 },
    description:
      '马峦山郊野公园以山地森林和瀑布群闻名，保存着较完整的南亚热带季风常绿阔叶林。沿着步道可以认识山地植物、观察溪流和瀑布。',
    themes: ['botany', 'ecology', 'earth_science'],
    audiences: ['secondary', 'adults', 'families'],
    accessibility: [],
    admission: { free: true, prices: [], concessions: [] },
    accreditations: [],
    exhibits: [],
  },

  // ── 光明区 440311 ──────────────────────────────────────────────────────────
  {
    key: 'sz-science-technology-museum',
    organisationKey: 'sz-stm',
    name: '深圳科学技术馆',
    nameEn: 'Shenzhen Science and Technology Museum',
    type: 'science_museum',
    regionCode: '440311',
    address: '深圳市光明区光明街道光明中心区',
    location: { lat: 22.755, lng: 113.936 },
    description:
      '深圳科学技术馆新馆于2025年在光明科学城开放，外形像一艘“大飞船”，以通信科技和数字文明为主线，设有数百个互动展项。展区涵盖人工智能、生命科学和航空航天等前沿领域。',
    themes: ['information_technology', 'aerospace', 'life_science', 'physics'],
    audiences: ['preschool', 'primary', 'secondary', 'adults', 'seniors', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift', 'guide_dogs', 'sign_language', 'large_print'],
    admission: {
      free: true,
      prices: [],
      concessions: [],
      note: '常设展厅免费预约参观，特效影院等项目另行收费（演示数据，待核实）',
    },
    transport: '地铁6号线光明站',
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'guangming-fire-safety-town',
    organisationKey: 'guangming-emergency',
    name: '光明区消防安全文化小镇（防震减灾科普教育基地）',
    nameEn: 'Guangming Fire Safety Culture Town (Earthquake Preparedness Education Base)',
    type: 'education_base',
    regionCode: '440311',
    address: '深圳市光明区马田街道消防安全文化小镇',
    location: { lat: 22.7345, lng: 113.912 },
    description:
      '小镇以消防和防震减灾为主题，设有地震情景VR体验、次生灾害模拟和消防装备展示等区域。2022年挂牌成为广东省防震减灾科普教育基地。',
    themes: ['safety', 'disaster_prevention', 'earth_science'],
    audiences: ['primary', 'secondary', 'adults', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，团体需提前预约' },
    accreditations: [
      { name: '广东省防震减灾科普教育基地', level: 'provincial', yearGranted: 2022, expiresOn: '2027-05-20' },
    ],
    exhibits: [
      {
        name: '地震情景VR体验',
        category: 'device',
        explanation:
          '戴上VR眼镜，就像站在正在摇晃的房间里，能看到东西掉落、墙面开裂。体验时要按提示躲到结实的桌子旁，护住头部。虚拟演练能让我们记住真正遇到地震时该怎么做。',
      },
      {
        name: '消防救援装备',
        category: 'device',
        explanation:
          '这里展示消防员穿的防火服、背的空气呼吸器和破拆工具。防火服能挡住高温，空气呼吸器让消防员在浓烟里也能呼吸。了解这些装备，就知道消防员救人有多不容易。',
      },
    ],
  },
  {
    key: 'guangming-farm',
    organisationKey: 'guangming-group',
    name: '光明农场大观园',
    nameEn: 'Guangming Farm Grand View Garden',
    type: 'education_base',
    regionCode: '440311',
    address: '深圳市光明区光明街道光侨路',
    location: { lat: 22.7705, lng: 113.916 },
    description:
      '光明农场大观园以现代农业为主题，可以参观温室种植、农作物品种展示和传统农具，适合开展农业科普和亲子劳动体验。',
    themes: ['agriculture', 'botany'],
    audiences: ['preschool', 'primary', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [], note: '免费入园，部分体验项目收费（演示数据，待核实）' },
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'guangming-hongqiao-park',
    organisationKey: 'guangming-urban',
    name: '光明虹桥公园',
    nameEn: 'Guangming Hongqiao Park',
    type: 'nature_park',
    regionCode: '440311',
    address: '深圳市光明区光明街道光明大街',
    location: { lat: 22.747, lng: 113.9465 },
    description: '虹桥公园以一座穿过山林的红色步行桥闻名，桥下保留了原有的山林和溪谷，沿途设有植物科普标识。',
    themes: ['ecology', 'botany', 'engineering'],
    audiences: ['primary', 'adults', 'seniors', 'families'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [] },
    accreditations: [],
    exhibits: [],
  },

  // ── 大鹏新区 440300-DP ─────────────────────────────────────────────────────
  {
    key: 'sz-observatory',
    organisationKey: 'observatory',
    name: '深圳市天文台',
    nameEn: 'Shenzhen Astronomical Observatory',
    type: 'planetarium',
    regionCode: '440300-DP',
    address: '深圳市大鹏新区南澳街道西涌社区',
    location: { lat: 22.4835, lng: 114.5535 },
    description:
      '深圳市天文台建在西涌海边的山顶上，远离城市灯光，是深圳观星条件最好的地方之一。天文台开展太阳和光学天文观测，也会在重要天象时举办公众观测活动。',
    themes: ['astronomy', 'meteorology', 'physics'],
    audiences: ['primary', 'secondary', 'adults', 'families', 'school_groups'],
    accessibility: ['accessible_toilet'],
    admission: {
      free: true,
      prices: [],
      concessions: [],
      note: '园区免费开放，需提前预约，周一闭馆；山下至山顶接驳车另行收费',
    },
    website: 'https://weather.sz.gov.cn',
    transport: '乘坐E11路转M232路至鹤薮站，或自驾至西涌后换乘接驳车',
    accreditations: [
      { name: '全国科普教育基地', level: 'national', yearGranted: 2023, expiresOn: '2028-09-30' },
      { name: '深圳市科普教育基地', level: 'municipal', yearGranted: 2024, expiresOn: '2029-12-31' },
    ],
    exhibits: [
      {
        name: '80厘米反射式光学望远镜',
        category: 'device',
        explanation:
          '这台望远镜的主镜直径有80厘米，比一个大脸盆还大。镜子越大，收集到的星光越多，就能看到更暗、更远的星星。夜里圆顶打开一条缝，望远镜就从缝里对准天空。',
      },
      {
        name: '太阳望远镜',
        category: 'device',
        explanation:
          '直接用眼睛看太阳会伤害眼睛，太阳望远镜装有特殊的滤光片，只让很少的光通过。用它可以安全地看到太阳表面的黑子和日珥。每天观测太阳，是为了预报会影响通信和卫星的空间天气。',
      },
      {
        name: '旋转天文圆顶',
        category: 'device',
        explanation:
          '天文台的圆顶可以整个转动，还能打开一道天窗。望远镜想看哪个方向，圆顶就转过去把“窗户”对准那里。不观测时圆顶关上，保护望远镜不被风雨和海边的盐雾损坏。',
      },
    ],
  },
  {
    key: 'dapeng-geopark-museum',
    organisationKey: 'geopark-admin',
    name: '深圳大鹏半岛国家地质公园博物馆',
    nameEn: 'Shenzhen Dapeng Peninsula National Geopark Museum',
    type: 'museum',
    regionCode: '440300-DP',
    address: '深圳市大鹏新区南澳街道七娘山下大鹏半岛国家地质公园',
    location: { lat: 22.5285, lng: 114.523 },
    description:
      '博物馆坐落在七娘山脚下，设有地球探秘、大鹏半岛和矿物等展厅，介绍约1.45亿年前的古火山和海岸地貌。它是深圳唯一的地质主题科普馆。',
    themes: ['earth_science', 'paleontology', 'ocean'],
    audiences: ['primary', 'secondary', 'adults', 'seniors', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '免费开放，需预约，周一闭馆' },
    transport: '乘坐E11路至新大站，换乘接驳车或步行约30分钟',
    accreditations: [{ name: '广东省科普教育基地', level: 'provincial', yearGranted: 2023, expiresOn: '2028-04-30' }],
    exhibits: [
      {
        name: '七娘山火山岩',
        category: 'geological_relic',
        explanation:
          '大约1.45亿年前，大鹏半岛是一片火山区，喷出的岩浆和火山灰冷却后变成了坚硬的火山岩。七娘山的岩石上还能看到火山灰一层层堆积留下的条纹。摸一摸它们，就像摸到远古火山的“脚印”。',
      },
      {
        name: '海蚀洞与海蚀柱',
        category: 'geological_relic',
        explanation:
          '海浪日夜拍打海岸，把岩石里软弱的地方一点点掏空，就形成了海蚀洞。洞越来越大，顶部塌下去后，剩下孤零零的石柱就叫海蚀柱。大鹏半岛海边有很多这样被海浪“雕刻”出来的作品。',
      },
      {
        name: '水晶',
        category: 'mineral',
        explanation:
          '水晶是一种透明的矿物，主要成分和沙子一样都是二氧化硅。它在地下慢慢结晶，会长成六个面、顶端尖尖的柱子。水晶越大，说明它生长的时间越长、环境越稳定。',
      },
    ],
  },
  {
    key: 'china-national-genebank',
    organisationKey: 'bgi-research',
    name: '国家基因库',
    nameEn: 'China National GeneBank',
    type: 'research_facility',
    regionCode: '440300-DP',
    address: '深圳市大鹏新区葵涌街道金业大道140号',
    location: { lat: 22.624, lng: 114.4175 },
    description:
      '国家基因库是我国首个国家级综合性基因库，保存着大量生物样本和基因数据。参观路线介绍DNA、基因测序和生物多样性保护。',
    themes: ['life_science', 'health', 'ecology'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '团体参观需提前预约' },
    website: 'https://www.cngb.org',
    accreditations: [{ name: '全国科普教育基地', level: 'national', yearGranted: 2023, expiresOn: '2028-11-30' }],
    exhibits: [
      {
        name: 'DNA双螺旋模型',
        category: 'other',
        explanation:
          '每个生物的细胞里都有DNA，它像一架扭起来的长梯子，叫作双螺旋。梯子的每一格由四种“字母”组成，排列顺序就是生命的说明书。这本说明书决定了我们长得像爸爸还是像妈妈。',
      },
      {
        name: '种子与生物样本库',
        category: 'other',
        explanation:
          '这里用低温冷库保存着许多植物种子和生物样本，就像给生命存了一份“备份”。温度越低，种子越能长期保持活力。万一某种植物在野外消失了，科学家还能用保存的种子让它重新生长。',
      },
    ],
  },
  {
    key: 'daya-bay-nuclear-exhibition',
    organisationKey: 'cgn-dnmc',
    name: '大亚湾核电基地科技展览馆',
    nameEn: 'Daya Bay Nuclear Power Base Science and Technology Exhibition Hall',
    type: 'enterprise_hall',
    regionCode: '440300-DP',
    address: '深圳市大鹏新区大鹏街道大亚湾核电基地',
    location: { lat: 22.5975, lng: 114.544 },
    description:
      '大亚湾核电站是我国大陆第一座大型商用核电站，展览馆介绍核能发电原理、核安全和辐射防护知识。参观需由单位或学校提前预约。',
    themes: ['energy', 'physics', 'safety'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '仅接受团体预约' },
    accreditations: [{ name: '全国科普教育基地', level: 'national', yearGranted: 2022, expiresOn: '2027-06-30' }],
    exhibits: [
      {
        name: '核电站模型',
        category: 'device',
        explanation:
          '核电站利用铀原子核分裂时放出的热量把水烧开，水蒸气推动汽轮机转动发电。模型里能看到反应堆、蒸汽发生器和汽轮机怎样连在一起。反应堆外面有厚厚的混凝土安全壳，像一层坚固的“铠甲”。',
      },
      {
        name: '核燃料组件模型',
        category: 'device',
        explanation:
          '核燃料被做成小指头大小的陶瓷芯块，装进细长的金属管里，许多根管子捆在一起就是燃料组件。一小块芯块发出的电，够一个家庭用很久。用过的燃料还要经过严格处理和保管。',
      },
    ],
  },
  {
    key: 'baguang-heritiera-wetland',
    organisationKey: 'dapeng-urban',
    name: '坝光银叶树湿地园',
    nameEn: 'Baguang Heritiera Wetland Park',
    type: 'nature_park',
    regionCode: '440300-DP',
    address: '深圳市大鹏新区葵涌街道坝光社区',
    location: { lat: 22.6545, lng: 114.515 },
    description:
      '坝光银叶树湿地园保存着一片树龄数百年的古银叶树林，是我国现存较大、保存较完整的古银叶树群落之一。园区设有科普栈道，可以观察红树林湿地生态。',
    themes: ['botany', 'ecology', 'ocean'],
    audiences: ['primary', 'secondary', 'adults', 'families', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet'],
    admission: { free: true, prices: [], concessions: [] },
    accreditations: [],
    exhibits: [
      {
        name: '古银叶树',
        category: 'species',
        explanation:
          '银叶树是一种长在海边的半红树植物，叶子背面有一层银白色的小鳞片，风一吹就闪闪发亮。这里的老银叶树已经活了几百年，树根长成一片片像木板一样的板根，帮大树在松软的泥地里站稳。',
      },
      {
        name: '弹涂鱼',
        category: 'species',
        explanation:
          '弹涂鱼是一种会“走路”的鱼，退潮后它用胸鳍撑着身体在泥滩上跳来跳去。它能用皮肤和嘴里含的水帮助呼吸，所以离开水也能待一阵子。看到它们蹦跳，说明这片滩涂很健康。',
      },
    ],
  },
  {
    key: 'agis-open-day',
    organisationKey: 'agis',
    name: '中国农业科学院深圳农业基因组研究所（公众开放日）',
    nameEn: 'Agricultural Genomics Institute at Shenzhen, CAAS (Open Day)',
    type: 'research_facility',
    regionCode: '440300-DP',
    address: '深圳市大鹏新区葵涌街道布新路7号',
    location: { lat: 22.608, lng: 114.402 },
    description:
      '农业基因组所在科技活动周等开放日向公众开放，介绍作物基因组、育种和现代农业技术。学生可以在科普实验室体验提取DNA等简单实验。',
    themes: ['agriculture', 'life_science', 'botany'],
    audiences: ['secondary', 'adults', 'school_groups'],
    accessibility: ['wheelchair', 'accessible_toilet', 'lift'],
    admission: { free: true, prices: [], concessions: [], note: '仅在开放日或团体预约时开放' },
    accreditations: [],
    exhibits: [],
  },
  {
    key: 'dapeng-fortress',
    organisationKey: 'dapeng-fortress-museum',
    name: '大鹏所城（大鹏古城博物馆）',
    nameEn: 'Dapeng Fortress (Dapeng Ancient City Museum)',
    type: 'museum',
    regionCode: '440300-DP',
    address: '深圳市大鹏新区大鹏街道鹏城社区',
    location: { lat: 22.5985, lng: 114.5125 },
    description:
      '大鹏所城始建于明代洪武年间，是抵御海上侵扰的海防卫所。古城博物馆介绍古代海防、造船和沿海居民的生活，可以了解古人怎样利用潮汐和季风。',
    themes: ['history_of_science', 'ocean'],
    audiences: ['primary', 'secondary', 'adults', 'seniors', 'families', 'school_groups'],
    accessibility: ['accessible_toilet'],
    admission: { free: true, prices: [], concessions: [] },
    transport: '乘坐E11路等公交至大鹏所城站',
    accreditations: [],
    exhibits: [],
  },
];
