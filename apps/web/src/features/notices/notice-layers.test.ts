import { describe, expect, it } from 'vitest';
import { splitNoticeLayers } from './notice-layers';

describe('the first layer of a notice', () => {
  it('ends at a thematic break', () => {
    const layers = splitNoticeLayers('# Notice\n\nWe record bookings.\n\n---\n\n## Who is responsible\n\nAcme GmbH');
    expect(layers.firstLayer).toBe('# Notice\n\nWe record bookings.');
    expect(layers.fullText).toBe('## Who is responsible\n\nAcme GmbH');
  });

  it('otherwise is the title, what precedes the sections and the first section (the generated notice’s "In brief")', () => {
    const body =
      '# Notice\n\nVersion 2, valid from 1 Dec 2026.\n\n## In brief\n\n- We record bookings.\n\nThe full notice follows.\n\n## 1. Who is responsible\n\nAcme GmbH\n\n## 2. Why';
    const layers = splitNoticeLayers(body);
    expect(layers.firstLayer).toBe(
      '# Notice\n\nVersion 2, valid from 1 Dec 2026.\n\n## In brief\n\n- We record bookings.\n\nThe full notice follows.',
    );
    expect(layers.fullText).toBe('## 1. Who is responsible\n\nAcme GmbH\n\n## 2. Why');
  });

  it('is the whole text when the text has fewer than two sections', () => {
    expect(splitNoticeLayers('We record bookings.\n\n## Contact\n\nAsk HR.')).toEqual({
      firstLayer: 'We record bookings.\n\n## Contact\n\nAsk HR.',
      fullText: '',
    });
  });
});
