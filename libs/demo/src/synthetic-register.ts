import { SyntheticVenues } from '@kepu/register';
import { DataSource } from 'typeorm';

/** The synthetic register's words, exported for the search benchmark's queries (docs/search.md, "The benchmark"). */
export const DISTRICTS: [code: string, name: string][] = [
  ['440303', '罗湖'],
  ['440304', '福田'],
  ['440305', '南山'],
  ['440306', '宝安'],
  ['440307', '龙岗'],
  ['440308', '盐田'],
  ['440309', '龙华'],
  ['440310', '坪山'],
  ['440311', '光明'],
  ['440300-DP', '大鹏'],
];
export const SUBJECTS = [
  '天文',
  '生命',
  '海洋',
  '气象',
  '防灾',
  '能源',
  '航天',
  '机器人',
  '植物',
  '地质',
  '数学',
  '健康',
];
export const KINDS = ['科普馆', '科技馆', '体验中心', '科普基地', '开放实验室', '自然课堂', '创客空间', '科普长廊'];

/**
 * Writes `count` synthetic, published resources (and their organisations) for benchmarks, through
 * register's `SyntheticVenues`, on a connection of its own: 100,000 take seconds, not the hours the
 * API would. They are demo data (`is_demo`), named "（合成）", spread over Shenzhen's districts, and
 * announced on the outbox so the search index picks them up like any other publication.
 */
export async function generateSyntheticRegister(
  databaseUrl: string,
  count: number,
): Promise<{ organisations: number; resources: number }> {
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl });
  await dataSource.initialize();
  try {
    return await dataSource.transaction((tx) =>
      SyntheticVenues.on(dataSource).generate(tx, count, { districts: DISTRICTS, subjects: SUBJECTS, kinds: KINDS }),
    );
  } finally {
    await dataSource.destroy();
  }
}
