import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statementIds } from '@/utils/content/types';
import { plantedDrop, seededBackupText } from '../bench/seed-data';
import { runAxe } from './support/axe';
import { restoreThroughDashboard } from './pages/dashboard';
import { launchChromium } from './support/chromium';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

describe('person view', () => {
  it('shows one drawn chart per statement with its latest answer for a person of the seeded 3,000 sessions, the planted drop first and flagged', async () => {
    const browser = suite.track(await launchChromium());
    const dashboard = await browser.context.newPage();
    await restoreThroughDashboard(dashboard, browser.extensionId, seededBackupText());

    // Opened anew as a manager would: on the people tab, its first person.
    await dashboard.close();
    const people = await browser.context.newPage();
    await people.goto(`chrome-extension://${browser.extensionId}/dashboard.html#people`);
    const ratings = people.getByRole('region', { name: 'Ratings over time (1–7)' });
    await ratings.waitFor({ timeout: 60_000 });
    const charts = ratings.getByRole('figure');
    expect(await charts.count()).toBe(statementIds.length);
    for (const chart of await charts.all()) expect(await chart.textContent()).toMatch(/Latest [1-7]/);
    // Every small chart's canvas handed to the one chart worker, and the whole set reported drawn.
    expect(await ratings.locator('canvas').count()).toBe(statementIds.length);
    await people.waitForFunction(() => performance.getEntriesByName('coachbar:chart').length > 0, undefined, { timeout: 30_000 });
    expect(await people.getByRole('group', { name: 'Time range' }).getByRole('radio', { checked: true }).count()).toBe(1);

    await people.getByRole('button', { name: new RegExp(`^${plantedDrop.personName}`) }).click();
    const first = people.getByRole('region', { name: 'Ratings over time (1–7)' }).getByRole('figure').first();
    await expect.poll(() => first.textContent(), { timeout: 30_000 }).toContain('Flagged');
    expect(await first.textContent()).toContain(`Latest ${plantedDrop.lastAnswers.at(-1)}`);
    await people.getByRole('radio', { name: 'All' }).check();
    await expect.poll(() => first.textContent()).toMatch(/earlier answers in this range/);
    expect(await runAxe(people)).toEqual([]);
    // Kept with the test results to look at.
    mkdirSync('test-results', { recursive: true });
    await people.screenshot({ path: 'test-results/person-charts.png', fullPage: true });
  }, 360_000);
});
