import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, CoreErrors, PendingUpload } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '../organisations/organisations.service';
import { Owned, soleOrganisation } from '../register.policies';
import { RegisterErrors } from '../register-errors';
import { Media, MediaPurpose } from './media.entity';
import { MediaStorage } from './media-storage';
import { MediaStore } from './media.store';
import { MediaView } from './media.views';
import { sniff } from './sniff';
import { stripMetadata } from './strip-metadata';

const ALLOWED: Record<MediaPurpose, string[]> = {
  photo: ['image/jpeg', 'image/png', 'image/webp'],
  evidence: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
};

/** A resource revision that shows a photo, with what the policy needs to know about the resource. */
export interface PhotoUse extends Owned {
  id: string;
  shownPublicly: boolean;
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
    private readonly store: MediaStore,
  ) {}

  async upload(
    actor: Actor,
    input: { purpose: MediaPurpose; organisationId?: string; file: PendingUpload },
    correlationId?: string,
  ): Promise<MediaView> {
    const organisationId = soleOrganisation(actor, input.organisationId);
    const org = await this.organisations.find(organisationId);
    await this.policy.authorize(actor, 'media.upload', { organisationId, regionCode: org.regionCode });
    // Read only now: a caller who may not upload here never gets the body read.
    const upload = await input.file();
    const kind = sniff(upload.body);
    if (!kind || !ALLOWED[input.purpose].includes(kind.contentType))
      throw new AppError(RegisterErrors.UNSUPPORTED_FILE_TYPE);
    // What is stored is what is served: the image without its GPS position and other metadata.
    const body = stripMetadata(upload.body, kind.contentType);
    if (!body) throw new AppError(RegisterErrors.UNSUPPORTED_FILE_TYPE);
    const media = this.store.newMedia({
      organisationId,
      purpose: input.purpose,
      contentType: kind.contentType,
      sizeBytes: body.length,
      sha256: createHash('sha256').update(body).digest('hex'),
      originalName: upload.fileName?.slice(0, 255) || null,
      width: kind.width ?? null,
      height: kind.height ?? null,
      uploadedBy: actor.accountId,
    });
    // The row commits only after the bytes are stored; a failed commit leaves an unreferenced file at worst.
    await this.dataSource.transaction(async (tx) => {
      const saved = await this.store.save(tx, { ...media, storageKey: 'pending' });
      saved.storageKey = `${organisationId}/${saved.id}`;
      await this.storage.put(saved.storageKey, body, kind.contentType);
      await this.store.save(tx, saved);
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

  /**
   * A photo is public while a published resource shows it. Until then (and after: a resource
   * suspended or withdrawn) it is for its organisation's members and the admins of its region, and
   * for whoever may see a resource using it privately (the reviewers of an edit that adds it);
   * anyone else is told nothing. Evidence is never public.
   */
  async read(actor: Actor | undefined, id: string): Promise<{ media: Media; body: Buffer; isPublic: boolean }> {
    const media = await this.store.findWithOrganisation(id);
    if (!media) throw new AppError(CoreErrors.NOT_FOUND);
    let isPublic = false;
    if (media.purpose === 'evidence') {
      await this.policy.authorize(actor, 'media.read_evidence', {
        organisationId: media.organisationId,
        regionCode: media.organisation.regionCode,
      });
    } else {
      const uses = await this.photoUses(media);
      isPublic = uses.some((use) => use.shownPublicly);
      if (!isPublic && !(actor && (await this.seesPrivately(actor, media, uses))))
        throw new AppError(CoreErrors.NOT_FOUND);
    }
    const body = await this.storage.get(media.storageKey);
    if (!body) throw new AppError(CoreErrors.NOT_FOUND);
    return { media, body, isPublic };
  }

  /**
   * The revisions (published and working) that show a photo, in a resource or one of its exhibits.
   * Only the organisation's own resources may use its files, which narrows the search at once.
   */
  private photoUses(media: Media): Promise<PhotoUse[]> {
    return this.store.photoUses(media.id, media.organisationId);
  }

  private async seesPrivately(actor: Actor, media: Media, uses: PhotoUse[]): Promise<boolean> {
    if ((await this.policy.decide(actor, 'organisation.read', media.organisation)) === 'allow') return true;
    for (const use of uses) {
      if ((await this.policy.decide(actor, 'resource.read_private', use)) === 'allow') return true;
    }
    return false;
  }
}
