import { languages, translator, type Language } from '../i18n/catalog';

/**
 * Headings and labels of the session summary export. Their texts live in the UI catalogs, so the
 * completeness test holds every language to every label. Labels are our own text; page-provided
 * text is passed in and escaped by each format, never here.
 */

export const exportLanguages = languages;
export type ExportLanguage = Language;

export interface ExportLabels {
  /** Document title when the person is known. */
  summaryTitle: (name: string) => string;
  /** Document title when the session has no person. */
  summaryTitleNoPerson: string;
  employeeCopy: string;
  /** Shown under the title of the employee copy. */
  employeeCopyNote: string;
  /** Added to the file name of the employee copy. */
  employeeCopyFileSuffix: string;
  date: string;
  person: string;
  meeting: string;
  template: string;
  agenda: string;
  noNotes: string;
  /** Marks a private section in the manager's summary. */
  privateMarker: string;
  questionsAsked: string;
  ratings: string;
  comment: string;
  okrs: string;
  progress: string;
  target: string;
  minimum: string;
  actionItems: string;
  owner: string;
  due: string;
  done: string;
  /** Owner labels in the manager's summary. */
  ownerMe: string;
  ownerThem: string;
  /** Owner labels in the employee copy, read by the employee. */
  ownerManager: string;
  ownerYou: string;
  takeaway: string;
  /** The manager's share of the words in the 1:1, where the captions counted them. */
  listeningShare: string;
  listeningValue: (percent: number) => string;
  /** The month names, January first. */
  months: readonly string[];
  /** A calendar day in this language, e.g. "26 November 2026". */
  day: (day: number, month: string, year: number) => string;
}

const monthKeys = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** The labels in one language, read from its catalog (locales/<language>.json, under "export.file"). */
export function exportLabels(language: ExportLanguage): ExportLabels {
  const t = translator(language);
  return {
    summaryTitle: (name) => t('export.file.summaryTitle', name),
    summaryTitleNoPerson: t('export.file.summaryTitleNoPerson'),
    employeeCopy: t('export.file.employeeCopy'),
    employeeCopyNote: t('export.file.employeeCopyNote'),
    employeeCopyFileSuffix: t('export.file.employeeCopyFileSuffix'),
    date: t('export.file.date'),
    person: t('export.file.person'),
    meeting: t('export.file.meeting'),
    template: t('export.file.template'),
    agenda: t('export.file.agenda'),
    noNotes: t('export.file.noNotes'),
    privateMarker: t('export.file.privateMarker'),
    questionsAsked: t('export.file.questionsAsked'),
    ratings: t('export.file.ratings'),
    comment: t('export.file.comment'),
    okrs: t('export.file.okrs'),
    progress: t('export.file.progress'),
    target: t('export.file.target'),
    minimum: t('export.file.minimum'),
    actionItems: t('export.file.actionItems'),
    owner: t('export.file.owner'),
    due: t('export.file.due'),
    done: t('export.file.done'),
    ownerMe: t('export.file.ownerMe'),
    ownerThem: t('export.file.ownerThem'),
    ownerManager: t('export.file.ownerManager'),
    ownerYou: t('export.file.ownerYou'),
    takeaway: t('export.file.takeaway'),
    listeningShare: t('export.file.listeningShare'),
    listeningValue: (percent) => t('export.file.listeningValue', percent),
    months: monthKeys.map((month) => t(`export.file.months.${month}`)),
    day: (day, month, year) => t('export.file.day', day, month, year),
  };
}

/** The labels for a language, English when there are none. */
export function labelsFor(language: string): ExportLabels {
  return exportLabels((exportLanguages as readonly string[]).includes(language) ? (language as ExportLanguage) : 'en');
}
