import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/components/data/provider';
import { queryKeys } from '@/components/data/query-keys';
import { firstReads } from '@/entrypoints/dashboard/first-reads';
import { seedDashboard } from '@/entrypoints/dashboard/start';
import { tabFromHash } from '@/entrypoints/dashboard/tabs';
import type { Call } from '@/utils/messaging/client';

/** A background that answers from a table and notes what it was asked, in order. */
function fakeCall(answers: Record<string, unknown>) {
  const asked: string[] = [];
  const call = ((method: string, data: unknown) => {
    asked.push(data && typeof data === 'object' && 'personId' in data ? `${method}:${String(data.personId)}` : method);
    return method in answers ? Promise.resolve(answers[method]) : Promise.reject(new Error(`No answer for ${method}`));
  }) as Call;
  return { call, asked };
}

const people = [{ id: 'p1', name: 'Ada' }, { id: 'p2', name: 'Bo' }];
const insights = { person: people[0], timeline: [], statementSeries: [], objectiveSeries: [], actionItems: { total: 0, done: 0, overdue: 0 }, flags: [] };

describe('tabFromHash', () => {
  it.each([
    ['#people', 'people'],
    ['#team', 'team'],
    ['', 'sessions'],
    ['#nonsense', 'sessions'],
  ])('%s opens %s', (hash, tab) => expect(tabFromHash(hash)).toBe(tab));
});

describe('firstReads', () => {
  it('asks for the people tab’s reads at once, then the first person’s insights as soon as the list is in', async () => {
    const { call, asked } = fakeCall({ getSettings: {}, listStatements: { statements: [], sets: [] }, listPeople: people, getPersonInsights: insights });
    const reads = firstReads('people', call);
    expect(asked).toEqual(['getSettings', 'listStatements', 'listPeople']);
    const first = await reads.firstPerson;
    expect(first?.personId).toBe('p1');
    await expect(first?.insights).resolves.toBe(insights);
    expect(asked).toEqual(['getSettings', 'listStatements', 'listPeople', 'getPersonInsights:p1']);
  });

  it('asks for no insights without people, and only the list on the sessions tab', async () => {
    const none = fakeCall({ getSettings: {}, listStatements: { statements: [], sets: [] }, listPeople: [] });
    await expect(firstReads('people', none.call).firstPerson).resolves.toBeNull();
    expect(none.asked).not.toContain('getPersonInsights:p1');

    const sessions = fakeCall({ getSettings: {}, listSessions: [] });
    firstReads('sessions', sessions.call);
    expect(sessions.asked).toEqual(['getSettings', 'listSessions']);
  });
});

describe('seedDashboard', () => {
  it('puts every read under the key its component reads, the insights before React could render the person', async () => {
    const { call } = fakeCall({ getSettings: { language: 'nl' }, listStatements: { statements: [], sets: [] }, listPeople: people, getPersonInsights: insights });
    const client = createQueryClient();
    const reads = firstReads('people', call);
    seedDashboard(client, reads);
    expect(client.getQueryState(queryKeys.people())?.fetchStatus).toBe('fetching');
    await reads.firstPerson;
    // The people list just arrived; React hears of it only in a later task, and by then the insights are on their way.
    expect(client.getQueryState(queryKeys.personInsights('p1'))?.fetchStatus).toBe('fetching');
    await (await reads.firstPerson)?.insights;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.getQueryData(queryKeys.settings())).toEqual({ language: 'nl' });
    expect(client.getQueryData(queryKeys.people())).toBe(people);
    expect(client.getQueryData(queryKeys.personInsights('p1'))).toBe(insights);
  });

  it('leaves a failed read as an error, for the component to read again', async () => {
    const { call } = fakeCall({ getSettings: {}, listStatements: { statements: [], sets: [] } });
    const client = createQueryClient();
    seedDashboard(client, firstReads('people', call));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.getQueryState(queryKeys.people())?.status).toBe('error');
    expect(client.getQueryState(queryKeys.personInsights('p1'))).toBeUndefined();
  });
});
