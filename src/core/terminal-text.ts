/**
 * Control characters (C0 but the line break and tab, DEL, C1) and the invisible characters that
 * reorder or hide text (bidi embeddings, overrides and isolates, marks, zero-width and line
 * separators): a team file's text that holds them could move the cursor, recolour or rewrite
 * what a reviewer's terminal shows. Shown escaped instead, as `\u202e`.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Text from a team file, fit for a terminal: every unsafe character as its `\uXXXX` escape. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
