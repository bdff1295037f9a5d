/**
 * A memo of scores by (left, word, right) context ids, in typed arrays: the
 * phrases of administrative text repeat (`quy định tại`, `của Luật này`),
 * and a hit costs one hash and a probe or two, no allocation. It starts
 * small (a cold `soat draft.txt` allocates little) and doubles up to
 * 2^`maxBits` slots; full at that size means cleared.
 */

/** Ids are below 2^15 (the tables' right ids are 15 bits), so a triple packs exactly into a double. */
const ID_SPACE = 32768

export class TripleCache {
  private mask = 0
  private limit = 0
  /** Packed triple + 1 per slot (0: empty). */
  private keys = new Float64Array(0)
  private margins = new Float64Array(0)
  private bests = new Int16Array(0)
  private size = 0
  /** Slot and packed key of the last miss, where `store` writes. */
  private slot = -1
  private pendingKey = 0

  constructor(
    private bits = 12,
    private readonly maxBits = 18,
  ) {
    this.allocate(bits)
  }

  private allocate(bits: number): void {
    const slots = 1 << bits
    this.bits = bits
    this.mask = slots - 1
    this.limit = Math.floor(slots * 0.7)
    this.keys = new Float64Array(slots)
    this.margins = new Float64Array(slots)
    this.bests = new Int16Array(slots)
    this.size = 0
  }

  private slotOf(key: number): number {
    // The packed key's low and high parts, mixed.
    const low = key % 0x40000000
    const high = (key - low) / 0x40000000
    let h = (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca77)) >>> 0
    h = (h ^ (h >>> 15)) & this.mask
    const keys = this.keys
    while (keys[h] !== key && keys[h] !== 0) h = (h + 1) & this.mask
    return h
  }

  /** The slot holding the triple (≥ 0), or −1 after remembering where to store it. */
  find(left: number, id: number, right: number): number {
    const key = (left * ID_SPACE + id) * ID_SPACE + right + 1
    const h = this.slotOf(key)
    if (this.keys[h] === key) return h
    this.slot = h
    this.pendingKey = key
    return -1
  }

  /** Margin stored in `slot`. */
  margin(slot: number): number {
    return this.margins[slot]!
  }

  /** Best variant index stored in `slot` (−1: none reaches the threshold). */
  best(slot: number): number {
    return this.bests[slot]!
  }

  /** Store the result for the triple of the last `find` that missed. */
  store(best: number, margin: number): void {
    if (this.size >= this.limit) {
      this.grow()
      this.slot = this.slotOf(this.pendingKey)
    }
    this.keys[this.slot] = this.pendingKey
    this.margins[this.slot] = margin
    this.bests[this.slot] = best
    this.size++
  }

  /** Double the table (rehashing what it holds), or clear it at its largest. */
  private grow(): void {
    if (this.bits >= this.maxBits) {
      this.keys.fill(0)
      this.size = 0
      return
    }
    const { keys, margins, bests } = this
    this.allocate(this.bits + 1)
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      if (key === 0) continue
      const h = this.slotOf(key)
      this.keys[h] = key
      this.margins[h] = margins[i]!
      this.bests[h] = bests[i]!
      this.size++
    }
  }
}
