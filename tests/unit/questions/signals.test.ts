import { describe, expect, it } from 'vitest';
import { contentPacks } from '@/utils/content/packs';
import type { Situation } from '@/utils/content/types';
import { clauses, findSignals } from '@/utils/questions/signals';

/** A note line as a manager would type it, and every situation it signals (none: a false friend). */
type Line = [note: string, expected: Partial<Record<Situation, string>>];

const english: Line[] = [
  ['Sam feels stuck on the migration', { stuck: 'stuck' }],
  ['don’t know how to start the API redesign', { stuck: "don't know how" }],
  ['Blocked by legal for two weeks now', { stuck: 'blocked' }],
  ['Project has stalled since the reorg', { stuck: 'stalled' }],
  ['No longer stuck, the review unblocked it', {}],
  ['Not stuck anymore!', {}],
  ['We stuck to the plan and shipped', {}],
  ['Wants to do everything at once this quarter', { tooAmbitious: 'everything at once' }],
  ['Overcommitted again, three launches in one month', { tooAmbitious: 'overcommitted' }],
  ['Thinks the 40% target is impossible', { impossible: 'impossible' }],
  ["Says it can't be done with this team", { impossible: "can't be done" }],
  ['Target feels unrealistic to her', { impossible: 'unrealistic' }],
  ['It is not unrealistic if we drop scope', {}],
  ['All their fault, the platform team never delivers', { blamesOthers: 'their fault' }],
  ['Blames the other team for the outage', { blamesOthers: 'other team' }],
  ['Blames himself for the missed deadline', {}],
  ['Very quiet today, said little', { quiet: 'quiet' }],
  ['A quiet week, nothing special', {}],
  ['Not sure about the timing yet', {}],
  ['No idea yet which course to take', {}],
  ['Really frustrated with the release process', { frustrated: 'frustrated' }],
  ['Annoyed that reviews take days', { frustrated: 'annoyed' }],
  ['Fed up with being on call every week', { frustrated: 'fed up' }],
  ['Not frustrated, just tired', {}],
  ['No clear goals for Q3 yet', { noGoals: 'no clear goals' }],
  ["Something feels off in the team but can't say what", { unclearProblem: 'something feels off' }],
  ['Says deployments are not my job', { ownership: 'not my job' }],
  ['Waiting for others to fix the flaky tests', { ownership: 'waiting for others' }],
  ['Took the lead on hiring, fully responsible now', {}],
  ['Let us wrap up: next steps are clear', { closing: 'wrap up' }],
];

const dutch: Line[] = [
  ['ik loop vast, frustrerend', { stuck: 'loop vast', frustrated: 'frustrerend' }],
  ['Zit al weken vast op de koppeling', { stuck: 'zit al weken vast' }],
  ['Project is vastgelopen na de reorganisatie', { stuck: 'vastgelopen' }],
  ['Komt niet verder met het datamodel', { stuck: 'komt niet verder' }],
  ['Het project staat stil sinds de zomer', { stuck: 'staat stil' }],
  ['We hebben er te lang bij stil gestaan', {}],
  ['Laten we even stilstaan bij de cijfers', {}],
  ['Het werk ligt stil door de storing', { stuck: 'ligt stil' }],
  ['Loopt niet meer vast sinds de nieuwe planning', {}],
  ['Zit vast aan een contract tot juni', {}],
  ['Hij zit er al maanden mee vast', { stuck: 'zit er al maanden mee vast' }],
  ['Wil alles tegelijk doen dit kwartaal', { tooAmbitious: 'alles tegelijk' }],
  ['Heeft te veel hooi op haar vork genomen', { tooAmbitious: 'te veel' }],
  ['Vindt het doel onhaalbaar', { impossible: 'onhaalbaar' }],
  ['Dat gaat nooit lukken volgens hem', { impossible: 'gaat nooit lukken' }],
  ['ik kan niet wachten tot de lancering', {}],
  ['Het is hun schuld dat de release uitliep', { blamesOthers: 'hun schuld' }],
  ['Het ligt aan hen, zegt ze', { blamesOthers: 'ligt aan hen' }],
  ['Alleen maar smoesjes over het andere team', { blamesOthers: 'andere team' }],
  ['Was erg stil vandaag, zei weinig', { quiet: 'stil' }],
  ['Geen idee welke opleiding ze wil', {}],
  ['Team zit stil tot de klant beslist', {}],
  ['Weet het niet zeker', {}],
  ['Baalt enorm van de vertraging', { frustrated: 'baalt' }],
  ['Is het zat om steeds in te vallen', { frustrated: 'is het zat' }],
  ['Niet gefrustreerd, wel moe', {}],
  ['Het zat vast in de review', { stuck: 'zat vast' }],
  ['Heeft geen doelen voor Q3', { noGoals: 'geen doelen' }],
  ['Iets klopt niet in het team, onderbuikgevoel', { unclearProblem: 'iets klopt niet' }],
  ['Zegt dat testen niet mijn taak is', { ownership: 'niet mijn taak' }],
  ['Wacht af tot iemand anders het oppakt', { ownership: 'wacht af' }],
  ['Iemand anders neemt de presentatie over', {}],
  ['Pakt zijn taken niet op', { ownership: 'pakt zijn taken niet op' }],
  ['We lopen vast op de planning', { stuck: 'lopen vast' }],
  ['Ik kom er niet verder mee', { stuck: 'kom er niet verder' }],
  ['Zaterdag staat de release vast', {}],
  ['Loopbaanplan ligt vast tot de zomer', {}],
  ['Zaterdag zat de deploy weer vast', { stuck: 'zat de deploy weer vast' }],
  ['Deal met de klant gesloten', {}],
  ['Was nogal gesloten vandaag', { quiet: 'nogal gesloten' }],
  ['Een stille collega, zegt zelden iets', { quiet: 'stille' }],
  ['Een stille week met weinig afspraken', {}],
  ['De cijfers van maart, dat zegt weinig', {}],
  ['Het zit haar niet lekker', { unclearProblem: 'zit haar niet lekker' }],
  ['Neemt het voortouw en is eigenaar van de roadmap', {}],
  ['Tot slot de actiepunten doorgelopen', { closing: 'tot slot' }],
  ['Laten we afronden', { closing: 'afronden' }],
];

const german: Line[] = [
  ['ich komme mit dem Bericht nicht weiter', { stuck: 'komme mit dem bericht nicht weiter' }],
  ['ich komme nicht weiter, das nervt', { stuck: 'komme nicht weiter', frustrated: 'nervt' }],
  ['Frust wegen Projektstillstand', { stuck: 'projektstillstand', frustrated: 'frust' }],
  ['Steckt seit Wochen fest bei der Migration', { stuck: 'steckt seit wochen fest' }],
  ['Weiß nicht wie sie anfangen soll', { stuck: 'weiß nicht wie' }],
  ['Tritt auf der Stelle mit dem Konzept', { stuck: 'tritt auf der stelle' }],
  ['Kommt inzwischen gut voran, nicht mehr festgefahren', {}],
  ['Will alles auf einmal schaffen', { tooAmbitious: 'alles auf einmal' }],
  ['Verzettelt sich mit drei Projekten', { tooAmbitious: 'verzettelt' }],
  ['Hält das Ziel für unmöglich', { impossible: 'unmöglich' }],
  ['Das geht nicht mit diesem Team', { impossible: 'geht nicht' }],
  ['es geht nicht um Geld', {}],
  ['Es geht ihr nicht um den Titel', {}],
  ['Ist nicht unrealistisch, wenn wir kürzen', {}],
  ['Das ist die Schuld vom anderen Team', { blamesOthers: 'anderen team' }],
  ['Nur Ausreden, seine Schuld sei es nicht', { blamesOthers: 'seine schuld' }],
  ['Lass ihn ausreden', {}],
  ['War heute sehr still und wortkarg', { quiet: 'still' }],
  ['Das Projekt steht still', {}],
  ['Keine Ahnung, welche Weiterbildung', {}],
  ['Nicht sicher, ob sie bleibt', {}],
  ['Sehr genervt von den Meetings', { frustrated: 'genervt' }],
  ['Hat die Nase voll von Bereitschaftsdiensten', { frustrated: 'nase voll' }],
  ['Nicht frustriert, nur müde', {}],
  ['Hat keine Ziele für Q3', { noGoals: 'keine ziele' }],
  ['Irgendwie stimmt etwas nicht im Team', { unclearProblem: 'irgendwie' }],
  ['Sagt, Tests seien nicht meine Aufgabe', { ownership: 'nicht meine aufgabe' }],
  ['Wartet ab, bis jemand anderes es macht', { ownership: 'wartet ab' }],
  ['Jemand anderes übernimmt die Präsentation', {}],
  ['Das soll jemand anderes machen, sagt er', { ownership: 'soll jemand anderes' }],
  ['Kommt mit der Migration nicht voran', { stuck: 'kommt mit der migration nicht voran' }],
  ['Dass wir so feststecken, ärgert sie', { stuck: 'feststecken', frustrated: 'ärgert' }],
  ['Eine stille Kollegin, meldet sich selten', { quiet: 'stille' }],
  ['Die Zahl sagt wenig aus', {}],
  ['Ziele für Q3 vereinbart', {}],
  ['Übernimmt Verantwortung für die Roadmap', {}],
  ['Zum Schluss die nächsten Schritte vereinbart', { closing: 'nächsten schritte' }],
  ['Kurzes Fazit am Ende', { closing: 'fazit' }],
];

describe.each([
  ['en', english],
  ['nl', dutch],
  ['de', german],
] as const)('signals in %s notes', (language, lines) => {
  it('has at least 25 note lines, false friends included', () => {
    expect(lines.length).toBeGreaterThanOrEqual(25);
    expect(lines.filter(([, expected]) => Object.keys(expected).length === 0).length).toBeGreaterThanOrEqual(8);
  });

  it.each(lines)('%s', (note, expected) => {
    expect(Object.fromEntries(findSignals(note, contentPacks[language].signals))).toEqual(expected);
  });
});

describe('clauses', () => {
  it('folds case and curly apostrophes, and splits at punctuation', () => {
    expect(clauses('Don’t know HOW, really.\nÄrger: "geen" tijd!')).toEqual([["don't", 'know', 'how'], ['really'], ['ärger'], ['geen'], ['tijd']]);
  });

  it('has no clause in blank notes', () => {
    expect(clauses('  \n ')).toEqual([]);
  });
});
