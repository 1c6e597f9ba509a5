import { Inject, Injectable } from '@nestjs/common';
import { KepuConfig } from '../config/config';
import { KEPU_CONFIG } from '../config/config.module';
import { AppError } from '../errors/app-error';
import { readCsv } from './csv';
import { FileErrors } from './file-errors';
import { ConcurrencyGate } from '../concurrency-gate';
import { restoreNeutralised } from './sheet-export';
import { SheetLimits, SheetRows, TypedSheet } from './sheet-limits';
import { PendingUpload } from './upload';
import { isZip, readXlsxTyped } from './xlsx';

/** Uploaded sheets (census, name lists), read within their caps and a few at a time per process. */
@Injectable()
export class SheetReader {
  private readonly gate: ConcurrencyGate;

  constructor(@Inject(KEPU_CONFIG) config: KepuConfig) {
    this.gate = new ConcurrencyGate(
      config.files.parseConcurrency,
      config.files.parseConcurrency * 4,
      FileErrors.UPLOAD_BUSY,
    );
  }

  /** XLSX (its first sheet) or CSV; call only once the caller may upload here, since this reads the body. */
  async read(upload: PendingUpload, limits: SheetLimits): Promise<SheetRows> {
    return (await this.readTyped(upload, limits)).rows;
  }

  /** As `read`, telling a workbook's number cells from its text cells. */
  async readTyped(upload: PendingUpload, limits: SheetLimits): Promise<TypedSheet> {
    const { body } = await upload();
    const sheet = await this.gate.run(async (): Promise<TypedSheet> =>
      isZip(body)
        ? readXlsxTyped(body, limits)
        : { rows: await readCsv(body, limits), isNumber: () => false, rowNumber: (row) => row + 1 },
    );
    if (!sheet.rows.length) throw new AppError(FileErrors.SHEET_UNREADABLE);
    return { ...sheet, rows: sheet.rows.map((cells) => cells.map(restoreNeutralised)) };
  }
}
