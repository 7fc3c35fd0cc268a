import { stringify } from 'csv-stringify/sync';

/** A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)") gets an apostrophe first, as OWASP recommends. */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A report as CSV (RFC 4180 quoting by csv-stringify), headed in the reader's language. The Chinese file starts with a
 * byte-order mark so that spreadsheet programs read it as UTF-8. Text cells go through `spreadsheetSafe`.
 */
export function reportCsv(rows: readonly (readonly (string | number | null)[])[], headings: readonly string[], locale: 'zh-Hans' | 'en'): string {
  return stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? spreadsheetSafe(cell) : (cell ?? '')))),
    { header: true, columns: [...headings], bom: locale === 'zh-Hans' },
  );
}
