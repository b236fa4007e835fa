import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'clipboardWrite', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The user's own sync server: asked for at run time, for that one address (utils/sync).
    ...(browser === 'firefox' ? { optional_permissions: ['http://*/*', 'https://*/*'] } : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    host_permissions: ['https://meet.google.com/*', 'https://app.zoom.us/*', 'https://*.zoom.us/*'],
    // Only the sidebar page may be framed by the call pages, and only by them.
    web_accessible_resources:
      browser === 'firefox'
        ? ['sidepanel.html']
        : [{ resources: ['sidepanel.html'], matches: ['https://meet.google.com/*', 'https://app.zoom.us/*', 'https://*.zoom.us/*'], use_dynamic_url: true }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSidebar__',
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
  vite: () => ({
    // Chrome refuses a bundle whose minifier wrote Dexie's "\uffff" as a raw character
    // ("It isn't UTF-8 encoded"); keep every output file ASCII.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    plugins: [
      {
        // The pages' chunks (sidebar, dashboard) run most of their code on first render. V8's
        // compile hint, first in the file, has it all compiled while the file streams in, off the
        // main thread, rather than function by function on it when first called. Not for the call
        // script or the worker: they are not streamed and would compile code they never run.
        name: 'coachbar:compile-hint',
        generateBundle: {
          // After Vite's own additions to the chunks, so that the hint comes first.
          order: 'post',
          handler(_options, bundle) {
            for (const file of Object.values(bundle)) {
              if (file.type === 'chunk' && file.fileName.startsWith('chunks/')) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
            }
          },
        },
      },
    ],
  }),
});
