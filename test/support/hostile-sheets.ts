import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Spreadsheets as an attacker would build them, byte by byte: a zip writer that may lie about
 * sizes, and XLSX workbooks around any sheet XML. Used by the unit, fuzz and hardening tests.
 */
export interface ZipEntry {
  name: string;
  data: Buffer;
  /** What the central directory claims the entry inflates to (default: the truth). */
  declaredSize?: number;
  /** Bytes stored instead of `data` deflated: a reader that inflates them fails. */
  stored?: Buffer;
}

export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = entry.stored ?? deflateRawSync(entry.data, { level: 9 });
    const size = entry.declaredSize ?? entry.data.length;
    const checksum = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELATIONS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A workbook whose first sheet is `sheetXml` (and whose shared strings are `sharedStrings`, if any). */
export function xlsxOf(
  sheetXml: string | Buffer,
  options: { sharedStrings?: string; declaredSheetSize?: number; storedSheet?: Buffer } = {},
) {
  const data = Buffer.isBuffer(sheetXml) ? sheetXml : Buffer.from(sheetXml);
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(RELATIONS) },
    ...(options.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: Buffer.from(options.sharedStrings) }] : []),
    { name: 'xl/worksheets/sheet1.xml', data, declaredSize: options.declaredSheetSize, stored: options.storedSheet },
  ]);
}

const inlineCell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;

/** Sheet XML with inline-string rows. */
export const sheetXml = (rows: string[][]) =>
  `<?xml version="1.0"?><worksheet><sheetData>${rows
    .map((cells) => `<row>${cells.map(inlineCell).join('')}</row>`)
    .join('')}</sheetData></worksheet>`;

/** A sheet whose one row repeats until it inflates to `megabytes` MB: a few hundred KB packed. */
export function zipBomb(megabytes = 200): Buffer {
  const row = Buffer.from(`<row>${inlineCell('炸弹 bomb')}</row>`);
  const rows = Buffer.alloc(megabytes * 1024 * 1024, row);
  return xlsxOf(Buffer.concat([Buffer.from('<worksheet><sheetData>'), rows, Buffer.from('</sheetData></worksheet>')]));
}

/** The billion laughs, inside the sheet. */
export const entityExpansion = () =>
  xlsxOf(`<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet><sheetData><row><c t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>`);

/** An external entity reading a local file. */
export const externalEntity = () =>
  xlsxOf(`<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet><sheetData><row><c t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`);

/** One row with a cell in each of `columns` columns. */
export const wideRow = (columns = 1_000_000) =>
  xlsxOf(`<worksheet><sheetData><row>${'<c><v>1</v></c>'.repeat(columns)}</row></sheetData></worksheet>`);

/** The same as CSV. */
export const wideCsv = (columns = 1_000_000) => Buffer.from(`${Array(columns).fill('a').join(',')}\n`);

/** Cells a spreadsheet would run as formulas. */
export const FORMULA_TEXTS = [
  '=1+2',
  '+SUM(A1)',
  '-2+3',
  '@cmd',
  '\tx',
  '\rx',
  '＝HYPERLINK("http://x")',
  '＋1',
  '－1',
  '＠x',
];
