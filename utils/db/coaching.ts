import type { CoachbarDatabase } from './database';
import type { ActionItemRecord, KeyResultRecord, ObjectiveRecord, PersonRecord, RatingRecord, RiskRecord, SessionRecord } from './records';
import { RecordStore } from './store';
import type { RecordWriter } from './writer';

const byName = new Intl.Collator(undefined, { numeric: true });

export interface ObjectiveView extends ObjectiveRecord {
  keyResults: KeyResultRecord[];
  risks: RiskRecord[];
  /** The latest progress rating (1–10), and when. */
  progress: { value: number; at: number } | null;
}

export interface Recap {
  previousSession: Pick<SessionRecord, 'id' | 'startedAt' | 'takeaway'> | null;
  lastRatings: RatingRecord[];
  openActionItems: ActionItemRecord[];
  objectives: ObjectiveView[];
}

export type RatingSubject = { statementId: string } | { objectiveId: string };

/** People, their ratings, OKRs and action items: everything that makes one 1:1 build on the last. */
export class CoachingRepository {
  readonly people: RecordStore<'people'>;
  readonly ratings: RecordStore<'ratings'>;
  readonly objectives: RecordStore<'objectives'>;
  readonly keyResults: RecordStore<'keyResults'>;
  readonly risks: RecordStore<'risks'>;
  readonly actionItems: RecordStore<'actionItems'>;
  readonly statements: RecordStore<'statements'>;
  readonly statementSets: RecordStore<'statementSets'>;

  constructor(
    private readonly db: CoachbarDatabase,
    writer: RecordWriter,
  ) {
    this.people = new RecordStore(db, writer, 'people');
    this.ratings = new RecordStore(db, writer, 'ratings');
    this.objectives = new RecordStore(db, writer, 'objectives');
    this.keyResults = new RecordStore(db, writer, 'keyResults');
    this.risks = new RecordStore(db, writer, 'risks');
    this.actionItems = new RecordStore(db, writer, 'actionItems');
    this.statements = new RecordStore(db, writer, 'statements');
    this.statementSets = new RecordStore(db, writer, 'statementSets');
  }

  /** In the order a person reads names: "Person 2" before "Person 10". */
  async listPeople(): Promise<PersonRecord[]> {
    return (await this.people.all()).sort((a, b) => byName.compare(a.name, b.name));
  }

  /** The person whose recurring meeting this is, if one was linked before. */
  async personForMeeting(meetingKey: string): Promise<PersonRecord | undefined> {
    return (await this.people.all()).find((person) => person.meetingKeys.includes(meetingKey));
  }

  /** Links the meeting to one person only, so the next call on this link links itself. */
  async linkMeeting(personId: string | null, meetingKey: string): Promise<void> {
    for (const person of await this.people.all()) {
      const linked = person.meetingKeys.includes(meetingKey);
      if (person.id === personId && !linked) await this.people.save(person.id, { meetingKeys: [...person.meetingKeys, meetingKey] });
      if (person.id !== personId && linked) await this.people.save(person.id, { meetingKeys: person.meetingKeys.filter((key) => key !== meetingKey) });
    }
  }

  /** One answer per statement (or objective) per session: rating again replaces it. */
  rate(session: Pick<SessionRecord, 'id' | 'personId'>, subject: RatingSubject, value: number, comment: string): Promise<RatingRecord> {
    const fields =
      'statementId' in subject
        ? { scale: 'agreement-7' as const, statementId: subject.statementId, objectiveId: null }
        : { scale: 'progress-10' as const, statementId: null, objectiveId: subject.objectiveId };
    const id = `${session.id}/${'statementId' in subject ? `s:${subject.statementId}` : `o:${subject.objectiveId}`}`;
    return this.ratings.save(id, { ...fields, value, comment, personId: session.personId }, () => ({ sessionId: session.id, personId: session.personId, value, comment, ...fields }));
  }

  async objectivesOf(personId: string): Promise<ObjectiveView[]> {
    const objectives = await this.objectives.where('personId', personId);
    const ids = objectives.map((objective) => objective.id);
    const [keyResults, risks, progress] = await Promise.all([
      this.keyResults.anyOf('objectiveId', ids),
      this.risks.anyOf('objectiveId', ids),
      this.ratings.anyOf('objectiveId', ids),
    ]);
    const sessions = new Map((await this.db.sessions.bulkGet([...new Set(progress.map((r) => r.sessionId))])).flatMap((s) => (s ? [[s.id, s.startedAt] as const] : [])));
    return objectives
      .sort((a, b) => b.period.localeCompare(a.period) || a.createdAt - b.createdAt)
      .map((objective) => {
        const latest = progress
          .filter((rating) => rating.objectiveId === objective.id)
          .map((rating) => ({ value: rating.value, at: sessions.get(rating.sessionId) ?? rating.createdAt }))
          .sort((a, b) => b.at - a.at)[0];
        return {
          ...objective,
          keyResults: keyResults.filter((kr) => kr.objectiveId === objective.id).sort((a, b) => a.createdAt - b.createdAt),
          risks: risks.filter((risk) => risk.objectiveId === objective.id).sort((a, b) => a.createdAt - b.createdAt),
          progress: latest ?? null,
        };
      });
  }

  /** Open items of this person from any session, plus everything decided in this session. */
  async actionItemsFor(session: Pick<SessionRecord, 'id' | 'personId'>): Promise<ActionItemRecord[]> {
    const own = await this.actionItems.where('sessionId', session.id);
    const carried = session.personId ? (await this.actionItems.where('personId', session.personId)).filter((item) => item.doneAt === null && item.sessionId !== session.id) : [];
    return [...carried, ...own].sort((a, b) => a.createdAt - b.createdAt);
  }

  /** What the sidebar shows first: how the last session with this person ended. */
  async recap(session: SessionRecord): Promise<Recap> {
    if (!session.personId) return { previousSession: null, lastRatings: [], openActionItems: [], objectives: [] };
    const earlier = (await this.db.sessions.where('personId').equals(session.personId).toArray())
      .filter((other) => other.deletedAt === null && other.id !== session.id && other.startedAt < session.startedAt)
      .sort((a, b) => b.startedAt - a.startedAt);
    const previous = earlier[0];
    const lastRatings = previous ? await this.ratings.where('sessionId', previous.id) : [];
    const openActionItems = (await this.actionItems.where('personId', session.personId)).filter((item) => item.doneAt === null && item.sessionId !== session.id);
    return {
      previousSession: previous ? { id: previous.id, startedAt: previous.startedAt, takeaway: previous.takeaway } : null,
      lastRatings,
      openActionItems,
      objectives: await this.objectivesOf(session.personId),
    };
  }

  /** When each statement was last asked of this person, for "ask the least recently asked". */
  async statementLastAsked(personId: string, excludeSessionId: string): Promise<Record<string, number>> {
    const ratings = (await this.ratings.where('personId', personId)).filter((rating) => rating.statementId !== null && rating.sessionId !== excludeSessionId);
    const sessions = new Map((await this.db.sessions.bulkGet([...new Set(ratings.map((r) => r.sessionId))])).flatMap((s) => (s ? [[s.id, s.startedAt] as const] : [])));
    const last: Record<string, number> = {};
    for (const rating of ratings) {
      const at = sessions.get(rating.sessionId) ?? rating.createdAt;
      if (rating.statementId && at > (last[rating.statementId] ?? -Infinity)) last[rating.statementId] = at;
    }
    return last;
  }
}
