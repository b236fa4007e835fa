import { describe, expect, it } from 'vitest';
import { chooseTheme, type ThemeInputs, type Theme } from '@/utils/theme/choose';

const cases: (ThemeInputs & { theme: Theme })[] = [
  // A chosen theme wins over the call page and the system.
  { setting: 'light', pageTheme: 'dark', system: 'dark', theme: 'light' },
  { setting: 'light', pageTheme: null, system: 'dark', theme: 'light' },
  { setting: 'dark', pageTheme: 'light', system: 'light', theme: 'dark' },
  { setting: 'dark', pageTheme: null, system: 'light', theme: 'dark' },
  // Automatic: the call page when known…
  { setting: 'auto', pageTheme: 'dark', system: 'light', theme: 'dark' },
  { setting: 'auto', pageTheme: 'light', system: 'dark', theme: 'light' },
  { setting: 'auto', pageTheme: 'dark', system: 'dark', theme: 'dark' },
  // …else the system.
  { setting: 'auto', pageTheme: null, system: 'dark', theme: 'dark' },
  { setting: 'auto', pageTheme: null, system: 'light', theme: 'light' },
];

describe('chooseTheme', () => {
  it.each(cases)('setting $setting, page $pageTheme, system $system → $theme', ({ theme, ...inputs }) => {
    expect(chooseTheme(inputs)).toBe(theme);
  });
});
