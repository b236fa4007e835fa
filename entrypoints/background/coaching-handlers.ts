import { findTemplate } from '@/utils/agenda/templates';
import { contentFor } from '@/utils/content/packs';
import { buildSessionSummary } from '@/utils/export/from-records';
import { suggestionText } from '@/utils/questions/bank';
import { isValidRating, statementOptions } from '@/utils/ratings/statements';
import { personInsights, teamInsights, type InsightData } from '@/utils/ratings/insights';
import { statementIds } from '@/utils/content/types';
import { localDayNow } from '@/utils/sessions/day';
import { queryTerms } from '@/utils/search/tokenize';
import { snippetAround } from '@/utils/search/hits';
import type { Handlers } from '@/utils/messaging/server';
import type { RecordStore } from '@/utils/db/store';
import type { Services } from './services';

type CoachingMethod =
  | 'listPeople'
  | 'savePerson'
  | 'deletePerson'
  | 'restorePerson'
  | 'setSessionPerson'
  | 'setTakeaway'
  | 'endSession'
  | 'getRecap'
  | 'getSessionRatings'
  | 'rate'
  | 'clearRating'
  | 'getStatementLastAsked'
  | 'listStatements'
  | 'saveStatement'
  | 'saveStatementSet'
  | 'deleteStatementItem'
  | 'listObjectives'
  | 'saveObjective'
  | 'saveKeyResult'
  | 'saveRisk'
  | 'deleteOkrItem'
  | 'listActionItems'
  | 'saveActionItem'
  | 'setActionItemDone'
  | 'deleteActionItem'
  | 'setNotePrivate'
  | 'getPersonInsights'
  | 'getTeamInsights'
  | 'searchNotes'
  | 'getSessionSummary';

export type CoachingHandlers = Pick<Handlers, CoachingMethod>;

/** People, ratings, OKRs, action items and the dashboard's insights. */
export function coachingHandlers({ db, sessions, notes, coaching, library, listening }: Services): CoachingHandlers {
  async function requireSession(id: string) {
    const session = await sessions.get(id);
    if (!session) throw new Error(`No session with id ${id}`);
    return session;
  }

  /** Everything, or only one person's records: a person's page reads through the personId indexes. */
  async function insightData(personId?: string): Promise<InsightData> {
    const now = Date.now();
    const ofPerson = <T extends 'ratings' | 'objectives' | 'actionItems'>(store: RecordStore<T>) => (personId ? store.where('personId', personId) : store.all());
    const [people, allSessions, ratings, objectives, actionItems, own] = await Promise.all([
      coaching.listPeople(),
      // Filtered after reading: a Dexie filter would walk a cursor instead of one getAll().
      (personId ? db.sessions.where('personId').equals(personId) : db.sessions.toCollection()).toArray().then((found) => found.filter((s) => s.deletedAt === null)),
      ofPerson(coaching.ratings),
      ofPerson(coaching.objectives),
      ofPerson(coaching.actionItems),
      coaching.statements.all(),
    ]);
    return {
      now,
      today: localDayNow(now),
      offsetMinutes: new Date(now).getTimezoneOffset(),
      people,
      sessions: allSessions.map((s) => ({ id: s.id, personId: s.personId, startedAt: s.startedAt, title: s.meeting.title || s.meeting.code })),
      ratings,
      statementIds: [...statementIds, ...own.map((statement) => statement.id)],
      objectives,
      actionItems,
    };
  }

  return {
    listPeople: () => coaching.listPeople(),
    async savePerson({ id, name, role, notes: personNotes }) {
      if (name.trim() === '') throw new Error('A person needs a name');
      return await coaching.people.save(id, { name: name.trim(), role: role.trim(), notes: personNotes }, () => ({ name, role, notes: personNotes, meetingKeys: [] }));
    },
    async deletePerson({ id }) {
      await coaching.people.remove(id);
    },
    async restorePerson({ id }) {
      const tombstone = await db.people.get(id);
      if (!tombstone) throw new Error(`No person with id ${id}`);
      const { name, role, notes: personNotes, meetingKeys } = tombstone;
      return await coaching.people.save(id, { name, role, notes: personNotes, meetingKeys }, () => ({ name, role, notes: personNotes, meetingKeys }));
    },
    async setSessionPerson({ sessionId, personId }) {
      const session = await requireSession(sessionId);
      await coaching.linkMeeting(personId, session.meetingKey);
      // What was already recorded in this session belongs to the person too.
      await coaching.ratings.saveMany((await coaching.ratings.where('sessionId', sessionId)).map((rating) => ({ id: rating.id, patch: { personId } })));
      await coaching.actionItems.saveMany((await coaching.actionItems.where('sessionId', sessionId)).map((item) => ({ id: item.id, patch: { personId } })));
      return await sessions.setPerson(sessionId, personId);
    },
    async setTakeaway({ sessionId, takeaway }) {
      return await sessions.setTakeaway(sessionId, takeaway);
    },
    async endSession({ sessionId }) {
      await listening.ended(sessionId);
      return await sessions.end(sessionId);
    },
    async getRecap({ sessionId }) {
      return coaching.recap(await requireSession(sessionId));
    },
    getSessionRatings: ({ sessionId }) => coaching.ratings.where('sessionId', sessionId),
    async rate({ sessionId, subject, value, comment }) {
      if (!isValidRating(value, 'statementId' in subject ? 'agreement-7' : 'progress-10')) throw new RangeError(`Rating ${value} is outside the scale`);
      return await coaching.rate(await requireSession(sessionId), subject, value, comment);
    },
    async clearRating({ id }) {
      await coaching.ratings.remove(id);
    },
    getStatementLastAsked: ({ personId, beforeSessionId }) => coaching.statementLastAsked(personId, beforeSessionId),
    async listStatements() {
      const [statements, sets] = await Promise.all([coaching.statements.all(), coaching.statementSets.all()]);
      return { statements: statements.sort((a, b) => a.createdAt - b.createdAt), sets: sets.sort((a, b) => a.name.localeCompare(b.name)) };
    },
    async saveStatement({ id, text, language }) {
      if (text.trim() === '') throw new Error('A statement needs text');
      return await coaching.statements.save(id, { text: text.trim(), language }, () => ({ text: text.trim(), language }));
    },
    async saveStatementSet({ id, name, statementIds: ids }) {
      return await coaching.statementSets.save(id, { name, statementIds: ids }, () => ({ name, statementIds: ids }));
    },
    async deleteStatementItem({ table, id }) {
      await (table === 'statements' ? coaching.statements : coaching.statementSets).remove(id);
    },
    listObjectives: ({ personId }) => coaching.objectivesOf(personId),
    async saveObjective({ id, ...fields }) {
      return await coaching.objectives.save(id, fields, () => fields);
    },
    async saveKeyResult({ id, ...fields }) {
      return await coaching.keyResults.save(id, fields, () => fields);
    },
    async saveRisk({ id, ...fields }) {
      return await coaching.risks.save(id, fields, () => fields);
    },
    async deleteOkrItem({ table, id }) {
      await ({ objectives: coaching.objectives, keyResults: coaching.keyResults, risks: coaching.risks } as const)[table].remove(id);
    },
    async listActionItems({ sessionId }) {
      return coaching.actionItemsFor(await requireSession(sessionId));
    },
    async saveActionItem({ id, sessionId, text, owner, due }) {
      const session = await requireSession(sessionId);
      const fields = { text, owner, due };
      return await coaching.actionItems.save(id, fields, () => ({ ...fields, sessionId, personId: session.personId, doneAt: null }));
    },
    async setActionItemDone({ id, done }) {
      return await coaching.actionItems.save(id, { doneAt: done ? Date.now() : null });
    },
    async deleteActionItem({ id }) {
      await coaching.actionItems.remove(id);
    },
    async setNotePrivate({ sessionId, sectionId, private: isPrivate }) {
      return await notes.setPrivate(sessionId, sectionId, isPrivate);
    },
    async getPersonInsights({ personId }) {
      const insights = personInsights(await insightData(personId), personId);
      if (!insights) throw new Error(`No person with id ${personId}`);
      return insights;
    },
    async getTeamInsights() {
      return teamInsights(await insightData());
    },
    async getSessionSummary({ sessionId }) {
      // The captions' counts wait a few seconds before they are written: the summary has them all.
      await listening.saveNow(sessionId);
      const session = await requireSession(sessionId);
      const pack = contentFor(session.language);
      const [person, sessionNotes, ratings, objectives, actionItems, templates, questions, own] = await Promise.all([
        session.personId ? coaching.people.get(session.personId) : undefined,
        notes.forSession(sessionId),
        coaching.ratings.where('sessionId', sessionId),
        session.personId ? coaching.objectivesOf(session.personId) : [],
        coaching.actionItemsFor(session),
        library.templates.list(),
        library.questions.list(),
        coaching.statements.all(),
      ]);
      const custom = questions.map(({ id, text, language, situations, roles }) => ({ id, text, language, situations, roles }));
      const statements = new Map(statementOptions(pack, own, session.language).map((option) => [option.id, option.text]));
      return buildSessionSummary({
        session,
        person: person ?? null,
        template: findTemplate(session.templateId, pack, templates),
        notes: sessionNotes,
        questionText: (id) => suggestionText(id, pack, custom)?.text,
        statementText: (id) => statements.get(id),
        ratings,
        objectives,
        actionItems,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
    },
    async searchNotes({ query }) {
      const found = await notes.search(query);
      const sessionsById = new Map((await db.sessions.bulkGet([...new Set(found.map((note) => note.sessionId))])).flatMap((s) => (s ? [[s.id, s] as const] : [])));
      const people = new Map((await coaching.listPeople()).map((person) => [person.id, person.name]));
      const [term = ''] = queryTerms(query);
      return found
        .flatMap((note) => {
          const session = sessionsById.get(note.sessionId);
          if (!session || session.deletedAt !== null) return [];
          return [
            {
              noteId: note.id,
              sessionId: note.sessionId,
              sectionId: note.sectionId,
              startedAt: session.startedAt,
              meetingTitle: session.meeting.title || session.meeting.code,
              personName: session.personId ? (people.get(session.personId) ?? null) : null,
              snippet: snippetAround(note.text, term),
            },
          ];
        })
        .sort((a, b) => b.startedAt - a.startedAt);
    },
  };
}
