// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueryClient, DataProvider } from '@/components/data/provider';
import { queryKeys } from '@/components/data/query-keys';
import type { ChangedEvent } from '@/utils/messaging/protocol';

afterEach(cleanup);

/** A page's cache holding one read of each kind the test looks at, all fresh. */
function renderPage() {
  const client = createQueryClient();
  const keys = {
    objectives: queryKeys.objectives('p1'),
    recap: queryKeys.recap('s1'),
    personInsights: queryKeys.personInsights('p1'),
    statements: queryKeys.statements(),
    notes: queryKeys.notes('s1'),
    templates: queryKeys.templates(),
  };
  for (const key of Object.values(keys)) client.setQueryData(key, []);
  render(<DataProvider client={client}>{null}</DataProvider>);
  const stale = () => Object.entries(keys).flatMap(([name, key]) => (client.getQueryState(key)?.isInvalidated ? [name] : []));
  return { stale };
}

async function broadcast(event: ChangedEvent | Record<string, unknown>): Promise<void> {
  await fakeBrowser.runtime.sendMessage(event).catch(() => undefined);
}

it('a change to key results refreshes the objectives, the recap and the insights, and nothing else', async () => {
  const page = renderPage();
  await broadcast({ coachbar: 'changed', topics: ['keyResults'] });
  await waitFor(() => expect(page.stale().sort()).toEqual(['objectives', 'personInsights', 'recap']));
});

it('a change to statement sets refreshes the statements', async () => {
  const page = renderPage();
  await broadcast({ coachbar: 'changed', topics: ['statementSets'] });
  await waitFor(() => expect(page.stale()).toEqual(['statements']));
});

it('skips a topic it does not know, as from a newer background, and still refreshes the rest', async () => {
  const page = renderPage();
  await broadcast({ coachbar: 'changed', topics: ['somethingNew', 'templates'] });
  await waitFor(() => expect(page.stale()).toEqual(['templates']));
});
