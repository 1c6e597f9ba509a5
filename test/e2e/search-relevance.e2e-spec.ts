import { startUncachedSearchApp, withMeiliUnreachable } from '../support/search-index';
import type { TestApp } from '../support/test-app';

/**
 * The relevance set (docs/search.md, "The relevance set"): what people type to find a DEMO venue,
 * and the venue each should find among the first five hits. Add a query when someone misses a venue;
 * never special-case one in code.
 */
type Kind =
  | 'full name'
  | 'short name'
  | 'alias'
  | 'pinyin'
  | 'initials'
  | 'pinyin typo'
  | 'exhibit'
  | 'place and kind'
  | 'English';

const RELEVANCE_SET: readonly (readonly [query: string, venue: string, kind: Kind])[] = [
  // Full names, as written on the gate or found on a map.
  ['深圳市科学馆', '深圳市科学馆', 'full name'],
  ['深圳博物馆', '深圳博物馆（历史民俗馆）', 'full name'],
  ['深圳图书馆', '深圳图书馆（中心馆）', 'full name'],
  ['深圳市少年宫', '深圳市少年宫', 'full name'],
  ['莲花山公园', '莲花山公园', 'full name'],
  ['福田红树林生态公园', '福田红树林生态公园', 'full name'],
  ['深圳市青少年活动中心', '深圳市青少年活动中心', 'full name'],
  ['深圳古生物博物馆', '深圳古生物博物馆', 'full name'],
  ['梧桐山风景名胜区', '梧桐山风景名胜区', 'full name'],
  ['深圳市安全教育基地', '深圳市安全教育基地', 'full name'],
  ['深圳野生动物园', '深圳野生动物园', 'full name'],
  ['深圳湾公园自然教育中心', '深圳湾公园自然教育中心', 'full name'],
  ['华侨城湿地公园', '华侨城湿地公园', 'full name'],
  ['大疆创新天空之城展厅', '大疆创新天空之城展厅', 'full name'],
  ['国家超级计算深圳中心', '国家超级计算深圳中心（深圳云计算中心）', 'full name'],
  ['西湾红树林公园', '西湾红树林公园', 'full name'],
  ['燕罗湿地公园', '燕罗湿地公园', 'full name'],
  ['深圳海上田园旅游区', '深圳海上田园旅游区', 'full name'],
  ['华为坂田基地展厅', '华为坂田基地展厅', 'full name'],
  ['龙岗区青少年生命安全教育中心', '龙岗区青少年生命安全教育中心', 'full name'],
  ['深圳国际低碳城会展中心', '深圳国际低碳城会展中心', 'full name'],
  ['东部华侨城茶溪谷', '东部华侨城茶溪谷', 'full name'],
  ['小梅沙海洋世界', '小梅沙海洋世界', 'full name'],
  ['大梅沙海滨公园', '大梅沙海滨公园', 'full name'],
  ['深圳图书馆北馆', '深圳图书馆北馆', 'full name'],
  ['阳台山森林公园', '阳台山森林公园', 'full name'],
  ['深圳自然博物馆', '深圳自然博物馆', 'full name'],
  ['比亚迪全球总部展厅', '比亚迪全球总部展厅', 'full name'],
  ['马峦山郊野公园', '马峦山郊野公园', 'full name'],
  ['深圳科学技术馆', '深圳科学技术馆', 'full name'],
  ['光明农场大观园', '光明农场大观园', 'full name'],
  ['光明虹桥公园', '光明虹桥公园', 'full name'],
  ['深圳市天文台', '深圳市天文台', 'full name'],
  ['国家基因库', '国家基因库', 'full name'],
  ['大亚湾核电基地科技展览馆', '大亚湾核电基地科技展览馆', 'full name'],
  ['坝光银叶树湿地园', '坝光银叶树湿地园', 'full name'],
  ['大鹏所城', '大鹏所城（大鹏古城博物馆）', 'full name'],
  ['中国农业科学院深圳农业基因组研究所', '中国农业科学院深圳农业基因组研究所（公众开放日）', 'full name'],

  // Short names: without 深圳市/深圳, or the part people remember.
  ['科学馆', '深圳市科学馆', 'short name'],
  ['少年宫', '深圳市少年宫', 'short name'],
  ['青少年活动中心', '深圳市青少年活动中心', 'short name'],
  ['古生物博物馆', '深圳古生物博物馆', 'short name'],
  ['安全教育基地', '深圳市安全教育基地', 'short name'],
  ['野生动物园', '深圳野生动物园', 'short name'],
  ['深圳湾公园', '深圳湾公园自然教育中心', 'short name'],
  ['海上田园', '深圳海上田园旅游区', 'short name'],
  ['国际低碳城', '深圳国际低碳城会展中心', 'short name'],
  ['自然博物馆', '深圳自然博物馆', 'short name'],
  ['科学技术馆', '深圳科学技术馆', 'short name'],
  ['天文台', '深圳市天文台', 'short name'],
  ['先进技术研究院', '中国科学院深圳先进技术研究院（公众科学日）', 'short name'],
  ['大鹏半岛国家地质公园', '深圳大鹏半岛国家地质公园博物馆', 'short name'],
  ['竹子林气象科普基地', '深圳市气象局竹子林气象科普基地', 'short name'],
  ['国家气候观象台', '深圳市国家气候观象台石岩基地（气象梯度观测塔）', 'short name'],
  ['农业基因组研究所', '中国农业科学院深圳农业基因组研究所（公众开放日）', 'short name'],
  ['红树林生态公园', '福田红树林生态公园', 'short name'],
  ['内伶仃福田自然保护区', '广东内伶仃福田国家级自然保护区宣教中心', 'short name'],
  ['仙湖植物园', '深圳市中国科学院仙湖植物园', 'short name'],
  ['华侨城湿地', '华侨城湿地公园', 'short name'],
  ['梧桐山', '梧桐山风景名胜区', 'short name'],
  ['阳台山', '阳台山森林公园', 'short name'],
  ['马峦山', '马峦山郊野公园', 'short name'],
  ['莲花山', '莲花山公园', 'short name'],
  ['茶溪谷', '东部华侨城茶溪谷', 'short name'],
  ['大梅沙', '大梅沙海滨公园', 'short name'],
  ['小梅沙', '小梅沙海洋世界', 'short name'],
  ['西湾红树林', '西湾红树林公园', 'short name'],
  ['燕罗湿地', '燕罗湿地公园', 'short name'],
  ['光明农场', '光明农场大观园', 'short name'],
  ['虹桥公园', '光明虹桥公园', 'short name'],
  ['东部环保电厂', '深圳能源东部环保电厂公众开放区', 'short name'],
  ['银叶树湿地园', '坝光银叶树湿地园', 'short name'],
  ['大鹏古城博物馆', '大鹏所城（大鹏古城博物馆）', 'short name'],
  ['历史民俗馆', '深圳博物馆（历史民俗馆）', 'short name'],
  ['消防安全文化小镇', '光明区消防安全文化小镇（防震减灾科普教育基地）', 'short name'],
  ['生命安全教育中心', '龙岗区青少年生命安全教育中心', 'short name'],
  ['比亚迪', '比亚迪全球总部展厅', 'short name'],
  ['华为', '华为坂田基地展厅', 'short name'],
  ['大疆', '大疆创新天空之城展厅', 'short name'],
  ['天空之城', '大疆创新天空之城展厅', 'short name'],
  ['基因库', '国家基因库', 'short name'],
  ['云计算中心', '国家超级计算深圳中心（深圳云计算中心）', 'short name'],
  ['深圳天文台', '深圳市天文台', 'short name'],
  ['深圳少年宫', '深圳市少年宫', 'short name'],
  ['深圳科学馆', '深圳市科学馆', 'short name'],
  ['深圳青少年活动中心', '深圳市青少年活动中心', 'short name'],
  ['深圳安全教育基地', '深圳市安全教育基地', 'short name'],
  ['仙湖', '深圳市中国科学院仙湖植物园', 'short name'],
  ['深圳湾', '深圳湾公园自然教育中心', 'short name'],
  ['石岩气象', '深圳市国家气候观象台石岩基地（气象梯度观测塔）', 'short name'],
  ['大鹏地质公园', '深圳大鹏半岛国家地质公园博物馆', 'short name'],
  ['低碳城', '深圳国际低碳城会展中心', 'short name'],

  // Aliases (libs/demo/src/demo-aliases.ts): names the venue's own name does not contain.
  ['超算', '国家超级计算深圳中心（深圳云计算中心）', 'alias'],
  ['超算中心', '国家超级计算深圳中心（深圳云计算中心）', 'alias'],
  ['深圳超算', '国家超级计算深圳中心（深圳云计算中心）', 'alias'],
  ['深博', '深圳博物馆（历史民俗馆）', 'alias'],
  ['深图', '深圳图书馆（中心馆）', 'alias'],
  ['先进院', '中国科学院深圳先进技术研究院（公众科学日）', 'alias'],
  ['华大', '国家基因库', 'alias'],
  ['西丽动物园', '深圳野生动物园', 'alias'],
  ['深圳动物园', '深圳野生动物园', 'alias'],
  ['大疆展厅', '大疆创新天空之城展厅', 'alias'],
  ['华为展厅', '华为坂田基地展厅', 'alias'],
  ['小梅沙海洋馆', '小梅沙海洋世界', 'alias'],
  ['深圳科技馆', '深圳科学技术馆', 'alias'],
  ['西涌天文台', '深圳市天文台', 'alias'],
  ['大亚湾核电站', '大亚湾核电基地科技展览馆', 'alias'],

  // Full pinyin, of the whole name or of the part people say.
  ['shenzhenshikexueguan', '深圳市科学馆', 'pinyin'],
  ['kexueguan', '深圳市科学馆', 'pinyin'],
  ['shenzhenbowuguan', '深圳博物馆（历史民俗馆）', 'pinyin'],
  ['gushengwubowuguan', '深圳古生物博物馆', 'pinyin'],
  ['tianwentai', '深圳市天文台', 'pinyin'],
  ['yeshengdongwuyuan', '深圳野生动物园', 'pinyin'],
  ['lianhuashan', '莲花山公园', 'pinyin'],
  ['xianhuzhiwuyuan', '深圳市中国科学院仙湖植物园', 'pinyin'],
  ['wutongshan', '梧桐山风景名胜区', 'pinyin'],
  ['huaqiaochengshidigongyuan', '华侨城湿地公园', 'pinyin'],
  ['xiaomeisha', '小梅沙海洋世界', 'pinyin'],
  ['dameisha', '大梅沙海滨公园', 'pinyin'],
  ['guojiajiyinku', '国家基因库', 'pinyin'],
  ['biyadi', '比亚迪全球总部展厅', 'pinyin'],
  ['haishangtianyuan', '深圳海上田园旅游区', 'pinyin'],
  ['ziranbowuguan', '深圳自然博物馆', 'pinyin'],
  ['kexuejishuguan', '深圳科学技术馆', 'pinyin'],
  ['shaoniangong', '深圳市少年宫', 'pinyin'],
  ['dapengsuocheng', '大鹏所城（大鹏古城博物馆）', 'pinyin'],
  ['chaxigu', '东部华侨城茶溪谷', 'pinyin'],
  ['shenzhentianwentai', '深圳市天文台', 'pinyin'],
  ['shenzhenkexueguan', '深圳市科学馆', 'pinyin'],
  ['shenzhen bowuguan', '深圳博物馆（历史民俗馆）', 'pinyin'],
  ['xianhu', '深圳市中国科学院仙湖植物园', 'pinyin'],

  // Initials, also when they skip 市 as people do when saying the name.
  ['szskxg', '深圳市科学馆', 'initials'],
  ['szkxg', '深圳市科学馆', 'initials'],
  ['kxg', '深圳市科学馆', 'initials'],
  ['szbwg', '深圳博物馆（历史民俗馆）', 'initials'],
  ['gswbwg', '深圳古生物博物馆', 'initials'],
  ['szstwt', '深圳市天文台', 'initials'],
  ['sztwt', '深圳市天文台', 'initials'],
  ['szysdwy', '深圳野生动物园', 'initials'],
  ['lhsgy', '莲花山公园', 'initials'],
  ['xhzwy', '深圳市中国科学院仙湖植物园', 'initials'],
  ['hqcsdgy', '华侨城湿地公园', 'initials'],
  ['szsng', '深圳市少年宫', 'initials'],
  ['gjjyk', '国家基因库', 'initials'],
  ['szzrbwg', '深圳自然博物馆', 'initials'],
  ['szkxjsg', '深圳科学技术馆', 'initials'],
  ['xmshysj', '小梅沙海洋世界', 'initials'],
  ['szqsnhdzx', '深圳市青少年活动中心', 'initials'],
  ['szaqjyjd', '深圳市安全教育基地', 'initials'],

  // Pinyin with a typo.
  ['kexeuguan', '深圳市科学馆', 'pinyin typo'],
  ['shenzenshikexueguan', '深圳市科学馆', 'pinyin typo'],
  ['tianwengtai', '深圳市天文台', 'pinyin typo'],
  ['yeshengdongwuyan', '深圳野生动物园', 'pinyin typo'],
  ['lianhuasan', '莲花山公园', 'pinyin typo'],
  ['gushenwubowuguan', '深圳古生物博物馆', 'pinyin typo'],
  ['xianhuzhiwuyun', '深圳市中国科学院仙湖植物园', 'pinyin typo'],
  ['xiaomeisa', '小梅沙海洋世界', 'pinyin typo'],

  // What is inside: exhibits and their explanations.
  ['恐龙', '深圳古生物博物馆', 'exhibit'],
  ['硅化木', '深圳古生物博物馆', 'exhibit'],
  ['特斯拉线圈', '深圳市科学馆', 'exhibit'],
  ['视错觉', '深圳市科学馆', 'exhibit'],
  ['大熊猫', '深圳野生动物园', 'exhibit'],
  ['长颈鹿', '深圳野生动物园', 'exhibit'],
  ['黑脸琵鹭', '深圳湾公园自然教育中心', 'exhibit'],
  ['望远镜', '深圳市天文台', 'exhibit'],
  ['百叶箱', '深圳市气象局竹子林气象科普基地', 'exhibit'],
  ['招潮蟹', '福田红树林生态公园', 'exhibit'],
  ['桫椤', '深圳市中国科学院仙湖植物园', 'exhibit'],
  ['地震模拟', '深圳市安全教育基地', 'exhibit'],
  ['火山岩', '深圳大鹏半岛国家地质公园博物馆', 'exhibit'],
  ['DNA', '国家基因库', 'exhibit'],
  ['核电站模型', '大亚湾核电基地科技展览馆', 'exhibit'],
  ['弹涂鱼', '坝光银叶树湿地园', 'exhibit'],
  ['白鹭', '华侨城湿地公园', 'exhibit'],
  ['毛棉杜鹃', '梧桐山风景名胜区', 'exhibit'],
  ['风廓线雷达', '深圳市国家气候观象台石岩基地（气象梯度观测塔）', 'exhibit'],

  // A district and/or a kind of venue: read as filters.
  ['福田 科学馆', '深圳市科学馆', 'place and kind'],
  ['福田区科技馆', '深圳市科学馆', 'place and kind'],
  ['光明 科技馆', '深圳科学技术馆', 'place and kind'],
  ['光明区科学技术馆', '深圳科学技术馆', 'place and kind'],
  ['罗湖 博物馆', '深圳古生物博物馆', 'place and kind'],
  ['坪山 博物馆', '深圳自然博物馆', 'place and kind'],
  ['福田 博物馆', '深圳博物馆（历史民俗馆）', 'place and kind'],
  ['大鹏 天文台', '深圳市天文台', 'place and kind'],
  ['大鹏新区天文馆', '深圳市天文台', 'place and kind'],
  ['天文馆', '深圳市天文台', 'place and kind'],
  ['南山 动物园', '深圳野生动物园', 'place and kind'],
  ['罗湖 植物园', '深圳市中国科学院仙湖植物园', 'place and kind'],
  ['宝安 湿地公园', '燕罗湿地公园', 'place and kind'],
  ['龙华 公园', '阳台山森林公园', 'place and kind'],
  ['盐田 公园', '大梅沙海滨公园', 'place and kind'],

  // English names.
  ['Shenzhen Science Museum', '深圳市科学馆', 'English'],
  ['Paleontological Museum', '深圳古生物博物馆', 'English'],
  ['Fairy Lake Botanical Garden', '深圳市中国科学院仙湖植物园', 'English'],
  ['Shenzhen Safari Park', '深圳野生动物园', 'English'],
  ['OCT Wetland Park', '华侨城湿地公园', 'English'],
  ['DJI Sky City', '大疆创新天空之城展厅', 'English'],
  ['National Supercomputing Center', '国家超级计算深圳中心（深圳云计算中心）', 'English'],
  ['China National GeneBank', '国家基因库', 'English'],
  ['Xiaomeisha Ocean World', '小梅沙海洋世界', 'English'],
  ['Natural History Museum', '深圳自然博物馆', 'English'],
  ['Astronomical Observatory', '深圳市天文台', 'English'],
  ['Daya Bay Nuclear Power', '大亚湾核电基地科技展览馆', 'English'],
  ['Dapeng Fortress', '大鹏所城（大鹏古城博物馆）', 'English'],
  ["Children's Palace", '深圳市少年宫', 'English'],
  ['Science and Technology Museum', '深圳科学技术馆', 'English'],
  ['safari park', '深圳野生动物园', 'English'],
];

const TOP = 5;

interface Miss {
  query: string;
  kind: Kind;
  expected: string;
  got: string;
}

describe('the relevance set: recall@5 over the demo register', () => {
  let t: TestApp;

  /** Runs the set; the share found in the first five, and what was missed. */
  async function recall(degraded: boolean): Promise<{ recall: number; misses: Miss[] }> {
    const misses: Miss[] = [];
    for (const [query, expected, kind] of RELEVANCE_SET) {
      const { body } = await t
        .http()
        .get(`/api/v1/search?q=${encodeURIComponent(query)}&pageSize=${TOP}`)
        .expect(200);
      expect(body.degraded).toBe(degraded);
      const names: string[] = body.hits.map((hit: { name: string }) => hit.name);
      if (!names.includes(expected)) misses.push({ query, kind, expected, got: names.slice(0, 3).join(' / ') });
    }
    return { recall: 1 - misses.length / RELEVANCE_SET.length, misses };
  }

  function report(label: string, { recall, misses }: { recall: number; misses: Miss[] }) {
    console.log(
      `${label}: recall@${TOP} ${(recall * 100).toFixed(1)} % over ${RELEVANCE_SET.length} queries` +
        (misses.length
          ? '\n' + misses.map((m) => `  ✗ ${m.query} [${m.kind}] → ${m.got || '(nothing)'}`).join('\n')
          : ''),
    );
  }

  beforeAll(async () => {
    // Ranking is measured, not the cache: every query reaches the index (or, below, Postgres).
    t = await startUncachedSearchApp();
  }, 120_000);
  afterAll(() => t.close());

  it('holds over 100 queries, each naming a demo venue that exists', async () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(110);
    const { body } = await t.http().get('/api/v1/search?pageSize=100').expect(200);
    const names = new Set(body.hits.map((hit: { name: string }) => hit.name));
    expect(RELEVANCE_SET.filter(([, venue]) => !names.has(venue))).toEqual([]);
  });

  it(`finds the venue in the first ${TOP} hits for at least 97 % of the queries`, async () => {
    const result = await recall(false);
    report('Meilisearch', result);
    expect(result.recall).toBeGreaterThanOrEqual(0.97);
  }, 120_000);

  it('still finds most of them from the Postgres copy while Meilisearch is unreachable', async () => {
    const result = await withMeiliUnreachable(t, () => recall(true));
    report('Postgres fallback', result);
    // Substring matching: no typos, no English stemming, no synonyms; a floor, not a target.
    expect(result.recall).toBeGreaterThanOrEqual(0.6);
  }, 120_000);
});
