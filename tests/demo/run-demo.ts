import { launchChromium } from '../e2e/support/chromium';
import { CallPage } from '../e2e/pages/call-page';
import { meetCallUrl, startFixtureServer } from '../e2e/support/server';

/**
 * `npm run demo`: Chromium with the freshly built extension on a local fake Meet call, served
 * over HTTPS as meet.google.com to this browser only. Without a display it renders headless and
 * saves a screenshot instead.
 */
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startFixtureServer();
const chromium = await launchChromium({ headless });
const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
await page.goto(meetCallUrl(server.port));

if (headless) {
  const sidebar = await new CallPage(page).openSidebar();
  await sidebar.notes.waitFor();
  const path = '.output/demo.png';
  await page.screenshot({ path });
  console.log(`No display found, so the demo ran headless and saved ${path}. Run it from a desktop session to click around.`);
  await chromium.close();
  await server.close();
} else {
  console.log(`Demo call: ${meetCallUrl(server.port)} — click the green Coachbar tab on the right. Close the browser to stop.`);
  chromium.context.on('close', () => void server.close());
}
