import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  targets: string[];
}

/** A page or frame of Playwright (Chromium) or Puppeteer (Firefox): both run a script given as text. */
export interface ScriptTarget {
  evaluate(script: string): Promise<unknown>;
}

/** Runs in the page, after axe-core: its serious and critical violations. */
function seriousViolations(): Promise<AxeFinding[]> {
  const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
  return axe.run().then(({ violations }) =>
    violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')) })),
  );
}

/** Runs axe-core in the page or frame and returns only serious and critical violations. */
export async function runAxe(target: ScriptTarget): Promise<AxeFinding[]> {
  await target.evaluate(axeSource);
  return (await target.evaluate(`(${seriousViolations.toString()})()`)) as AxeFinding[];
}
