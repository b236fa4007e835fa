import { goToSection, pauseClock, resumeClock, startClock, switchAgenda } from '../agenda/engine';
import { defaultTemplateId } from '../agenda/templates';
import type { AgendaSection } from '../agenda/types';
import type { ListeningTotals } from '../listening/types';
import { templateStructures } from '../content/structure';
import { localDayNow } from '../sessions/day';
import { meetingKey, type MeetingRef } from '../sites/detect';
import type { CoachbarDatabase } from './database';
import type { SessionRecord } from './records';
import type { RecordWriter } from './writer';

export type SessionSummary = Pick<SessionRecord, 'id' | 'meeting' | 'day' | 'startedAt' | 'language' | 'templateId'> & {
  noteCount: number;
};

export class SessionRepository {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
    private readonly now: () => number = Date.now,
  ) {}

  async get(id: string): Promise<SessionRecord | undefined> {
    const session = await this.db.sessions.get(id);
    return session?.deletedAt === null ? session : undefined;
  }

  /**
   * The session for this meeting today: the same meeting code on the same day continues the
   * same session (its clock resumes where the call was left) until it is ended; a new day starts a new one.
   */
  async openForMeeting(
    meeting: MeetingRef,
    title: string,
    language: string,
    personForMeeting: (meetingKey: string) => Promise<{ id: string } | undefined> = async () => undefined,
  ): Promise<SessionRecord> {
    const now = this.now();
    const key = meetingKey(meeting);
    const day = localDayNow(now);
    const existing = await this.db.sessions
      .where('[meetingKey+day]')
      .equals([key, day])
      .filter((session) => session.deletedAt === null && session.endedAt === null)
      .first();
    if (existing) {
      const resumed = resumeClock(existing.clock, now);
      const titleChanged = title !== '' && title !== existing.meeting.title;
      if (resumed === existing.clock && !titleChanged) return existing;
      return this.writer.upsert('sessions', existing.id, {
        clock: resumed,
        meeting: { ...existing.meeting, title: titleChanged ? title : existing.meeting.title },
      });
    }
    const person = await personForMeeting(key);
    const templateId = await this.templateForNewSession(key, person?.id ?? null, now + 1);
    return this.writer.upsert('sessions', crypto.randomUUID(), {}, () => ({
      personId: person?.id ?? null,
      templateId,
      language,
      meeting: { ...meeting, title },
      meetingKey: key,
      day,
      startedAt: now,
      endedAt: null,
      clock: startClock(now),
      takeaway: '',
    }));
  }

  async moveToSection(id: string, target: number, autoAdvance: boolean): Promise<SessionRecord> {
    const session = await this.require(id);
    const sections = await this.sectionsOf(session.templateId);
    return this.writer.upsert('sessions', id, {
      clock: goToSection(sections, session.clock, target, this.now(), autoAdvance),
    });
  }

  /** Switches the agenda; the new template starts at its first section now. */
  async setTemplate(id: string, templateId: string): Promise<SessionRecord> {
    const session = await this.require(id);
    await this.sectionsOf(templateId);
    if (session.templateId === templateId) return session;
    // A template deleted since leaves no preparation to book.
    const previous = await this.sectionsOf(session.templateId).catch(() => []);
    return this.writer.upsert('sessions', id, { templateId, clock: switchAgenda(previous, session.clock, this.now()) });
  }

  /**
   * Which suggestions were asked in the previous sessions of the same meeting (the same person,
   * once sessions link to people), and how many sessions ago: 1 is the last one.
   */
  async askedBefore(id: string, lookBack = 3): Promise<Record<string, number>> {
    const session = await this.require(id);
    const previous = (await this.db.sessions.where('startedAt').below(session.startedAt).reverse().toArray())
      .filter((other) => other.deletedAt === null && other.meetingKey === session.meetingKey)
      .slice(0, lookBack);
    const asked: Record<string, number> = {};
    for (const [index, other] of previous.entries()) {
      const notes = await this.db.notes.where('sessionId').equals(other.id).toArray();
      for (const questionId of notes.flatMap((note) => note.questionIds)) asked[questionId] ??= index + 1;
    }
    return asked;
  }

  /**
   * The agenda a new 1:1 opens on: the one used last time on this link, else last time with this
   * person, else the weekly. A template deleted since is passed over.
   */
  private async templateForNewSession(meetingKey: string, personId: string | null, startedBefore: number): Promise<string> {
    const earlier = (await this.earlierSessions(startedBefore)).reverse();
    const lastOnLink = earlier.find((other) => other.meetingKey === meetingKey);
    const lastWithPerson = personId === null ? undefined : earlier.find((other) => other.personId === personId);
    for (const candidate of [lastOnLink, lastWithPerson]) {
      if (candidate && (await this.templateExists(candidate.templateId))) return candidate.templateId;
    }
    return defaultTemplateId;
  }

  private async earlierSessions(startedBefore: number): Promise<SessionRecord[]> {
    return (await this.db.sessions.where('startedAt').below(startedBefore).toArray()).filter((other) => other.deletedAt === null);
  }

  private templateExists(templateId: string): Promise<boolean> {
    return this.sectionsOf(templateId).then(
      () => true,
      () => false,
    );
  }

  private async sectionsOf(templateId: string): Promise<readonly AgendaSection[]> {
    const builtIn = templateStructures.find((structure) => structure.id === templateId);
    if (builtIn) return builtIn.sections;
    const own = await this.db.templates.get(templateId);
    if (!own || own.deletedAt !== null) throw new Error(`Unknown agenda template ${templateId}`);
    return own.sections;
  }

  /**
   * Links the session to a person. The first 1:1 on a new link opened on the built-in default;
   * while it is still in its first section it takes the agenda used last time with this person.
   */
  async setPerson(id: string, personId: string | null): Promise<SessionRecord> {
    const linked = await this.writer.upsert('sessions', id, { personId });
    if (personId === null || linked.templateId !== defaultTemplateId || linked.clock.index !== 0) return linked;
    const earlier = await this.earlierSessions(linked.startedAt);
    if (earlier.some((other) => other.meetingKey === linked.meetingKey)) return linked;
    const templateId = await this.templateForNewSession(linked.meetingKey, personId, linked.startedAt);
    return templateId === defaultTemplateId ? linked : this.setTemplate(id, templateId);
  }

  /** The id of the agenda section the session's clock is in. */
  async currentSectionId(session: SessionRecord): Promise<string | null> {
    return (await this.currentSection(session))?.id ?? null;
  }

  /** The agenda section the session's clock is in; null when its template is gone. */
  async currentSection(session: SessionRecord): Promise<AgendaSection | null> {
    const sections = await this.sectionsOf(session.templateId).catch(() => []);
    return sections[Math.min(session.clock.index, sections.length - 1)] ?? null;
  }

  /** What the call's captions counted so far (utils/listening). */
  setListening(id: string, listening: ListeningTotals): Promise<SessionRecord> {
    return this.writer.upsert('sessions', id, { listening });
  }

  /** A person's sessions, oldest first. */
  async ofPerson(personId: string): Promise<SessionRecord[]> {
    const sessions = await this.db.sessions.where('personId').equals(personId).toArray();
    return sessions.filter((session) => session.deletedAt === null).sort((a, b) => a.startedAt - b.startedAt);
  }

  setTakeaway(id: string, takeaway: string): Promise<SessionRecord> {
    return this.writer.upsert('sessions', id, { takeaway });
  }

  /** Ends the 1:1: the next call on the same link, even the same day, starts a new session. */
  async end(id: string): Promise<SessionRecord> {
    const session = await this.require(id);
    const now = this.now();
    return this.writer.upsert('sessions', id, { endedAt: now, clock: pauseClock(session.clock, now) });
  }

  /** The call was left: freeze the section clock until the same meeting is opened again. */
  async pause(id: string): Promise<void> {
    const session = await this.get(id);
    if (!session || session.clock.pausedAt !== null) return;
    await this.writer.upsert('sessions', id, { clock: pauseClock(session.clock, this.now()) });
  }

  async list(): Promise<SessionSummary[]> {
    // Filtered after reading: a Dexie filter would walk a cursor instead of one getAll().
    const sessions = (await this.db.sessions.orderBy('startedAt').reverse().toArray()).filter((s) => s.deletedAt === null);
    const counts = new Map<string, number>();
    await this.db.notes.each((note) => {
      if (note.deletedAt === null && note.text.trim() !== '') counts.set(note.sessionId, (counts.get(note.sessionId) ?? 0) + 1);
    });
    return sessions.map(({ id, meeting, day, startedAt, language, templateId }) => ({
      id,
      meeting,
      day,
      startedAt,
      language,
      templateId,
      noteCount: counts.get(id) ?? 0,
    }));
  }

  private async require(id: string): Promise<SessionRecord> {
    const session = await this.get(id);
    if (!session) throw new Error(`No session with id ${id}`);
    return session;
  }
}
