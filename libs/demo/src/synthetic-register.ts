import { creditCodeCheckCharacter, VOCABULARIES } from '@kepu/register';
import { Client } from 'pg';

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
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** One synthetic organisation per this many resources. */
const RESOURCES_PER_ORGANISATION = 50;

/** A well-formed credit code for synthetic organisation n (check character computed, never a real one). */
function syntheticCreditCode(n: number): string {
  const serial = [...n.toString(31).toUpperCase().padStart(9, '0')].map((d) => ALPHABET[parseInt(d, 31)]).join('');
  const body = `5944030${serial}0`.slice(0, 17);
  return body + creditCodeCheckCharacter(body);
}

/**
 * Writes `count` synthetic, published resources (and their organisations) straight into the
 * database for benchmarks: 100,000 take seconds, not the hours the API would. They are demo data
 * (`is_demo`), named "（合成）", spread over Shenzhen's districts, and announced on the outbox so the
 * search index picks them up like any other publication.
 */
export async function generateSyntheticRegister(
  databaseUrl: string,
  count: number,
): Promise<{ organisations: number; resources: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const [{ offset }] = (
      await client.query(`SELECT count(*)::int AS offset FROM organisations WHERE credit_code LIKE '5944030%'`)
    ).rows;
    const organisations = Math.ceil(count / RESOURCES_PER_ORGANISATION);
    const codes = Array.from({ length: organisations }, (_, i) => syntheticCreditCode(offset + i + 1));
    const orgIds: string[] = (
      await client.query(
        `INSERT INTO organisations (name, kind, credit_code, region_code, verified_at, is_demo)
         SELECT '合成机构 ' || lpad((n + $2)::text, 6, '0') || '（合成）', 'public_institution', code,
                ($3::text[])[1 + n % array_length($3::text[], 1)], now(), true
           FROM unnest($1::text[]) WITH ORDINALITY AS u(code, n)
         RETURNING id`,
        [codes, offset, DISTRICTS.map(([code]) => code)],
      )
    ).rows.map((row: { id: string }) => row.id);
    await client.query(
      `CREATE TEMP TABLE synthetic ON COMMIT DROP AS
       SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS revision,
              d.code AS region, d.name AS district,
              ($3::text[])[1 + (i / 10) % array_length($3::text[], 1)] AS type,
              ($4::text[])[1 + i % array_length($4::text[], 1)] AS subject,
              ($5::text[])[1 + (i * 3) % array_length($5::text[], 1)] AS kind,
              round((22.45 + random() * 0.35)::numeric, 5)::float8 AS lat,
              round((113.78 + random() * 0.75)::numeric, 5)::float8 AS lng,
              ARRAY[($6::text[])[1 + (i / 10) % 20], ($6::text[])[1 + ((i / 10) % 20 + 1 + i % 7) % 20]] AS themes,
              ARRAY[($7::text[])[1 + (i / 10) % 6], 'families'] AS audiences,
              i % 4 <> 0 AS free,
              ($8::uuid[])[1 + i % array_length($8::uuid[], 1)] AS organisation
         FROM generate_series(1, $1::int) i
         JOIN (SELECT * FROM unnest($2::text[], $9::text[]) WITH ORDINALITY AS x(code, name, k)) d
           ON d.k = 1 + i % $10::int`,
      [
        count,
        DISTRICTS.map(([code]) => code),
        Object.keys(VOCABULARIES.resourceTypes),
        SUBJECTS,
        KINDS,
        Object.keys(VOCABULARIES.themes),
        Object.keys(VOCABULARIES.audiences).filter((a) => a !== 'families'),
        orgIds,
        DISTRICTS.map(([, name]) => name),
        DISTRICTS.length,
      ],
    );
    await client.query(`
      INSERT INTO resources (id, organisation_id, status, name, type, region_code, latitude, longitude, themes,
                             audiences, free, published_revision_id, published_at, last_reviewed_at, is_demo)
      SELECT id, organisation, 'published', district || subject || kind || ' ' || lpad(i::text, 6, '0') || '（合成）',
             type, region, lat, lng, themes, audiences, free, revision, now(), now(), true
        FROM synthetic`);
    await client.query(`
      INSERT INTO resource_revisions (id, resource_id, number, state, content, region_code, decided_at)
      SELECT s.revision, s.id, 1, 'approved', jsonb_build_object(
               'name', r.name, 'nameEn', NULL, 'type', s.type, 'regionCode', s.region,
               'address', '深圳市' || s.district || '区示例路' || s.i || '号',
               'location', jsonb_build_object('lat', s.lat, 'lng', s.lng),
               'description', '合成的' || s.subject || '主题' || s.kind || '，仅用于性能测试。',
               'themes', to_jsonb(s.themes), 'audiences', to_jsonb(s.audiences), 'accessibility', '[]'::jsonb,
               'admission', jsonb_build_object('free', s.free, 'concessions', '[]'::jsonb, 'note', NULL, 'prices',
                 CASE WHEN s.free THEN '[]'::jsonb ELSE '[{"label": "成人票", "amountFen": 2000}]'::jsonb END),
               'contact', '{"phone": null, "email": null}'::jsonb, 'website', NULL, 'transport', NULL,
               'photos', '[]'::jsonb, 'accreditations', '[]'::jsonb, 'exhibits', '[]'::jsonb),
             s.region, now()
        FROM synthetic s JOIN resources r ON r.id = s.id`);
    await client.query(`
      INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload)
      SELECT 'resource.published', 'resource', id::text, jsonb_build_object('revisionId', revision, 'status', 'published')
        FROM synthetic ORDER BY i`);
    await client.query('COMMIT');
    return { organisations, resources: count };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
