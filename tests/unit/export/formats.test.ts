import { describe, expect, it } from 'vitest';
import { escapeHtml, toHtml, toHtmlFragment, toPlainText } from '@/utils/export/html';
import { toJson } from '@/utils/export/json';
import { exportLabels, exportLanguages } from '@/utils/export/labels';
import { escapeMarkdown, toMarkdown } from '@/utils/export/markdown';
import { employeeCopy, formatStartedAt, summaryDay, type SessionSummary } from '@/utils/export/summary';
import { fixtureSummary, hostileName, privateMarker } from './fixtures';
import { expectGolden } from './golden';

/** Undoes CommonMark backslash escapes: what a Markdown renderer shows for escaped text. */
const unescapeMarkdown = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe.each(exportLanguages)('session summary export (%s)', (language) => {
  const summary = fixtureSummary(language);
  const copy = employeeCopy(summary);

  it('matches the golden Markdown', () => {
    expectGolden(`summary.${language}.md`, toMarkdown(summary));
    expectGolden(`employee.${language}.md`, toMarkdown(copy));
  });

  it('matches the golden HTML page', () => {
    expectGolden(`summary.${language}.html`, toHtml(summary));
    expectGolden(`employee.${language}.html`, toHtml(copy));
  });

  it('matches the golden JSON', () => {
    expectGolden(`summary.${language}.json`, toJson(summary));
    expectGolden(`employee.${language}.json`, toJson(copy));
  });

  it('matches the golden clipboard plain text', () => {
    expectGolden(`summary.${language}.txt`, toPlainText(summary));
  });

  it('leaves private notes and their questions out of the employee copy in every format', () => {
    const support = summary.sections.find((section) => section.private);
    const privateQuestion = support?.questionsAsked[0];
    expect(support?.notes).toContain(privateMarker);
    expect(privateQuestion).toBeDefined();
    for (const output of [toMarkdown(summary), toHtml(summary), toJson(summary), toPlainText(summary), toHtmlFragment(summary)]) {
      expect(output).toContain(privateMarker);
    }
    for (const output of [toMarkdown(copy), toHtml(copy), toJson(copy), toPlainText(copy), toHtmlFragment(copy)]) {
      expect(output).not.toContain(privateMarker);
      expect(output).not.toContain(escapeHtml(privateQuestion ?? '').slice(0, 20));
      expect(output).not.toContain(`(${exportLabels(language).privateMarker})`);
      // The private section keeps its heading.
      expect(output).toContain(escapeHtml(support?.title ?? '').split('&')[0] ?? '');
    }
    expect(toHtml(copy)).toContain(escapeHtml(exportLabels(language).employeeCopyNote));
  });

  it("shows the manager's share of the talking in every format of their summary, and not in the employee copy", () => {
    const share = exportLabels(language).listeningValue(30);
    for (const output of [toMarkdown(summary), toHtml(summary), toPlainText(summary), toHtmlFragment(summary)]) expect(output).toContain(share);
    expect(JSON.parse(toJson(summary)).listening).toEqual({ managerWords: 312, otherWords: 728 });
    for (const output of [toMarkdown(copy), toHtml(copy), toPlainText(copy), toHtmlFragment(copy)]) expect(output).not.toContain(exportLabels(language).listeningShare);
    expect(JSON.parse(toJson(copy)).listening).toBeNull();
    // Not measured: no line, rather than a share of nothing.
    expect(toMarkdown({ ...summary, listening: null })).not.toContain(exportLabels(language).listeningShare);
    expect(toMarkdown({ ...summary, listening: { manager: 0, other: 0 } })).not.toContain(exportLabels(language).listeningShare);
  });

  it('escapes the hostile name in HTML: no markup from page text', () => {
    for (const html of [toHtml(summary), toHtmlFragment(summary), toHtml(copy)]) {
      expect(html).toContain(escapeHtml(hostileName));
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<a[\s>]/i);
      expect(html).not.toContain('<b>');
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('keeps the hostile name literal in Markdown', () => {
    const md = toMarkdown(summary);
    expect(md).toContain(escapeMarkdown(hostileName));
    expect(unescapeMarkdown(escapeMarkdown(hostileName))).toBe(hostileName);
    // No raw HTML, link or emphasis syntax survives unescaped.
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toMatch(/(^|[^\\])\[x\]\(/m);
    expect(md).not.toMatch(/(^|[^\\*])\*Sam/m);
    // Notes that look like block syntax stay text.
    expect(md).not.toMatch(/^# not a heading/m);
    expect(md).not.toMatch(/^- also|^- ook|^- auch/m);
  });

  it('keeps the hostile name verbatim in JSON and plain text', () => {
    expect(JSON.parse(toJson(summary))).toMatchObject({
      format: 'coachbar-session-summary',
      formatVersion: 1,
      person: { name: hostileName },
    });
    expect(toPlainText(summary)).toContain(hostileName);
  });
});

describe('escaping helpers', () => {
  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u0007c\td')).toBe('abc\td');
  });

  it.each([
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['<b>&amp;</b>', '\\<b\\>\\&amp;\\</b\\>'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['= underline', '\\= underline'],
    ['12. ordered', '12\\. ordered'],
    ['3) ordered', '3\\) ordered'],
    ['a | b ~~c~~ back\\slash', 'a \\| b \\~\\~c\\~\\~ back\\\\slash'],
    ['C# and 1.5', 'C\\# and 1.5'],
  ])('escapes Markdown %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
    expect(unescapeMarkdown(escapeMarkdown(input))).toBe(input);
  });
});

describe('dates', () => {
  const base: Pick<SessionSummary, 'startedAt' | 'timeZone'> = { startedAt: Date.UTC(2026, 10, 26, 23, 30), timeZone: 'UTC' };

  it('uses the summary time zone for the day and the time', () => {
    expect(summaryDay(base)).toBe('2026-11-26');
    expect(summaryDay({ ...base, timeZone: 'Asia/Tokyo' })).toBe('2026-11-27');
    expect(summaryDay({ ...base, timeZone: 'America/Los_Angeles' })).toBe('2026-11-26');
    expect(formatStartedAt({ ...base, timeZone: 'Asia/Tokyo' }, exportLabels('en'))).toBe('27 November 2026, 08:30');
    expect(formatStartedAt(base, exportLabels('de'))).toBe('26. November 2026, 23:30');
    expect(formatStartedAt(base, exportLabels('nl'))).toBe('26 november 2026, 23:30');
  });

  it('falls back to UTC for an unknown time zone', () => {
    expect(summaryDay({ ...base, timeZone: 'Not/AZone' })).toBe('2026-11-26');
  });
});

describe('sparse summaries', () => {
  it('renders a session without person, notes or extras', () => {
    const empty: SessionSummary = {
      language: 'en',
      variant: 'manager',
      person: null,
      meetingTitle: '',
      startedAt: Date.UTC(2026, 0, 5, 9, 0),
      timeZone: 'UTC',
      templateName: '',
      sections: [{ title: 'Check-in', notes: '  ', private: false, questionsAsked: [] }],
      ratings: [],
      okrs: [],
      actionItems: [],
      takeaway: '',
      listening: null,
    };
    expect(toMarkdown(empty)).toBe('# Summary of 1:1\n\n- **Date:** 5 January 2026, 09:00 (UTC)\n\n## Agenda\n\n### Check-in\n\n*No notes.*\n');
    expect(toPlainText(empty)).toContain('No notes.');
    expect(toHtml(empty)).toContain('<title>Summary of 1:1</title>');
  });
});
