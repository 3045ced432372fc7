import type { Messages } from '../i18n/messages.js';
import { escapeMarkdown } from '../present/markdown-escape.js';


/**
 * The `{{t "key" name=value}}` helper of the chart templates: the run's words, with the values
 * escaped for the format, and `*words*` in a message (the locale's only markup) made bold.
 */
export function chartWords(
  say: Messages,
  format: 'md' | 'html',
  escapeHtml: (text: string) => string,
): (key: string, values: Record<string, unknown>) => string {
  // A star in a value is not markup: its entity in HTML (Markdown's escaping has its own).
  const escape = format === 'html' ? (text: string) => escapeHtml(text).replace(/\*/g, '&#42;') : escapeMarkdown;
  return (key, values) => {
    const filled: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(values)) filled[k] = typeof v === 'number' ? v : escape(String(v ?? ''));
    const text = say.t(key, filled);
    if (format === 'md') return text.replace(/\*([^*]+)\*/g, '**$1**');
    // The message itself is trusted text, but may hold & or quotes; values are escaped already.
    return text
      .replace(/&(?![a-z]+;|#x?[\da-fA-F]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/\*([^*]+)\*/g, '<strong>$1</strong>');
  };
}
