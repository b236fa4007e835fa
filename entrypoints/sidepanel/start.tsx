import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient, DataProvider } from '@/components/data/provider';
import { askedBeforeQuery, callContextQuery, conflictsQuery, peopleQuery, questionsQuery, settingsQuery, statementsQuery, syncStatusQuery, templatesQuery } from '@/components/data/queries';
import { queryKeys } from '@/components/data/query-keys';
import { LanguageProvider } from '@/components/LanguageProvider';
import { ThemeProvider } from '@/components/theme';
import type { SidebarStart } from '@/utils/messaging/protocol';
import { meetingKey } from '@/utils/sites/detect';
import { App } from './App';

/**
 * Renders the sidebar once its first read (sent by main.tsx while this loaded) has answered. The
 * other reads of the first screen leave when the sidebar is shown, beside that first one, so they
 * are in (or on their way) when it renders rather than asked for by its components afterwards.
 */
export async function start(tabId: number | undefined, opening: Promise<SidebarStart>, shown: Promise<void>): Promise<void> {
  // For the bench: a preloaded sidebar is ready to be shown from here on.
  performance.mark('coachbar:sidebar-loaded');
  const client = createQueryClient();
  void shown.then(() => prefetchFirstScreen(client));
  const first = await opening.catch(() => null);
  if (first) {
    seedSidebar(client, tabId, first);
    // The one read that needs the session: sent now, not once the suggestions have rendered.
    if (first.session) void client.prefetchQuery(askedBeforeQuery(first.session.id));
  } else {
    // Each read on its own then, so a failure shows where it belongs, with its retry.
    void client.prefetchQuery(settingsQuery());
    void client.prefetchQuery(callContextQuery(tabId));
  }
  // Framed in the call page (the dock): it follows the call page's theme there. Popped out into a
  // tab of its own or in the browser's side panel, it follows the system.
  const docked = window.top !== window;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DataProvider client={client}>
        <ThemeProvider callTabId={docked ? tabId : undefined}>
          <LanguageProvider>
            <App tabId={tabId} docked={docked} />
          </LanguageProvider>
        </ThemeProvider>
      </DataProvider>
    </StrictMode>,
  );
}

/** What the first screen shows besides the session, none of which depends on it. */
export function prefetchFirstScreen(client: QueryClient): void {
  void client.prefetchQuery(peopleQuery());
  void client.prefetchQuery(statementsQuery());
  void client.prefetchQuery(templatesQuery());
  void client.prefetchQuery(questionsQuery());
  void client.prefetchQuery(syncStatusQuery());
  void client.prefetchQuery(conflictsQuery());
}

/** Puts the first read into the cache under the keys the components read, so the first render shows it all. */
export function seedSidebar(client: QueryClient, tabId: number | undefined, { settings, context, session, notes }: SidebarStart): void {
  client.setQueryData(queryKeys.settings(), settings);
  client.setQueryData(queryKeys.callContext(tabId), context);
  if (!context || !session) return;
  client.setQueryData(queryKeys.openSession(meetingKey(context.meeting)), session);
  client.setQueryData(queryKeys.session(session.id), session);
  client.setQueryData(queryKeys.notes(session.id), notes);
}
