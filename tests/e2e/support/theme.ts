/**
 * Runs in a page of ours (pass it to evaluate): the theme it applied, and whether what it paints
 * behind everything is dark (relative luminance of the root's background, WCAG's formula), as
 * "dark, painted dark". Self-contained: both Playwright and Puppeteer serialise it into the page.
 */
export function shownTheme(): string {
  const [r, g, b] = getComputedStyle(document.documentElement)
    .backgroundColor.match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  const dark = 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.2;
  return `${document.documentElement.dataset.theme}, painted ${dark ? 'dark' : 'light'}`;
}
