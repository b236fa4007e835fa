import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useChangedEvents } from './use-changed-events';

function ChangedEvents() {
  useChangedEvents();
  return null;
}

/** The background pushes "changed" events, so cached reads stay fresh without refetch-on-focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false } } });
}

export function DataProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <ChangedEvents />
      {children}
    </QueryClientProvider>
  );
}
