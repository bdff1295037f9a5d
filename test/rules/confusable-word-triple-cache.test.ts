import { describe, expect, it } from 'vitest'
import { TripleCache } from '../../rules/confusable-word/triple-cache.js'

describe('confusable-word triple cache', () => {
  it('returns what was stored for each triple, across growth, and misses others', () => {
    const cache = new TripleCache(4, 12)
    const triples: Array<[number, number, number]> = []
    for (let i = 0; i < 2000; i++) triples.push([(i * 7919) % 10163, (i * 104729) % 10163, (i * 31) % 10163])
    for (const [l, w, r] of triples) {
      if (cache.find(l, w, r) < 0) cache.store(w % 300, l - r / 7)
    }
    for (const [l, w, r] of triples) {
      const slot = cache.find(l, w, r)
      expect(slot).toBeGreaterThanOrEqual(0)
      expect(cache.best(slot)).toBe(w % 300)
      expect(cache.margin(slot)).toBe(l - r / 7)
    }
    // Order matters: (l, w, r) is not (r, w, l).
    expect(cache.find(5, 6, 7)).toBe(-1)
    cache.store(1, 1)
    expect(cache.find(7, 6, 5)).toBe(-1)
    // The largest id of the tables' 15-bit space packs without collision.
    expect(cache.find(32767, 32767, 32767)).toBe(-1)
    cache.store(2, 2)
    expect(cache.best(cache.find(32767, 32767, 32767))).toBe(2)
    expect(cache.find(32767, 32767, 32766)).toBe(-1)
  })

  it('clears itself when full at its largest size', () => {
    const cache = new TripleCache(4, 4)
    for (let i = 0; i < 12; i++) {
      expect(cache.find(i, i, i)).toBe(-1)
      cache.store(i, i)
    }
    // 16 slots hold 11 entries; the 12th store cleared the table first.
    expect(cache.find(0, 0, 0)).toBe(-1)
    expect(cache.best(cache.find(11, 11, 11))).toBe(11)
  })
})
