import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient, DataProvider } from '@/components/data/provider';
import { callContextQuery, settingsQuery } from '@/components/data/queries';
import { LanguageProvider } from '@/components/LanguageProvider';
import { App } from './App';
import '@/components/base.css';
import './sidebar.css';

/** `?tab=N` when docked in (or popped out of) a call tab; absent in the browser's own side panel. */
function hostTabId(): number | undefined {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param === null ? NaN : Number(param);
  return Number.isInteger(tab) && tab >= 0 ? tab : undefined;
}

// The first reads start before React renders, side by side: the sidebar shows sooner when toggled.
const client = createQueryClient();
const tabId = hostTabId();
void client.prefetchQuery(settingsQuery());
void client.prefetchQuery(callContextQuery(tabId));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider client={client}>
      <LanguageProvider>
        <App tabId={tabId} />
      </LanguageProvider>
    </DataProvider>
  </StrictMode>,
);
