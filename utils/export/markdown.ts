/**
 * The session summary as Markdown (CommonMark + GFM task lists). Every piece of text is escaped so
 * that names, titles and notes render literally: no links, no HTML, no emphasis, no headings.
 */
import { oneLine, paragraphsOf, summaryOutline, type OutlineText, type SessionSummary } from './summary';

// Inline syntax anywhere in a line: emphasis, code, links/images, raw HTML and autolinks,
// entities, tables, strikethrough, heading closers. Backslash first so escapes stay escapes.
const INLINE = /[\\`*_[\]<>&|~#]/g;

/**
 * Escapes one line of text so Markdown shows it literally. `lineStart: false` for text that follows
 * other text on its line, where block syntax (lists, ordered lists) cannot start.
 */
export function escapeMarkdown(text: string, lineStart = true): string {
  const line = text.replace(INLINE, (ch) => `\\${ch}`);
  if (!lineStart) return line;
  // Block syntax at the start of a line: headings (#, already escaped), quotes (>, already
  // escaped), lists (- + *), thematic breaks and setext underlines (- = _ *), ordered lists (1. 1)).
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

function inline(parts: readonly OutlineText[]): string {
  let started = false;
  return parts
    .map((part) => {
      const text = oneLine(part.text);
      if (text === '') return '';
      const lineStart = !started;
      started = true;
      // Keep the surrounding spaces outside the markers, or CommonMark won't see them as emphasis.
      const lead = /^\s/.test(part.text) ? ' ' : '';
      const trail = /\s$/.test(part.text) ? ' ' : '';
      const body = escapeMarkdown(text, lineStart);
      if (part.strong) return `${lead}**${body}**${trail}`;
      if (part.emphasis) return `${lead}*${body}*${trail}`;
      return `${lead}${body}${trail}`;
    })
    .join('')
    .trim();
}

export function toMarkdown(summary: SessionSummary): string {
  const out: string[] = [];
  for (const block of summaryOutline(summary)) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${escapeMarkdown(oneLine(block.text), false)}`);
        break;
      case 'paragraph':
        out.push(inline(block.parts));
        break;
      case 'text':
        // Lines of one paragraph end in a backslash: a hard line break that needs no trailing spaces.
        for (const lines of paragraphsOf(block.text)) out.push(lines.map((line) => escapeMarkdown(line)).join('\\\n'));
        break;
      case 'fields':
        out.push(block.fields.map((field) => `- **${escapeMarkdown(oneLine(field.label))}:** ${escapeMarkdown(oneLine(field.value), false)}`).join('\n'));
        break;
      case 'list':
        out.push(
          block.items
            .map((item) => {
              const box = item.checked === undefined ? '' : item.checked ? '[x] ' : '[ ] ';
              const details = (item.details ?? []).map((detail) => `\n  - ${inline(detail)}`).join('');
              return `- ${box}${inline(item.parts)}${details}`;
            })
            .join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
