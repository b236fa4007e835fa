import type { MessageKey } from '../i18n/catalog';
import type { AgendaSection } from './types';

export interface TemplateSection extends AgendaSection {
  titleKey: MessageKey;
  promptKeys: readonly MessageKey[];
}

export interface AgendaTemplate {
  id: string;
  nameKey: MessageKey;
  sections: readonly TemplateSection[];
}

/** The OKR goal-setting 1:1 from the source article (INVENTORY §A), 40 minutes in all. */
export const okrGoalSetting: AgendaTemplate = {
  id: 'okr-goal-setting',
  nameKey: 'templates.okr.name',
  sections: [
    { id: 'start', minutes: 5, titleKey: 'templates.okr.start.title', promptKeys: ['templates.okr.start.p1', 'templates.okr.start.p2'] },
    {
      id: 'brainstorm',
      minutes: 10,
      titleKey: 'templates.okr.brainstorm.title',
      promptKeys: ['templates.okr.brainstorm.p1', 'templates.okr.brainstorm.p2', 'templates.okr.brainstorm.p3'],
    },
    {
      id: 'key-results',
      minutes: 10,
      titleKey: 'templates.okr.keyResults.title',
      promptKeys: ['templates.okr.keyResults.p1', 'templates.okr.keyResults.p2'],
    },
    {
      id: 'support',
      minutes: 10,
      titleKey: 'templates.okr.support.title',
      promptKeys: ['templates.okr.support.p1', 'templates.okr.support.p2', 'templates.okr.support.p3'],
    },
    { id: 'wrap-up', minutes: 5, titleKey: 'templates.okr.wrapUp.title', promptKeys: ['templates.okr.wrapUp.p1', 'templates.okr.wrapUp.p2'] },
  ],
};

export const builtInTemplates: readonly AgendaTemplate[] = [okrGoalSetting];

export const defaultTemplateId = okrGoalSetting.id;

export function findTemplate(id: string): AgendaTemplate | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
