/**
 * A cell a spreadsheet would run as a formula (a name typed as "=HYPERLINK(…)") prefixed with an apostrophe, as
 * OWASP recommends for CSV exports.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
