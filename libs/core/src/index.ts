export { coreConfig, loadConfig, parseKey, MAP_TILES } from './config/config';
export type { DatabaseSettings, KepuConfig, LogLevel, MapTiles } from './config/config';
export {
  composeConfig,
  ConfigError,
  configProblem,
  configToken,
  defineConfigSlice,
  HttpUrl,
  InjectConfig,
  isConfigVariables,
  WholeNumber,
} from './config/config-slice';
export type { ConfigContext, ConfigOf, ConfigSlice, SettingsOf } from './config/config-slice';
export { ConfigModule, KEPU_CONFIG } from './config/config.module';
export { AppError, defineErrors, definedErrors } from './errors/app-error';
export type { ErrorDefinition, ErrorDetail, LocalizedText } from './errors/app-error';
export { defineProblems, definedProblems, fieldProblem, problemMessage } from './errors/problems';
export { CommonProblems } from './errors/common-problems';
export { RULE_TEXT, VALIDATOR_TEXT } from './errors/validator-messages';
export type { ProblemDefinition, ProblemValues } from './errors/problems';
export { CoreErrors } from './errors/core-errors';
export { RetryLater } from './errors/error-details.views';
export { ErrorFilter } from './errors/error.filter';
export { classifyError, toErrorBody } from './errors/error-response';
export type { ErrorBody } from './errors/error-response';
export { createValidationPipe, NestedObject, NestedObjects, requireValid, validateInput } from './errors/validation';
export { LoggingModule } from './logging/logging.module';
export { assignCorrelationId, CORRELATION_HEADER, CorrelationId } from './logging/correlation-id';
export { maskDocumentNumber, maskIdNumber, maskName, maskPhone, maskPersonalText, scrubForLog } from './privacy/mask';
export { DatabaseModule } from './database/database.module';
export { ADVISORY_LOCKS, dataSourceOptions, runMigrations, withAdvisoryLock } from './database/data-source-options';
export { stopOnSignals } from './lifecycle/shutdown';
export { JobsModule } from './jobs/jobs.module';
export { JobRunner, WORKER_HEARTBEAT_FILE } from './jobs/job-runner.service';
export { ScheduledJob } from './jobs/scheduled-job.decorator';
export type { ScheduledJobHandler, ScheduledJobOptions } from './jobs/scheduled-job.decorator';
export { DomainSupportModule } from './domain-support.module';
export { AuditService } from './audit/audit.service';
export type { AuditEntry } from './audit/audit.service';
export { AUDIT_ENTRIES_SQL } from './audit/audit.store';
export type { ActorEntry } from './audit/audit.store';
export { insideRegions, regionName, regionPath, regionsOverlap, RegionTree } from './regions/region-tree.service';
export { RegionStore } from './regions/region.store';
export type { NewRegion, RegionRow } from './regions/region.store';
export { RegionsModule } from './regions/regions.module';
export { IdParam } from './http/id-param';
export { nestsDeeperThan } from './http/json-depth';
export { holdsMalformedText } from './http/json-text';
export { download, DOWNLOAD_TYPES } from './http/download';
export type { DownloadFormat } from './http/download';
export { OutboxService, standaloneOutbox } from './outbox/outbox.service';
export { outboxEventPending } from './outbox/outbox.store';
export { OutboxPurgeJob } from './outbox/outbox-purge.job';
export { OutboxRunner } from './outbox/outbox-runner.service';
export { OutboxConsumer } from './outbox/outbox-consumer.decorator';
export type { OutboxConsumerHandler, OutboxFailures, OutboxRow } from './outbox/outbox-consumer.decorator';
export { IdempotencyService, IDEMPOTENCY_HOURS } from './idempotency/idempotency.service';
export type { IdempotentResponse } from './idempotency/idempotency.service';
export { IdempotencyErrors } from './idempotency/idempotency-errors';
export { IdempotencyKey } from './idempotency/idempotency-key.decorator';
export { PersonalDataCipher } from './privacy/personal-data-cipher';
export { ageOn, idNumberCheckCharacter, parseIdNumber } from './privacy/id-number';
export {
  DOCUMENT_PROBLEMS,
  DOCUMENT_TYPES,
  documentFromText,
  documentText,
  parseDocument,
} from './privacy/identity-document';
export type { DocumentType, ParsedDocument } from './privacy/identity-document';
export type { IdNumberProblem, ParsedIdNumber } from './privacy/id-number';
export type { OutboxEvent } from './outbox/outbox.service';
export { NOT_BLANK, REGION_CODE } from './http/input-patterns';
export { byId, loadInOrder, PageOf, PageQueryDto, pageWindow, QueryFlag, YearQuery } from './http/pagination';
export type { Page } from './http/pagination';
export { isForeignKeyViolation, isUniqueViolation } from './database/errors';
export { queriesOn } from './database/queries-on';
export { FileErrors, SHEET_UPLOAD_ERRORS } from './files/file-errors';
export { pendingUpload, UPLOAD_LIMITS } from './files/upload';
export type { PendingUpload, Upload, UploadKind } from './files/upload';
export { SheetReader } from './files/sheet-reader.service';
export { readCsv } from './files/csv';
export { EXCEL_CELL_CHARACTERS } from './files/sheet-limits';
export type { SheetLimits, SheetRows, TypedSheet } from './files/sheet-limits';
export { CSV_BOM, csvText, writeCsv, writeXlsx, writeXlsxFile } from './files/sheet-export';
export { PostgresThrottlerStorage } from './rate-limit/postgres-throttler.storage';
export { RateLimit, RateLimitGuard } from './rate-limit/rate-limit.guard';
export { PUBLIC, Public } from './http/public-route';
export { ApiErrors, ApiFileAnswer, errorDetailModels, finishOpenApi } from './http/openapi';
export { PersonalDataRegistry } from './privacy/personal-data';
export { pinyinSortKey } from './text/pinyin-key';
export { Metrics } from './metrics/metrics';
export { ConcurrencyGate } from './concurrency-gate';
export type { PersonalDataHolder, PersonalDataSection } from './privacy/personal-data';
