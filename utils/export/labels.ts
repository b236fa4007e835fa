/**
 * Headings and labels of the session summary export, one set per language. TypeScript makes every
 * language carry every label. Labels are our own text; page-provided text is passed in and escaped
 * by each format, never here.
 */

export const exportLanguages = ['en', 'nl', 'de'] as const;
export type ExportLanguage = (typeof exportLanguages)[number];

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
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  /** A calendar day in this language, e.g. "26 November 2026". */
  day: (day: number, month: string, year: number) => string;
}

const en: ExportLabels = {
  summaryTitle: (name) => `Summary of 1:1 with ${name}`,
  summaryTitleNoPerson: 'Summary of 1:1',
  employeeCopy: 'Employee copy',
  employeeCopyNote: 'Employee copy: private notes are left out.',
  employeeCopyFileSuffix: 'employee copy',
  date: 'Date',
  person: 'Person',
  meeting: 'Meeting',
  template: 'Template',
  agenda: 'Agenda',
  noNotes: 'No notes.',
  privateMarker: 'private',
  questionsAsked: 'Questions asked',
  ratings: 'Ratings',
  comment: 'Comment',
  okrs: 'OKRs',
  progress: 'Progress',
  target: 'Target',
  minimum: 'Minimum',
  actionItems: 'Action items',
  owner: 'Owner',
  due: 'Due',
  done: 'Done',
  ownerMe: 'Me',
  ownerThem: 'Them',
  ownerManager: 'Manager',
  ownerYou: 'You',
  takeaway: 'Takeaway',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  day: (day, month, year) => `${day} ${month} ${year}`,
};

const nl: ExportLabels = {
  summaryTitle: (name) => `Samenvatting van 1-op-1 met ${name}`,
  summaryTitleNoPerson: 'Samenvatting van 1-op-1',
  employeeCopy: 'Kopie voor medewerker',
  employeeCopyNote: 'Kopie voor medewerker: privénotities zijn weggelaten.',
  employeeCopyFileSuffix: 'kopie medewerker',
  date: 'Datum',
  person: 'Persoon',
  meeting: 'Gesprek',
  template: 'Sjabloon',
  agenda: 'Agenda',
  noNotes: 'Geen notities.',
  privateMarker: 'privé',
  questionsAsked: 'Gestelde vragen',
  ratings: 'Beoordelingen',
  comment: 'Toelichting',
  okrs: 'OKR’s',
  progress: 'Voortgang',
  target: 'Doel',
  minimum: 'Minimum',
  actionItems: 'Actiepunten',
  owner: 'Eigenaar',
  due: 'Uiterlijk',
  done: 'Klaar',
  ownerMe: 'Ik',
  ownerThem: 'Teamlid',
  ownerManager: 'Leidinggevende',
  ownerYou: 'Jij',
  takeaway: 'Belangrijkste inzicht',
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  day: (day, month, year) => `${day} ${month} ${year}`,
};

const de: ExportLabels = {
  summaryTitle: (name) => `Zusammenfassung des 1:1 mit ${name}`,
  summaryTitleNoPerson: 'Zusammenfassung des 1:1',
  employeeCopy: 'Kopie für Mitarbeitende',
  employeeCopyNote: 'Kopie für Mitarbeitende: private Notizen sind ausgelassen.',
  employeeCopyFileSuffix: 'Kopie Mitarbeitende',
  date: 'Datum',
  person: 'Person',
  meeting: 'Termin',
  template: 'Vorlage',
  agenda: 'Agenda',
  noNotes: 'Keine Notizen.',
  privateMarker: 'privat',
  questionsAsked: 'Gestellte Fragen',
  ratings: 'Bewertungen',
  comment: 'Kommentar',
  okrs: 'OKRs',
  progress: 'Fortschritt',
  target: 'Ziel',
  minimum: 'Minimum',
  actionItems: 'Aufgaben',
  owner: 'Verantwortlich',
  due: 'Fällig',
  done: 'Erledigt',
  ownerMe: 'Ich',
  ownerThem: 'Teammitglied',
  ownerManager: 'Führungskraft',
  ownerYou: 'Du',
  takeaway: 'Wichtigste Erkenntnis',
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  day: (day, month, year) => `${day}. ${month} ${year}`,
};

export const exportLabels: Record<ExportLanguage, ExportLabels> = { en, nl, de };

/** The labels for a language, English when there are none. */
export function labelsFor(language: string): ExportLabels {
  return exportLabels[language as ExportLanguage] ?? en;
}
