import { EntityManager } from 'typeorm';
import { VOCABULARIES } from '../vocabulary';

/** The words a synthetic register is made of (libs/demo's synthetic register). */
export interface SyntheticWords {
  /** District code and name. */
  districts: [code: string, name: string][];
  subjects: string[];
  kinds: string[];
}

/**
 * Synthetic organisations and published venues for benchmarks, written set-based in the caller's
 * transaction: `organisations`, `resources` and `resource_revisions`. The venues are staged in a
 * temporary table, `synthetic`, dropped at commit.
 */
export class SyntheticVenuesStore {
  /** How many synthetic organisations there are already: new ones number on from there. */
  async countOrganisations(tx: EntityManager): Promise<number> {
    const [{ offset }] = await tx.query(
      `SELECT count(*)::int AS offset FROM organisations WHERE credit_code LIKE '5944030%'`,
    );
    return offset;
  }

  /** Inserts synthetic organisations with these credit codes, spread over the districts; their ids. */
  async insertOrganisations(
    tx: EntityManager,
    codes: string[],
    offset: number,
    districtCodes: string[],
  ): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO organisations (name, kind, credit_code, region_code, verified_at, is_demo)
       SELECT '合成机构 ' || lpad((n + $2)::text, 6, '0') || '（合成）', 'public_institution', code,
              ($3::text[])[1 + n % array_length($3::text[], 1)], now(), true
         FROM unnest($1::text[]) WITH ORDINALITY AS u(code, n)
       RETURNING id`,
      [codes, offset, districtCodes],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Inserts `count` published venues of these organisations with their first revision, approved;
   * returns each venue's id and revision, in the venues' order.
   */
  async insertPublished(
    tx: EntityManager,
    count: number,
    words: SyntheticWords,
    organisationIds: string[],
  ): Promise<{ id: string; revision: string }[]> {
    await tx.query(
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
        words.districts.map(([code]) => code),
        Object.keys(VOCABULARIES.resourceTypes),
        words.subjects,
        words.kinds,
        Object.keys(VOCABULARIES.themes),
        Object.keys(VOCABULARIES.audiences).filter((a) => a !== 'families'),
        organisationIds,
        words.districts.map(([, name]) => name),
        words.districts.length,
      ],
    );
    await tx.query(`
      INSERT INTO resources (id, organisation_id, status, name, type, region_code, latitude, longitude, themes,
                             audiences, free, published_revision_id, published_at, last_reviewed_at, is_demo)
      SELECT id, organisation, 'published', district || subject || kind || ' ' || lpad(i::text, 6, '0') || '（合成）',
             type, region, lat, lng, themes, audiences, free, revision, now(), now(), true
        FROM synthetic`);
    await tx.query(`
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
    return tx.query(`SELECT id, revision FROM synthetic ORDER BY i`);
  }
}
