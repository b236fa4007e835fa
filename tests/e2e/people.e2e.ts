import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { meetCallUrl } from './support/server';
import { CallPage } from './pages/call-page';
import { runAxe } from './support/axe';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let browser: ChromiumSession;

describe('people, ratings and trends', () => {
  it('rates three statements, ends the 1:1, and the next call on the same link opens with the recap; the dashboard charts the points', async () => {
    browser = suite.track(await launchChromium());
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    const root = sidebar.root;

    await root.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'New person…' });
    await root.getByRole('textbox', { name: 'Name' }).fill('Alex de Vries');
    await root.getByRole('textbox', { name: 'Role' }).fill('Engineer');
    await root.getByRole('button', { name: 'Add person' }).click();
    await root.getByText('Next time, calls on this link open with Alex de Vries.').waitFor();
    // The hint is a line of its own: the template and person pickers keep their width beside each other.
    for (const picker of ['Template', 'Person']) expect((await root.getByRole('combobox', { name: picker }).boundingBox())!.width).toBeGreaterThan(100);

    await root.getByRole('tab', { name: 'Check-in' }).click();
    const scales = root.getByRole('radiogroup', { name: /^Agreement with/ });
    await expect.poll(() => scales.count()).toBe(3);
    const values = [6, 4, 2];
    for (const [index, value] of values.entries()) {
      await scales.nth(index).getByRole('radio', { name: String(value) }).click();
      await expect.poll(() => scales.nth(index).getByRole('radio', { name: String(value) }).getAttribute('aria-checked')).toBe('true');
    }
    // Keyboard: a number key sets the focused rating.
    await scales.nth(2).getByRole('radio', { name: '2' }).focus();
    await call.page.keyboard.press('3');
    await expect.poll(() => scales.nth(2).getByRole('radio', { name: '3' }).getAttribute('aria-checked')).toBe('true');
    const statements = await Promise.all([0, 1, 2].map((index) => scales.nth(index).getAttribute('aria-label')));

    await root.getByRole('tab', { name: 'Actions' }).click();
    await root.getByRole('textbox', { name: 'New action item' }).fill('Draft the onboarding guide');
    await root.getByRole('button', { name: 'Add' }).click();
    await root.getByText('Draft the onboarding guide').waitFor();
    const takeaway = root.getByRole('textbox', { name: 'Takeaway of this 1:1' });
    await takeaway.fill('Alex wants more ownership');
    await takeaway.blur();
    await root.getByRole('button', { name: 'End 1:1' }).click();
    await root.getByText(/This 1:1 has ended/).waitFor();

    const download = call.page.waitForEvent('download');
    await root.getByRole('button', { name: 'Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} 1-1 Alex de Vries\.md$/);
    const markdown = await readFile((await file.path())!, 'utf8');
    expect(markdown).toContain('Alex wants more ownership');
    expect(markdown).toContain('Draft the onboarding guide');

    await call.page.reload();
    const next = await call.sidebar();
    const recap = next.root.locator('details.recap');
    await recap.waitFor();
    await expect(next.root.getByRole('combobox', { name: 'Person' }).inputValue()).resolves.not.toBe('');
    const recapText = await recap.textContent();
    expect(recapText).toContain('Last time with Alex de Vries');
    expect(recapText).toContain('Alex wants more ownership');
    expect(recapText).toContain('Draft the onboarding guide');
    for (const label of statements) expect(recapText).toContain(label!.replace('Agreement with: ', ''));
    expect(recapText).toMatch(/: 6/);

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#people`);
    const chart = dashboard.getByRole('region', { name: /^Ratings over time/ });
    await chart.getByText('Data behind the chart').click();
    const rows = chart.getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    await expect(chart.getByRole('cell', { name: '6', exact: true }).count()).resolves.toBe(1);
    expect(await runAxe(dashboard)).toEqual([]);

    await dashboard.getByRole('tab', { name: 'Team' }).click();
    await dashboard.getByRole('table', { name: 'Latest answer per person' }).waitFor();
    await dashboard.getByRole('tab', { name: 'Sessions' }).click();
    await dashboard.getByRole('searchbox', { name: 'Search notes' }).fill('nothing-matches-this');
    await dashboard.getByText('No notes match “nothing-matches-this”.').waitFor();

    // The backup as a user gets it (sent by the service worker over a port to this page), then
    // restored into a fresh profile through the file picker.
    await dashboard.getByRole('tab', { name: 'Settings' }).click();
    const saved = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Download backup' }).click();
    const backupFile = await saved;
    expect(backupFile.suggestedFilename()).toMatch(/^coachbar-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = (await backupFile.path())!;
    const backup = JSON.parse(await readFile(backupPath, 'utf8')) as { format: string; records: { people: { name: string }[]; ratings: { value: number; deletedAt: string | null }[] } };
    expect(backup.format).toBe('coachbar-backup');
    expect(backup.records.people.map((person) => person.name)).toEqual(['Alex de Vries']);
    expect(backup.records.ratings.filter((rating) => rating.deletedAt === null).map((rating) => rating.value).sort()).toEqual([3, 4, 6]);

    const fresh = suite.track(await launchChromium());
    const restoring = await fresh.context.newPage();
    await restoring.goto(`chrome-extension://${fresh.extensionId}/dashboard.html#settings`);
    await restoring.getByLabel('Restore from a backup file').setInputFiles(backupPath);
    // A fresh profile has its own settings and templates, so some records may count as updated.
    await restoring.getByRole('status').getByText(/: all new$|^New: /).first().waitFor();
    await restoring.getByRole('button', { name: 'Restore', exact: true }).click();
    await restoring.getByText('Restored.').waitFor();
    await restoring.getByRole('tab', { name: 'People' }).click();
    await restoring.getByText('Alex de Vries').first().waitFor();
  });
});
