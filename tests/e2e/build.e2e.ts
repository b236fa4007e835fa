import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeBuild } from './support/chromium';
import { firefoxBuild } from './support/firefox';

const compileHint = '//# allFunctionsCalledOnLoad\n';
const read = (build: string, file: string) => readFileSync(join(build, file), 'utf8');

describe.each([
  ['Chrome', chromeBuild],
  ['Firefox', firefoxBuild],
])('the %s build', (_browser, build) => {
  it("starts every page chunk with V8's compile hint, and not the worker or the call script", () => {
    const chunks = readdirSync(join(build, 'chunks')).filter((file) => file.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(read(build, `chunks/${chunk}`).startsWith(compileHint), chunk).toBe(true);
    expect(read(build, 'background.js')).not.toContain('allFunctionsCalledOnLoad');
    expect(read(build, 'content-scripts/call.js')).not.toContain('allFunctionsCalledOnLoad');
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
