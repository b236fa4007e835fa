import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '@/utils/agenda/templates';
import { contentPacks } from '@/utils/content/packs';
import { templateStructures, type TemplateStructure } from '@/utils/content/structure';
import { templateIds, type TemplateId } from '@/utils/content/types';

/** Section ids the built-ins had before they were re-timed: notes are stored under them, so they stay. */
const earlierSectionIds: Partial<Record<TemplateId, readonly string[]>> = {
  'okr-goal-setting': ['start', 'brainstorm', 'key-results', 'support', 'wrap-up'],
  weekly: ['check-in', 'wins-blockers', 'priorities', 'growth', 'next-steps'],
  'quarterly-review': ['look-back', 'okr-scores', 'lessons', 'next-quarter', 'wrap-up'],
  onboarding: ['first-impressions', 'role-expectations', 'people-tools', 'first-goals', 'wrap-up'],
  salary: ['purpose', 'contribution', 'market-criteria', 'decision-path', 'wrap-up'],
  'under-performance': ['open', 'facts', 'their-view', 'expectations', 'support-follow-up'],
  career: ['ambitions', 'strengths', 'paths', 'development-plan', 'wrap-up'],
  'speak-up': ['safe-start', 'their-topics', 'ideas', 'what-holds-back', 'wrap-up'],
};

/** How long each talk is meant to take, in minutes. */
const length: Partial<Record<TemplateId, readonly [number, number]>> = { weekly: [25, 30], salary: [30, 30] };
const anyTalk = [25, 45] as const;

const structureOf = (id: TemplateId): TemplateStructure => templateStructures.find((structure) => structure.id === id)!;
/** The talk's length: the manager's preparation before it is not on its clock. */
const total = (structure: TemplateStructure) => structure.sections.reduce((sum, section) => sum + (section.beforeTheTalk ? 0 : section.minutes), 0);
const languages = Object.entries(contentPacks);

describe('built-in templates', () => {
  it('are each built once, in the order of templateIds', () => {
    expect(templateStructures.map((structure) => structure.id)).toEqual([...templateIds]);
  });

  it('include the talks a manager runs beyond the weekly', () => {
    for (const id of ['first-one-on-one', 'stay-interview', 'feedback-360', 'wellbeing-return', 'skip-level', 'colleague-conflict'] as const) {
      expect(templateStructures.some((structure) => structure.id === id)).toBe(true);
    }
  });

  describe.each(templateStructures.map((structure) => [structure.id, structure] as const))('%s', (id, structure) => {
    it('fits its length, with time-boxes that differ by weight', () => {
      const [min, max] = length[id] ?? anyTalk;
      expect(total(structure)).toBeGreaterThanOrEqual(min);
      expect(total(structure)).toBeLessThanOrEqual(max);
      expect(new Set(structure.sections.map((section) => section.minutes)).size).toBeGreaterThan(1);
      for (const section of structure.sections) expect(section.minutes).toBeGreaterThanOrEqual(1);
    });

    it('has unique section ids, opens with an opening and ends with a closing', () => {
      const ids = structure.sections.map((section) => section.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(structure.sections[0]!.role).toBe('opening');
      expect(structure.sections.at(-1)!.role).toBe('closing');
    });

    it('keeps every section id it had, so earlier notes still show under their section', () => {
      for (const sectionId of earlierSectionIds[id] ?? []) expect(structure.sections.map((section) => section.id)).toContain(sectionId);
    });

    it.each(languages)('has a name, description and every section titled with 2–4 prompts in %s', (_language, pack) => {
      const [template] = builtInTemplates(pack).filter((candidate) => candidate.id === id);
      expect(template!.name).not.toBe('');
      expect(template!.description).not.toBe('');
      for (const section of template!.sections) {
        expect(section.title).not.toBe(section.id);
        expect(section.title).not.toBe('');
        expect(section.prompts.length).toBeGreaterThanOrEqual(2);
        expect(section.prompts.length).toBeLessThanOrEqual(4);
        for (const prompt of section.prompts) expect(prompt).not.toBe('');
      }
    });
  });

  it.each(languages)('have distinct names in %s', (_language, pack) => {
    const names = builtInTemplates(pack).map((template) => template.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the weekly 1:1', () => {
  it.each([
    ['en', 'Your topics'],
    ['nl', 'Jouw onderwerpen'],
    ['de', 'Deine Themen'],
  ] as const)('starts with their topics (%s)', (language, title) => {
    const [first] = builtInTemplates(contentPacks[language]).find((template) => template.id === 'weekly')!.sections;
    expect(first!.role).toBe('opening');
    expect(first!.title).toBe(title);
  });

  it('goes over last time’s actions before wins, priorities, feedback both ways and next steps', () => {
    expect(structureOf('weekly').sections.map((section) => section.id)).toEqual(['check-in', 'last-actions', 'wins-blockers', 'priorities', 'growth', 'next-steps']);
  });
});

describe('the salary talk', () => {
  const sections = structureOf('salary').sections;

  it('starts with the manager’s private preparation, before the talk’s 30 minutes that open with the purpose', () => {
    expect(sections[0]!.id).toBe('prepare');
    expect(sections[0]!.beforeTheTalk).toBe(true);
    expect(sections.filter((section) => section.beforeTheTalk)).toHaveLength(1);
    expect(sections[1]!.id).toBe('purpose');
    expect(total(structureOf('salary'))).toBe(30);
  });

  it.each([
    ['en', /pay band/, /last raise/, /market/, /collective agreement/, /not decide today/],
    ['nl', /salarisschaal/, /laatste verhoging/, /markt/, /cao/, /beslis vandaag niets/],
    ['de', /Gehaltsband/, /letzte Erhöhung/, /Markt/, /Tarifvertrag/, /entscheide heute nicht/],
  ] as const)('prepares band, last raise, market and collective agreement, and defers the decision (%s)', (language, band, raise, market, agreement, deferred) => {
    const text = contentPacks[language].templates.salary.sections;
    const preparation = text.prepare!.prompts.join(' ');
    for (const topic of [band, raise, market, agreement]) expect(preparation).toMatch(topic);
    expect(text.purpose!.prompts.join(' ')).toMatch(deferred);
  });

  it.each([
    ['en', /Your notes here are private/],
    ['nl', /Je notities hier zijn privé/],
    ['de', /Deine Notizen hier sind privat/],
  ] as const)('says the preparation notes are private, not that the manager should make them so (%s)', (language, privateAlready) => {
    const [, , , last] = contentPacks[language].templates.salary.sections.prepare!.prompts;
    expect(last).toMatch(privateAlready);
  });
});

describe('the under-performance talk', () => {
  const sections = structureOf('under-performance').sections;

  it('names the issue in its first minutes and gives their view the most time', () => {
    expect(sections[0]!.id).toBe('open');
    expect(sections[0]!.minutes).toBeLessThanOrEqual(2);
    const theirView = sections.find((section) => section.id === 'their-view')!;
    for (const section of sections) expect(theirView.minutes).toBeGreaterThanOrEqual(section.minutes);
  });

  it('ends by agreeing a written summary', () => {
    expect(sections.at(-1)!.id).toBe('written-summary');
  });

  it.each([
    ['en', /\[topic\]/, ['Situation:', 'Behaviour:', 'Impact:'], /outside work/],
    ['nl', /\[onderwerp\]/, ['Situatie:', 'Gedrag:', 'Effect:'], /buiten het werk/],
    ['de', /\[Thema\]/, ['Situation:', 'Verhalten:', 'Wirkung:'], /außerhalb der Arbeit/],
  ] as const)('opens on the issue, gives facts as situation, behaviour, impact and asks about life outside work (%s)', (language, issue, sbi, outsideWork) => {
    const text = contentPacks[language].templates['under-performance'].sections;
    expect(text.open!.prompts[0]).toMatch(issue);
    sbi.forEach((step, i) => expect(text.facts!.prompts[i]!.startsWith(step)).toBe(true));
    expect(text['their-view']!.prompts.join(' ')).toMatch(outsideWork);
  });
});

describe('the speak-up 1:1', () => {
  it.each([
    ['en', /beforehand/, /chat/],
    ['nl', /vooraf/, /chat/],
    ['de', /vorab/, /Chat/],
  ] as const)('offers the questions in advance or answers in the chat (%s)', (language, inAdvance, chat) => {
    const start = contentPacks[language].templates['speak-up'].sections['safe-start']!.prompts.join(' ');
    expect(start).toMatch(inAdvance);
    expect(start).toMatch(chat);
  });
});
