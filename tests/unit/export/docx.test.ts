import { inflateRawSync } from 'node:zlib';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocxDocument, toDocx } from '@/utils/export/docx';
import { escapeHtml } from '@/utils/export/html';
import { exportLabels, exportLanguages } from '@/utils/export/labels';
import { employeeCopy } from '@/utils/export/summary';
import { fixtureSummary, hostileName, privateMarker } from './fixtures';

/** Reads one entry of a zip archive through its central directory (stored or deflated). */
function readZipEntry(zip: Buffer, name: string): string {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} not in archive`);
}

/** The visible text of word/document.xml: the runs' text, XML-unescaped. */
function documentText(xml: string): string {
  return Array.from(xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (match) => match[1] ?? '')
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe.each(exportLanguages)('Word export (%s)', (language) => {
  const summary = fixtureSummary(language);

  it('produces a non-empty .docx Blob (a zip)', async () => {
    const blob = await toDocx(summary);
    expect(blob.size).toBeGreaterThan(2000);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });

  it('writes the hostile name as escaped run text, never as markup', async () => {
    const xml = readZipEntry(await Packer.toBuffer(buildDocxDocument(summary)), 'word/document.xml');
    expect(xml).toContain(escapeHtml(hostileName).replace(/&#39;/g, '&apos;'));
    expect(xml).not.toContain('<script');
    const text = documentText(xml);
    expect(text).toContain(hostileName);
    expect(text).toContain(summary.takeaway);
    expect(text).toContain(exportLabels(language).actionItems);
    expect(text).toContain(privateMarker);
  });

  it('leaves private notes out of the employee copy', async () => {
    const xml = readZipEntry(await Packer.toBuffer(buildDocxDocument(employeeCopy(summary))), 'word/document.xml');
    const text = documentText(xml);
    expect(text).not.toContain(privateMarker);
    expect(text).toContain(exportLabels(language).employeeCopyNote);
    expect(text).toContain(summary.sections.find((section) => section.private)?.title ?? '?');
  });
});

it('drops characters XML cannot hold instead of writing a broken document', async () => {
  const summary = { ...fixtureSummary('en'), takeaway: 'bell\u0007 nul\u0000 lone\ud800 ok' };
  const xml = readZipEntry(await Packer.toBuffer(buildDocxDocument(summary)), 'word/document.xml');
  expect(documentText(xml)).toContain('bell nul lone ok');
});
