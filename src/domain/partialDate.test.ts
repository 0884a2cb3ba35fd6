import { describe, expect, it } from 'vitest';
import { isPartialDate, parsePartialDate } from './partialDate.js';

describe('parsePartialDate', () => {
  it('gives a year, a month or a day as the period it names', () => {
    expect(parsePartialDate('2010')).toEqual({ earliest: '2010-01-01', latest: '2010-12-31' });
    expect(parsePartialDate('2012-02')).toEqual({ earliest: '2012-02-01', latest: '2012-02-29' });
    expect(parsePartialDate('2011-02')).toEqual({ earliest: '2011-02-01', latest: '2011-02-28' });
    expect(parsePartialDate('2015-09-30')).toEqual({ earliest: '2015-09-30', latest: '2015-09-30' });
  });

  it('says what was expected and what was received', () => {
    expect(parsePartialDate('2010-13')).toEqual({ error: 'month must be 01..12, received "2010-13"' });
    expect(parsePartialDate('2010-02-30')).toEqual({ error: 'day must be 01..28 for 2010-02, received "2010-02-30"' });
    expect(parsePartialDate('10/02/2010')).toEqual({ error: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD, received "10/02/2010"' });
    expect(parsePartialDate(2010)).toEqual({ error: 'expected a date string YYYY, YYYY-MM or YYYY-MM-DD, received number' });
    expect(isPartialDate('2010-00')).toBe(false);
    expect(isPartialDate('2010-01-01')).toBe(true);
  });
});
