import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bigramKey, bucketOf, gramHash, gramOfHash, keyFromBucket, keyInBucket, splitTierAndLength, Tier, tierAndLength } from './format.ts';

describe('gram keys in buckets', () => {
  it('hash one to one, so a bucket can store the quotient and give the key back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 65536 }), (key, count) => {
        expect(gramOfHash(gramHash(key))).toBe(key);
        const bucket = bucketOf(key, count);
        expect(bucket).toBeLessThan(count);
        expect(keyFromBucket(keyInBucket(key, count), bucket, count)).toBe(key);
      }),
      { numRuns: 2000 },
    );
    // The largest bigram key and a unigram.
    expect(gramOfHash(gramHash(bigramKey(0xffff, 0xffff)))).toBe(2 ** 32 - 1);
    expect(keyFromBucket(keyInBucket(0x534a, 7), bucketOf(0x534a, 7), 7)).toBe(0x534a);
  });

  it('pack a tier and a length into one number and back', () => {
    for (const tier of Object.values(Tier)) {
      for (const length of [0, 1, 25, 26, 383, 100_000]) expect(splitTierAndLength(tierAndLength(tier, length))).toEqual({ tier, length });
    }
  });
});
