import { defineErrors } from '../errors/app-error';
import { RetryLater } from '../errors/error-details.views';

/** Refusals of an uploaded file: each before anything is written, most before the file is unpacked. */
export const FileErrors = defineErrors({
  FILE_REQUIRED: { status: 400, zh: '请选择一个文件上传', en: 'Choose one file to upload' },
  UPLOAD_TOO_LARGE: {
    status: 413,
    zh: '文件超过此处的大小上限，请缩小后重试',
    en: 'The file is larger than this upload allows; make it smaller and try again',
  },
  UPLOAD_MALFORMED: {
    status: 400,
    zh: '上传不完整或格式不对，请重新选择文件上传',
    en: 'The upload was incomplete or malformed; choose the file and upload it again',
  },
  UPLOAD_BUSY: {
    status: 429,
    zh: '系统正在处理很多文件，请稍后再上传',
    en: 'Many files are being processed right now; upload again in a moment',
    details: RetryLater,
  },
  SHEET_UNREADABLE: {
    status: 400,
    zh: '无法读取该文件，请上传 Excel（.xlsx）或 CSV 表格',
    en: 'The file cannot be read; upload an Excel (.xlsx) or CSV sheet',
  },
  SHEET_TOO_LARGE: {
    status: 413,
    zh: '表格的行数、列数或内容超过上限，请拆分后分批上传',
    en: 'The sheet has more rows, columns or text than allowed; split it and upload the parts',
  },
  SHEET_UNSAFE: {
    status: 422,
    zh: '该表格文件结构异常（可能是压缩炸弹或含外部实体），已拒绝；请在 Excel 中另存为新文件再上传',
    en: 'The sheet file is built unusually (a zip bomb or external entities) and was refused; save it as a new file in Excel and upload that',
  },
});

/** What an uploaded sheet (XLSX or CSV) may be refused for, for the operations that take one. */
export const SHEET_UPLOAD_ERRORS = [
  FileErrors.FILE_REQUIRED,
  FileErrors.UPLOAD_MALFORMED,
  FileErrors.UPLOAD_TOO_LARGE,
  FileErrors.UPLOAD_BUSY,
  FileErrors.SHEET_UNREADABLE,
  FileErrors.SHEET_TOO_LARGE,
  FileErrors.SHEET_UNSAFE,
];
