import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  EXCEL_CELL_CHARACTERS,
  ErrorDetail,
  RegionTree,
  PendingUpload,
  SheetLimits,
  SheetReader,
  validateInput,
  writeCsv,
  writeXlsx,
} from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { DataSource, EntityManager } from 'typeorm';
import { isValidCreditCode } from '../credit-code';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { RegisterErrors } from '../register-errors';
import { DuplicateLookup } from '../duplicates/duplicate-lookup';
import { DuplicatesStore } from '../duplicates/duplicates.store';
import { OrganisationsStore } from '../organisations/organisations.store';
import { CensusRow, CensusStore } from './census.store';
import { diffContent } from '../resources/diff';
import { contentAsInput, normalizeContent, ResourceContent } from '../resources/resource-content';
import { ResourceContentDto } from '../resources/resource-content.dto';
import { ResourceStore } from '../resources/resource.store';
import { Resource } from '../resources/resource.entity';
import { ACCREDITATION_LEVELS, VOCABULARIES } from '../vocabulary';
import { CENSUS_COLUMNS, CensusColumn, columnFor, columnForField, LISTS, splitList, toCode } from './census-columns';
import { CensusFeatureCollection, ImportReport, RowError } from './census.views';

export type ExportFormat = 'csv' | 'xlsx' | 'geojson';

/** Thrown to roll a dry run back after it did everything a commit would. */
class DryRunRollback extends Error {}

const YES = ['是', 'y', 'yes', 'true', '1', '免费'];
const NO = ['否', 'n', 'no', 'false', '0', '收费'];
const MOBILE = /^1[3-9]\d{9}$/;

/** A district's yearly census fits in a few thousand rows of the template's columns. */
export const CENSUS_SHEET_LIMITS: SheetLimits = {
  maxRows: 5000,
  maxColumns: CENSUS_COLUMNS.length + 10,
  maxCellCharacters: EXCEL_CELL_CHARACTERS,
};

/**
 * The yearly census: an administrator imports a spreadsheet of resources for their regions (dry
 * run first, then all or nothing) and exports the published register as open data.
 */
@Injectable()
export class CensusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly store: ResourceStore,
    private readonly census: CensusStore,
    private readonly duplicates: DuplicatesStore,
    private readonly organisationsStore: OrganisationsStore,
    private readonly organisations: OrganisationsService,
    private readonly sheets: SheetReader,
    private readonly regions: RegionTree,
  ) {}

  async template(format: 'csv' | 'xlsx'): Promise<Buffer> {
    const headers = CENSUS_COLUMNS.map((c) => c.header);
    if (format === 'csv') return writeCsv([headers]);
    const guide: unknown[][] = [['列名', '英文键', '说明'], ...CENSUS_COLUMNS.map((c) => [c.header, c.key, c.hint])];
    for (const [name, terms] of Object.entries({
      类型: VOCABULARIES.resourceTypes,
      主题: VOCABULARIES.themes,
      适用人群: VOCABULARIES.audiences,
      无障碍设施: VOCABULARIES.accessibility,
      机构类型: VOCABULARIES.organisationKinds,
      认定级别: VOCABULARIES.accreditationLevels,
    })) {
      guide.push(
        [],
        [`${name}代码`, '中文', 'English'],
        ...Object.entries(terms).map(([code, t]) => [code, t.zh, t.en]),
      );
    }
    return writeXlsx([
      { name: '名录', rows: [headers] },
      { name: '说明', rows: guide },
    ]);
  }

  async import(actor: Actor, file: PendingUpload, dryRun: boolean, correlationId?: string): Promise<ImportReport> {
    await this.policy.authorize(actor, 'census.import');
    const [headerRow, ...dataRows] = await this.sheets.read(file, CENSUS_SHEET_LIMITS);
    const columns = this.mapHeaders(headerRow);
    const report: ImportReport = {
      dryRun,
      rows: dataRows.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [],
      duplicates: [],
    };
    try {
      await this.dataSource.transaction(async (tx) => {
        const duplicates = new DuplicateLookup(tx, this.regions, this.duplicates);
        for (const [index, cells] of dataRows.entries()) {
          const row = index + 2;
          const cell = (key: string) => cells[columns.findIndex((c) => c?.key === key)]?.trim() ?? '';
          const has = (key: string) => columns.some((c) => c?.key === key);
          const errors = await this.importRow(tx, actor, { row, cell, has }, report, duplicates, correlationId);
          report.errors.push(...errors);
        }
        if (dryRun || report.errors.length) throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    if (!dryRun && report.errors.length)
      throw new AppError(RegisterErrors.IMPORT_HAS_ERRORS, { ...report, created: 0, updated: 0 });
    return report;
  }

  async export(actor: Actor, regionCode: string, format: ExportFormat): Promise<Buffer> {
    await this.policy.authorize(actor, 'census.manage', { regionCode });
    const rows: { resource: Resource; content: ResourceContent; organisation: Organisation }[] = (
      await this.census.publishedWithin(regionCode)
    ).map((r: CensusRow) => ({
      resource: { id: r.id } as Resource,
      content: r.content,
      organisation: { name: r.orgName, creditCode: r.creditCode, kind: r.kind } as Organisation,
    }));
    if (format === 'geojson') return Buffer.from(JSON.stringify(this.geoJson(rows)));
    const table = [
      CENSUS_COLUMNS.map((c) => c.header),
      ...rows.map((r) => CENSUS_COLUMNS.map((c) => this.exportCell(c, r))),
    ];
    return format === 'csv' ? writeCsv(table) : writeXlsx([{ name: '名录', rows: table }]);
  }

  private mapHeaders(headers: string[]): (CensusColumn | undefined)[] {
    const columns = headers.map((h) => (h ? columnFor(h) : undefined));
    const unknown = headers.filter((h, i) => h && !columns[i]);
    const missing = CENSUS_COLUMNS.filter((c) => c.required && !columns.includes(c)).map((c) => c.header);
    const repeated = headers.filter((h, i) => h && columns[i] && columns.indexOf(columns[i]) !== i);
    if (unknown.length || missing.length || repeated.length) {
      throw new AppError(RegisterErrors.IMPORT_HEADERS_INVALID, {
        missing,
        unknown,
        repeated,
        expected: CENSUS_COLUMNS.map((c) => c.header),
      });
    }
    return columns;
  }

  private async importRow(
    tx: EntityManager,
    actor: Actor,
    { row, cell, has }: { row: number; cell: (key: string) => string; has: (key: string) => boolean },
    report: ImportReport,
    duplicates: DuplicateLookup,
    correlationId?: string,
  ): Promise<RowError[]> {
    const fail = (key: string, message: string): RowError[] => [
      { row, column: CENSUS_COLUMNS.find((c) => c.key === key)?.header ?? key, message },
    ];
    const id = cell('id');
    const existing = id ? await this.existing(tx, id) : undefined;
    if (id && !existing) return fail('id', `资源ID ${id} 不存在或未发布`);

    const parsed = this.rowInput(cell, has, existing?.content);
    if ('error' in parsed) return fail(parsed.error.key, parsed.error.message);
    const { value, problems } = await validateInput(ResourceContentDto, parsed.input);
    if (problems.length) return this.problemsAsErrors(row, problems);
    let content: ResourceContent;
    try {
      content = normalizeContent(value);
    } catch (error) {
      return this.problemsAsErrors(row, ((error as AppError).details as ErrorDetail[]) ?? []);
    }
    if ((await this.policy.decide(actor, 'census.manage', { regionCode: content.regionCode })) !== 'allow') {
      return fail('regionCode', `无权导入区域 ${content.regionCode} 的资源（仅限您管理的区域）`);
    }
    if (
      existing &&
      (await this.policy.decide(actor, 'census.manage', { regionCode: existing.resource.regionCode })) !== 'allow'
    ) {
      return fail('id', '无权更新该资源（不在您管理的区域）');
    }
    const org = existing ? { id: existing.resource.organisationId } : await this.organisationFor(tx, actor, cell, has);
    if ('error' in org) return fail(org.error.key, org.error.message);
    try {
      await this.store.validate(tx, content, org.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return fail('regionCode', `${error.definition.zh}：${content.regionCode}`);
    }
    if (existing) {
      const { name, location } = existing.content;
      await this.updatePublished(tx, actor, existing.resource, existing.content, content, row, report, correlationId);
      // A renamed or moved entry may now be another's twin; the reviewer sees it in the report.
      if (name !== content.name || location.lat !== content.location.lat || location.lng !== content.location.lng) {
        const candidates = await duplicates.candidates({ id: existing.resource.id, ...content });
        if (candidates.length) report.duplicates.push({ row, resourceId: existing.resource.id, candidates });
      }
    } else {
      // New rows are compared with the register and with the rows above them (docs/register.md).
      const candidates = await duplicates.candidates(content);
      const created = await this.store.createPublished(
        tx,
        { organisationId: org.id, content, actorId: actor.accountId, flags: { possibleDuplicates: candidates } },
        { action: 'resource.import', details: { row }, correlationId },
      );
      await duplicates.add({ id: created.id, ...content });
      if (candidates.length) report.duplicates.push({ row, resourceId: created.id, candidates });
      report.created++;
    }
    return [];
  }

  /** Cells → the content DTO's shape. Empty cells keep an existing resource's value; lists take codes or labels. */
  private rowInput(
    cell: (key: string) => string,
    has: (key: string) => boolean,
    current?: ResourceContent,
  ): { input: Record<string, unknown> } | { error: { key: string; message: string } } {
    const input: Record<string, unknown> = current ? { ...contentAsInput(current) } : {};
    const set = (key: string, value: unknown) => {
      if (has(key) && cell(key) !== '') input[key] = value;
    };
    set('name', cell('name'));
    set('nameEn', cell('nameEn'));
    set('type', toCode(LISTS.type.terms, cell('type')));
    set('regionCode', cell('regionCode'));
    set('address', cell('address'));
    set('description', cell('description'));
    for (const key of ['themes', 'audiences', 'accessibility'] as const) {
      set(
        key,
        splitList(cell(key)).map((item) => toCode(LISTS[key].terms, item)),
      );
    }
    set('website', cell('website'));
    set('transport', cell('transport'));
    if (cell('lat') || cell('lng')) {
      const location = (input.location as { lat?: number; lng?: number }) ?? {};
      input.location = {
        lat: cell('lat') ? Number(cell('lat')) : location.lat,
        lng: cell('lng') ? Number(cell('lng')) : location.lng,
      };
    }
    if (cell('phone')) input.contact = { ...(input.contact as object), phone: cell('phone') };
    if (cell('free') || cell('prices')) {
      const free = cell('free').toLowerCase();
      if (free && ![...YES, ...NO].includes(free))
        return { error: { key: 'free', message: '是否免费：请填写“是”或“否”' } };
      const prices = [];
      for (const item of splitList(cell('prices'))) {
        const match = /^(.+?)[:：]\s*(\d+(?:\.\d{1,2})?)\s*元?$/.exec(item);
        if (!match) return { error: { key: 'prices', message: `票价“${item}”格式应为“票种:元”，如 成人票:30` } };
        prices.push({ label: match[1].trim(), amountFen: Math.round(Number(match[2]) * 100) });
      }
      // Concessions and notes have no column: an update keeps them.
      const previous = input.admission as { concessions?: unknown[]; note?: string } | undefined;
      input.admission = {
        free: free ? YES.includes(free) : prices.length === 0,
        prices,
        concessions: previous?.concessions ?? [],
        ...(previous?.note && { note: previous.note }),
      };
    }
    if (cell('accreditations')) {
      const accreditations = [];
      for (const item of splitList(cell('accreditations'))) {
        const [name, level, year, expires] = item.split('|').map((s) => s.trim());
        const levelCode = toCode(ACCREDITATION_LEVELS.terms, level ?? '');
        if (!name || !year)
          return { error: { key: 'accreditations', message: `认定“${item}”格式应为“名称|级别|年份|到期日”` } };
        // The same accreditation keeps its id (and evidence file) across imports.
        const same = current?.accreditations.find((a) => a.name === name && a.level === levelCode);
        accreditations.push({
          ...(same && { id: same.id, ...(same.evidenceId && { evidenceId: same.evidenceId }) }),
          name,
          level: levelCode,
          yearGranted: Number(year),
          ...(expires && { expiresOn: expires }),
        });
      }
      input.accreditations = accreditations;
    }
    return { input };
  }

  private problemsAsErrors(row: number, problems: ErrorDetail[]): RowError[] {
    const seen = new Set<string>();
    return problems.flatMap(({ field }) => {
      const column = columnForField(field);
      if (seen.has(column.header)) return [];
      seen.add(column.header);
      return [{ row, column: column.header, message: `${column.header}无效：${column.hint}` }];
    });
  }

  private async existing(tx: EntityManager, id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const resource = await this.store.lockIfAny(tx, id);
    if (!resource?.publishedRevisionId) return undefined;
    const published = await this.store.revisionOrFail(resource.publishedRevisionId, tx);
    return { resource, content: published.content };
  }

  /** The census speaks with an administrator's authority: an update is published as a new approved revision. */
  private async updatePublished(
    tx: EntityManager,
    actor: Actor,
    resource: Resource,
    before: ResourceContent,
    content: ResourceContent,
    row: number,
    report: ImportReport,
    correlationId?: string,
  ) {
    const changes = diffContent(before, content);
    if (!changes.length) {
      report.unchanged++;
      return;
    }
    const revision = await this.store.addDraftRevision(tx, resource, content, actor.accountId);
    await this.store.publish(tx, resource, revision);
    await this.store.record(tx, resource.id, {
      actorId: actor.accountId,
      action: 'resource.import',
      details: { row, changes },
      correlationId,
    });
    report.updated++;
  }

  /** The row's organisation by credit code, created (verified: the census vouches for it) when new. */
  private async organisationFor(
    tx: EntityManager,
    actor: Actor,
    cell: (key: string) => string,
    has: (key: string) => boolean,
  ) {
    const creditCode = cell('creditCode').toUpperCase();
    if (!isValidCreditCode(creditCode))
      return {
        error: { key: 'creditCode', message: `统一社会信用代码“${creditCode}”无效（GB 32100-2015 校验位不符）` },
      };
    const found = await this.organisationsStore.findByCreditCode(tx, creditCode);
    if (found) return found;
    const kind = has('organisationKind') ? toCode(LISTS.organisationKind.terms, cell('organisationKind')) : '';
    if (!LISTS.organisationKind.codes.includes(kind as never))
      return { error: { key: 'organisationKind', message: '新机构须填写有效的机构类型' } };
    if (!cell('organisationName')) return { error: { key: 'organisationName', message: '运营机构名称必填' } };
    return this.organisations.save(tx, {
      name: cell('organisationName').slice(0, 100),
      kind,
      creditCode,
      regionCode: cell('regionCode'),
      verifiedAt: new Date(),
      verifiedBy: actor.accountId,
      createdBy: actor.accountId,
    });
  }

  private exportCell(
    column: CensusColumn,
    { resource, content, organisation }: { resource: Resource; content: ResourceContent; organisation: Organisation },
  ): unknown {
    const phone = content.contact.phone && !MOBILE.test(content.contact.phone) ? content.contact.phone : '';
    const values: Record<string, unknown> = {
      id: resource.id,
      name: content.name,
      nameEn: content.nameEn ?? '',
      type: content.type,
      regionCode: content.regionCode,
      address: content.address,
      lat: content.location.lat,
      lng: content.location.lng,
      description: content.description,
      themes: content.themes.join(';'),
      audiences: content.audiences.join(';'),
      accessibility: content.accessibility.join(';'),
      free: content.admission ? (content.admission.free ? '是' : '否') : '',
      prices: content.admission?.prices.map((p) => `${p.label}:${p.amountFen / 100}`).join(';') ?? '',
      // Open data carries no personal numbers: a mobile number may be someone's own.
      phone,
      website: content.website ?? '',
      transport: content.transport ?? '',
      accreditations: content.accreditations
        .map((a) => [a.name, a.level, a.yearGranted, a.expiresOn ?? ''].join('|'))
        .join(';'),
      organisationName: organisation.name,
      creditCode: organisation.creditCode,
      organisationKind: organisation.kind,
    };
    return values[column.key];
  }

  private geoJson(
    rows: { resource: Resource; content: ResourceContent; organisation: Organisation }[],
  ): CensusFeatureCollection {
    return {
      type: 'FeatureCollection',
      features: rows.map(({ resource, content, organisation }) => ({
        type: 'Feature',
        id: resource.id,
        geometry: { type: 'Point', coordinates: [content.location.lng, content.location.lat] },
        properties: {
          id: resource.id,
          name: content.name,
          nameEn: content.nameEn,
          type: content.type,
          regionCode: content.regionCode,
          address: content.address,
          themes: content.themes,
          audiences: content.audiences,
          accessibility: content.accessibility,
          free: content.admission?.free ?? null,
          website: content.website,
          organisation: organisation.name,
          accreditations: content.accreditations.map((a) => ({
            name: a.name,
            level: a.level,
            yearGranted: a.yearGranted,
            expiresOn: a.expiresOn,
          })),
        },
      })),
    };
  }
}
