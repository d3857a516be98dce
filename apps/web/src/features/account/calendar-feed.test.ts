import { describe, expect, it } from 'vitest';
import { feedHttpsUrl } from './calendar-feed';

describe('calendar feed URLs', () => {
  it('gives Google Calendar the https:// form of a webcal:// URL', () => {
    expect(feedHttpsUrl('webcal://desk.example.com/api/calendar/abc.ics')).toBe('https://desk.example.com/api/calendar/abc.ics');
    expect(feedHttpsUrl('webcals://desk.example.com/api/calendar/abc.ics')).toBe('https://desk.example.com/api/calendar/abc.ics');
  });
});
