import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '@/core/regions';
import { guessRegion } from '@/popup/region-guess';

describe('guessRegion', () => {
  it.each([
    ['Europe/Berlin', ['en-US'], 'eu'],
    ['Europe/Dublin', ['en-IE'], 'eu'],
    ['Atlantic/Canary', ['es'], 'eu'],
    ['Europe/Oslo', ['nb'], 'eu'],
    ['Atlantic/Reykjavik', ['is'], 'eu'],
    ['Europe/London', ['en-GB'], 'uk'],
    ['Europe/Zurich', ['de-CH'], 'ch'],
    ['America/Sao_Paulo', ['pt-BR'], 'br'],
    ['America/Manaus', ['en'], 'br'],
    ['America/New_York', ['en-US'], 'other'],
    ['Asia/Tokyo', ['ja'], 'other'],
    ['Europe/Istanbul', ['tr'], 'other'],
    ['Europe/Kyiv', ['uk-UA'], 'other'],
  ])('reads the time zone %s first', (zone, languages, region) => {
    expect(guessRegion(zone, languages)).toBe(region);
  });

  it('a named zone outweighs the language: a Brazilian in Lisbon is in the EU', () => {
    expect(guessRegion('Europe/Lisbon', ['pt-BR'])).toBe('eu');
  });

  it.each([
    ['UTC', ['pt-BR', 'en'], 'br'],
    ['Etc/GMT+1', ['de-AT'], 'eu'],
    ['', ['en-GB'], 'uk'],
    ['UTC', ['fr-CH'], 'ch'],
    ['UTC', ['nl'], 'eu'],
    ['UTC', ['en-US'], 'other'],
    ['UTC', ['en'], 'other'],
    ['UTC', [], 'other'],
  ])('falls back to the languages when the zone %s says nothing', (zone, languages, region) => {
    expect(guessRegion(zone, languages)).toBe(region);
  });

  it('always answers one of the five regions, whatever the browser reports', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (zone, languages) => {
        expect(REGIONS).toContain(guessRegion(zone, languages));
      }),
    );
  });
});
