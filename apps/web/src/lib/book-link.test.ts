import { describe, expect, it } from 'vitest';
import { bookLink, readBookLink } from './book-link';

describe('links to the Book page', () => {
  it('carries location, floor, day and desk, and reads them back', () => {
    const target = { locationId: 'l1', floorId: 'f1', date: '2026-12-08', deskId: 'd 1' };
    const link = bookLink(target);
    expect(link).toBe('/book?location=l1&floor=f1&date=2026-12-08&desk=d+1');
    expect(readBookLink(link.slice(link.indexOf('?')))).toEqual(target);
  });

  it('leaves out what is not given', () => {
    expect(bookLink({})).toBe('/book');
    expect(bookLink({ locationId: 'l1' })).toBe('/book?location=l1');
    expect(readBookLink('')).toEqual({});
  });

  it('ignores a day that is not YYYY-MM-DD', () => {
    expect(readBookLink('?location=l1&date=tomorrow')).toEqual({ locationId: 'l1' });
  });
});
