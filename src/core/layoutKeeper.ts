/**
 * Holds the latest object of one short-lived class, so that V8 keeps the class's object layout.
 *
 * V8 reaches an object's layout (its hidden class, or "map") through transitions from the
 * constructor's first layout, and holds those transitions weakly: once no object of a class is
 * left (after a cold build, every per-file scanner, token and page line is garbage), the next full
 * garbage collection frees the layout and throws away every optimised function compiled against
 * it. The edits after that collection then ran unoptimised while V8 compiled the functions again:
 * ~70 of the extractor's, twice the CPU time of a warm edit (6,000-file bundle, `npm run bench`).
 * One per class made per text, at module level; `keep(this)` at the end of its constructor.
 */
export class LayoutKeeper {
  private latest: object | undefined;

  /** Keeps `instance` (and so its layout) alive until the next one. One store. */
  keep(instance: object): void {
    this.latest = instance;
  }
}
