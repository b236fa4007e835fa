import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoachingRepository } from '@/utils/db/coaching';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import { LibraryRepository } from '@/utils/db/library';
import { SessionRepository } from '@/utils/db/sessions';
import { RecordWriter } from '@/utils/db/writer';
import type { MeetingRef } from '@/utils/sites/detect';

const meet = { site: 'meet' as const, code: 'abc-defg-hij' };
const day = 86_400_000;
let db: CoachbarDatabase;
let now: number;
let sessions: SessionRepository;
let coaching: CoachingRepository;

beforeEach(async () => {
  db = openDatabase({}, `coaching-${crypto.randomUUID()}`);
  now = new Date(2026, 10, 2, 10).getTime();
  const writer = new RecordWriter(db, () => now);
  sessions = new SessionRepository(db, writer, () => now);
  coaching = new CoachingRepository(db, writer);
  await coaching.people.save('alex', {}, () => ({ name: 'Alex', role: 'Engineer', notes: '', meetingKeys: [] }));
});

afterEach(async () => {
  await db.delete();
});

async function sessionWithAlex() {
  const session = await sessions.openForMeeting(meet, '1:1', 'en', (key) => coaching.personForMeeting(key));
  if (!session.personId) {
    await coaching.linkMeeting('alex', session.meetingKey);
    return sessions.setPerson(session.id, 'alex');
  }
  return session;
}

describe('continuity between sessions', () => {
  it('links the next call on the same meeting to the same person by itself', async () => {
    const first = await sessionWithAlex();
    await sessions.end(first.id);
    now += 7 * day;
    const second = await sessions.openForMeeting(meet, '1:1', 'en', (key) => coaching.personForMeeting(key));
    expect(second.id).not.toBe(first.id);
    expect(second.personId).toBe('alex');
  });

  it('starts a new session after the 1:1 was ended, even the same day', async () => {
    const first = await sessionWithAlex();
    await sessions.end(first.id);
    now += 60_000;
    const again = await sessions.openForMeeting(meet, '1:1', 'en');
    expect(again.id).not.toBe(first.id);
  });

  it('carries open action items into every next session until done, and recaps the last one', async () => {
    const first = await sessionWithAlex();
    await coaching.actionItems.save('a1', {}, () => ({ sessionId: first.id, personId: 'alex', text: 'Draft guide', owner: 'report', due: null, doneAt: null }));
    await coaching.actionItems.save('a2', {}, () => ({ sessionId: first.id, personId: 'alex', text: 'Book training', owner: 'manager', due: null, doneAt: null }));
    await coaching.rate(first, { statementId: 'lq-satisfied' }, 6, 'Good support');
    await sessions.setTakeaway(first.id, 'More ownership');
    await sessions.end(first.id);

    now += 7 * day;
    const second = await sessionWithAlex();
    await coaching.actionItems.save('a2', { doneAt: now });
    const recap = await coaching.recap(second);
    expect(recap.previousSession).toMatchObject({ id: first.id, takeaway: 'More ownership' });
    expect(recap.lastRatings.map((r) => [r.statementId, r.value, r.comment])).toEqual([['lq-satisfied', 6, 'Good support']]);
    expect(recap.openActionItems.map((item) => item.text)).toEqual(['Draft guide']);
    expect((await coaching.actionItemsFor(second)).map((item) => item.text)).toEqual(['Draft guide']);
  });

  it('keeps one answer per statement per session: rating again replaces it', async () => {
    const session = await sessionWithAlex();
    await coaching.rate(session, { statementId: 'pd-career-path' }, 3, '');
    await coaching.rate(session, { statementId: 'pd-career-path' }, 5, 'After the talk');
    expect((await coaching.ratings.where('sessionId', session.id)).map((r) => r.value)).toEqual([5]);
  });

  it('reports when each statement was last asked, leaving out the current session', async () => {
    const first = await sessionWithAlex();
    await coaching.rate(first, { statementId: 'lq-satisfied' }, 6, '');
    await sessions.end(first.id);
    now += day;
    const second = await sessionWithAlex();
    await coaching.rate(second, { statementId: 'pd-career-path' }, 4, '');
    expect(await coaching.statementLastAsked('alex', second.id)).toEqual({ 'lq-satisfied': first.startedAt });
  });

  it('shows each objective with key results, risks and its latest progress', async () => {
    const session = await sessionWithAlex();
    await coaching.objectives.save('o1', {}, () => ({ personId: 'alex', period: '2026-Q4', text: 'Faster onboarding', confidence: 7, successStory: '', personalBenefit: '' }));
    await coaching.keyResults.save('k1', {}, () => ({ objectiveId: 'o1', text: 'First PR in 5 days', ambitiousTarget: '5 days', minimumFloor: '10 days' }));
    await coaching.risks.save('r1', {}, () => ({ objectiveId: 'o1', risk: 'No mentors', counterMeasure: 'Pair up' }));
    await coaching.rate(session, { objectiveId: 'o1' }, 4, 'Docs first');
    const [objective] = await coaching.objectivesOf('alex');
    expect(objective).toMatchObject({ text: 'Faster onboarding', progress: { value: 4 } });
    expect(objective!.keyResults.map((kr) => kr.minimumFloor)).toEqual(['10 days']);
    expect(objective!.risks.map((risk) => risk.counterMeasure)).toEqual(['Pair up']);
  });
});

describe('the agenda a new 1:1 opens on', () => {
  const zoom = { site: 'zoom' as const, code: '123456789' };
  const openWithLinkedPerson = (meeting: MeetingRef) => sessions.openForMeeting(meeting, '1:1', 'en', (key) => coaching.personForMeeting(key));

  it('opens the first 1:1 on a link on the weekly', async () => {
    expect((await openWithLinkedPerson(meet)).templateId).toBe('weekly');
  });

  it('opens on the agenda used last time on the same link', async () => {
    const first = await sessionWithAlex();
    await sessions.setTemplate(first.id, 'career');
    await sessions.end(first.id);
    now += 7 * day;
    expect((await openWithLinkedPerson(meet)).templateId).toBe('career');
  });

  it('passes over an agenda deleted since', async () => {
    const library = new LibraryRepository(db, new RecordWriter(db, () => now));
    await library.templates.save('own', { name: 'Own', language: 'en', sections: [{ id: 'talk', title: 'Talk', minutes: 10, prompts: [], role: 'opening' }] });
    const first = await sessionWithAlex();
    await sessions.setTemplate(first.id, 'own');
    await sessions.end(first.id);
    await library.templates.remove('own');
    now += 7 * day;
    expect((await openWithLinkedPerson(meet)).templateId).toBe('weekly');
  });

  it('on a new link, takes the agenda used last time with the person once they are linked', async () => {
    const first = await sessionWithAlex();
    await sessions.setTemplate(first.id, 'career');
    await sessions.end(first.id);
    now += 7 * day;
    const onNewLink = await openWithLinkedPerson(zoom);
    expect(onNewLink.templateId).toBe('weekly');
    expect((await sessions.setPerson(onNewLink.id, 'alex')).templateId).toBe('career');
  });

  it('keeps the agenda chosen on a link when a person is linked, and one the call has moved on in', async () => {
    const first = await sessionWithAlex();
    await sessions.setTemplate(first.id, 'career');
    await sessions.end(first.id);
    now += 7 * day;
    const onNewLink = await openWithLinkedPerson(zoom);
    await sessions.moveToSection(onNewLink.id, 1, false);
    expect((await sessions.setPerson(onNewLink.id, 'alex')).templateId).toBe('weekly');
  });
});
