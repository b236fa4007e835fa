import { describe, expect, it } from 'vitest';
import { builtInTemplates, talkMinutes } from '@/utils/agenda/templates';
import { contentFor } from '@/utils/content/packs';

describe("a template's length", () => {
  const templates = new Map(builtInTemplates(contentFor('en')).map((template) => [template.id, template]));

  it('is the talk itself: the preparation before it is not counted', () => {
    expect(talkMinutes(templates.get('salary')!)).toBe(30);
  });

  it('is every section where there is no preparation', () => {
    const weekly = templates.get('weekly')!;
    expect(talkMinutes(weekly)).toBe(weekly.sections.reduce((sum, section) => sum + section.minutes, 0));
  });
});
