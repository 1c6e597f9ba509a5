import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, CoreErrors } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '../organisations/organisations.service';
import { soleOrganisation } from '../register.policies';
import { RegisterErrors } from '../register-errors';
import { Media, MediaPurpose } from './media.entity';
import { MediaStorage } from './media-storage';
import { sniff } from './sniff';

export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;

const ALLOWED: Record<MediaPurpose, string[]> = {
  photo: ['image/jpeg', 'image/png', 'image/webp'],
  evidence: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
};

export interface MediaView {
  id: string;
  purpose: MediaPurpose;
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  url: string;
}

const viewMedia = (m: Media): MediaView => ({
  id: m.id,
  purpose: m.purpose,
  contentType: m.contentType,
  sizeBytes: m.sizeBytes,
  width: m.width,
  height: m.height,
  url: `/api/v1/media/${m.id}`,
});

/** Photos and accreditation evidence: checked by content (not name or declared type), then stored. */
@Injectable()
export class MediaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly organisations: OrganisationsService,
    private readonly storage: MediaStorage,
    private readonly audit: AuditService,
  ) {}

  async upload(
    actor: Actor,
    input: { purpose: MediaPurpose; organisationId?: string; body: Buffer; fileName?: string },
    correlationId?: string,
  ): Promise<MediaView> {
    const organisationId = soleOrganisation(actor, input.organisationId);
    const org = await this.organisations.find(organisationId);
    await this.policy.authorize(actor, 'media.upload', { organisationId, regionCode: org.regionCode });
    const kind = sniff(input.body);
    if (!kind || !ALLOWED[input.purpose].includes(kind.contentType))
      throw new AppError(RegisterErrors.UNSUPPORTED_FILE_TYPE);
    const media = this.dataSource.getRepository(Media).create({
      organisationId,
      purpose: input.purpose,
      contentType: kind.contentType,
      sizeBytes: input.body.length,
      sha256: createHash('sha256').update(input.body).digest('hex'),
      originalName: input.fileName?.slice(0, 255) ?? null,
      width: kind.width ?? null,
      height: kind.height ?? null,
      uploadedBy: actor.accountId,
    });
    // The row commits only after the bytes are stored; a failed commit leaves an unreferenced file at worst.
    await this.dataSource.transaction(async (tx) => {
      const saved = await tx.getRepository(Media).save({ ...media, storageKey: 'pending' });
      saved.storageKey = `${organisationId}/${saved.id}`;
      await this.storage.put(saved.storageKey, input.body, kind.contentType);
      await tx.getRepository(Media).save(saved);
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'media.upload',
          subjectType: 'media',
          subjectId: saved.id,
          details: { purpose: input.purpose, organisationId, sizeBytes: saved.sizeBytes },
          correlationId,
        },
        tx,
      );
      Object.assign(media, saved);
    });
    return viewMedia(media);
  }

  /** Photos are public; evidence only for the organisation's members and the admins above it. */
  async read(actor: Actor | undefined, id: string): Promise<{ media: Media; body: Buffer }> {
    const media = await this.dataSource
      .getRepository(Media)
      .findOne({ where: { id }, relations: { organisation: true } });
    if (!media) throw new AppError(CoreErrors.NOT_FOUND);
    if (media.purpose === 'evidence') {
      await this.policy.authorize(actor, 'media.read_evidence', {
        organisationId: media.organisationId,
        regionCode: media.organisation.regionCode,
      });
    }
    const body = await this.storage.get(media.storageKey);
    if (!body) throw new AppError(CoreErrors.NOT_FOUND);
    return { media, body };
  }
}
