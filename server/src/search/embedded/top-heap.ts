export type ShardHit = { slot: number; score: number };

/** The best `size` (slot, score) pairs seen, in a binary min-heap on score. */
export class TopHeap {
  private readonly slots: Uint32Array;
  private readonly scores: Float64Array;
  private count = 0;
  constructor(private readonly size: number) {
    this.slots = new Uint32Array(Math.max(size, 1));
    this.scores = new Float64Array(Math.max(size, 1));
  }

  offer(slot: number, score: number): void {
    if (this.size === 0) return;
    if (this.count < this.size) {
      let i = this.count++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent]! <= score) break;
        this.slots[i] = this.slots[parent]!;
        this.scores[i] = this.scores[parent]!;
        i = parent;
      }
      this.slots[i] = slot;
      this.scores[i] = score;
      return;
    }
    if (score <= this.scores[0]!) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.count) break;
      const right = left + 1;
      const child = right < this.count && this.scores[right]! < this.scores[left]! ? right : left;
      if (this.scores[child]! >= score) break;
      this.slots[i] = this.slots[child]!;
      this.scores[i] = this.scores[child]!;
      i = child;
    }
    this.slots[i] = slot;
    this.scores[i] = score;
  }

  sorted(): ShardHit[] {
    const hits: ShardHit[] = [];
    for (let i = 0; i < this.count; i++) hits.push({ slot: this.slots[i]!, score: this.scores[i]! });
    return hits.sort((a, b) => b.score - a.score || a.slot - b.slot);
  }
}
