import { describe, expect, it } from 'vitest';
import { questionMeta } from '@/utils/content/structure';
import { contentPacks } from '@/utils/content/packs';
import { questionIds } from '@/utils/content/types';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { meetCallUrl } from './support/server';
import { CallPage } from './pages/call-page';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let browser: ChromiumSession;

/** The questions meant for someone who is stuck, as the sidebar shows them in a language. */
const stuckQuestions = (language: 'nl' | 'de') => questionIds.filter((id) => questionMeta[id].situations.includes('stuck')).map((id) => contentPacks[language].questions[id]);

describe('coaching in Dutch and German', () => {
  it.each([
    { language: 'nl' as const, languageBox: 'Taal', notesBox: /^Notities bij/, list: /^Suggesties/, note: 'Ze zegt: ik loop vast met de migratie', reason: 'notities noemen ‘loop vast’ → Loopt vast' },
    { language: 'de' as const, languageBox: 'Sprache', notesBox: /^Notizen zu/, list: /^Vorschläge/, note: 'Sie sagt: ich komme nicht weiter mit der Migration', reason: 'Notizen erwähnen „komme nicht weiter“ → Steckt fest' },
  ])('$language: notes saying someone is stuck bring a question for it to the top, with its reason in that language', async ({ language, languageBox, notesBox, list, note, reason }) => {
    browser = suite.track(await launchChromium());
    const settings = await browser.context.newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/dashboard.html#settings`);
    await settings.getByRole('combobox', { name: 'Language' }).selectOption(language);
    await settings.getByRole('combobox', { name: languageBox }).waitFor();

    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    const notes = sidebar.root.getByRole('textbox', { name: notesBox });
    await notes.fill(note);

    const first = sidebar.root.getByRole('list', { name: list }).getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain(reason);
    const question = (await first.getByRole('button').first().textContent())!.slice(1);
    expect(stuckQuestions(language)).toContain(question);
  });
});
