import { describe, expect, it } from 'vitest';
import { splitNoticeLayers } from './notice-layers';

describe('the first layer of a notice', () => {
  it('ends at a thematic break', () => {
    const layers = splitNoticeLayers('# Notice\n\n## In short\n\nWe record bookings.\n\n---\n\n## Who is responsible\n\nAcme GmbH');
    expect(layers.firstLayer).toBe('# Notice\n\n## In short\n\nWe record bookings.');
    expect(layers.fullText).toBe('## Who is responsible\n\nAcme GmbH');
  });

  it('otherwise ends at the first section heading after some text', () => {
    const layers = splitNoticeLayers('# Notice\n\n## In short\n\nWe record bookings.\n\n## Who is responsible\n\nAcme GmbH');
    expect(layers.firstLayer).toBe('# Notice\n\n## In short\n\nWe record bookings.');
    expect(layers.fullText).toBe('## Who is responsible\n\nAcme GmbH');
  });

  it('is the whole text when the text has no sections', () => {
    expect(splitNoticeLayers('We record bookings.\n\nAsk HR.')).toEqual({ firstLayer: 'We record bookings.\n\nAsk HR.', fullText: '' });
  });
});
