/**
 * The session summary as a Word document (.docx), built with the `docx` package. Every piece of
 * text is a TextRun's text, so the package escapes it for XML and nothing is interpreted.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { labelsFor } from './labels';
import { oneLine, paragraphsOf, summaryOutline, summaryTitle, type OutlineText, type SessionSummary } from './summary';

/** Characters XML 1.0 does not allow, and which Word refuses to open. */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const clean = (text: string): string => text.replace(XML_INVALID, '');

const MUTED = '59636E';

function runs(parts: readonly OutlineText[], muted = false): TextRun[] {
  return parts
    .map((part, index) => {
      let text = clean(part.text.replace(/\s+/g, ' '));
      if (index === 0) text = text.trimStart();
      if (index === parts.length - 1) text = text.trimEnd();
      return { part, text };
    })
    .filter(({ text }) => text !== '')
    .map(({ part, text }) => new TextRun({ text, bold: part.strong ?? false, italics: part.emphasis ?? false, ...(muted ? { color: MUTED } : {}) }));
}

const headingLevels = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/** The Word document; toDocx packs it. Exposed so tests (in Node) can pack it to a Buffer. */
export function buildDocxDocument(summary: SessionSummary): Document {
  const labels = labelsFor(summary.language);
  const children: Paragraph[] = [];
  for (const block of summaryOutline(summary)) {
    switch (block.kind) {
      case 'heading':
        children.push(new Paragraph({ heading: headingLevels[block.level], children: [new TextRun({ text: clean(oneLine(block.text)) })] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: runs(block.parts, block.muted ?? false) }));
        break;
      case 'text':
        for (const lines of paragraphsOf(block.text)) {
          children.push(new Paragraph({ children: lines.map((line, index) => new TextRun({ text: clean(line), ...(index > 0 ? { break: 1 } : {}) })) }));
        }
        break;
      case 'fields':
        for (const field of block.fields) {
          children.push(
            new Paragraph({
              children: [new TextRun({ text: clean(`${oneLine(field.label)}: `), bold: true }), new TextRun({ text: clean(oneLine(field.value)) })],
            }),
          );
        }
        break;
      case 'list':
        for (const item of block.items) {
          const box = item.checked === undefined ? [] : [new TextRun({ text: item.checked ? '☑ ' : '☐ ' })];
          children.push(new Paragraph({ bullet: { level: 0 }, children: [...box, ...runs(item.parts)] }));
          for (const detail of item.details ?? []) children.push(new Paragraph({ bullet: { level: 1 }, children: runs(detail) }));
        }
        break;
    }
  }
  const title = clean(oneLine(summary.variant === 'employee' ? `${summaryTitle(summary)} (${labels.employeeCopy})` : summaryTitle(summary)));
  return new Document({
    creator: 'Coachbar',
    title,
    description: title,
    sections: [{ properties: {}, children }],
  });
}

/** The .docx file, ready to download. */
export async function toDocx(summary: SessionSummary): Promise<Blob> {
  return Packer.toBlob(buildDocxDocument(summary));
}
