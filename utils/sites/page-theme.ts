import type { PageTheme } from '../messaging/protocol';

/**
 * Whether a page looks dark, from its body's computed background colour (`rgb(…)`/`rgba(…)`).
 * Null when that says nothing: transparent, or a colour syntax this does not read.
 */
export function pageThemeOf(background: string): PageTheme | null {
  const [r, g, b, alpha = 1] = background.startsWith('rgb') ? background.match(/[\d.]+/g)!.map(Number) : [];
  // Luminance, roughly (no gamma): enough to tell Meet's #202124 from white.
  return alpha > 0 && b !== undefined ? (0.2126 * r! + 0.7152 * g! + 0.0722 * b < 128 ? 'dark' : 'light') : null;
}
