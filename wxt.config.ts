import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * V8's compile hint, first in the chunks a page loads for its first screen: the entry, its start
 * chunk and what they import. They run most of their code at once, and with the hint V8 compiles
 * it all while the file streams in, off the main thread, instead of function by function on it.
 * Not for chunks loaded later for one feature (a dashboard tab, an export format: docx and zod
 * would be compiled whole for the little of them that runs), the worker or the call script (not
 * streamed). Chromium only; Firefox ignores it.
 */
const compileHint: Plugin = {
  name: 'coachbar:compile-hint',
  generateBundle: {
    // After Vite's own additions to the chunks (its preload list), so that the hint comes first.
    order: 'post',
    handler(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
      const firstScreen = [...chunks.values()].filter((chunk) => chunk.isEntry || chunk.name === 'start');
      for (let index = 0; index < firstScreen.length; index++) {
        for (const imported of firstScreen[index]!.imports) {
          const chunk = chunks.get(imported);
          if (chunk && !firstScreen.includes(chunk)) firstScreen.push(chunk);
        }
      }
      for (const chunk of firstScreen) {
        if (!chunk.fileName.startsWith('chunks/')) continue;
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  },
};

/** Match patterns ignore the port, so a server on localhost:8080 is covered too. */
const syncServerHosts = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'clipboardWrite', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The user's own sync server: asked for at run time, for that one host (utils/sync). Plain
    // http:// only on this machine: elsewhere it would send the password in clear.
    ...(browser === 'firefox' ? { optional_permissions: syncServerHosts } : { optional_host_permissions: syncServerHosts }),
    action: { default_title: '__MSG_actionTitle__' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // *.zoom.us covers app.zoom.us.
    host_permissions: ['https://meet.google.com/*', 'https://*.zoom.us/*'],
    // Only the sidebar page may be framed, and in Chrome only by the call pages. Firefox's MV2 list
    // cannot name sites: there the background serves a framed sidebar only as the dock our call
    // script made (utils/messaging/server.ts, docs/security.md).
    web_accessible_resources:
      browser === 'firefox'
        ? ['sidepanel.html']
        : [{ resources: ['sidepanel.html'], matches: ['https://meet.google.com/*', 'https://app.zoom.us/*', 'https://*.zoom.us/*'], use_dynamic_url: true }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSidebar__',
      },
      // Hides the docked sidebar's content at once, e.g. when about to share the screen.
      'toggle-cover': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleCover__',
      },
    },
    // Minimum versions: Chrome 116 has sidePanel.open(); Firefox 147 has the Navigation API, with
    // which the call script follows Meet's in-page navigation (Chrome has had it since 102).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'coachbar@coachbar.app',
              strict_min_version: '147.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  hooks: {
    // Firefox opens an add-on's sidebar at install unless told not to; open there, it showed every
    // call the user joined and opened its session. WXT writes sidebar_action from
    // entrypoints/sidepanel, so the flag is set on what it wrote.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.open_at_install = false;
    },
  },
  // addons.mozilla.org asks for the sources of a minified add-on: what the build reads, and how.
  zip: {
    includeSources: ['BUILDING.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'entrypoints/**', 'components/**', 'utils/**', 'locales/**', 'public/**'],
  },
  vite: ({ browser }) => ({
    // Chrome refuses a bundle whose minifier wrote Dexie's "\uffff" as a raw character
    // ("It isn't UTF-8 encoded"); keep every output file ASCII.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    plugins: browser === 'firefox' ? [] : [compileHint],
  }),
});
