import { describe, expect, it } from 'vitest';
import { demoCookie, gql, screenshot, signInUi, useE2E } from './harness.js';

const e2e = useE2E();

/** The y of each point of an SVG path ("M x y L x y …"), in order. */
function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)\s+(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('progress history on the earned-value page', () => {
  it("draws the demo's S-curve from the recorded past, with its burndown and burnup", async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const page = await (await e2e.context(viewport)).newPage();
      await signInUi(page, e2e.server);
      await page.goto(`${e2e.server.url}/p/ERP/earned-value`);
      await page.getByTestId('s-curve').waitFor();
      const ev = pathPoints((await page.getByTestId('curve-ev').getAttribute('d')) ?? '');
      expect(ev.length).toBeGreaterThan(3);
      // Not a straight line: the slope between recorded points changes (progress came in bursts and stalls).
      const slopes = ev.slice(1).map(([x, y], i) => (y - ev[i]![1]) / Math.max(0.1, x - ev[i]![0]));
      expect(Math.max(...slopes) - Math.min(...slopes)).toBeGreaterThan(0.05);
      await page.getByTestId('burndown').waitFor();
      await page.getByTestId('burnup').waitFor();
      await page.getByTestId('indices-trend').waitFor();
      await page.getByTestId('exposure-trend').waitFor();
      const label = (await page.getByTestId('burnup').getAttribute('aria-label')) ?? '';
      expect(label).toMatch(/working days done/);
      // No sideways page scroll.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.getByTestId('progress-history').scrollIntoViewIfNeeded();
      await screenshot(page, `progress-history-${viewport.width}`);
      await page.close();
    }
  });

  it('says there is no history yet for a project created today', async () => {
    const cookie = await demoCookie(e2e.server);
    const made = await gql(e2e.server, 'mutation { projectCreate(input: { key: "NEWH", name: "Fresh start" }) { project { id } } }', {}, { cookie });
    expect(made.errors).toBeUndefined();
    const page = await (await e2e.context()).newPage();
    await signInUi(page, e2e.server);
    await page.goto(`${e2e.server.url}/p/NEWH/earned-value`);
    await page.getByText('No history yet').waitFor();
    await screenshot(page, 'progress-history-empty');
  });
});
