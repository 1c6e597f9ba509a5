import { parse } from 'csv-parse/sync';
import { randomBytes } from 'node:crypto';
import { fromBuffer } from 'yauzl';
import {
  entityExpansion,
  externalEntity,
  FORMULA_TEXTS,
  sheetXml,
  wideCsv,
  wideRow,
  xlsxOf,
  zipBomb,
} from '../../../../test/support/hostile-sheets';
import { AppError } from '../errors/app-error';
import { readCsv } from './csv';
import { ConcurrencyGate } from '../concurrency-gate';
import { FileErrors } from './file-errors';
import { neutraliseFormula, restoreNeutralised, writeCsv, writeXlsx } from './sheet-export';
import { SheetLimits } from './sheet-limits';
import { readXlsx, readXlsxTyped } from './xlsx';

const LIMITS: SheetLimits = { maxRows: 100, maxColumns: 10, maxCellCharacters: 1000 };

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'read',
    (error: unknown) => (error instanceof AppError ? error.definition.code : `unexpected ${String(error)}`),
  );

describe('reading XLSX', () => {
  it('reads the first sheet written by Excel-like writers, shared and inline strings, numbers and booleans', async () => {
    const file = await writeXlsx([
      { name: '名录', rows: [['名称', '人数', '免费'], ['深圳市科学馆', 120, true], ['  空格  ']] },
      { name: 'second', rows: [['not read']] },
    ]);
    expect(await readXlsx(file, LIMITS)).toEqual([
      ['名称', '人数', '免费'],
      ['深圳市科学馆', '120', 'true'],
      ['空格', '', ''],
    ]);
    expect(await readXlsx(xlsxOf(sheetXml([['a'], [], ['b', 'c']])), LIMITS)).toEqual([
      ['a', ''],
      ['b', 'c'],
    ]);
  });

  it('tells number cells from text cells, as Excel stores an ID number typed into a General column', async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>号码</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2"><v>4.4030520150615002E+17</v></c></row></sheetData></worksheet>`;
    const typed = await readXlsxTyped(xlsxOf(sheet), LIMITS);
    expect(typed.rows).toEqual([
      ['号码', ''],
      ['1', '4.4030520150615002E+17'],
    ]);
    expect([typed.isNumber(1, 0), typed.isNumber(1, 1), typed.isNumber(0, 0)]).toEqual([false, true, false]);
    const gap = await readXlsxTyped(xlsxOf(sheetXml([['a'], [], ['b']])), LIMITS);
    expect([gap.rowNumber(0), gap.rowNumber(1)]).toEqual([1, 3]);
  });

  it('places cells by their reference and leaves out phonetic guides', async () => {
    const sharedStrings = `<sst><si><t>北京</t><rPh><t>ペキン</t></rPh></si><si><r><t>科</t></r><r><t>普</t></r></si></sst>`;
    const sheet = `<worksheet><sheetData><row r="1"><c r="C1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`;
    expect(await readXlsx(xlsxOf(sheet, { sharedStrings }), LIMITS)).toEqual([
      ['', '', '北京'],
      ['科普', '', ''],
    ]);
  });

  it('refuses a zip bomb from its central directory, before inflating it', async () => {
    expect(await codeOf(readXlsx(zipBomb(200), LIMITS))).toBe('SHEET_UNSAFE');
    // Its stored bytes are no deflate stream at all: inflating them would have failed as unreadable.
    const undeflatable = xlsxOf('', { declaredSheetSize: 200 * 1024 * 1024, storedSheet: randomBytes(100_000) });
    expect(await codeOf(readXlsx(undeflatable, LIMITS))).toBe('SHEET_UNSAFE');
  });

  it('refuses a bomb that lies about its size as soon as it inflates past the lie', async () => {
    const bomb = xlsxOf(Buffer.alloc(20 * 1024 * 1024, '<row/>'), { declaredSheetSize: 1000 });
    expect(await codeOf(readXlsx(bomb, LIMITS))).toBe('SHEET_UNREADABLE');
  });

  it('refuses a workbook over 50 MB unpacked even when it compresses modestly', async () => {
    const random = Buffer.from(Array.from({ length: 60 * 1024 }, () => Math.random().toString(36).slice(2)).join(''));
    const honest = xlsxOf(random, { declaredSheetSize: 51 * 1024 * 1024 });
    expect(await codeOf(readXlsx(honest, LIMITS))).toMatch(/SHEET_TOO_LARGE|SHEET_UNSAFE/);
  });

  it('refuses entity expansion and external entities', async () => {
    expect(await codeOf(readXlsx(entityExpansion(), LIMITS))).toBe('SHEET_UNSAFE');
    expect(await codeOf(readXlsx(externalEntity(), LIMITS))).toBe('SHEET_UNSAFE');
  });

  it('stops at the column, row and cell caps', async () => {
    // A million cells packs so well that the ratio rule refuses it unread; 60,000 is read up to the cap.
    expect(await codeOf(readXlsx(wideRow(1_000_000), LIMITS))).toMatch(/SHEET_UNSAFE|SHEET_TOO_LARGE/);
    expect(await codeOf(readXlsx(wideRow(60_000), LIMITS))).toBe('SHEET_TOO_LARGE');
    const rows = Array.from({ length: 102 }, (_, i) => [`r${i}`]);
    expect(await codeOf(readXlsx(xlsxOf(sheetXml(rows)), LIMITS))).toBe('SHEET_TOO_LARGE');
    expect(await codeOf(readXlsx(xlsxOf(sheetXml(rows.slice(0, 101))), LIMITS))).toBe('read');
    expect(await codeOf(readXlsx(xlsxOf(sheetXml([['x'.repeat(1001)]])), LIMITS))).toBe('SHEET_TOO_LARGE');
  });

  it('calls anything that is not a workbook unreadable', async () => {
    for (const junk of [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), xlsxOf('<worksheet><sheetData><row>')]) {
      expect(await codeOf(readXlsx(junk, LIMITS))).toBe('SHEET_UNREADABLE');
    }
  });
});

describe('reading CSV', () => {
  it('reads UTF-8 with a BOM and GB18030', async () => {
    const utf8 = Buffer.from('\uFEFF名称,区域\n深圳市科学馆,440304\n');
    expect(await readCsv(utf8, LIMITS)).toEqual([
      ['名称', '区域'],
      ['深圳市科学馆', '440304'],
    ]);
    const gb18030 = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x0a]); // 名称
    expect(await readCsv(gb18030, LIMITS)).toEqual([['名称']]);
  });

  it('stops at the column, row and record caps', async () => {
    expect(await codeOf(readCsv(wideCsv(1_000_000), LIMITS))).toBe('SHEET_TOO_LARGE');
    const rows = Buffer.from(Array.from({ length: 102 }, (_, i) => `r${i}`).join('\n'));
    expect(await codeOf(readCsv(rows, LIMITS))).toBe('SHEET_TOO_LARGE');
    expect(await codeOf(readCsv(Buffer.from(`"${'x'.repeat(1001)}"`), LIMITS))).toBe('SHEET_TOO_LARGE');
    expect(await codeOf(readCsv(Buffer.from('"never closed'), LIMITS))).toBe('SHEET_UNREADABLE');
  });
});

describe('formula-safe exports', () => {
  it('neutralise every text cell a spreadsheet would run, and nothing else', () => {
    for (const text of FORMULA_TEXTS) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const value of ['科学馆', 'a=b', -5, 3.5, null, "'already"]) expect(neutraliseFormula(value)).toBe(value);
    for (const text of FORMULA_TEXTS) expect(restoreNeutralised(`'${text}`)).toBe(text);
    expect(restoreNeutralised("'plain")).toBe("'plain");
  });

  it('write CSV cells with the apostrophe, which the sheet reader takes off again', async () => {
    const csv = writeCsv([FORMULA_TEXTS, [-5, 'ok']]).toString('utf8');
    const cells: string[][] = parse(csv, { bom: true, relax_column_count: true });
    expect(cells[0].every((cell) => cell.startsWith("'"))).toBe(true);
    expect(cells[1]).toEqual(['-5', 'ok']);
  });

  it('write XLSX user text as text cells in the text format, never as formulas', async () => {
    const file = await writeXlsx([{ name: 's', rows: [FORMULA_TEXTS] }]);
    const sheet = await entryText(file, 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('<f>');
    expect((sheet.match(/t="s"/g) ?? []).length).toBe(FORMULA_TEXTS.length);
    expect(await entryText(file, 'xl/styles.xml')).toMatch(/numFmtId="49"/);
    expect((await readXlsx(file, LIMITS))[0]).toEqual(FORMULA_TEXTS.map((text) => text.trim()));
  });
});

describe('the parse gate', () => {
  it('runs a few at once, queues a few more and refuses the rest with 429', async () => {
    const gate = new ConcurrencyGate(2, 2, FileErrors.UPLOAD_BUSY);
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const work = () =>
      gate.run(async () => {
        most = Math.max(most, ++running);
        await new Promise<void>((resolve) => release.push(resolve));
        running--;
      });
    const runs = Array.from({ length: 6 }, () => codeOf(work()));
    await new Promise((resolve) => setImmediate(resolve));
    while (release.length) {
      release.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(runs)).toEqual(['read', 'read', 'read', 'read', 'UPLOAD_BUSY', 'UPLOAD_BUSY']);
    expect(most).toBe(2);
  });
});

/** One entry of a zip, as text. */
function entryText(zip: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) =>
    fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      file.on('entry', (entry) => {
        if (entry.fileName !== name) return file.readEntry();
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      file.on('end', () => reject(new Error(`${name} not found`)));
      file.readEntry();
    }),
  );
}
