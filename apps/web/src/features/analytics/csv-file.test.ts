import { describe, expect, it } from 'vitest';
import { csvFileName } from './csv-file';

describe('csvFileName', () => {
  it('names what and which days', () => {
    expect(csvFileName('heatmap', { from: '2026-03-01', to: '2026-03-28' })).toBe('deskbook-heatmap-2026-03-01-2026-03-28.csv');
  });
});
