/**
 * CSV (RFC 4180) that a spreadsheet cannot turn into formulas, whichever
 * separator its locale splits on (`,` or `;`): every text cell is quoted, so
 * no separator inside it splits it, and a cell starting with = + - @ tab or CR
 * gets a leading `'`. Numbers and empty cells stay bare; so do the column
 * names, which are the server's own.
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  const cell = (value: unknown): string => {
    if (typeof value === 'number') return String(value);
    let text = value === null || value === undefined ? '' : String(value);
    if (text === '') return '';
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/**
 * CSV for spreadsheets: `toCsv` behind a UTF-8 byte order mark, without which
 * Excel reads the file in the machine's legacy code page ("CafÃ©" for "Café").
 */
export function toSpreadsheetCsv(rows: readonly Record<string, unknown>[]): string {
  return `\uFEFF${toCsv(rows)}`;
}
