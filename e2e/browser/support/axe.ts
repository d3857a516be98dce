import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core's browser bundle, injected into each page.
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** The widths every audited page is checked at: a desktop and a phone (390 px). */
export const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }[] }[];
}

/** Runs axe on what the page shows now; returns one line per serious or critical violation. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } };
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${where}: ${violation.id} (${String(violation.impact)}) ${violation.help} — ${violation.nodes
          .map((node) => {
            const colors = node.any[0]?.data;
            const detail = colors?.fgColor ? ` ${colors.fgColor} on ${String(colors.bgColor)} ${String(colors.contrastRatio)}:1` : '';
            return `${JSON.stringify(node.target)}${detail}`;
          })
          .join(', ')}`,
    );
}

/** Lets a page finish loading: no request in flight, no skeleton left, animations done. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
}

/** axe on what the page shows now, at a desktop's width and a phone's (390 px); back to the desktop after. */
export async function auditAtEveryWidth(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await settle(page);
    found.push(...(await seriousViolations(page, `${size.name} ${where}`)));
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}
