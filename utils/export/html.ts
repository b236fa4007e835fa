/**
 * The session summary as HTML: a standalone, printable page (print → PDF), an HTML fragment for
 * the clipboard's rich text, and the matching plain text. All text goes through escapeHtml; the
 * page carries no scripts and a Content-Security-Policy that would block any.
 */
import { labelsFor } from './labels';
import { oneLine, paragraphsOf, summaryOutline, summaryTitle, type OutlineBlock, type OutlineText, type SessionSummary } from './summary';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values; drops control characters. */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are dropped, not escaped
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

function inline(parts: readonly OutlineText[]): string {
  return parts
    .map((part) => {
      const text = part.text.replace(/\s+/g, ' ');
      const body = escapeHtml(text.trim());
      if (!part.strong && !part.emphasis) return escapeHtml(text);
      // White space outside the tags, so pasted text keeps its spacing but not styled spaces.
      const lead = text.startsWith(' ') ? ' ' : '';
      const trail = text.endsWith(' ') && text.trim() !== '' ? ' ' : '';
      return body === '' ? lead : `${lead}<${part.strong ? 'strong' : 'em'}>${body}</${part.strong ? 'strong' : 'em'}>${trail}`;
    })
    .join('')
    .trim();
}

function renderBlocks(blocks: readonly OutlineBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`<h${block.level}${block.private ? ' class="private"' : ''}>${escapeHtml(oneLine(block.text))}</h${block.level}>`);
        break;
      case 'paragraph':
        out.push(`<p${block.muted ? ' class="muted"' : ''}>${inline(block.parts)}</p>`);
        break;
      case 'text':
        for (const lines of paragraphsOf(block.text)) out.push(`<p>${lines.map(escapeHtml).join('<br>\n')}</p>`);
        break;
      case 'fields':
        out.push(
          `<p class="fields">${block.fields
            .map((field) => `<strong>${escapeHtml(oneLine(field.label))}:</strong> ${escapeHtml(oneLine(field.value))}`)
            .join('<br>\n')}</p>`,
        );
        break;
      case 'list': {
        const tasks = block.items.some((item) => item.checked !== undefined);
        const items = block.items.map((item) => {
          const box = item.checked === undefined ? '' : item.checked ? '☑ ' : '☐ ';
          const details = item.details?.length ? `\n<ul>${item.details.map((detail) => `<li>${inline(detail)}</li>`).join('')}</ul>\n` : '';
          return `<li${item.checked ? ' class="done"' : ''}>${box}${inline(item.parts)}${details}</li>`;
        });
        out.push(`<ul${tasks ? ' class="tasks"' : ''}>\n${items.join('\n')}\n</ul>`);
        break;
      }
    }
  }
  return out.join('\n');
}

/** The summary's body as an HTML fragment with no styles, for the clipboard's text/html. */
export function toHtmlFragment(summary: SessionSummary): string {
  return `${renderBlocks(summaryOutline(summary))}\n`;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #f6f7f9; margin: 0; }
main { max-width: 46rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
h1 { font-size: 1.6em; margin: 0 0 0.5em; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.4em; padding-bottom: 0.2em; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.3em; }
h3.private { color: #8250df; }
p { margin: 0.3em 0 0.6em; overflow-wrap: anywhere; }
li { overflow-wrap: anywhere; }
.muted { color: #59636e; }
.fields { color: #343b43; }
ul.tasks { list-style: none; padding-left: 0.5em; }
li.done { color: #59636e; }
@page { size: auto; margin: 18mm 16mm; }
@media print {
  *, *::before, *::after { background: transparent !important; box-shadow: none !important; }
  body { font-size: 10.5pt; color: #000; }
  main { max-width: none; margin: 0; padding: 0; border-radius: 0; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  li, .fields { break-inside: avoid; page-break-inside: avoid; }
  h3.private, .muted, li.done { color: #000; }
}
`;

/** A complete, standalone HTML document: open it and print to PDF. */
export function toHtml(summary: SessionSummary): string {
  const labels = labelsFor(summary.language);
  const title = summary.variant === 'employee' ? `${summaryTitle(summary)} (${labels.employeeCopy})` : summaryTitle(summary);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(summary.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Coachbar">
<title>${escapeHtml(oneLine(title))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${toHtmlFragment(summary)}</main>
</body>
</html>
`;
}

/** The summary as plain text, for the clipboard's text/plain. */
export function toPlainText(summary: SessionSummary): string {
  const out: string[] = [];
  const inlineText = (parts: readonly OutlineText[]): string => parts.map((part) => part.text.replace(/\s+/g, ' ')).join('').trim();
  for (const block of summaryOutline(summary)) {
    switch (block.kind) {
      case 'heading': {
        const text = oneLine(block.text);
        if (block.level === 3) out.push(`▸ ${text}`);
        else out.push(`${text}\n${(block.level === 1 ? '=' : '-').repeat(Math.max(3, Array.from(text).length))}`);
        break;
      }
      case 'paragraph':
        out.push(inlineText(block.parts));
        break;
      case 'text':
        for (const lines of paragraphsOf(block.text)) out.push(lines.join('\n'));
        break;
      case 'fields':
        out.push(block.fields.map((field) => `${oneLine(field.label)}: ${oneLine(field.value)}`).join('\n'));
        break;
      case 'list':
        out.push(
          block.items
            .map((item) => {
              const box = item.checked === undefined ? '' : item.checked ? '[x] ' : '[ ] ';
              const details = (item.details ?? []).map((detail) => `\n    ${inlineText(detail)}`).join('');
              return `- ${box}${inlineText(item.parts)}${details}`;
            })
            .join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
