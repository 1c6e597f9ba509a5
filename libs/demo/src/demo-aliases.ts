/**
 * Short names people really use for the demo venues (DEMO_VENUES keys), seeded as the venues'
 * aliases until an administrator edits a venue's list (docs/search.md, "Aliases"). Words the venue's own
 * name already contains (科学馆, 野生动物园, 莲花山) need no alias: search finds them in the name.
 */
export const DEMO_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'nscc-shenzhen': ['超算', '超算中心', '深圳超算', '深圳超算中心', '国家超算深圳中心', '云计算中心'],
  'sz-childrens-palace': ['少年宫', '青少年宫', '深圳少年宫'],
  'sz-safari-park': ['深圳动物园', '西丽动物园'],
  'fairy-lake-botanical-garden': ['仙湖', '深圳植物园'],
  'siat-open-day': ['先进院', '深圳先进院', '中科院先进院'],
  'china-national-genebank': ['华大', '华大基因库', '深圳国家基因库'],
  'daya-bay-nuclear-exhibition': ['大亚湾核电站', '大亚湾核电'],
  'sz-science-technology-museum': ['深圳科技馆', '光明科技馆', '科技馆新馆'],
  'sz-observatory': ['西涌天文台'],
  'sz-museum-history-hall': ['深博'],
  'sz-library-central': ['深图', '市图书馆'],
  'sz-library-north': ['深图北馆'],
  'xiaomeisha-ocean-world': ['小梅沙海洋馆', '小梅沙水族馆'],
  'dji-showroom': ['大疆展厅', '大疆总部'],
  'huawei-bantian-hall': ['华为展厅', '华为基地'],
  'byd-exhibition-hall': ['比亚迪展厅'],
};
