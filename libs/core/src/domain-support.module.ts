import { Global, Module } from '@nestjs/common';
import { RegionTree } from './regions/region-tree.service';
import { AuditService } from './audit/audit.service';
import { OutboxService } from './outbox/outbox.service';

/** Shared domain plumbing every lib may use: the audit trail, the outbox and the region tree. */
@Global()
@Module({ providers: [AuditService, OutboxService, RegionTree], exports: [AuditService, OutboxService, RegionTree] })
export class DomainSupportModule {}
