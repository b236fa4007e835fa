import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DataProvider } from '@/components/data/provider';
import { LanguageProvider } from '@/components/LanguageProvider';
import { Dashboard } from './Dashboard';
import '@/components/base.css';
import './dashboard.css';

// chart.js is only needed for charts, but nearly every visit shows one: fetch it while data loads.
void import('chart.js');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider>
      <LanguageProvider>
        <Dashboard />
      </LanguageProvider>
    </DataProvider>
  </StrictMode>,
);
