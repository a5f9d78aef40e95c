import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWithEncoding, encodeText, firstInvalidUtf8, InputError } from '../src/input/decode.js';
import { normalizeText } from '../src/input/normalize.js';
import { readInputs, stdinReader, type InputItem } from '../src/input/read.js';

const NFC = 'Các cấp công đoàn (CĐ) TP Cần Thơ';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(NFC, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NFC, 'utf8')])],
    ['UTF-16 LE with BOM', utf16(NFC, 'le')],
    ['UTF-16 BE with BOM', utf16(NFC, 'be')],
  ])('decodes %s', (_name, bytes) => {
    expect(normalizeText(decodeBytes(bytes))).toBe(NFC);
  });

  it.each([
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary data (NUL bytes), not text'],
    ['a control character', Buffer.from('abc\u0001def'), 'binary data (control character U+0001), not text'],
    ['Latin-1 bytes', Buffer.from([0x43, 0xe1, 0x63]), 'not valid UTF-8 (first bad byte at offset 1); convert it to UTF-8 first'],
    ['a truncated sequence', Buffer.from([0x61, 0xe1, 0xba]), 'not valid UTF-8 (first bad byte at offset 1); convert it to UTF-8 first'],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => decodeBytes(bytes)).toThrow(new InputError(message));
  });

  it('locates the first invalid byte', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xc0, 0x80]))).toBe(2); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from('đ', 'utf8'))).toBe(2);
  });

  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'] as const)('writes %s back byte for byte', (encoding) => {
    const bytes = encodeText(NFC, encoding);
    expect(decodeWithEncoding(bytes)).toEqual({ text: NFC, encoding });
    expect(encodeText(decodeWithEncoding(bytes).text, encoding).equals(bytes)).toBe(true);
  });

  it('accepts empty input', () => {
    expect(decodeBytes(new Uint8Array())).toBe('');
  });
});

describe('normalizeText', () => {
  it('turns NFD, CRLF, CR and a BOM into one form', () => {
    expect(normalizeText('\uFEFFHoa\u0300\r\nTho\u031b\u0300\rx')).toBe('Hoà\nThờ\nx');
  });
});

describe('readInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-input-'));
  writeFileSync(join(dir, 'a.txt'), 'Dòng một\r\nDòng hai\r\n');
  writeFileSync(join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3]));
  mkdirSync(join(dir, 'folder'));
  const noStdin = async () => new Uint8Array();

  async function collect(sources: string[], lines: boolean, stdin = noStdin): Promise<InputItem[]> {
    const items: InputItem[] = [];
    for await (const item of readInputs(sources, { lines, stdin })) items.push(item);
    return items;
  }

  it('reports each bad source and still reads the good ones', async () => {
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'folder'), join(dir, 'bin.dat'), join(dir, 'a.txt')], false);
    expect(items).toEqual([
      { source: join(dir, 'missing.txt'), error: 'no such file' },
      { source: join(dir, 'folder'), error: 'is a directory' },
      { source: join(dir, 'bin.dat'), error: 'binary data (NUL bytes), not text' },
      { source: join(dir, 'a.txt'), text: 'Dòng một\nDòng hai\n', raw: 'Dòng một\r\nDòng hai\r\n', encoding: 'utf-8' },
    ]);
  });

  it('numbers lines from 1 with --lines and ignores the final newline', async () => {
    const items = await collect([join(dir, 'a.txt')], true);
    expect(items).toEqual([
      { source: join(dir, 'a.txt'), line: 1, text: 'Dòng một', raw: 'Dòng một', encoding: 'utf-8' },
      { source: join(dir, 'a.txt'), line: 2, text: 'Dòng hai', raw: 'Dòng hai', encoding: 'utf-8' },
    ]);
  });

  it('keeps empty lines as documents so line numbers stay aligned', async () => {
    const stdin = stdinReader(() => Readable.from([Buffer.from('a\n\nb')]));
    const items = await collect(['-'], true, stdin);
    expect(items.map((i) => ('text' in i ? [i.line, i.text] : i))).toEqual([[1, 'a'], [2, ''], [3, 'b']]);
  });
});
