import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DataProvider } from '@/components/data/provider';
import { LanguageProvider } from '@/components/LanguageProvider';
import { Dashboard } from './Dashboard';
import '@/components/base.css';
import './dashboard.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider>
      <LanguageProvider>
        <Dashboard />
      </LanguageProvider>
    </DataProvider>
  </StrictMode>,
);
