import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient, DataProvider } from '@/components/data/provider';
import { peopleQuery, personInsightsQuery, sessionsQuery, settingsQuery, statementsQuery } from '@/components/data/queries';
import { LanguageProvider } from '@/components/LanguageProvider';
import { ThemeProvider } from '@/components/theme';
import { Dashboard } from './Dashboard';
import type { FirstReads } from './first-reads';
import type { Tab } from './tabs';

/** Renders the dashboard at once; the reads main.tsx sent are in the cache, answered or on their way. */
export function start(tab: Tab, reads: FirstReads): void {
  const client = createQueryClient();
  seedDashboard(client, reads);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DataProvider client={client}>
        <ThemeProvider>
          <LanguageProvider>
            <Dashboard initialTab={tab} />
          </LanguageProvider>
        </ThemeProvider>
      </DataProvider>
    </StrictMode>,
  );
}

/**
 * Puts each read, answered or not, under the key its component reads, so no component asks again.
 * A failed read is not retried here: a component that mounts after the failure reads again.
 */
export function seedDashboard(client: QueryClient, { settings, sessions, people, statements, firstPerson }: FirstReads): void {
  void client.prefetchQuery({ ...settingsQuery(), queryFn: () => settings, retry: false });
  if (sessions) void client.prefetchQuery({ ...sessionsQuery(), queryFn: () => sessions, retry: false });
  if (people) void client.prefetchQuery({ ...peopleQuery(), queryFn: () => people, retry: false });
  if (statements) void client.prefetchQuery({ ...statementsQuery(), queryFn: () => statements, retry: false });
  // Seeded in the microtask after the people list arrives, before React can render that person.
  void firstPerson
    ?.then((first) => {
      if (first) void client.prefetchQuery({ ...personInsightsQuery(first.personId), queryFn: () => first.insights, retry: false });
    })
    .catch(() => undefined);
}
