// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { captionReadLimits, captionsShownOff, findRegion, readBlocks } from '@/entrypoints/captions.content/reader';
import { listeningLimits } from '@/utils/listening/totals';
import { captionHints } from '@/utils/sites/caption-hints';

afterEach(() => {
  document.body.replaceChildren();
});

function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Meet's captions as its page has them: a region, one list, blocks of (avatar and name) then text. */
function meetCaptions(...blocks: [speaker: string, text: string][]): HTMLElement {
  const region = el(
    'div',
    { role: 'region', tabindex: '0', 'aria-label': 'Captions' },
    el('div', {}, ...blocks.map(([speaker, text]) => el('div', {}, el('div', {}, el('img', { alt: '' }), el('span', {}, speaker)), el('div', {}, el('span', {}, text))))),
    el('button', {}, 'Jump to bottom'),
  );
  document.body.append(el('div', { role: 'region', 'aria-label': 'Call controls' }, el('i', {}, 'closed_caption')), region);
  return region;
}

describe('the captions reader on Meet', () => {
  const hints = captionHints.meet;

  it('finds the region, not the control bar, and reads speaker and text per block', () => {
    const region = meetCaptions(['You', 'So what else'], ['Sam de Vries', 'Well, the roadmap']);
    expect(findRegion(hints)).toBe(region);
    expect(readBlocks(region, hints, new WeakMap())).toEqual([
      { speaker: 'You', text: 'So what else' },
      { speaker: 'Sam de Vries', text: 'Well, the roadmap' },
    ]);
  });

  it('finds nothing without captions, and reads the button’s icon while they are off', () => {
    document.body.append(el('div', { role: 'region', 'aria-label': 'Call controls' }, el('button', {}, el('i', {}, 'closed_caption_off'), 'CC')));
    expect(findRegion(hints)).toBeNull();
    expect(captionsShownOff(hints)).toBe(true);
  });

  it('reads a hostile page’s captions as bounded data: the last blocks only, names and texts cut, markup as text', () => {
    const longName = 'N'.repeat(10_000);
    const blocks = Array.from({ length: 1_000 }, (_, index): [string, string] => [index % 2 ? longName : '<img src=x onerror=alert(1)>', `word ${index} `.repeat(index === 999 ? 20_000 : 3)]);
    const region = meetCaptions(...blocks);
    const read = readBlocks(region, hints, new WeakMap());
    expect(read).toHaveLength(captionReadLimits.blocks);
    const first = 1_000 - captionReadLimits.blocks;
    expect(read[0]!.text).toBe(`word ${first} word ${first} word ${first}`);
    expect(read.at(-2)).toEqual({ speaker: '<img src=x onerror=alert(1)>', text: 'word 998 word 998 word 998' });
    expect(read.at(-1)!.speaker).toBe(longName.slice(0, listeningLimits.speakerChars));
    expect(read.at(-1)!.text.length).toBeLessThanOrEqual(captionReadLimits.blockChars);
    expect(document.querySelector('img[src=x]')).toBeNull();
  });

  it('does not take captions for off while the button shows them on', () => {
    meetCaptions();
    expect(captionsShownOff(hints)).toBe(false);
  });
});

describe('the captions reader on Zoom', () => {
  const hints = captionHints.zoom;

  it('keeps the speaker who was active when a line first appeared', () => {
    const name = el('span', {}, 'Sam de Vries');
    document.body.append(el('div', { class: 'speaker-active-container__video-frame' }, el('div', { class: 'video-avatar__avatar-footer' }, name)));
    const region = el('div', { id: 'live-transcription-subtitle' }, el('span', { class: 'live-transcription-subtitle__item' }, 'I would like'));
    document.body.append(region);
    const firstSpeakers = new WeakMap<Element, string>();
    expect(readBlocks(region, hints, firstSpeakers)).toEqual([{ speaker: 'Sam de Vries', text: 'I would like' }]);

    name.textContent = 'Alex Jansen';
    region.append(el('span', { class: 'live-transcription-subtitle__item' }, 'What else?'));
    expect(readBlocks(region, hints, firstSpeakers)).toEqual([
      { speaker: 'Sam de Vries', text: 'I would like' },
      { speaker: 'Alex Jansen', text: 'What else?' },
    ]);
  });
});
