/**
 * One term's occurrences in one field of a shard: the documents' slots in increasing order (a new document always
 * takes the next slot) and how often the term occurs in each. Typed arrays, so a search walks them without
 * allocating, and a snapshot writes them as they are.
 */
export class Postings {
  slots: Uint32Array;
  freqs: Uint16Array;
  length: number;

  constructor(slots: Uint32Array = new Uint32Array(2), freqs: Uint16Array = new Uint16Array(2), length = 0) {
    this.slots = slots;
    this.freqs = freqs;
    this.length = length;
  }

  push(slot: number, freq: number): void {
    if (this.length === this.slots.length) {
      const capacity = Math.max(4, this.length * 2);
      const slots = new Uint32Array(capacity);
      slots.set(this.slots.subarray(0, this.length));
      const freqs = new Uint16Array(capacity);
      freqs.set(this.freqs.subarray(0, this.length));
      this.slots = slots;
      this.freqs = freqs;
    }
    this.slots[this.length] = slot;
    // A term repeated more than 65,535 times in one field counts as that many: BM25 saturates long before.
    this.freqs[this.length] = Math.min(freq, 0xffff);
    this.length += 1;
  }

  /** Whether the slot is in the list (binary search: the slots are sorted). */
  has(slot: number): boolean {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.slots[middle]!;
      if (value === slot) return true;
      if (value < slot) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** Keeps the slots that `remap` maps to a new slot (-1: gone), renumbered; the order stays increasing. */
  compact(remap: Int32Array): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const slot = remap[this.slots[i]!]!;
      if (slot < 0) continue;
      this.slots[kept] = slot;
      this.freqs[kept] = this.freqs[i]!;
      kept += 1;
    }
    this.length = kept;
  }
}
