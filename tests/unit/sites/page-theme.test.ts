import { describe, expect, it } from 'vitest';
import { pageThemeOf } from '@/utils/sites/page-theme';

describe('pageThemeOf', () => {
  it.each([
    { name: "Meet's dark grey", background: 'rgb(32, 33, 36)', theme: 'dark' },
    { name: 'white', background: 'rgb(255, 255, 255)', theme: 'light' },
    { name: 'transparent', background: 'rgba(0, 0, 0, 0)', theme: null },
    { name: 'a colour space it does not read', background: 'oklch(0.2 0.1 200)', theme: null },
  ])('$name', ({ background, theme }) => {
    expect(pageThemeOf(background)).toBe(theme);
  });

  // Browsers give a computed colour as rgb(…) with numbers, but the value reaches the background in
  // a message from the call page's process: a value of any other shape says nothing and breaks nothing.
  it.each([
    { name: 'rgb with no numbers', background: 'rgb' },
    { name: 'rgb with a missing channel', background: 'rgb(0, 0)' },
    { name: 'numbers that are not numbers', background: 'rgb(1.2.3, 4.5.6, 7.8.9)' },
    { name: 'a megabyte of numbers', background: `rgb(${'1, '.repeat(350_000)}1)` },
  ])('says nothing of $name', ({ background }) => {
    expect(pageThemeOf(background)).toBeNull();
  });
});
