import type { Call } from '@/utils/messaging/client';
import type { Result } from '@/utils/messaging/protocol';
import type { Tab } from './tabs';

/** What the first screen of a tab waits for, asked for by main.tsx before React is fetched. */
export interface FirstReads {
  settings: Promise<Result<'getSettings'>>;
  sessions?: Promise<Result<'listSessions'>>;
  people?: Promise<Result<'listPeople'>>;
  statements?: Promise<Result<'listStatements'>>;
  /** The person the people tab opens on (its first), and that person's insights; null without people. */
  firstPerson?: Promise<{ personId: string; insights: Promise<Result<'getPersonInsights'>> } | null>;
}

/**
 * The reads go out at once and in parallel where they can; the people tab's insights follow the
 * list within the same microtask, so no component asks for them a second time.
 */
export function firstReads(tab: Tab, call: Call): FirstReads {
  const reads: FirstReads = { settings: call('getSettings', {}) };
  if (tab === 'sessions') reads.sessions = call('listSessions', {});
  if (tab === 'people' || tab === 'team') reads.statements = call('listStatements', {});
  if (tab === 'people') {
    const people = call('listPeople', {});
    reads.people = people;
    reads.firstPerson = people.then((list) => {
      const first = list[0];
      return first ? { personId: first.id, insights: call('getPersonInsights', { personId: first.id }) } : null;
    });
  }
  return reads;
}
