import { templateStructures, type SectionRole } from '../content/structure';
import type { ContentPack, TemplateId } from '../content/types';
import type { AgendaSection } from './types';

export interface TemplateSection extends AgendaSection {
  role: SectionRole;
  title: string;
  prompts: readonly string[];
  /** Questions written for this section, offered first (see SectionStructure). */
  questions?: readonly string[];
}

export interface AgendaTemplate {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  /** Whether it is a talk about OKRs, where the OKR tips may appear. */
  aboutOkrs: boolean;
  sections: readonly TemplateSection[];
}

/** A user's own template as stored; its text is in the language it was written in. */
export interface UserTemplate {
  id: string;
  name: string;
  sections: readonly { id: string; title: string; minutes: number; prompts: readonly string[]; role?: SectionRole }[];
}

export const defaultTemplateId: TemplateId = 'weekly';

export function builtInTemplates(pack: ContentPack): AgendaTemplate[] {
  return templateStructures.map((structure) => {
    const text = pack.templates[structure.id];
    return {
      id: structure.id,
      name: text.name,
      description: text.description,
      builtIn: true,
      aboutOkrs: structure.aboutOkrs === true,
      sections: structure.sections.map((section) => ({
        id: section.id,
        minutes: section.minutes,
        role: section.role,
        ...(section.beforeTheTalk && { beforeTheTalk: true }),
        title: text.sections[section.id]?.title ?? section.id,
        prompts: text.sections[section.id]?.prompts ?? [],
        ...(section.questions && { questions: section.questions }),
      })),
    };
  });
}

export function fromUserTemplate(template: UserTemplate): AgendaTemplate {
  return {
    id: template.id,
    name: template.name,
    description: '',
    builtIn: false,
    // A user's own template says nothing of its subject: one that sets goals or measures them is taken to be about OKRs.
    aboutOkrs: template.sections.some((section) => section.role === 'goals' || section.role === 'measures'),
    sections: template.sections.map((section) => ({ ...section, role: section.role ?? 'explore' })),
  };
}

/** Built-ins in the session's language, then the user's own. */
export function findTemplate(id: string, pack: ContentPack, userTemplates: readonly UserTemplate[]): AgendaTemplate | undefined {
  const user = userTemplates.find((template) => template.id === id);
  return user ? fromUserTemplate(user) : builtInTemplates(pack).find((template) => template.id === id);
}

/** The talk's own length: the manager's preparation before it is not call time. */
export function talkMinutes(template: Pick<AgendaTemplate, 'sections'>): number {
  return template.sections.reduce((sum, section) => sum + (section.beforeTheTalk ? 0 : section.minutes), 0);
}
