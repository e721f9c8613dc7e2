// One debounced save queue per open article: saves a second after typing pauses, at least every
// five seconds while it goes on, at once when asked, and keeps retrying after a failure.

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

export interface SaveQueueOptions {
  /** Persists the current draft on top of `baseRevision`; resolves with the new revision. */
  persist: (baseRevision: number) => Promise<number>;
  revision: number;
  onState: (state: SaveState) => void;
  isConflict: (error: unknown) => boolean;
  describe: (error: unknown) => string;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
}

export class SaveQueue {
  private revision: number;
  private changes = 0;
  private savedChanges = 0;
  private firstUnsavedAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private state: SaveState = { kind: 'saved' };
  private disposed = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: SaveQueueOptions) {
    this.revision = options.revision;
    this.debounceMs = options.debounceMs ?? 1_000;
    this.maxWaitMs = options.maxWaitMs ?? 5_000;
    this.retryMs = options.retryMs ?? 5_000;
  }

  get isDirty(): boolean {
    return this.changes !== this.savedChanges;
  }

  get currentRevision(): number {
    return this.revision;
  }

  /** Called on every edit; cheap, so it can sit on the keystroke path. */
  markDirty(): void {
    if (this.disposed) return;
    this.changes += 1;
    this.firstUnsavedAt ??= Date.now();
    if (this.state.kind === 'conflict') return;
    this.setState({ kind: 'saving' });
    const waited = Date.now() - this.firstUnsavedAt;
    this.schedule(Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - waited)));
  }

  /** Saves now if anything is unsaved, and resolves once the article is on disk (or saving failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.running) await this.running;
    if (this.isDirty && this.state.kind !== 'conflict') await this.run();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.save().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async save(): Promise<void> {
    if (!this.isDirty) return;
    const saving = this.changes;
    this.setState({ kind: 'saving' });
    try {
      this.revision = await this.options.persist(this.revision);
      this.savedChanges = saving;
      if (this.isDirty) {
        // Typing went on while the save was in flight: its own debounce window starts now.
        this.firstUnsavedAt = Date.now();
        if (!this.disposed) this.schedule(this.debounceMs);
      } else {
        this.firstUnsavedAt = undefined;
        this.setState({ kind: 'saved' });
      }
    } catch (error) {
      if (this.options.isConflict(error)) {
        this.setState({ kind: 'conflict', message: this.options.describe(error) });
        return;
      }
      this.setState({ kind: 'error', message: this.options.describe(error) });
      if (!this.disposed) this.schedule(this.retryMs);
    }
  }

  private setState(state: SaveState): void {
    const same =
      state.kind === this.state.kind &&
      (state.kind === 'saved' ||
        state.kind === 'saving' ||
        state.message === (this.state as { message: string }).message);
    this.state = state;
    if (!same) this.options.onState(state);
  }
}
