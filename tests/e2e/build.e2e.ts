import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeBuild } from './support/chromium';
import { firefoxBuild } from './support/firefox';

const compileHint = '//# allFunctionsCalledOnLoad';
const read = (build: string, file: string) => readFileSync(join(build, file), 'utf8');
/** Whether each chunk named `<prefix>-<hash>.js` starts with V8's compile hint. */
const hinted = (build: string, prefix: string) =>
  readdirSync(join(build, 'chunks'))
    .filter((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'))
    .map((file) => read(build, `chunks/${file}`).startsWith(`${compileHint}\n`));

describe('the Chrome build', () => {
  it("starts the chunks of the pages' first screens with V8's compile hint, and no others", () => {
    for (const entry of ['sidepanel', 'dashboard']) expect(hinted(chromeBuild, entry), entry).toEqual([true]);
    // The sidebar's and the dashboard's start chunks, which their entries import at once.
    expect(hinted(chromeBuild, 'start')).toEqual([true, true]);
    for (const later of ['docx', 'SettingsTab', 'summary']) expect(hinted(chromeBuild, later), later).toEqual([false]);
    expect(read(chromeBuild, 'background.js')).not.toContain(compileHint);
    expect(read(chromeBuild, 'content-scripts/call.js')).not.toContain(compileHint);
  });
});

describe('the manifests', () => {
  it('ask for the browser versions with the APIs the call script and the side panel use', () => {
    const chrome = JSON.parse(read(chromeBuild, 'manifest.json')) as { minimum_chrome_version?: string };
    const firefox = JSON.parse(read(firefoxBuild, 'manifest.json')) as { browser_specific_settings?: { gecko?: { strict_min_version?: string } } };
    expect(chrome.minimum_chrome_version).toBe('116');
    expect(firefox.browser_specific_settings?.gecko?.strict_min_version).toBe('147.0');
  });
});
