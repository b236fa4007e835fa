import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { meetCallUrl } from './support/server';
import { CallPage } from './pages/call-page';
import { SidebarPage } from './pages/sidebar';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

describe('check-in', () => {
  it('shows the saved rating and comment when Check-in is opened again, after closing the dock and after a reload', async () => {
    const browser = suite.track(await launchChromium());
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    const root = sidebar.root;

    await root.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'New person…' });
    await root.getByRole('textbox', { name: 'Name' }).fill('Alex de Vries');
    await root.getByRole('button', { name: 'Add person' }).click();
    await root.getByText('Next time, calls on this link open with Alex de Vries.').waitFor();
    await root.getByRole('tab', { name: 'OKRs' }).click();
    await root.getByRole('button', { name: 'Add objective' }).click();
    const objective = root.getByRole('textbox', { name: 'Objective' });
    await objective.fill('Design system v2');
    await objective.blur();

    await root.getByRole('tab', { name: 'Check-in' }).click();
    const statement = root.getByRole('radiogroup', { name: /^Agreement with/ }).first();
    await statement.waitFor();
    const statementLabel = (await statement.getAttribute('aria-label'))!;
    await statement.getByRole('radio', { name: '5' }).click();
    const why = root.getByRole('textbox', { name: 'What made you choose this answer?' }).first();
    await why.fill('Clear goals');
    await why.blur();
    const progress = root.getByRole('radiogroup', { name: 'Progress on: Design system v2' });
    await progress.getByRole('radio', { name: '8' }).click();
    const higher = root.getByRole('textbox', { name: 'What would get you one level higher?' });
    await higher.fill('Tokens shipped');
    await higher.blur();

    const expectSaved = async (shown: SidebarPage) => {
      await shown.root.getByRole('tab', { name: 'Check-in' }).click();
      const row = (name: string) => shown.root.getByRole('listitem').filter({ has: shown.root.getByRole('radiogroup', { name, exact: true }) });
      const statementRow = row(statementLabel);
      const progressRow = row('Progress on: Design system v2');
      await expect.poll(() => statementRow.getByRole('radio', { name: '5' }).getAttribute('aria-checked')).toBe('true');
      await expect.poll(() => statementRow.getByRole('textbox').inputValue()).toBe('Clear goals');
      await expect.poll(() => progressRow.getByRole('radio', { name: '8' }).getAttribute('aria-checked')).toBe('true');
      await expect.poll(() => progressRow.getByRole('textbox').inputValue()).toBe('Tokens shipped');
    };

    // Another tab and back: the rows come back from the saved ratings, not from what was typed.
    await root.getByRole('tab', { name: 'Agenda' }).click();
    await expectSaved(sidebar);

    await call.closeButton.click();
    await expectSaved(await call.openSidebar());

    // A new sidebar page, whose first reads answer after the rows appear.
    await call.page.reload();
    await expectSaved(await call.sidebar());
  });
});
