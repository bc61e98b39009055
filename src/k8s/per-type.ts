/**
 * A value per API version and kind, computed once each: a set has thousands of objects of a
 * few types, and keying by a joined string would build one string per object.
 */
export class PerType<V> {
  private readonly values = new Map<string, Map<string, V>>();

  get(apiVersion: string, kind: string, compute: () => V): V {
    let kinds = this.values.get(apiVersion);
    if (!kinds) {
      kinds = new Map();
      this.values.set(apiVersion, kinds);
    }
    if (kinds.has(kind)) {
      return kinds.get(kind) as V;
    }
    const value = compute();
    kinds.set(kind, value);
    return value;
  }
}
