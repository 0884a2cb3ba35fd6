import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeProperties, encodeValue, ExportCodecError } from './graphExportCodec.js';

describe('graph export values', () => {
  it('keeps JSON-native values plain', () => {
    expect(encodeValue('STRING NOT NULL', 'a')).toBe('a');
    expect(encodeValue('BOOLEAN NOT NULL', false)).toBe(false);
    expect(encodeValue('FLOAT NOT NULL', 75)).toBe(75);
    expect(encodeValue('LIST<STRING NOT NULL> NOT NULL', ['a', ''])).toEqual(['a', '']);
    expect(encodeValue('LIST<NOTHING> NOT NULL', [])).toEqual([]);
  });

  it('tags what JSON cannot tell apart, and restores it as the same Neo4j type', () => {
    const big = '9007199254740993';
    const int = encodeValue('INTEGER NOT NULL', big);
    expect(int).toEqual({ $neo4j: 'Integer', value: big });
    const back = decodeValue(JSON.parse(JSON.stringify(int)));
    expect(neo4j.isInt(back) && back.toString()).toBe(big);
    expect(encodeValue('LIST<INTEGER NOT NULL> NOT NULL', ['1', '2'])).toEqual([
      { $neo4j: 'Integer', value: '1' },
      { $neo4j: 'Integer', value: '2' },
    ]);
    expect(encodeValue('FLOAT NOT NULL', Number.NaN)).toEqual({ $neo4j: 'Float', value: 'NaN' });
    expect(decodeValue({ $neo4j: 'Float', value: '-Infinity' })).toBe(-Infinity);
  });

  it('round-trips temporal and spatial values through their components', () => {
    const cases: Array<[string, unknown]> = [
      ['DATE NOT NULL', new neo4j.types.Date(2020, 1, 2)],
      ['ZONED DATETIME NOT NULL', new neo4j.types.DateTime(2024, 5, 6, 7, 8, 9, 123456789, 3600)],
      ['ZONED DATETIME NOT NULL', new neo4j.types.DateTime(2024, 5, 6, 7, 8, 9, 0, undefined, 'Europe/Moscow')],
      ['LOCAL DATETIME NOT NULL', new neo4j.types.LocalDateTime(2024, 5, 6, 7, 8, 9, 1)],
      ['LOCAL TIME NOT NULL', new neo4j.types.LocalTime(7, 8, 9, 10)],
      ['ZONED TIME NOT NULL', new neo4j.types.Time(7, 8, 9, 10, -7200)],
      ['DURATION NOT NULL', new neo4j.types.Duration(1, 2, 3, 4)],
      ['POINT NOT NULL', new neo4j.types.Point(4326, 37.6, 55.7)],
      ['POINT NOT NULL', new neo4j.types.Point(9157, 1, 2, 3)],
    ];
    for (const [type, value] of cases) {
      const encoded = JSON.parse(JSON.stringify(encodeValue(type, value)));
      expect(String(decodeValue(encoded))).toBe(String(value));
    }
  });

  it('sorts properties by key and refuses what it does not know', () => {
    expect(Object.keys(encodeProperties([['b', 'STRING NOT NULL', 'x'], ['a', 'FLOAT NOT NULL', 1]]))).toEqual(['a', 'b']);
    expect(() => encodeValue('MAP NOT NULL', {})).toThrow(ExportCodecError);
    expect(() => decodeValue({ $neo4j: 'Map', value: {} })).toThrow(ExportCodecError);
    expect(() => decodeValue({ $neo4j: 'Integer', value: '1.5' })).toThrow(ExportCodecError);
  });
});
