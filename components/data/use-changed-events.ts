import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { browser } from '@/utils/browser/api';
import { isChangedEvent } from '@/utils/messaging/protocol';
import { invalidateTopics } from './query-keys';

/** Refetches what the background says changed, so the docked sidebar, side panel and dashboard agree. */
export function useChangedEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const listener = (message: unknown) => {
      if (isChangedEvent(message)) void invalidateTopics(client, message.topics);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [client]);
}
