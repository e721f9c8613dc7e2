// One change at a time per article: a save, a restore or a move to the trash waits for the one
// before it on the same article, whichever window or request started it.
export class ArticleLocks {
  private readonly locks = new Map<string, Promise<unknown>>();

  async withLock<T>(id: string, task: () => Promise<T>): Promise<T> {
    const before = this.locks.get(id) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.catch(() => undefined);
    this.locks.set(id, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(id) === settled) this.locks.delete(id);
    }
  }
}
