/** The theme setting: `auto` follows the call page when known, else the system. */
export const themeSettings = ['auto', 'light', 'dark'] as const;
export type ThemeSetting = (typeof themeSettings)[number];
export type Theme = 'light' | 'dark';

export interface ThemeInputs {
  setting: ThemeSetting;
  /** The call page's own theme, for the sidebar docked on it; null when unknown or not docked. */
  pageTheme: Theme | null;
  /** What the system prefers (`prefers-color-scheme`). */
  system: Theme;
}

/**
 * The theme a page of ours shows. A chosen theme wins; on `auto` the docked sidebar matches the call
 * page it sits on (Meet and Zoom are dark whatever the system prefers), and every other page the system.
 */
export function chooseTheme({ setting, pageTheme, system }: ThemeInputs): Theme {
  if (setting !== 'auto') return setting;
  return pageTheme ?? system;
}
