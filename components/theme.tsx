import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useLayoutEffect, useSyncExternalStore, type ReactNode } from 'react';
import { chooseTheme, type Theme } from '@/utils/theme/choose';
import { callContextQuery, settingsQuery } from './data/queries';

const prefersDark = '(prefers-color-scheme: dark)';

/** What the system prefers now. */
function systemTheme(): Theme {
  return matchMedia(prefersDark).matches ? 'dark' : 'light';
}

function followSystem(changed: () => void): () => void {
  const query = matchMedia(prefersDark);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** Puts the page in `theme`: base.css keys every colour token on this attribute. */
function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

const ThemeContext = createContext<Theme>('light');

/** The theme the page shows, for what draws its own colours (the charts). */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/**
 * Applies the theme the settings ask for and keeps it applied as the setting, the system or the
 * call page changes. `callTabId` names the call tab the sidebar is docked on, whose page theme
 * then counts; every other page follows the system on `auto`. Nothing is applied while the
 * settings are still being read: until then the canvas follows the system (base.css).
 */
export function ThemeProvider({ callTabId, children }: { callTabId?: number; children: ReactNode }) {
  const settings = useQuery(settingsQuery());
  const docked = callTabId !== undefined;
  const context = useQuery({ ...callContextQuery(callTabId), enabled: docked });
  const system = useSyncExternalStore(followSystem, systemTheme);
  const pageTheme = docked ? (context.data?.pageTheme ?? null) : null;
  const theme = chooseTheme({ setting: settings.data?.theme ?? 'auto', pageTheme, system });
  // A layout effect, so the tokens are in place before the charts' effects read them.
  useLayoutEffect(() => {
    if (!settings.isPending) applyTheme(theme);
  }, [theme, settings.isPending]);
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}
