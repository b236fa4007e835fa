import type { PageTheme } from '../messaging/protocol';

/** A computed colour as browsers write it: `rgb(r, g, b)` or `rgba(r, g, b, a)`. */
const computedRgb = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, (\d*\.?\d+(?:e-\d+)?))?\)$/;

/**
 * Whether a page looks dark, from its body's computed background colour. Null when that says
 * nothing: transparent, or a colour syntax this does not read. The value comes in a message from
 * the call page's process, so one of any other shape is read as nothing, never half-read.
 */
export function pageThemeOf(background: string): PageTheme | null {
  const match = computedRgb.exec(background);
  if (!match) return null;
  const [r, g, b, alpha] = match.slice(1).map((channel) => (channel === undefined ? 1 : Number(channel)));
  // Luminance, roughly (no gamma): enough to tell Meet's #202124 from white.
  return alpha! > 0 ? (0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128 ? 'dark' : 'light') : null;
}
