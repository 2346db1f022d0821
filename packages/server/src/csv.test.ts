import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toCsv } from './http/csv.js';

/** Splits a CSV line the way a spreadsheet in a `;` locale does: on `;` outside quotes. */
function splitLike(separator: string, line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

describe('CSV export', () => {
  test('a ";" inside text never splits a cell, so "ok;=1+2;x" cannot become a formula', () => {
    const csv = toCsv([{ id: 'c1', body: 'ok;=1+2;x', score: 3 }]);
    const line = csv.split('\r\n')[1] ?? '';
    assert.equal(line, '"c1","ok;=1+2;x",3');
    for (const separator of [',', ';']) {
      const cells = splitLike(separator, line);
      assert.ok(
        !cells.some((c) => /^[=+\-@]/.test(c)),
        `no cell starts a formula when split on "${separator}": ${cells.join(' | ')}`,
      );
    }
  });

  test('every text cell is quoted; numbers and empty cells stay bare', () => {
    const csv = toCsv([{ service: 'stars', score: 4, reasons: '', comment: null, page: 'https://city.example/a', n: -2 }]);
    assert.equal(csv, 'service,score,reasons,comment,page,n\r\n"stars",4,,,"https://city.example/a",-2\r\n');
  });

  test('a cell starting with = + - @ tab or CR gets a leading apostrophe, inside its quotes', () => {
    const csv = toCsv(['=SUM(A1)', '+1', '-1', '@x', '\tx', '\rx', 'a"b', 'two\nlines'].map((body) => ({ body })));
    assert.deepEqual(csv.split('\r\n').slice(1, -1), [
      `"'=SUM(A1)"`,
      `"'+1"`,
      `"'-1"`,
      `"'@x"`,
      `"'\tx"`,
      `"'\rx"`,
      '"a""b"',
      '"two\nlines"',
    ]);
  });

  test('no rows, no CSV', () => {
    assert.equal(toCsv([]), '');
  });
});
