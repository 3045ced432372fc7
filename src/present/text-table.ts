/** A table as Markdown (for files and pull requests) or as aligned plain text (for the terminal). */
export type TableStyle = 'md' | 'text';

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function table(header: readonly string[], rows: readonly (readonly string[])[], style: TableStyle): string {
  if (style === 'md') {
    const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
  }
  const widths = header.map((h, i) => Math.min(MAX_WIDTH, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const lines = (cells: readonly string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped.map((w, i) => (w[k] ?? '').padEnd(widths[i]!)).join('  ').trimEnd(),
    ).join('\n');
  };
  return [lines(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(lines)].join('\n');
}

/** Long cells wrap at word boundaries so that a table stays within a terminal's width. */
const MAX_WIDTH = 44;

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...out, line] : out.length ? out : [''];
}

export function heading(text: string, level: number, style: TableStyle): string {
  return style === 'md' ? `${'#'.repeat(level)} ${text}` : level === 1 ? `${text}\n${'═'.repeat(text.length)}` : `${text}\n${'─'.repeat(text.length)}`;
}
