// Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM. Anything else is refused with a
// reason a person can act on, rather than analysed as mojibake.

export class InputError extends Error {
  readonly exitCode = 2;
}

const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/u;

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** Decodes a whole input. Throws InputError for binary data or bytes that are not valid text. */
export function decodeBytes(bytes: Uint8Array): string {
  return decodeWithEncoding(bytes).text;
}

/** Like decodeBytes, and says which encoding it found, so `check --fix` can write the same one back. */
export function decodeWithEncoding(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let text: string;
  let encoding: Encoding;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeStrict(encoding, bytes.subarray(2));
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeStrict(encoding, bytes.subarray(2));
  } else {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    encoding = bom ? 'utf-8-bom' : 'utf-8';
    const body = bom ? bytes.subarray(3) : bytes;
    if (body.includes(0)) throw new InputError('binary data (NUL bytes), not text');
    text = decodeStrict('utf-8', body);
  }
  // Control characters other than tab, LF, CR, form feed and ESC do not occur in articles: the
  // input is a binary file that happens to be valid UTF-8.
  const control = BINARY_CONTROL.exec(text);
  if (control) throw new InputError(`binary data (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}), not text`);
  return { text, encoding };
}

/** The inverse of decodeWithEncoding, for writing a fixed file back as it came. */
export function encodeText(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') throw new InputError(`invalid ${encoding.toUpperCase()} data`);
    throw new InputError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); convert it to UTF-8 first`);
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
