import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The region tree (province → city → district) keyed by GB/T 2260 codes, seeded for Shenzhen.
 * 大鹏新区 is a functional area without its own GB code; it gets a code derived from its city.
 * `path` is the chain of codes from the root, so "this region and everything below" is one
 * indexed prefix match.
 */
export class Regions1795420000000 implements MigrationInterface {
  name = 'Regions1795420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        code        varchar(16) PRIMARY KEY CHECK (code ~ '^[0-9]{6}(-[A-Z]{2,8})?$'),
        gb_code     char(6) UNIQUE CHECK (gb_code ~ '^[0-9]{6}$'),
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
        name_en     text,
        level       varchar(16) NOT NULL CHECK (level IN ('province', 'city', 'district', 'functional_area')),
        parent_code varchar(16) REFERENCES regions (code),
        path        text NOT NULL UNIQUE,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CHECK ((level = 'province') = (parent_code IS NULL))
      )`);
    await q.query(`CREATE INDEX regions_parent_idx ON regions (parent_code)`);
    await q.query(`CREATE INDEX regions_path_prefix_idx ON regions (path text_pattern_ops)`);
    await q.query(`
      INSERT INTO regions (code, gb_code, name, name_en, level, parent_code, path) VALUES
        ('440000', '440000', '广东省', 'Guangdong', 'province', NULL, '440000'),
        ('440300', '440300', '深圳市', 'Shenzhen', 'city', '440000', '440000/440300'),
        ('440303', '440303', '罗湖区', 'Luohu', 'district', '440300', '440000/440300/440303'),
        ('440304', '440304', '福田区', 'Futian', 'district', '440300', '440000/440300/440304'),
        ('440305', '440305', '南山区', 'Nanshan', 'district', '440300', '440000/440300/440305'),
        ('440306', '440306', '宝安区', 'Bao''an', 'district', '440300', '440000/440300/440306'),
        ('440307', '440307', '龙岗区', 'Longgang', 'district', '440300', '440000/440300/440307'),
        ('440308', '440308', '盐田区', 'Yantian', 'district', '440300', '440000/440300/440308'),
        ('440309', '440309', '龙华区', 'Longhua', 'district', '440300', '440000/440300/440309'),
        ('440310', '440310', '坪山区', 'Pingshan', 'district', '440300', '440000/440300/440310'),
        ('440311', '440311', '光明区', 'Guangming', 'district', '440300', '440000/440300/440311'),
        ('440300-DP', NULL, '大鹏新区', 'Dapeng New District', 'functional_area', '440300', '440000/440300/440300-DP')
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE regions`);
  }
}
