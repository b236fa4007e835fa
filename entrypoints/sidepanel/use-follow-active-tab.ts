import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '@/components/data/query-keys';
import { browser } from '@/utils/browser/api';

/**
 * The browser's own side panel (no tab of its own) shows the call in the active tab: ask again
 * when the user switches tabs. Listened to here, while the panel is open, rather than in the
 * background, which would then be woken for every tab switch in the browser.
 */
export function useFollowActiveTab(tabId: number | undefined): void {
  const client = useQueryClient();
  useEffect(() => {
    if (tabId !== undefined) return;
    const refetch = () => void client.invalidateQueries({ queryKey: queryKeys.callContext(undefined) });
    browser.tabs.onActivated.addListener(refetch);
    return () => browser.tabs.onActivated.removeListener(refetch);
  }, [client, tabId]);
}
