import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit/audit.service';
import { AuditStore } from './audit/audit.store';
import { KepuConfig } from './config/config';
import { KEPU_CONFIG } from './config/config.module';
import { IdempotencyPurgeJob } from './idempotency/idempotency-purge.job';
import { IdempotencyService } from './idempotency/idempotency.service';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { OutboxPurgeJob } from './outbox/outbox-purge.job';
import { OutboxService } from './outbox/outbox.service';
import { OutboxStore } from './outbox/outbox.store';
import { PersonalDataCipher } from './privacy/personal-data-cipher';
import { RegionsModule } from './regions/regions.module';
import { SheetReader } from './files/sheet-reader.service';
import { RateLimitPurgeJob } from './rate-limit/rate-limit-purge.job';
import { RateLimitStore } from './rate-limit/rate-limit.store';
import { PersonalDataRegistry } from './privacy/personal-data';
import { Metrics } from './metrics/metrics';

const personalDataCipher = {
  provide: PersonalDataCipher,
  inject: [KEPU_CONFIG],
  useFactory: (config: KepuConfig) => {
    if (!config.privacy.key) throw new Error('PERSONAL_DATA_KEY is not set');
    return new PersonalDataCipher(config.privacy.key);
  },
};

/**
 * Shared domain plumbing every lib may use: the audit trail, the outbox, idempotent writes, the
 * personal data cipher and the registry of personal data holders, the region tree (RegionsModule), the bounded reader of uploaded sheets and the purge of
 * rate-limit counters, and the process's metrics.
 */
@Global()
@Module({
  imports: [RegionsModule],
  providers: [
    AuditService,
    AuditStore,
    OutboxService,
    OutboxStore,
    OutboxPurgeJob,
    IdempotencyService,
    IdempotencyStore,
    IdempotencyPurgeJob,
    personalDataCipher,
    SheetReader,
    RateLimitPurgeJob,
    RateLimitStore,
    PersonalDataRegistry,
    Metrics,
  ],
  exports: [
    Metrics,
    AuditService,
    OutboxService,
    IdempotencyService,
    PersonalDataCipher,
    PersonalDataRegistry,
    RegionsModule,
    SheetReader,
  ],
})
export class DomainSupportModule {}
