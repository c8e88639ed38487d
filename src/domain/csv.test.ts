import { describe, expect, it } from 'vitest';
import { CsvError, decodeCsvText, detectDelimiter, readCsv } from './csv.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeCsvText', () => {
  it('reads Windows-1252 bytes when they are not valid UTF-8', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
    expect(decodeCsvText(bytes)).toEqual({ text: 'Café', encoding: 'windows-1252' });
  });

  it('reads UTF-8 and drops the byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café')]);
    expect(decodeCsvText(bytes)).toEqual({ text: 'Café', encoding: 'utf-8' });
  });

  it('maps Windows-1252 specials such as the euro sign', () => {
    expect(decodeCsvText(new Uint8Array([0x80, 0x20, 0x35, 0x92, 0x73])).text).toBe('€ 5’s');
  });
});

describe('detectDelimiter', () => {
  it('prefers the delimiter that occurs most in the header, ignoring quoted text', () => {
    expect(detectDelimiter('Label;Type;Domein\na,b;c;d')).toBe(';');
    expect(detectDelimiter('Label,Type\n')).toBe(',');
    expect(detectDelimiter('"Naam; voluit",Type,Domein\n')).toBe(',');
    expect(detectDelimiter('Label')).toBe(',');
  });
});

describe('readCsv', () => {
  it('reads a semicolon file as Dutch Excel writes it (Windows-1252, CRLF)', () => {
    const bytes = new Uint8Array([
      ...utf8('Label;Type;Domein\r\n'),
      ...[0x43, 0x61, 0x66, 0xe9], // Café
      ...utf8(';organisatie;welzijn\r\n'),
    ]);
    const table = readCsv(bytes);
    expect(table.delimiter).toBe(';');
    expect(table.encoding).toBe('windows-1252');
    expect(table.header).toEqual(['Label', 'Type', 'Domein']);
    expect(table.rows).toEqual([{ row: 2, line: 2, fields: ['Café', 'organisatie', 'welzijn'] }]);
  });

  it('handles quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text =
      'Label;Type;Notitie\r\n"Huis; Tuin";"org";"zegt ""hallo"""\r\n"Twee\r\nregels";x;"a\nb"\r\nLaatste;y;z';
    const table = readCsv(utf8(text));
    expect(table.rows).toEqual([
      { row: 2, line: 2, fields: ['Huis; Tuin', 'org', 'zegt "hallo"'] },
      { row: 3, line: 3, fields: ['Twee\nregels', 'x', 'a\nb'] },
      { row: 4, line: 6, fields: ['Laatste', 'y', 'z'] },
    ]);
  });

  it('reads comma files with a BOM', () => {
    const table = readCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('From,To\nA,B\n')]));
    expect(table.encoding).toBe('utf-8');
    expect(table.header).toEqual(['From', 'To']);
    expect(table.rows).toEqual([{ row: 2, line: 2, fields: ['A', 'B'] }]);
  });

  it('skips empty rows but keeps counting them, and pads short rows', () => {
    const table = readCsv(utf8('From;To;Type\n\nA;B\n;;\nC;D;E;extra\n'));
    expect(table.rows).toEqual([
      { row: 3, line: 3, fields: ['A', 'B', ''] },
      { row: 5, line: 5, fields: ['C', 'D', 'E'] },
    ]);
  });

  it('allows spaces before an opening quote', () => {
    expect(readCsv(utf8('a;b\n1; "x;y"\n')).rows[0].fields).toEqual(['1', 'x;y']);
  });

  it('keeps text after a closing quote and a quote inside an unquoted cell, and reads a last line without a line break', () => {
    const table = readCsv(utf8('a;b;c\r\n"x"y;ab"c;"d""e"\r\n"f\r\ng";;h'));
    expect(table.rows.map((r) => r.fields)).toEqual([
      ['xy', 'ab"c', 'd"e'],
      ['f\ng', '', 'h'],
    ]);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('gives an empty table for an empty file or a header only', () => {
    expect(readCsv(new Uint8Array())).toMatchObject({ header: [], rows: [] });
    expect(readCsv(utf8('From;To\r\n'))).toMatchObject({ header: ['From', 'To'], rows: [] });
  });

  it('reports the line of a quote that is never closed', () => {
    let error: unknown;
    try {
      readCsv(utf8('Label;Type\nA;b\n"Open;c\nnog meer\n'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ line: 3 });
  });
});
