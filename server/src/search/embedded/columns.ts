type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T };

/** A typed array by slot that grows as slots are added (doubling), zero where nothing was set. */
export class Growable<T extends TypedArray> {
  array: T;

  constructor(private readonly make: TypedArrayConstructor<T>, capacity = 64) {
    this.array = new make(capacity);
  }

  /** The array, at least `capacity` long. */
  ensure(capacity: number): T {
    if (this.array.length < capacity) {
      const grown = new this.make(Math.max(capacity, this.array.length * 2));
      grown.set(this.array as never);
      this.array = grown;
    }
    return this.array;
  }

  get(slot: number): number {
    return slot < this.array.length ? this.array[slot]! : 0;
  }

  set(slot: number, value: number): void {
    this.ensure(slot + 1)[slot] = value;
  }

  /** Moves each kept slot's value to its new slot (`remap`: -1 for a slot gone). */
  compact(remap: Int32Array): void {
    const next = new this.make(Math.max(this.array.length, 64));
    for (let slot = 0; slot < remap.length && slot < this.array.length; slot++) if (remap[slot]! >= 0) next[remap[slot]!] = this.array[slot]!;
    this.array = next;
  }
}

/** A small dictionary column: each slot holds the code of its value (0: none), for filters and facet counts. */
export class Codes extends Growable<Uint8Array> {
  private readonly values: string[] = [''];
  private readonly codes = new Map<string, number>();

  constructor() {
    super(Uint8Array);
  }

  codeOf(value: string | undefined): number {
    return value ? (this.codes.get(value) ?? -1) : 0;
  }

  valueAt(code: number): string {
    return this.values[code] ?? '';
  }

  override set(slot: number, value: string | number | undefined): void {
    super.set(slot, typeof value === 'number' ? value : this.intern(value));
  }

  private intern(value: string | undefined): number {
    if (!value) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      // The facets are a handful of values each (types, locales, sections, statuses).
      if (this.values.length > 255) throw new Error(`too many distinct values for a facet column: ${value}`);
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/** Each slot's list of tags as one code (documents share a handful of distinct lists), for the tag facet. */
export class TagSets extends Growable<Uint16Array> {
  private readonly lists: string[][] = [[]];
  private readonly codes = new Map<string, number>();

  constructor() {
    super(Uint16Array);
  }

  get size(): number {
    return this.lists.length;
  }

  listAt(code: number): readonly string[] {
    return this.lists[code] ?? [];
  }

  override set(slot: number, tags: readonly string[] | number): void {
    super.set(slot, typeof tags === 'number' ? tags : this.intern(tags));
  }

  private intern(tags: readonly string[]): number {
    if (tags.length === 0) return 0;
    const key = JSON.stringify(tags);
    let code = this.codes.get(key);
    if (code === undefined) {
      // Past 65,535 distinct lists the facet would be wrong: far beyond a site's tag combinations.
      if (this.lists.length > 0xffff) throw new Error('too many distinct tag lists for the tag facet column');
      code = this.lists.length;
      this.lists.push([...tags]);
      this.codes.set(key, code);
    }
    return code;
  }
}
