import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import {
  CSV_BOM,
  csvText,
  download,
  DOWNLOAD_TYPES,
  InjectConfig,
  KEPU_CONFIG,
  KepuConfig,
  writeXlsxFile,
} from '@kepu/core';
import { publicName } from '../organisations/organisation.entity';
import { OPEN_DATA_COLUMNS, OpenDataRow, sheetCell } from './open-data-columns';
import { OpenDataStore } from './open-data.store';
import type { OpenDataIndex } from './open-data.views';
import { openDataConfig, OpenDataSettings } from '../register.config';

export const OPEN_DATA_FORMATS = ['csv', 'xlsx', 'geojson'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

/** Bumped when the files' columns change, so cached files of the old shape are not served. */
const FILE_SHAPE = 1;
const PATH = '/api/v1/open-data';
const TITLE = { zh: '科普资源名录', en: 'Register of science-popularization resources' };
const DESCRIPTION = {
  zh: '已发布的科普场馆、基地与设施：名称、类型、区域、地址、坐标、主题、人群、无障碍、票价与优惠、认定与运营机构。不含个人信息。',
  en: 'Published science venues, bases and facilities: name, type, district, address, coordinates, themes, audiences, accessibility, admission and concessions, accreditations and operator. No personal data.',
};

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Which state of the published register a file shows: the ETag and Last-Modified of every open-data answer. */
interface RegisterVersion {
  etag: string;
  lastModified: Date;
  records: number;
}

/**
 * The published register as open data (docs/open-data.md): CSV, XLSX and GeoJSON files for anyone,
 * built once per state of the register into the data directory and streamed from there.
 */
@Injectable()
export class OpenDataService {
  private readonly dir: string;
  /** Files being written by this process, so concurrent first downloads share one build. */
  private readonly building = new Map<string, Promise<{ path: string; version: RegisterVersion }>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: OpenDataStore,
    @InjectConfig(openDataConfig) private readonly openData: OpenDataSettings,
    @Inject(KEPU_CONFIG) config: KepuConfig,
  ) {
    this.dir = join(config.dataDir, 'open-data');
  }

  async index(request: FastifyRequest, reply: FastifyReply): Promise<OpenDataIndex | undefined> {
    const version = await this.version(this.dataSource.manager);
    if (this.notModified(request, reply, version)) return undefined;
    const { licence, licenceUrl } = this.openData;
    return {
      licence: { name: licence, url: licenceUrl },
      datasets: [
        {
          id: 'resources',
          title: TITLE,
          description: DESCRIPTION,
          licence: { name: licence, url: licenceUrl },
          records: version.records,
          lastModified: version.lastModified.toISOString(),
          formats: OPEN_DATA_FORMATS.map((format) => ({
            format,
            mediaType: DOWNLOAD_TYPES[format],
            url: `${PATH}/resources.${format}`,
          })),
          columns: OPEN_DATA_COLUMNS.map(({ key, zh, en, description }) => ({ key, zh, en, description })),
        },
      ],
    };
  }

  /** One file of the register; 304 when the caller's copy is current. */
  async file(
    format: OpenDataFormat,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    const current = await this.version(this.dataSource.manager);
    if (this.notModified(request, reply, current)) return undefined;
    const { path, version } = await this.built(format, current);
    this.describe(reply, version);
    download(reply, format, 'kepu-open-data-resources');
    return new StreamableFile(createReadStream(path), { length: (await stat(path)).size });
  }

  /**
   * Derived from the newest change to any resource that is or was public and to any organisation
   * (its public name), and the number published: two aggregates over indexed tables, no content read.
   */
  private async version(db: EntityManager): Promise<RegisterVersion> {
    const row = await this.store.version(db);
    const { licence } = this.openData;
    const digest = createHash('sha256')
      .update([FILE_SHAPE, row.records, row.stamp, licence].join('|'))
      .digest('base64url')
      .slice(0, 22);
    return { etag: `"${digest}"`, lastModified: row.changedAt ?? new Date(0), records: row.records };
  }

  /** Sets the validators and licence on the answer; true (and 304) when the caller's copy is current. */
  private notModified(request: FastifyRequest, reply: FastifyReply, version: RegisterVersion): boolean {
    this.describe(reply, version);
    const ifNoneMatch = request.headers['if-none-match'];
    const ifModifiedSince = request.headers['if-modified-since'];
    const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
    const current = ifNoneMatch
      ? ifNoneMatch.split(',').some((tag) => [version.etag, '*'].includes(tag.trim().replace(/^W\//, '')))
      : Boolean(ifModifiedSince) && seconds(version.lastModified) <= seconds(new Date(ifModifiedSince as string));
    if (current) reply.status(304);
    return current;
  }

  private describe(reply: FastifyReply, version: RegisterVersion): void {
    reply
      .header('ETag', version.etag)
      .header('Last-Modified', version.lastModified.toUTCString())
      // Anyone may keep a copy, but must ask again before reusing it: the register changes daily.
      .header('Cache-Control', 'public, no-cache');
    if (this.openData.licenceUrl) reply.header('Link', `<${this.openData.licenceUrl}>; rel="license"`);
  }

  /** The file for the register as it is now: from the data directory, or written there first. */
  private async built(
    format: OpenDataFormat,
    current: RegisterVersion,
  ): Promise<{ path: string; version: RegisterVersion }> {
    const path = this.pathOf(current, format);
    if (await exists(path)) return { path, version: current };
    const key = `${current.etag}${format}`;
    let build = this.building.get(key);
    if (!build) {
      build = this.write(format).finally(() => this.building.delete(key));
      this.building.set(key, build);
    }
    return build;
  }

  private pathOf(version: RegisterVersion, format: OpenDataFormat) {
    return join(this.dir, `resources-${version.etag.replace(/"/g, '')}.${format}`);
  }

  /**
   * Writes the file from one snapshot of the register (so the version it is named after is the one
   * it shows), under a temporary name renamed into place, then drops older files of the format.
   */
  private async write(format: OpenDataFormat): Promise<{ path: string; version: RegisterVersion }> {
    await mkdir(this.dir, { recursive: true });
    const temporary = join(this.dir, `.${randomUUID()}.${format}`);
    try {
      const version = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
        const snapshot = await this.version(tx);
        const batches = this.rows(tx);
        if (format === 'xlsx') await this.writeXlsx(temporary, batches);
        else await this.writeText(temporary, format, batches);
        return snapshot;
      });
      const path = this.pathOf(version, format);
      await rename(temporary, path);
      // Temporary files (dot-names) may be another build's in progress: only finished older ones go.
      const older = (await readdir(this.dir))
        .map((name) => join(this.dir, name))
        .filter((file) => file !== path && file.endsWith(`.${format}`) && basename(file).startsWith('resources-'));
      await Promise.all(older.map((file) => rm(file, { force: true })));
      return { path, version };
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** The published resources in id order, a batch at a time. */
  private async *rows(tx: EntityManager): AsyncGenerator<OpenDataRow[]> {
    for (let afterId = '00000000-0000-0000-0000-000000000000'; ;) {
      const batch = await this.store.publishedAfter(tx, afterId);
      if (!batch.length) return;
      yield batch.map((row) => ({
        id: row.id,
        content: row.content,
        regionName: row.regionName ?? '',
        organisation: publicName(row.organisation),
      }));
      afterId = batch[batch.length - 1].id;
    }
  }

  private async writeText(path: string, format: 'csv' | 'geojson', batches: AsyncIterable<OpenDataRow[]>) {
    const file = await open(path, 'w');
    try {
      if (format === 'csv') {
        await file.write(CSV_BOM + csvText([OPEN_DATA_COLUMNS.map((c) => c.zh)]));
        for await (const batch of batches)
          await file.write(csvText(batch.map((row) => OPEN_DATA_COLUMNS.map((c) => sheetCell(c, row)))));
        return;
      }
      const { licence, licenceUrl } = this.openData;
      // RFC 7946 allows members beyond type and features: the licence and title travel with the file.
      const head = {
        type: 'FeatureCollection',
        name: TITLE.zh,
        title: TITLE,
        licence: { name: licence, url: licenceUrl },
      };
      await file.write(`${JSON.stringify(head).slice(0, -1)},"features":[`);
      let first = true;
      for await (const batch of batches) {
        const features = batch.map((row) =>
          JSON.stringify({
            type: 'Feature',
            id: row.id,
            geometry: { type: 'Point', coordinates: [row.content.location.lng, row.content.location.lat] },
            properties: Object.fromEntries(OPEN_DATA_COLUMNS.map((c) => [c.key, c.value(row)])),
          }),
        );
        await file.write(`${first ? '' : ','}${features.join(',')}`);
        first = false;
      }
      await file.write(']}');
    } finally {
      await file.close();
    }
  }

  private async writeXlsx(path: string, batches: AsyncIterable<OpenDataRow[]>) {
    const { licence, licenceUrl } = this.openData;
    async function* table() {
      yield [OPEN_DATA_COLUMNS.map((c) => c.zh)];
      for await (const batch of batches) yield batch.map((row) => OPEN_DATA_COLUMNS.map((c) => sheetCell(c, row)));
    }
    const about = [
      ['项目 Item', '内容 Value'],
      ['数据集 Dataset', `${TITLE.zh} ${TITLE.en}`],
      ['许可 Licence', licenceUrl ? `${licence} (${licenceUrl})` : licence],
      ['来源 Source', `Kepu ${PATH}`],
      ['说明 Description', `${DESCRIPTION.zh} ${DESCRIPTION.en}`],
      [],
      ['列 Column', '说明 Description'],
      ...OPEN_DATA_COLUMNS.map((c) => [`${c.zh} ${c.en}`, c.description]),
    ];
    await writeXlsxFile(
      path,
      [
        { name: '名录', columns: OPEN_DATA_COLUMNS.length, rows: table() },
        { name: '说明', columns: 2, rows: [about] },
      ],
      { title: `${TITLE.zh} ${TITLE.en}`, description: `Licence: ${licence}` },
    );
  }
}
