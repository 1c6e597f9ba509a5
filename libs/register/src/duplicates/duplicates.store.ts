import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { insideRegions, regionPath } from '@kepu/core';
import { Resource } from '../resources/resource.entity';

/** Resources a new or changed one may duplicate: the public ones (and those hidden for now). */
const COMPARED_STATUSES = ['published', 'suspended'];

/** The most candidates offered for one resource, nearest first. */
const MOST_CANDIDATES = 10;

/** What nearby candidates are looked up by. */
export interface NearbyQuery {
  /** The subject's own id, left out; null for a census row not yet created. */
  id: string | null;
  location: { lat: number; lng: number };
  radiusMetres: number;
  /** Resources to include wherever they are (those matched by name). */
  alsoIds: string[];
}

/** Duplicate candidates and the pairs dismissed as different: `resource_duplicate_dismissals`. */
@Injectable()
export class DuplicatesStore {
  /**
   * The compared resources within the radius or among `alsoIds`, nearest first, at most
   * MOST_CANDIDATES, but those dismissed as different from the subject.
   */
  nearby(tx: EntityManager, subject: NearbyQuery): Promise<{ id: string; name: string; distanceMetres: number }[]> {
    return tx.query(
      `SELECT id, name, round(distance)::int AS "distanceMetres" FROM (
         SELECT r.id, r.name, 2 * 6371000 * asin(sqrt(
                  power(sin(radians(r.latitude - $2) / 2), 2) +
                  cos(radians($2)) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - $3) / 2), 2))) AS distance
           FROM resources r
          WHERE r.status = ANY($6) AND r.id IS DISTINCT FROM $1::uuid
            AND NOT EXISTS (SELECT 1 FROM resource_duplicate_dismissals d
                             WHERE d.resource_id = LEAST(r.id, $1::uuid) AND d.other_id = GREATEST(r.id, $1::uuid))
       ) nearby
        WHERE distance <= $4 OR id = ANY($5::uuid[]) ORDER BY distance, id LIMIT ${MOST_CANDIDATES}`,
      [
        subject.id,
        subject.location.lat,
        subject.location.lng,
        subject.radiusMetres,
        subject.alsoIds,
        COMPARED_STATUSES,
      ],
    );
  }

  /** The names of the compared resources below the city `code`. */
  namesWithin(tx: EntityManager, code: string): Promise<{ id: string; name: string }[]> {
    return tx.query(
      `SELECT res.id, res.name FROM resources res
        WHERE res.status = ANY($1) AND res.region_code <> $2 AND ${insideRegions(regionPath('res.region_code'), '$3')}`,
      [COMPARED_STATUSES, code, [code]],
    );
  }

  /** Records that the pair is not a duplicate; false when it was recorded before. */
  async dismiss(tx: EntityManager, first: string, second: string, dismissedBy: string): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO resource_duplicate_dismissals (resource_id, other_id, dismissed_by) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING resource_id`,
      [first, second, dismissedBy],
    );
    return inserted.length > 0;
  }

  /** These resources with their organisations. */
  withOrganisations(manager: EntityManager, ids: string[]): Promise<Resource[]> {
    return manager.getRepository(Resource).find({ where: { id: In(ids) }, relations: { organisation: true } });
  }
}
