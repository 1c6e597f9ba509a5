/**
 * The register's code lists. Codes are stable API values; labels are what people read (census
 * sheets, the web app). Adding a code is a data change here, never a schema change.
 */
export interface Term {
  zh: string;
  en: string;
}

const vocabulary = <K extends string>(terms: Record<K, Term>) => ({
  terms,
  codes: Object.keys(terms) as K[],
});

export const RESOURCE_TYPES = vocabulary({
  science_museum: { zh: '科技馆', en: 'Science & technology museum' },
  museum: { zh: '含科普内容的博物馆', en: 'Museum with science content' },
  planetarium: { zh: '天文馆', en: 'Planetarium' },
  education_base: { zh: '科普教育基地', en: 'Science-education base' },
  research_facility: { zh: '向公众开放的科研设施', en: 'Research facility or lab open to the public' },
  enterprise_hall: { zh: '企业科普馆', en: 'Enterprise science hall' },
  nature_park: { zh: '公园、动植物园与自然保护地', en: 'Park, zoo, botanical garden or nature reserve' },
  public_facility: { zh: '公共场所科普设施', en: 'Public-place science facility' },
  community_venue: { zh: '社区科普场所', en: 'Community science venue' },
});
export type ResourceType = (typeof RESOURCE_TYPES.codes)[number];

export const THEMES = vocabulary({
  astronomy: { zh: '天文', en: 'Astronomy' },
  life_science: { zh: '生命科学', en: 'Life science' },
  information_technology: { zh: '信息技术', en: 'Information technology' },
  meteorology: { zh: '气象', en: 'Meteorology' },
  disaster_prevention: { zh: '防灾减灾', en: 'Disaster prevention' },
  ecology: { zh: '生态环境', en: 'Ecology & environment' },
  ocean: { zh: '海洋', en: 'Ocean' },
  aerospace: { zh: '航空航天', en: 'Aerospace' },
  health: { zh: '健康', en: 'Health' },
  safety: { zh: '安全应急', en: 'Safety & emergencies' },
  physics: { zh: '物理', en: 'Physics' },
  chemistry: { zh: '化学', en: 'Chemistry' },
  earth_science: { zh: '地球科学', en: 'Earth science' },
  energy: { zh: '能源', en: 'Energy' },
  engineering: { zh: '工程技术', en: 'Engineering' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  paleontology: { zh: '古生物', en: 'Paleontology' },
  botany: { zh: '植物', en: 'Botany' },
  zoology: { zh: '动物', en: 'Zoology' },
  history_of_science: { zh: '科技史', en: 'History of science' },
});

export const AUDIENCES = vocabulary({
  preschool: { zh: '学龄前儿童（0–6 岁）', en: 'Preschool children (0–6)' },
  primary: { zh: '小学生（7–12 岁）', en: 'Primary pupils (7–12)' },
  secondary: { zh: '中学生（13–18 岁）', en: 'Secondary students (13–18)' },
  adults: { zh: '成人', en: 'Adults' },
  seniors: { zh: '老年人', en: 'Seniors' },
  families: { zh: '家庭', en: 'Families' },
  school_groups: { zh: '学校团体', en: 'School groups' },
});

export const ACCESSIBILITY = vocabulary({
  wheelchair: { zh: '轮椅通行', en: 'Wheelchair access' },
  accessible_toilet: { zh: '无障碍卫生间', en: 'Accessible toilets' },
  lift: { zh: '无障碍电梯', en: 'Lifts' },
  guide_dogs: { zh: '允许导盲犬', en: 'Guide dogs welcome' },
  sign_language: { zh: '手语服务', en: 'Sign language' },
  large_print: { zh: '大字版资料', en: 'Large-print materials' },
});

export const CONCESSION_GROUPS = vocabulary({
  seniors: { zh: '老年人', en: 'Seniors' },
  disabled: { zh: '残障人士', en: 'Disabled visitors' },
  children: { zh: '儿童', en: 'Children' },
  students: { zh: '学生', en: 'Students' },
  military: { zh: '现役军人', en: 'Military personnel' },
});

export const CONCESSION_KINDS = vocabulary({
  free: { zh: '免费', en: 'Free' },
  half_price: { zh: '半价', en: 'Half price' },
  discount: { zh: '优惠', en: 'Discount' },
});

export const EXHIBIT_CATEGORIES = vocabulary({
  specimen: { zh: '标本', en: 'Specimen' },
  species: { zh: '物种', en: 'Species' },
  mineral: { zh: '矿物', en: 'Mineral' },
  geological_relic: { zh: '地质遗迹', en: 'Geological relic' },
  device: { zh: '展品装置', en: 'Device' },
  other: { zh: '其他', en: 'Other' },
});

export const ACCREDITATION_LEVELS = vocabulary({
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
  district: { zh: '区级', en: 'District' },
});

export const ORGANISATION_KINDS = vocabulary({
  museum: { zh: '博物馆/科技馆', en: 'Museum' },
  school: { zh: '学校', en: 'School' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  research_institute: { zh: '科研院所', en: 'Research institute' },
  public_institution: { zh: '事业单位/机关', en: 'Public institution' },
  ngo: { zh: '社会组织', en: 'NGO' },
  community: { zh: '社区/街道', en: 'Community or sub-district office' },
  volunteer_team: { zh: '志愿服务队', en: 'Volunteer team' },
});
export type OrganisationKind = (typeof ORGANISATION_KINDS.codes)[number];

/** Everything the web app and census template need to show the lists. */
export const VOCABULARIES = {
  resourceTypes: RESOURCE_TYPES.terms,
  themes: THEMES.terms,
  audiences: AUDIENCES.terms,
  accessibility: ACCESSIBILITY.terms,
  concessionGroups: CONCESSION_GROUPS.terms,
  concessionKinds: CONCESSION_KINDS.terms,
  exhibitCategories: EXHIBIT_CATEGORIES.terms,
  accreditationLevels: ACCREDITATION_LEVELS.terms,
  organisationKinds: ORGANISATION_KINDS.terms,
};
