import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  CoreErrors,
  documentFromText,
  documentText,
  isUniqueViolation,
  maskDocumentNumber,
  parseDocument,
  PersonalDataCipher,
  fieldProblem,
} from '@kepu/core';
import { AccountContacts, Actor } from '@kepu/identity';
import { shanghaiToday } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { SavedVisitorDto } from '../bookings/bookings.dto';
import { checkParty, numberField, PartyVisitor, visitorDocument } from '../bookings/party-rules';
import { SavedVisitor } from './saved-visitor.entity';
import { SavedVisitorsStore } from './saved-visitors.store';
import { SavedVisitorView } from './saved-visitors.views';
import { BookingProblems } from '../booking-problems';

/** How many people one account keeps: a family, grandparents, a few friends. */
export const MAX_SAVED_VISITORS = 20;
const ONE_PER_DOCUMENT = 'saved_visitors_one_per_document';
/** Checks a saved visitor as one party of one, with no offering's rules: a valid document, a category its age fits. */
const ANY_OFFERING = { realName: false, minPartySize: 1, maxPartySize: 1, minAge: null, maxAge: null };
/** The body is the visitor: problems name its fields alone (`documentNumber`). */
const NO_PLACE = () => '';

/**
 * People an account books for (常用参观人, docs/booking-rules.md, "People I book for"): kept
 * sealed, shown masked, named by id in a booking, which unseals them on the server.
 */
@Injectable()
export class SavedVisitors {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: SavedVisitorsStore,
    private readonly cipher: PersonalDataCipher,
    private readonly accountContacts: AccountContacts,
  ) {}

  async list(accountId: string): Promise<SavedVisitorView[]> {
    const rows = await this.store.listOf(accountId);
    return rows.map((row) => this.view(row));
  }

  async add(actor: Actor, body: SavedVisitorDto, now = new Date()): Promise<SavedVisitorView> {
    const today = shanghaiToday(now);
    // Throws the problems at their fields; past it, a document given is a valid one.
    checkParty(ANY_OFFERING, [body], today, today, NO_PLACE);
    const found = visitorDocument(body, 0, today, NO_PLACE);
    const document = found && 'key' in found ? found : null;
    return this.dataSource.transaction(async (tx) => {
      // The account's row, locked: two additions at once cannot both pass the count.
      await this.accountContacts.lock(tx, actor.accountId, 'update');
      const count = await this.store.countOf(tx, actor.accountId);
      if (count >= MAX_SAVED_VISITORS) throw new AppError(BookingErrors.SAVED_VISITORS_FULL);
      const fields = {
        accountId: actor.accountId,
        name: this.cipher.encrypt(body.name),
        category: body.category,
        document: document ? this.cipher.encrypt(documentText(document)) : null,
        documentHash: document ? this.cipher.hash(document.key) : null,
      };
      try {
        return this.view(await this.store.insert(tx, fields));
      } catch (error) {
        if (isUniqueViolation(error, ONE_PER_DOCUMENT)) throw new AppError(BookingErrors.SAVED_VISITOR_EXISTS);
        throw error;
      }
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    if (!(await this.store.remove(actor.accountId, id))) throw new AppError(CoreErrors.NOT_FOUND);
  }

  /**
   * The party of a booking with each visitor named by `savedVisitorId` filled in from what the
   * account keeps (name and document unsealed); an id that is not the account's is refused at its field.
   */
  async fillIn<T extends PartyVisitor & { savedVisitorId?: string }>(
    tx: EntityManager,
    accountId: string | null,
    visitors: T[],
  ): Promise<T[]> {
    const ids = visitors.flatMap((v) => (v.savedVisitorId ? [v.savedVisitorId] : []));
    if (!ids.length) return visitors;
    const rows = accountId ? await this.store.findOf(tx, accountId, ids) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const doubled = visitors.flatMap((v, i) =>
      v.savedVisitorId && (v.idNumber ?? v.documentNumber) !== undefined
        ? [fieldProblem(numberField(v, i), BookingProblems.SAVED_AND_DOCUMENT)]
        : [],
    );
    if (doubled.length) throw new AppError(BookingErrors.INVALID_ID_NUMBER, doubled);
    const unknown = visitors.flatMap((v, i) =>
      v.savedVisitorId && !byId.has(v.savedVisitorId)
        ? [fieldProblem(`visitors.${i}.savedVisitorId`, BookingProblems.NOT_SAVED_BY_YOU)]
        : [],
    );
    if (unknown.length) throw new AppError(BookingErrors.SAVED_VISITOR_UNKNOWN, unknown);
    return visitors.map((v) => {
      const row = v.savedVisitorId && byId.get(v.savedVisitorId);
      if (!row) return v;
      const document = row.document && documentFromText(this.cipher.decrypt(row.document));
      return {
        ...v,
        name: this.cipher.decrypt(row.name),
        ...(document && {
          documentType: document.type,
          documentNumber: document.number,
          documentCountry: document.country ?? undefined,
        }),
      };
    });
  }

  /** Drops every saved visitor of an account (its erasure). */
  async eraseAll(tx: EntityManager, accountId: string): Promise<void> {
    await this.store.removeAllOf(tx, accountId);
  }

  private view(row: SavedVisitor, today = shanghaiToday()): SavedVisitorView {
    const document = row.document && documentFromText(this.cipher.decrypt(row.document));
    const parsed = document && parseDocument(document, today);
    return {
      id: row.id,
      name: this.cipher.decrypt(row.name),
      category: row.category,
      documentType: document ? document.type : null,
      documentNumber: document ? maskDocumentNumber(document.number) : null,
      documentCountry: document ? document.country : null,
      birthDate: parsed && 'birthDate' in parsed ? parsed.birthDate : null,
      createdAt: row.createdAt,
    };
  }
}
