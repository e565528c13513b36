// Relations a list fetches in its page's own statement (see listProducts): the
// field resolver returns the fetched value instead of asking a loader, and
// compiled execution (compiled.ts) reads the same value without calling the
// resolver, wherever the list's declaration says the page holds it.

/** A relation a page puts on its rows under `key`. */
export interface FetchedRelation<V> {
  key: string;
  /** The value fetched with the page (null where the join found nothing), or undefined when the page did not fetch it. */
  of(source: object): V | undefined;
}

export function fetchedRelation<V>(key: string): FetchedRelation<V> {
  return { key, of: (source) => (source as Record<string, V | undefined>)[key] };
}

/** Below a root field, by field name: the relations its page fetches (`key`) and the fields below them. */
export interface FetchedTree {
  [field: string]: { key?: string; fields?: FetchedTree };
}

const byRoot = new Map<string, FetchedTree>();

/** Declares what the root query field `root` fetches with its page, below its value. */
export function fetchedWith(root: string, tree: FetchedTree): void {
  byRoot.set(root, tree);
}

/** What the root query field `root` fetches with its page, if it declared it. */
export function fetchedUnder(root: string): FetchedTree | undefined {
  return byRoot.get(root);
}
