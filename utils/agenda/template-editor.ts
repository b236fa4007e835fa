import type { SectionRole } from '../content/structure';
import type { AgendaTemplate, UserTemplate } from './templates';

export interface EditableSection {
  id: string;
  title: string;
  minutes: number;
  prompts: string[];
  role: SectionRole;
}

export interface EditableTemplate {
  id: string;
  name: string;
  sections: EditableSection[];
}

export type TemplateProblem =
  | { kind: 'nameMissing' }
  | { kind: 'noSections' }
  | { kind: 'titleMissing'; section: number }
  | { kind: 'minutesOutOfRange'; section: number };

export const maxMinutes = 180;

/** A user's copy of any template, built-in or their own; built-ins are never edited in place. */
export function duplicateTemplate(template: AgendaTemplate | UserTemplate, newId: string, name: string): EditableTemplate {
  return {
    id: newId,
    name,
    sections: template.sections.map((section) => ({
      id: section.id,
      title: section.title,
      minutes: section.minutes,
      prompts: [...section.prompts],
      role: section.role ?? 'explore',
    })),
  };
}

export function addSection(template: EditableTemplate, sectionId: string): EditableTemplate {
  return { ...template, sections: [...template.sections, { id: sectionId, title: '', minutes: 5, prompts: [], role: 'explore' }] };
}

export function removeSection(template: EditableTemplate, index: number): EditableTemplate {
  return { ...template, sections: template.sections.filter((_, i) => i !== index) };
}

/** Moves a section up (-1) or down (+1); out-of-range moves change nothing. */
export function moveSection(template: EditableTemplate, index: number, by: -1 | 1): EditableTemplate {
  const target = index + by;
  if (index < 0 || target < 0 || target >= template.sections.length || index >= template.sections.length) return template;
  const sections = [...template.sections];
  [sections[index], sections[target]] = [sections[target]!, sections[index]!];
  return { ...template, sections };
}

export function updateSection(template: EditableTemplate, index: number, patch: Partial<Omit<EditableSection, 'id'>>): EditableTemplate {
  return { ...template, sections: template.sections.map((section, i) => (i === index ? { ...section, ...patch } : section)) };
}

/** Prompts are edited as one line each; blank lines are dropped. */
export function promptsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function validateTemplate(template: EditableTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.name.trim() === '') problems.push({ kind: 'nameMissing' });
  if (template.sections.length === 0) problems.push({ kind: 'noSections' });
  template.sections.forEach((section, index) => {
    if (section.title.trim() === '') problems.push({ kind: 'titleMissing', section: index });
    if (!Number.isInteger(section.minutes) || section.minutes < 1 || section.minutes > maxMinutes) {
      problems.push({ kind: 'minutesOutOfRange', section: index });
    }
  });
  return problems;
}
