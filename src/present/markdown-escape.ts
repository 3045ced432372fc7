/**
 * Text as a safe piece of one Markdown line: inside a table cell, a list item or a heading it can
 * neither break the table, start a block, nor become markup, a link or raw HTML.
 */
export function escapeMarkdown(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value)
    // Every line break (and tabs, form feeds) becomes one space: a value is always one line.
    .replace(/[\r\n\u0085\u2028\u2029\t\v\f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    // Other control characters have no business in a chart.
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  const escaped = text
    .replace(/\\/g, '\\\\') // first, so that an escape written in the value cannot undo ours
    .replace(/[|*_`[\]~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  // At the start of a line these would begin a heading, a list, a quote or a setext underline.
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
