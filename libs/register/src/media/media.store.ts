import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { Media } from './media.entity';
import type { PhotoUse } from './media.service';

/** Uploaded files' records: `media`. */
@Injectable()
export class MediaStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A media record, not saved yet. */
  newMedia(fields: DeepPartial<Media>): Media {
    return this.dataSource.getRepository(Media).create(fields);
  }

  save(tx: EntityManager, media: DeepPartial<Media>): Promise<Media> {
    return tx.getRepository(Media).save(media) as Promise<Media>;
  }

  findWithOrganisation(id: string): Promise<Media | null> {
    return this.dataSource.getRepository(Media).findOne({ where: { id }, relations: { organisation: true } });
  }

  /**
   * The revisions (published and working) that show a photo, in a resource or one of its exhibits.
   * Only the organisation's own resources may use its files, which narrows the search at once.
   */
  photoUses(mediaId: string, organisationId: string): Promise<PhotoUse[]> {
    return this.dataSource.query(
      `SELECT r.id, r.organisation_id AS "organisationId", rev.region_code AS "regionCode",
              (r.status = 'published' AND rev.id = r.published_revision_id) AS "shownPublicly"
         FROM resources r
         JOIN resource_revisions rev ON rev.id IN (r.published_revision_id, r.working_revision_id)
        WHERE r.organisation_id = $2
          AND (rev.content->'photos' @> jsonb_build_array(jsonb_build_object('mediaId', $1::text))
               OR rev.content->'exhibits' @> jsonb_build_array(jsonb_build_object('photoId', $1::text)))`,
      [mediaId, organisationId],
    );
  }
}
