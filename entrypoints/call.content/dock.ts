import type { DockLabels } from '@/utils/messaging/protocol';
// Vite minifies an ?inline stylesheet into a string, kept out of Meet's own styles by the shadow root.
import dockStyle from './dock.css?inline';

export interface DockOptions {
  labels: DockLabels;
  /** The sidebar page; `preload` asks it to load and wait until told to start (see preload()). */
  frameUrl: (mode: 'start' | 'preload') => string;
  /** Tells a preloaded sidebar page, once it has loaded, that the user opened it. */
  onShown: () => void;
  width: number;
  /** The state to start in, as stored: restoring it is not reported back through onOpenChange. */
  open: boolean;
  /** Space at the bottom the call's own controls need; the dock must never cover them. */
  bottomInset: () => number;
  /** What on the call page shows this user presenting, or null: asked while the dock is open. */
  presenting: () => Element | null;
  /** The call page is dark: the dock's own chrome follows it. */
  dark: boolean;
  onWidthChange: (width: number) => void;
  onOpenChange: (open: boolean) => void;
  onPopOut: () => void;
}

export const minWidth = 280;
const maxWidthShare = 0.6;
const keyboardStep = 16;
/**
 * Each look at the page for presenting signs walks all of its nodes, which on a busy call is
 * measurable (docs/performance.md). Presenting starts from the call's own button or keys, so for a
 * while after the user's own input on the page the dock looks every second, otherwise now and then.
 */
const quickLookMs = 1000;
const quickLooksForMs = 60_000;
const slowLookMs = 10_000;

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className: string, text = ''): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

function button(className: string, label: string, text: string): HTMLButtonElement {
  // No type="button": no form in the dock's root for it to submit.
  const created = element('button', className, text);
  created.setAttribute('aria-label', label);
  created.title = label;
  return created;
}

export function clampWidth(width: number, viewportWidth: number): number {
  return Math.round(Math.max(minWidth, Math.min(width, Math.max(minWidth, viewportWidth * maxWidthShare))));
}

/**
 * The in-page host: a toggle button and a docked iframe of the extension's sidebar page, in a
 * shadow root so the call's CSS cannot reach it. Built with DOM calls only: Meet enforces
 * Trusted Types, so no HTML strings.
 *
 * The frame sits in a closed shadow root of its own, with the cover over it: its address (the
 * extension's, in Firefox the same for every site, and the dock's token) and whether it is shown
 * stay out of the call page's scripts' reach, so they can neither lift the cover nor show a closed
 * dock's session. The dock's own controls stay in an open root, for automation: the page can
 * press them as it can remove or hide the dock anyway.
 */
export function createDock(options: DockOptions, signal: AbortSignal) {
  const { labels } = options;
  const host = document.createElement('coachbar-dock');
  const root = host.attachShadow({ mode: 'open' });
  const frameHost = document.createElement('coachbar-frame');
  const frameRoot = frameHost.attachShadow({ mode: 'closed' });
  // The frame and its cover, in the closed root: the covered state lives in this element's class.
  const frameBox = element('div', 'box');

  const toggle = button('toggle', labels.open, 'Coachbar');
  const dock = element('section', options.dark ? 'dock dark' : 'dock');
  dock.setAttribute('aria-label', labels.region);

  const resize = element('div', 'resize');
  resize.tabIndex = 0;
  resize.setAttribute('role', 'separator');
  resize.setAttribute('aria-orientation', 'vertical');
  resize.setAttribute('aria-label', labels.resize);

  const body = element('div', 'body');
  const bar = element('div', 'bar');
  const name = element('span', 'name', 'Coachbar');
  const popOut = button('pop', labels.popOut, '↗');
  const close = button('close', labels.close, '×');
  bar.append(name, popOut, close);
  body.append(bar);
  // Neutral: nothing of the session shows while the user presents.
  const cover = element('div', 'cover');
  const reveal = button('reveal', labels.reveal, labels.reveal);
  cover.append(element('p', '', labels.covered), reveal);
  frameBox.append(cover);
  frameRoot.append(element('style', '', dockStyle), frameBox);
  dock.append(resize, body);
  root.append(element('style', '', dockStyle), toggle, dock);

  let width = options.width;
  let frame: HTMLIFrameElement | null = null;
  // A preloaded frame waits for this message before it opens the call's session.
  let startFrame: (() => void) | null = null;
  let presenting: Element | null = null;
  let presentingCheck: ReturnType<typeof setInterval> | undefined;
  let quickLooksUntil = 0;
  /** The presenting check's ticks outside its quick looks: it looks on every tenth. */
  let ticks = 0;

  function addFrame(mode: 'start' | 'preload'): void {
    const created = document.createElement('iframe');
    created.title = labels.frameTitle;
    created.src = options.frameUrl(mode);
    if (mode === 'preload') {
      // A fragment change would reload a cross-origin frame; a message does not. Its listener is
      // there once the frame has loaded, so a message sent earlier waits for that.
      const loaded = new Promise((resolve) => created.addEventListener('load', resolve, { once: true, signal }));
      startFrame = () => void loaded.then(options.onShown);
    }
    frame = created;
    frameBox.append(frame);
    body.append(frameHost);
  }

  function layout(): void {
    width = clampWidth(width, innerWidth);
    dock.style.width = `${width}px`;
    dock.style.bottom = `${options.bottomInset()}px`;
    resize.setAttribute('aria-valuenow', String(width));
    resize.setAttribute('aria-valuemin', String(minWidth));
    resize.setAttribute('aria-valuemax', String(clampWidth(Infinity, innerWidth)));
  }

  /** Covers the frame (hidden, not overlaid) until revealed; presenting anew covers again. */
  function setCovered(covered: boolean): void {
    frameBox.classList.toggle('covered', covered);
    // Said outside too, for automation; changing it there changes nothing.
    frameHost.toggleAttribute('covered', covered);
  }

  /** A new presentation is a new element on the page, even when one stopped and the next began between two checks. */
  function checkPresenting(): void {
    if (Date.now() > quickLooksUntil && ticks++ % (slowLookMs / quickLookMs)) return;
    const now = options.presenting();
    if (now && now !== presenting) setCovered(true);
    presenting = now;
  }

  function show(open: boolean, moveFocus: boolean): void {
    // Created on first open (or preload) only, then kept: a warm toggle just shows it again.
    if (open && !frame) addFrame('start');
    if (open && startFrame) {
      startFrame();
      startFrame = null;
    }
    dock.hidden = !open;
    // Also in the closed root: a page script showing the closed dock shows no session.
    frameBox.classList.toggle('shut', !open);
    toggle.hidden = open;
    toggle.setAttribute('aria-expanded', String(open));
    clearInterval(presentingCheck);
    if (open) {
      layout();
      // In the same task as unhiding, so before anything paints: opening while presenting opens covered.
      ticks = 0;
      checkPresenting();
      presentingCheck = setInterval(checkPresenting, quickLookMs);
    }
    if (moveFocus) (open ? close : toggle).focus();
  }

  function setOpen(open: boolean): void {
    show(open, true);
    options.onOpenChange(open);
  }

  function resizeTo(next: number): void {
    width = clampWidth(next, innerWidth);
    layout();
    options.onWidthChange(width);
  }

  const listen = { signal };
  // Only the user's own input counts: the call page's scripts can reach these controls, but the
  // clicks and keys they make are not trusted.
  const press = (control: HTMLElement, act: () => void) => control.addEventListener('click', (event) => event.isTrusted && act(), listen);
  press(toggle, () => setOpen(true));
  press(close, () => setOpen(false));
  press(popOut, options.onPopOut);
  press(reveal, () => {
    setCovered(false);
    frame?.focus();
  });
  resize.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      const step = event.key === 'ArrowLeft' ? keyboardStep : event.key === 'ArrowRight' ? -keyboardStep : 0;
      if (!step) return;
      event.preventDefault();
      resizeTo(width + step);
    },
    listen,
  );
  resize.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted) return;
      event.preventDefault();
      resize.setPointerCapture(event.pointerId);
      // The iframe would swallow pointer moves while dragging over it.
      if (frame) frame.style.pointerEvents = 'none';
      const drag = new AbortController();
      resize.addEventListener('pointermove', (move) => resizeTo(innerWidth - move.clientX), { signal: drag.signal });
      resize.addEventListener(
        'pointerup',
        () => {
          drag.abort();
          if (frame) frame.style.pointerEvents = '';
        },
        { signal: drag.signal },
      );
    },
    listen,
  );
  window.addEventListener('resize', () => !dock.hidden && layout(), listen);
  // A button pressed by mouse or key is a click. One on the dock itself (the host, as the page sees it) starts no presentation.
  window.addEventListener('click', (event) => event.isTrusted && event.target !== host && (quickLooksUntil = Date.now() + quickLooksForMs), { capture: true, signal });
  signal.addEventListener('abort', () => {
    clearInterval(presentingCheck);
    host.remove();
  });

  document.documentElement.append(host);
  show(options.open, false);
  return {
    // Named as the background's tab commands, which the call script passes on as they come.
    toggleDock: () => setOpen(dock.hidden),
    closeDock: () => setOpen(false),
    toggleCover: () => setCovered(!frameBox.classList.contains('covered')),
    /**
     * Loads the sidebar page into the still-hidden dock, so a first open only has to render: the
     * load happens in the extension's process, and the page opens no session until it is shown.
     */
    preload: () => {
      if (!frame) addFrame('preload');
    },
  };
}
