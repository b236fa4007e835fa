import type { Hint } from './call-hints';
import type { CallSite } from './detect';

/**
 * Where a call page shows its live captions, for Listening balance's captions script
 * (entrypoints/captions.content). Hints, like utils/sites/call-hints.ts: stable attributes and
 * icon ligatures, never class names the site may rename or English labels alone.
 */
export interface CaptionHints {
  /** The captions region, the one element the script observes; best first. */
  region: readonly Hint[];
  /** A caption block, inside the region. */
  block: string;
  /** Inside a block: the speaker's name; null where blocks name no one (then `activeSpeaker`). */
  speaker: string | null;
  /** Inside a block: what was said. */
  text: string;
  /** Anywhere on the page: who speaks now, where blocks name no one; read once per snapshot. */
  activeSpeaker: string | null;
  /** The captions button while captions are off: then the region shows nothing to count. */
  captionsOff: readonly Hint[];
}

export const captionHints: Readonly<Record<CallSite, CaptionHints>> = {
  // Meet: the region a maintained open-source Meet transcript extension observes; in it one list of
  // blocks, each the speaker (avatar and name) then the text. The button's icon while captions are off.
  meet: {
    region: [['region-tabindex', 'div[role="region"][tabindex="0"]']],
    block: ':scope > div:first-child > div',
    speaker: ':scope > :first-child',
    text: ':scope > :nth-child(2)',
    activeSpeaker: null,
    captionsOff: [['captions-off-icon', 'i', 'closed_caption_off']],
  },
  // Zoom's web client: its subtitle box names no speaker; the active speaker's name tag does.
  zoom: {
    region: [['subtitle-box', '#live-transcription-subtitle']],
    block: '.live-transcription-subtitle__item',
    speaker: null,
    text: ':scope',
    activeSpeaker: '.speaker-active-container__video-frame .video-avatar__avatar-footer',
    captionsOff: [],
  },
};
