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
  onWidthChange: (width: number) => void;
  onOpenChange: (open: boolean) => void;
  onPopOut: () => void;
}

export const minWidth = 280;
const maxWidthShare = 0.6;
const keyboardStep = 16;

function button(className: string, label: string, text: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.setAttribute('aria-label', label);
  element.title = label;
  element.textContent = text;
  return element;
}

export function clampWidth(width: number, viewportWidth: number): number {
  return Math.round(Math.max(minWidth, Math.min(width, Math.max(minWidth, viewportWidth * maxWidthShare))));
}

/**
 * The in-page host: a toggle button and a docked iframe of the extension's sidebar page, in a
 * shadow root so the call's CSS cannot reach it. Built with DOM calls only: Meet enforces
 * Trusted Types, so no HTML strings.
 *
 * The frame sits in a closed shadow root of its own: its address (the extension's, in Firefox
 * the same for every site, and the dock's token) stays out of the call page's scripts' reach.
 * The dock's own controls stay in an open root, for automation: the page can press them as it
 * can remove or hide the dock anyway, but what the sidebar shows and does is in the frame, which
 * a page of another origin cannot reach into.
 */
export function createDock(options: DockOptions, signal: AbortSignal) {
  const { labels } = options;
  const host = document.createElement('coachbar-dock');
  const root = host.attachShadow({ mode: 'open' });
  const frameHost = document.createElement('coachbar-frame');
  const frameRoot = frameHost.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = dockStyle;

  const toggle = button('toggle', labels.open, 'Coachbar');
  toggle.setAttribute('aria-expanded', 'false');
  const dock = document.createElement('section');
  dock.className = 'dock';
  dock.hidden = true;
  dock.setAttribute('aria-label', labels.region);

  const resize = document.createElement('div');
  resize.className = 'resize';
  resize.tabIndex = 0;
  resize.setAttribute('role', 'separator');
  resize.setAttribute('aria-orientation', 'vertical');
  resize.setAttribute('aria-label', labels.resize);

  const body = document.createElement('div');
  body.className = 'body';
  const bar = document.createElement('div');
  bar.className = 'bar';
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = 'Coachbar';
  const collapse = button('collapse', labels.collapse, '»');
  const popOut = button('pop', labels.popOut, '↗');
  const close = button('close', labels.close, '×');
  bar.append(collapse, name, popOut, close);
  body.append(bar);
  dock.append(resize, body);
  root.append(style, toggle, dock);

  let width = options.width;
  let frame: HTMLIFrameElement | null = null;
  // A preloaded frame waits for this message before it opens the call's session.
  let startFrame: (() => void) | null = null;

  function addFrame(mode: 'start' | 'preload'): void {
    const element = document.createElement('iframe');
    element.title = labels.frameTitle;
    // Inline: the dock's stylesheet does not reach into the frame's own closed root.
    element.style.cssText = 'border:0;flex:1;background:#fff;color-scheme:normal';
    element.src = options.frameUrl(mode);
    if (mode === 'preload') {
      // A fragment change would reload a cross-origin frame; a message does not. Its listener is
      // there once the frame has loaded, so a message sent earlier waits for that.
      const loaded = new Promise((resolve) => element.addEventListener('load', resolve, { once: true, signal }));
      startFrame = () => void loaded.then(options.onShown);
    }
    frame = element;
    frameRoot.append(frame);
    body.append(frameHost);
  }

  function layout(): void {
    const collapsed = dock.classList.contains('collapsed');
    width = clampWidth(width, window.innerWidth);
    dock.style.width = collapsed ? '40px' : `${width}px`;
    dock.style.bottom = `${options.bottomInset()}px`;
    resize.setAttribute('aria-valuenow', String(width));
    resize.setAttribute('aria-valuemin', String(minWidth));
    resize.setAttribute('aria-valuemax', String(clampWidth(Infinity, window.innerWidth)));
  }

  function show(open: boolean, moveFocus: boolean): void {
    // Created on first open (or preload) only, then kept: a warm toggle just shows it again.
    if (open && !frame) addFrame('start');
    if (open && startFrame) {
      startFrame();
      startFrame = null;
    }
    dock.hidden = !open;
    toggle.hidden = open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) layout();
    if (moveFocus) (open ? close : toggle).focus();
  }

  function setOpen(open: boolean): void {
    show(open, true);
    options.onOpenChange(open);
  }

  function setCollapsed(collapsed: boolean): void {
    dock.classList.toggle('collapsed', collapsed);
    collapse.textContent = collapsed ? '«' : '»';
    collapse.setAttribute('aria-label', collapsed ? labels.expand : labels.collapse);
    collapse.title = collapsed ? labels.expand : labels.collapse;
    layout();
  }

  function resizeTo(next: number): void {
    width = clampWidth(next, window.innerWidth);
    layout();
    options.onWidthChange(width);
  }

  const listen = { signal };
  // Only the user's own input counts: the call page's scripts can reach these controls, but the
  // clicks and keys they make are not trusted.
  const press = (control: HTMLElement, act: () => void) => control.addEventListener('click', (event) => event.isTrusted && act(), listen);
  press(toggle, () => setOpen(true));
  press(close, () => setOpen(false));
  press(collapse, () => setCollapsed(!dock.classList.contains('collapsed')));
  press(popOut, () => options.onPopOut());
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
      resize.addEventListener('pointermove', (move) => resizeTo(window.innerWidth - move.clientX), { signal: drag.signal });
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
  signal.addEventListener('abort', () => host.remove());

  document.documentElement.append(host);
  if (options.open) show(true, false);
  return {
    toggle: () => setOpen(dock.hidden),
    /**
     * Loads the sidebar page into the still-hidden dock, so a first open only has to render: the
     * load happens in the extension's process, and the page opens no session until it is shown.
     */
    preload: () => {
      if (!frame) addFrame('preload');
    },
  };
}
