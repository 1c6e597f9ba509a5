import { OutboxService, standaloneOutbox } from '@kepu/core';
import { DataSource, EntityManager } from 'typeorm';
import { creditCodeCheckCharacter } from '../credit-code';
import { SyntheticVenuesStore, SyntheticWords } from './synthetic-venues.store';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** One synthetic organisation per this many resources. */
const RESOURCES_PER_ORGANISATION = 50;

/** A well-formed credit code for synthetic organisation n (check character computed, never a real one). */
function syntheticCreditCode(n: number): string {
  const serial = [...n.toString(31).toUpperCase().padStart(9, '0')].map((d) => ALPHABET[parseInt(d, 31)]).join('');
  const body = `5944030${serial}0`.slice(0, 17);
  return body + creditCodeCheckCharacter(body);
}

/**
 * Register's port for the demo's synthetic register (benchmarks): published venues and their
 * organisations written set-based, 100,000 in seconds rather than the hours the API would take, and
 * announced on the outbox so the search index picks them up like any other publication.
 */
export class SyntheticVenues {
  constructor(
    private readonly store: SyntheticVenuesStore,
    private readonly outbox: OutboxService,
  ) {}

  /** For a script that runs without Nest, on a data source of its own. */
  static on(dataSource: DataSource): SyntheticVenues {
    return new SyntheticVenues(new SyntheticVenuesStore(), standaloneOutbox(dataSource));
  }

  async generate(
    tx: EntityManager,
    count: number,
    words: SyntheticWords,
  ): Promise<{ organisations: number; resources: number }> {
    const offset = await this.store.countOrganisations(tx);
    const organisations = Math.ceil(count / RESOURCES_PER_ORGANISATION);
    const codes = Array.from({ length: organisations }, (_, i) => syntheticCreditCode(offset + i + 1));
    const organisationIds = await this.store.insertOrganisations(
      tx,
      codes,
      offset,
      words.districts.map(([code]) => code),
    );
    const venues = await this.store.insertPublished(tx, count, words, organisationIds);
    await this.outbox.publishAll(
      venues.map(({ id, revision }) => ({
        topic: 'resource.published',
        aggregateType: 'resource',
        aggregateId: id,
        payload: { revisionId: revision, status: 'published' },
      })),
      tx,
    );
    return { organisations, resources: count };
  }
}
