import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DataProvider } from '@/components/data/provider';
import { LanguageProvider } from '@/components/LanguageProvider';
import { ThemeProvider } from '@/components/theme';
import { Welcome } from './Welcome';
import '@/components/base.css';
import './welcome.css';

// The page the background opens once, after the first install (entrypoints/background/first-run.ts).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider>
      <ThemeProvider>
        <LanguageProvider>
          <Welcome browserName={import.meta.env.FIREFOX ? 'firefox' : 'chrome'} />
        </LanguageProvider>
      </ThemeProvider>
    </DataProvider>
  </StrictMode>,
);
