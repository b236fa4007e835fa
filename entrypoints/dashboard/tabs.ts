export type Tab = 'sessions' | 'people' | 'team' | 'templates' | 'questions' | 'settings';
export const tabs: readonly Tab[] = ['sessions', 'people', 'team', 'templates', 'questions', 'settings'];

/** The tab a `#people`-style address opens, else the sessions. */
export function tabFromHash(hash: string): Tab {
  const name = hash.replace(/^#/, '');
  return tabs.find((tab) => tab === name) ?? 'sessions';
}
