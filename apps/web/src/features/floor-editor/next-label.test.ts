import { describe, expect, it } from 'vitest';
import { nextFreeLabels } from './next-label';

const nextFreeLabel = (labels: string[]) => nextFreeLabels(labels, 1)[0];

describe('nextFreeLabel', () => {
  it('starts with D1 on an empty floor', () => {
    expect(nextFreeLabel([])).toBe('D1');
    expect(nextFreeLabel(['Window seat'])).toBe('D1');
  });

  it('continues after the highest number, gaps stay free', () => {
    expect(nextFreeLabel(['D1', 'D2', 'D12'])).toBe('D13');
    expect(nextFreeLabel(['D3', 'D1'])).toBe('D4');
  });

  it('follows the most used prefix', () => {
    expect(nextFreeLabel(['A1', 'B1', 'B2', 'B3', 'A9'])).toBe('B4');
    expect(nextFreeLabel(['Desk 4', 'Desk 5'])).toBe('Desk 6');
  });

  it('keeps zero padding', () => {
    expect(nextFreeLabel(['A-07', 'A-08'])).toBe('A-09');
    expect(nextFreeLabel(['A-09'])).toBe('A-10');
  });

  it('never repeats a label, whatever the case', () => {
    expect(nextFreeLabel(['D1', 'd2'])).toBe('D3');
    expect(nextFreeLabel(['X1', 'X2', 'D1', 'x3'])).toBe('X4');
  });
});

describe('nextFreeLabels', () => {
  it('gives a row of new labels', () => {
    expect(nextFreeLabels(['D1', 'D2'], 3)).toEqual(['D3', 'D4', 'D5']);
    expect(nextFreeLabels([], 2)).toEqual(['D1', 'D2']);
  });
});
