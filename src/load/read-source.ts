import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import type { Finding, Position } from '../core/finding.js';
import type { Text } from '../i18n/keyed-finding.js';
import { LIMITS } from './limits.js';
import { syntaxFinding } from './syntax-finding.js';

export type SourceText = { ok: true; text: string } | { ok: false; finding: Finding };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function at(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { path: '', line, column, endLine: line, endColumn: column + 1 };
}

/**
 * Reads a file as text: size limit, strict UTF-8, no NUL bytes, BOM removed. Synchronous inside:
 * a team file is a few kilobytes, and node:fs/promises alone costs a short run a few milliseconds.
 */
export async function readSource(file: string): Promise<SourceText> {
  const info = statSync(file);
  if (info.isDirectory()) throw Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR' });
  if (info.size > LIMITS.maxFileBytes) return tooLarge(info.size);
  return decodeSource(readFileSync(file));
}

/** Its size rounded up, never down to the limit: 1,077,292 bytes is "1.03 MiB", not "1.0 MiB". */
function tooLarge(size: number): SourceText {
  const mib = (Math.ceil((size / 1024 / 1024) * 100) / 100).toFixed(2);
  return fail('', 0, { key: 'load.too-big', values: { size: mib, bytes: size.toLocaleString('en-US') } });
}

/** Bytes already read (a sniffed file, stdin): the same checks as a file read here. */
export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.length > LIMITS.maxFileBytes) return tooLarge(bytes.length);
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    const good = new TextDecoder().decode(bytes.subarray(0, bad));
    return fail(good, good.length, { key: 'load.not-utf8' });
  }
  // Checked, then decoded by Buffer: twice as quick as a fatal TextDecoder, which also drops one BOM.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(text.charCodeAt(1) === 0xfeff ? 2 : 1);
  // yaml reads a lone CR as part of the line, so a file saved with old Mac line endings is one long line.
  const cr = text.indexOf('\r');
  if (cr >= 0 && !text.includes('\n')) return fail(text, cr, { key: 'load.cr-only' });
  const nul = text.indexOf('\0');
  if (nul >= 0) return fail(text, nul, { key: 'load.nul' });
  return { ok: true, text };
}

function fail(text: string, offset: number, message: Text): SourceText {
  return { ok: false, finding: syntaxFinding(at(text, offset), message) };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return bytes.length;
}
