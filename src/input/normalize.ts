// One normal form for all text the pipeline sees: NFC, LF line endings, no BOM. Offsets in the
// analysis point into this form, so every entry point (CLI, library) goes through here.

/** `Ð` (U+00D0, Icelandic eth) is typed for `Đ` (U+0110) by some legacy keyboards; it is kept as is
 * here because offsets must stay stable and the check command reports it. */
export function normalizeText(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (out.includes('\r')) out = out.replace(/\r\n?/gu, '\n');
  return out.normalize('NFC');
}
