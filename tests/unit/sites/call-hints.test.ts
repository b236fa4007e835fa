// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findControlBar, matchingElement, matchingHint } from '@/entrypoints/call.content/find';
import { fillChatBox } from '@/entrypoints/background/call-chat';
import { chatBoxHints, siteHints } from '@/utils/sites/call-hints';

/**
 * Small snippets shaped like Meet's and Zoom's call pages (labels in the page's language, icons as
 * ligature text, Zoom's ids and classes). jsdom lays nothing out: an element's box is given as
 * data-box="top width"; any other element is 0 wide, so the finder climbs past it.
 */
function page(html: string): void {
  document.body.innerHTML = html;
}

beforeEach(() => {
  vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1000);
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(700);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [top = 0, width = 0] = (this.getAttribute('data-box') ?? '').split(' ').map(Number);
    return { top, width } as DOMRect;
  });
});

afterEach(() => {
  document.body.innerHTML = '';
});

const meetBar = (label: string, leave: string) => `
  <main data-box="0 1000"><div class="grid"></div></main>
  <div role="region" aria-label="${label}" data-box="620 1000">
    <div class="center">
      <button aria-label="${leave}"><i class="google-material-icons" aria-hidden="true">call_end</i></button>
    </div>
  </div>`;

describe('the control bar', () => {
  it.each([
    { language: 'en', label: 'Call controls', leave: 'Leave call' },
    { language: 'nl', label: 'Gespreksbediening', leave: 'Gesprek verlaten' },
    { language: 'de', label: 'Anrufsteuerung', leave: 'Anruf verlassen' },
  ])('is found on a Meet call in $language by its leave icon, up to the full-width bar', ({ label, leave }) => {
    page(meetBar(label, leave));
    expect(findControlBar(siteHints('meet'))).toEqual({ hint: 'leave-icon', inset: 80 });
  });

  it('is found on an English Meet by its label when the icons are gone', () => {
    page('<div role="region" aria-label="Call controls" data-box="600 1000"><button aria-label="Leave call">Leave</button></div>');
    expect(findControlBar(siteHints('meet'))).toEqual({ hint: 'label-en', inset: 100 });
  });

  it('is not the whole page: an icon whose first full-width ancestor starts at the top is no bar', () => {
    page('<div data-box="0 1000"><button><i>call_end</i></button></div>');
    expect(findControlBar(siteHints('meet'))).toEqual({ hint: 'fallback', inset: 88 });
  });

  it.each([
    { language: 'nl', label: 'Vergaderbediening' },
    { language: 'de', label: 'Meeting-Steuerung' },
  ])('is found on a Zoom call in $language by its id', ({ label }) => {
    page(`<footer id="wc-footer" aria-label="${label}" data-box="640 1000"><button class="footer-button-base__button">Mute</button></footer>`);
    expect(findControlBar(siteHints('zoom'))).toEqual({ hint: 'wc-footer', inset: 60 });
  });

  it("is found on Zoom by its buttons' class when the footer has no id", () => {
    page('<div data-box="644 1000"><div><button class="footer-button-base__button">Mute</button></div></div>');
    expect(findControlBar(siteHints('zoom'))).toEqual({ hint: 'footer-button', inset: 56 });
  });

  it.each(['meet', 'zoom'] as const)('falls back to a typical height on %s when no hint matches', (site) => {
    page('<div role="region" aria-label="Gespreksbediening" data-box="620 1000"><button>Verlaten</button></div>');
    expect(findControlBar(siteHints(site))).toEqual({ hint: 'fallback', inset: site === 'meet' ? 88 : 64 });
  });
});

describe('presenting', () => {
  it.each([
    { language: 'en', text: 'You are presenting', stop: 'Stop presenting', hint: 'stop-present-icon' },
    { language: 'nl', text: 'Je presenteert', stop: 'Presentatie stoppen', hint: 'stop-present-icon' },
    { language: 'de', text: 'Du präsentierst', stop: 'Präsentation beenden', hint: 'stop-present-icon' },
  ])('shows on Meet in $language by the stop icon', ({ text, stop, hint }) => {
    page(`<div><i class="google-material-icons">present_to_all</i><span>${text}</span><button aria-label="${stop}"><i class="google-material-icons">stop_screen_share</i>${stop}</button></div>`);
    expect(matchingHint(siteHints('meet').presenting)).toBe(hint);
  });

  it("is not Meet's present button, which is on the bar at all times", () => {
    page(meetBar('Gespreksbediening', 'Gesprek verlaten') + '<button aria-label="Nu presenteren"><i>present_to_all</i></button>');
    expect(matchingHint(siteHints('meet').presenting)).toBeNull();
  });

  it("shows on Zoom by the sharer's bar, in any language", () => {
    page('<div class="sharer-controlbar-container"><span>Du teilst deinen Bildschirm</span><button aria-label="Freigabe beenden">Freigabe beenden</button></div>');
    expect(matchingHint(siteHints('zoom').presenting)).toBe('sharer-bar');
  });

  it('is an English label as a last resort', () => {
    page('<button aria-label="Stop presenting">Stop</button>');
    expect(matchingHint(siteHints('meet').presenting)).toBe('label-en');
  });

  it('is a new element at each presentation, so the dock can tell a new one from the same one', () => {
    const presenting = '<button><i class="google-material-icons">stop_screen_share</i>Stop</button>';
    page(presenting);
    const first = matchingElement(siteHints('meet').presenting);
    expect(first?.textContent).toBe('stop_screen_share');
    expect(matchingElement(siteHints('meet').presenting)).toBe(first);
    page(presenting);
    expect(matchingElement(siteHints('meet').presenting)).not.toBe(first);
    page('');
    expect(matchingElement(siteHints('meet').presenting)).toBeNull();
  });
});

describe('the chat box', () => {
  const meetChat = (label: string, send: string) =>
    `<aside><ol></ol><div class="compose"><textarea aria-label="${label}"></textarea><button aria-label="${send}"><i class="google-material-icons">send</i></button></div></aside>`;

  it.each([
    { language: 'en', label: 'Send a message', send: 'Send message' },
    { language: 'nl', label: 'Een bericht sturen', send: 'Bericht sturen' },
    { language: 'de', label: 'Nachricht senden', send: 'Nachricht senden' },
  ])('is the text field beside Meet’s send icon in $language, and gets the text', ({ label, send }) => {
    page(meetChat(label, send));
    expect(fillChatBox(chatBoxHints, 'What would make it a 7?')).toBe('send-icon');
    expect(document.querySelector('textarea')!.value).toBe('What would make it a 7?');
  });

  it('is found on Meet by its English label when there is no send icon', () => {
    page('<textarea aria-label="Send a message"></textarea>');
    expect(fillChatBox(chatBoxHints, 'x')).toBe('label-en');
  });

  it("is Zoom's chat textarea in any language", () => {
    page('<div id="wc-container-right"><textarea class="chat-box__chat-textarea" aria-label="Typ hier een bericht"></textarea></div>');
    expect(fillChatBox(chatBoxHints, 'x')).toBe('zoom-textarea');
    expect(document.querySelector('textarea')!.value).toBe('x');
  });

  it('is not found when no hint matches, and nothing is typed anywhere', () => {
    page('<div><textarea aria-label="Notizen"></textarea></div>');
    expect(fillChatBox(chatBoxHints, 'x')).toBeNull();
    expect(document.querySelector('textarea')!.value).toBe('');
  });
});
