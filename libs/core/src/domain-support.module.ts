import { Global, Module } from '@nestjs/common';
import { RegionTree } from './regions/region-tree.service';
import { AuditService } from './audit/audit.service';

/** Shared domain plumbing every lib may use: the audit trail and the region tree. */
@Global()
@Module({ providers: [AuditService, RegionTree], exports: [AuditService, RegionTree] })
export class DomainSupportModule {}
