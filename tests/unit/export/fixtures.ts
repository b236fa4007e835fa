import { builtInTemplates } from '@/utils/agenda/templates';
import { contentPacks } from '@/utils/content/packs';
import type { ExportLanguage } from '@/utils/export/labels';
import type { SessionSummary } from '@/utils/export/summary';

/** Page-provided text an attacker controls: it must come out literally in every format. */
export const hostileName = '<script>alert(1)</script> *Sam* [x](javascript:alert(1))';

/** Notes the manager writes: Markdown-looking text that must stay text. */
const trickyLine = '# not a heading & <b>not bold</b> | 1. not a list';

/** Private notes: the employee copy must never contain this marker. */
export const privateMarker = 'PRIVATE-7f3a';

interface LanguageText {
  role: string;
  meetingTitle: string;
  timeZone: string;
  notes: Record<'start' | 'brainstorm' | 'key-results' | 'support' | 'wrap-up', string>;
  objective: string;
  keyResults: { text: string; target: string; floor: string }[];
  ratingComments: [string, string];
  actions: [string, string, string];
  takeaway: string;
}

const text: Record<ExportLanguage, LanguageText> = {
  en: {
    role: 'Product designer',
    meetingTitle: 'Weekly 1:1 "Sam & me"',
    timeZone: 'Europe/London',
    notes: {
      start: 'Good energy today.\nBack from holiday, rested.',
      brainstorm: `Wants to own the onboarding flow.\n\n${trickyLine}\n- also this dash`,
      'key-results': '',
      support: `${privateMarker} Mentioned worries about workload at home; check in with HR about flexible hours.`,
      'wrap-up': 'Looking forward to the design review.',
    },
    objective: 'Make onboarding delightful',
    keyResults: [
      { text: 'Activation rate from 40% to 55%', target: '55%', floor: '48%' },
      { text: 'Ship the new welcome tour', target: 'By 15 December', floor: '' },
    ],
    ratingComments: ['Reviews take two days to come back.', ''],
    actions: ['Book a session with the research team', 'Draft the onboarding OKR', 'Share the *draft* [link](https://example.com)'],
    takeaway: 'Sam is ready to lead a project; give them the onboarding flow.',
  },
  nl: {
    role: 'Productontwerper',
    meetingTitle: 'Wekelijkse 1-op-1 "Sam & ik"',
    timeZone: 'Europe/Amsterdam',
    notes: {
      start: 'Veel energie vandaag.\nUitgerust terug van vakantie.',
      brainstorm: `Wil eigenaar worden van de onboarding.\n\n${trickyLine}\n- ook dit streepje`,
      'key-results': '',
      support: `${privateMarker} Maakt zich zorgen over de werkdruk thuis; met HR overleggen over flexibele uren.`,
      'wrap-up': 'Kijkt uit naar de designreview.',
    },
    objective: 'Onboarding die blij maakt',
    keyResults: [
      { text: 'Activatie van 40% naar 55%', target: '55%', floor: '48%' },
      { text: 'Nieuwe welkomsttour live', target: 'Voor 15 december', floor: '' },
    ],
    ratingComments: ['Reviews duren twee dagen.', ''],
    actions: ['Sessie plannen met het onderzoeksteam', 'OKR voor onboarding uitschrijven', 'Deel het *concept* [link](https://example.com)'],
    takeaway: 'Sam is klaar om een project te leiden; geef Sam de onboarding.',
  },
  de: {
    role: 'Produktdesigner:in',
    meetingTitle: 'Wöchentliches 1:1 „Sam & ich“',
    timeZone: 'Europe/Berlin',
    notes: {
      start: 'Heute viel Energie.\nErholt aus dem Urlaub zurück.',
      brainstorm: `Möchte das Onboarding verantworten.\n\n${trickyLine}\n- auch dieser Strich`,
      'key-results': '',
      support: `${privateMarker} Sorgen wegen der Belastung zu Hause; mit HR über flexible Arbeitszeiten sprechen.`,
      'wrap-up': 'Freut sich auf das Design-Review.',
    },
    objective: 'Ein Onboarding, das begeistert',
    keyResults: [
      { text: 'Aktivierung von 40 % auf 55 %', target: '55 %', floor: '48 %' },
      { text: 'Neue Willkommenstour live', target: 'Bis 15. Dezember', floor: '' },
    ],
    ratingComments: ['Reviews dauern zwei Tage.', ''],
    actions: ['Termin mit dem Research-Team vereinbaren', 'Onboarding-OKR entwerfen', 'Den *Entwurf* [Link](https://example.com) teilen'],
    takeaway: 'Sam ist bereit, ein Projekt zu leiten; Sam bekommt das Onboarding.',
  },
};

/** 26 November 2026, 13:00 UTC: 13:00 in London, 14:00 in Amsterdam and Berlin. */
export const startedAt = Date.UTC(2026, 10, 26, 13, 0);

export function fixtureSummary(language: ExportLanguage): SessionSummary {
  const pack = contentPacks[language];
  const t = text[language];
  const template = builtInTemplates(pack).find((candidate) => candidate.id === 'okr-goal-setting');
  if (!template) throw new Error('okr-goal-setting template missing');
  return {
    language,
    variant: 'manager',
    person: { name: hostileName, role: t.role },
    meetingTitle: t.meetingTitle,
    startedAt,
    timeZone: t.timeZone,
    templateName: template.name,
    sections: template.sections.map((section) => {
      const id = section.id as keyof LanguageText['notes'];
      return {
        title: section.title,
        notes: t.notes[id],
        private: id === 'support',
        questionsAsked:
          id === 'brainstorm'
            ? [pack.questions['alternative-view'], pack.questions['friend-advice']]
            : id === 'support'
              ? [pack.questions['offer-help']]
              : [],
      };
    }),
    ratings: [
      { statement: pack.statements['pd-fast-progress'], value: 4, scale: 'agreement-7', comment: t.ratingComments[0] },
      { statement: pack.statements['lq-zooms-out'], value: 6, scale: 'agreement-7', comment: t.ratingComments[1] },
      { statement: t.objective, value: 7, scale: 'progress-10', comment: '' },
    ],
    okrs: [{ objective: t.objective, progress: 7, keyResults: t.keyResults }],
    actionItems: [
      { text: t.actions[0], owner: 'manager', due: '2026-12-01', done: false },
      { text: t.actions[1], owner: 'report', due: '2026-12-04', done: false },
      { text: t.actions[2], owner: 'report', due: null, done: true },
    ],
    takeaway: t.takeaway,
    // 30 % of the words: the manager talked less than the person.
    listening: { manager: 312, other: 728 },
  };
}
