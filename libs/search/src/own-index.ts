import { MeiliClient, MeiliError } from './meili-client';

/**
 * An index a lib keeps beside the resource index (docs/campaigns.md, "The events index"): created
 * with its settings once per process (again after a failure), its documents upserted and removed
 * by id, so a relay may repeat a write.
 */
export class OwnIndex {
  private ready?: Promise<void>;

  constructor(
    private readonly meili: MeiliClient,
    /** The index's uid, with the deployment's prefix. */
    readonly name: string,
    private readonly settings: object,
  ) {}

  ensure(): Promise<void> {
    this.ready ??= this.create().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async create(): Promise<void> {
    try {
      await this.meili.write('POST', '/indexes', { uid: this.name, primaryKey: 'id' });
    } catch (error) {
      if (!(error instanceof MeiliError && error.message.includes('index_already_exists'))) throw error;
    }
    await this.meili.write('PATCH', `/indexes/${this.name}/settings`, this.settings, 120_000);
  }

  /** Upserts `documents` and removes the documents whose ids are `gone`. */
  async write(documents: object[], gone: string[]): Promise<void> {
    await this.ensure();
    if (documents.length) await this.meili.write('POST', `/indexes/${this.name}/documents`, documents, 300_000);
    if (gone.length) await this.meili.write('POST', `/indexes/${this.name}/documents/delete-batch`, gone);
  }
}

/**
 * Meilisearch options that mark the typed words in `highlighted` attributes and crop `cropped` to
 * the words around them; none without a query.
 */
export function highlighting(q: string | undefined, highlighted: string[], cropped: string) {
  return {
    attributesToHighlight: q ? highlighted : [],
    attributesToCrop: q ? [cropped] : [],
    cropLength: 40,
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
  };
}
