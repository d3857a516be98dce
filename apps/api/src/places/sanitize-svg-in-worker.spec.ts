import { describe, expect, it } from 'vitest';
import { PlanTooComplexError } from './plan-errors.js';
import { sanitizeSvgInWorker } from './sanitize-svg-in-worker.js';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="1" height="1"/></svg>';
/** Takes far longer than a millisecond to parse. */
const bigSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${'<rect width="1" height="1"/>'.repeat(5_000)}</svg>`;

// Starting the worker (loading jsdom) takes seconds on a busy machine; it is not part of the budget.
describe('sanitizeSvgInWorker', { timeout: 60_000 }, () => {
  it('answers with the sanitized SVG from a worker thread', async () => {
    const clean = await sanitizeSvgInWorker(svg);
    expect(clean).toContain('<rect');
    expect(clean).not.toContain('onload');
  });

  it('terminates the worker and refuses the plan when the time budget runs out', async () => {
    const refused = sanitizeSvgInWorker(bigSvg, 1);
    await expect(refused).rejects.toBeInstanceOf(PlanTooComplexError);
    await expect(refused).rejects.toMatchObject({ statusCode: 400, code: 'PLAN_TOO_COMPLEX' });
  });

  it('starts a fresh worker for the next SVG after a terminated one', async () => {
    await expect(sanitizeSvgInWorker(bigSvg, 1)).rejects.toBeInstanceOf(PlanTooComplexError);
    await expect(sanitizeSvgInWorker(svg)).resolves.toContain('<rect');
  });
});
