// px only: Meet sets its own root font size, so rem would scale with the call page.
export const dockStyle = `
:host { all: initial; }
.toggle {
  position: fixed; right: 0; top: 40%; z-index: 2147483646;
  font: 600 13px/1 system-ui, sans-serif; color: #fff; background: #2f6b4f;
  border: 0; border-radius: 8px 0 0 8px; padding: 10px 10px; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.35);
}
.toggle:focus-visible, button:focus-visible, .resize:focus-visible { outline: 3px solid #9fd3b8; outline-offset: 2px; }
.dock {
  position: fixed; top: 0; right: 0; z-index: 2147483646;
  display: flex; background: #fff; box-shadow: -2px 0 12px rgba(0,0,0,.35);
  border-radius: 0 0 0 8px; overflow: hidden;
}
.dock[hidden] { display: none; }
.resize { width: 6px; cursor: ew-resize; background: #d9e3dd; flex: none; }
.resize:hover { background: #9fd3b8; }
.body { display: flex; flex-direction: column; flex: 1; min-width: 0; }
.bar { display: flex; align-items: center; gap: 4px; padding: 4px 6px; background: #2f6b4f; color: #fff; font: 600 13px/1.2 system-ui, sans-serif; }
.bar .name { flex: 1; padding-left: 4px; }
.bar button { background: transparent; color: #fff; border: 0; border-radius: 4px; width: 28px; height: 28px; font: 16px/1 system-ui, sans-serif; cursor: pointer; }
.bar button:hover { background: rgba(255,255,255,.15); }
iframe { border: 0; flex: 1; width: 100%; background: #fff; color-scheme: normal; }
.dock.collapsed .resize, .dock.collapsed iframe, .dock.collapsed .name, .dock.collapsed .pop { display: none; }
.dock.collapsed .bar { flex-direction: column; height: 100%; padding: 6px 2px; }
`;
