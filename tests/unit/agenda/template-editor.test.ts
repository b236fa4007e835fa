import { describe, expect, it } from 'vitest';
import { addSection, duplicateTemplate, moveSection, promptsFromText, removeSection, updateSection, validateTemplate, type EditableTemplate } from '@/utils/agenda/template-editor';
import { builtInTemplates } from '@/utils/agenda/templates';
import { contentPacks } from '@/utils/content/packs';

const base: EditableTemplate = {
  id: 't1',
  name: 'Mine',
  sections: [
    { id: 'a', title: 'A', minutes: 5, prompts: ['a?'], role: 'opening' },
    { id: 'b', title: 'B', minutes: 10, prompts: [], role: 'goals' },
    { id: 'c', title: 'C', minutes: 5, prompts: [], role: 'closing' },
  ],
};
const order = (template: EditableTemplate) => template.sections.map((section) => section.id).join('');

describe('moveSection', () => {
  it.each([
    { name: 'down', index: 0, by: 1 as const, expected: 'bac' },
    { name: 'up', index: 2, by: -1 as const, expected: 'acb' },
    { name: 'first up is a no-op', index: 0, by: -1 as const, expected: 'abc' },
    { name: 'last down is a no-op', index: 2, by: 1 as const, expected: 'abc' },
    { name: 'out of range is a no-op', index: 7, by: -1 as const, expected: 'abc' },
  ])('$name', ({ index, by, expected }) => {
    expect(order(moveSection(base, index, by))).toBe(expected);
  });

  it('does not change the original', () => {
    moveSection(base, 0, 1);
    expect(order(base)).toBe('abc');
  });
});

describe('validateTemplate', () => {
  it.each([
    { name: 'valid', template: base, expected: [] },
    { name: 'blank name', template: { ...base, name: '  ' }, expected: [{ kind: 'nameMissing' }] },
    { name: 'no sections', template: { ...base, sections: [] }, expected: [{ kind: 'noSections' }] },
    { name: 'untitled section', template: updateSection(base, 1, { title: ' ' }), expected: [{ kind: 'titleMissing', section: 1 }] },
    { name: 'zero minutes', template: updateSection(base, 0, { minutes: 0 }), expected: [{ kind: 'minutesOutOfRange', section: 0 }] },
    { name: 'fractional minutes', template: updateSection(base, 2, { minutes: 2.5 }), expected: [{ kind: 'minutesOutOfRange', section: 2 }] },
    { name: 'empty number field', template: updateSection(base, 2, { minutes: Number.NaN }), expected: [{ kind: 'minutesOutOfRange', section: 2 }] },
    { name: 'over three hours', template: updateSection(base, 0, { minutes: 181 }), expected: [{ kind: 'minutesOutOfRange', section: 0 }] },
  ])('$name', ({ template, expected }) => {
    expect(validateTemplate(template)).toEqual(expected);
  });
});

describe('editing', () => {
  it('adds an empty section at the end, which needs a title before saving', () => {
    const added = addSection(base, 'd');
    expect(order(added)).toBe('abcd');
    expect(validateTemplate(added)).toEqual([{ kind: 'titleMissing', section: 3 }]);
  });

  it('removes a section', () => {
    expect(order(removeSection(base, 1))).toBe('ac');
  });

  it('duplicates a built-in into an editable copy without touching the built-in', () => {
    const [okr] = builtInTemplates(contentPacks.nl);
    const copy = duplicateTemplate(okr!, 'copy-1', 'Kopie');
    copy.sections[0]!.prompts.push('extra');
    expect(copy).toMatchObject({ id: 'copy-1', name: 'Kopie' });
    expect(copy.sections.map((s) => s.title)).toEqual(['Start', 'Doelen brainstormen', 'Key results bepalen', 'Ondersteuning & middelen', 'Afronding']);
    expect(builtInTemplates(contentPacks.nl)[0]!.sections[0]!.prompts).toHaveLength(2);
  });

  it.each([
    { text: 'One\nTwo', expected: ['One', 'Two'] },
    { text: '  One  \n\n\n Two\n', expected: ['One', 'Two'] },
    { text: '', expected: [] },
  ])('prompts from "$text"', ({ text, expected }) => {
    expect(promptsFromText(text)).toEqual(expected);
  });
});
