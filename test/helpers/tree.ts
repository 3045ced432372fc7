import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder holding the given files (paths may have folders); returns the folder. */
export function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'carechart-tree-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
