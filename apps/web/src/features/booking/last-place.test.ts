import { describe, expect, it } from 'vitest';
import { readLastPlace, saveLastPlace } from './last-place';

describe('last place', () => {
  it('remembers location and floor', () => {
    expect(readLastPlace()).toEqual({});
    saveLastPlace({ locationId: 'l-1', floorId: 'f-2' });
    expect(readLastPlace()).toEqual({ locationId: 'l-1', floorId: 'f-2' });
  });

  it('ignores what it cannot read', () => {
    window.localStorage.setItem('deskbook.book.lastPlace', '{nonsense');
    expect(readLastPlace()).toEqual({});
    window.localStorage.setItem('deskbook.book.lastPlace', JSON.stringify({ locationId: 7 }));
    expect(readLastPlace()).toEqual({});
  });
});
