import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plantedDrop, seededBackupText } from '../bench/seed-data';
import { runAxe } from './support/axe';
import { restoreThroughDashboard } from './pages/dashboard';
import { launchChromium } from './support/chromium';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

describe('team view flags', () => {
  it('lists the one planted drop first among 3,000 seeded sessions of answers drawn at random, and says why', async () => {
    const browser = suite.track(await launchChromium());
    const dashboard = await browser.context.newPage();
    await restoreThroughDashboard(dashboard, browser.extensionId, seededBackupText());

    await dashboard.getByRole('tab', { name: 'Team' }).click();
    const flags = dashboard.getByRole('region', { name: 'Patterns to look at' });
    const people = flags.getByRole('heading', { level: 4 });
    await people.first().waitFor({ timeout: 60_000 });
    expect(await people.first().textContent()).toBe(plantedDrop.personName);

    const drops = flags.getByText(/fell to \d from a usual/);
    expect(await drops.count()).toBe(1);
    const first = flags.getByRole('listitem', { name: plantedDrop.personName });
    await expect.poll(() => first.getByText(/fell to \d from a usual/).textContent()).toContain('fell to 2 from a usual 6: low for the last 2 answers');

    await first.getByText('Why is this flagged?').click();
    await first.getByText(/at least the last 2 answers are all below this person’s own average/).waitFor();
    await first.getByText(/^Usually about 6 \(the \d+ answers before\); the last 2: \d, then 2\.$/).waitFor();
    expect(await runAxe(dashboard)).toEqual([]);
    // Kept with the test results to look at.
    mkdirSync('test-results', { recursive: true });
    await flags.screenshot({ path: 'test-results/team-flags.png' });

    await first.getByRole('button', { name: 'Open session' }).first().click();
    await dashboard.getByRole('heading', { name: `1:1 ${plantedDrop.personName}` }).first().waitFor();
  }, 360_000);
});
