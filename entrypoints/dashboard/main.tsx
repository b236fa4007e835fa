import { browser } from 'wxt/browser';
import { startChartWorker } from '@/components/chart-worker';
import { createCaller } from '@/utils/messaging/client';
import { firstReads } from './first-reads';
import { tabFromHash } from './tabs';
import '@/components/base.css';
import './dashboard.css';

// This entry is small on purpose, like the sidebar's: the first tab's reads leave before React is
// even fetched, so the background reads while the page loads and compiles the rest (start.tsx).
const tab = tabFromHash(location.hash);
const reads = firstReads(tab, createCaller((message) => browser.runtime.sendMessage(message)));
// Both these tabs open on a chart: chart.js loads into its worker meanwhile too.
if (tab === 'people' || tab === 'team') startChartWorker();
void import('./start').then(({ start }) => start(tab, reads));
