/** Text for an SVG file or inline SVG: team files are untrusted, so every character is made safe. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escaped for XML text and attribute values. Characters XML 1.0 cannot hold at all (controls,
 * lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so a hostile name never makes the file unreadable.
 */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Up to `lines` lines of at most `width` characters, broken between words where it can; what does
 * not fit ends in "…". Counted in code points, as the boxes are sized for them.
 */
export function wrap(text: string, width: number, lines: number): string[] {
  // Words break at spaces, and after a hyphen ("Castellanos-" / "Whitfield").
  const words = text.replace(/\s+/g, ' ').trim().split(/ |(?<=-)(?=\S)/);
  const joined = (line: string, word: string) => (line === '' ? word : line.endsWith('-') ? line + word : `${line} ${word}`);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = joined(line, word);
    if ([...next].length <= width) line = next;
    else {
      if (line) out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  const split = out.flatMap((l) => chunks(l, width));
  if (split.length <= lines) return split;
  const kept = split.slice(0, lines);
  const last = [...kept[lines - 1]!];
  kept[lines - 1] = `${last.slice(0, width - 1).join('')}…`;
  return kept;
}

/** A single word longer than a line, cut into lines. */
function chunks(line: string, width: number): string[] {
  const chars = [...line];
  if (chars.length <= width) return [line];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}
