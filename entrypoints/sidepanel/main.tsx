import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DataProvider } from '@/components/data/provider';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider>
      <LanguageProvider>
        <App tabId={hostTabId()} />
      </LanguageProvider>
    </DataProvider>
  </StrictMode>,
);
