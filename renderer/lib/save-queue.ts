// One save queue per open document: every edit is on disk within a second of being made, whether
// typing pauses or goes on (so a crash loses at most the last second), at once when asked, and
// saving keeps retrying after a failure. A save that comes due while the writer types can wait
// a moment for a gap between keystrokes, so reading a long article out never delays a letter.
import { t } from '../i18n/intl';

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
  /** The longest an edit waits before a save starts. */
  withinMs?: number;
  retryMs?: number;
  /**
   * A save come due waits for this to resolve before it starts, and is made due `atMostMs`
   * sooner, so it still starts within `withinMs`. A flush never waits.
   */
  startWhen?: { moment: () => Promise<void>; atMostMs: number };
}

export class SaveQueue {
  private revision: number;
  /** Bumped when a save starts: a check of the disk that overlapped one is not trusted. */
  private saves = 0;
  private changes = 0;
  private savedChanges = 0;
  /** When the oldest edit not yet in a save was made. */
  private oldestUnsavedAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private state: SaveState = { kind: 'saved' };
  private disposed = false;
  private readonly withinMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: SaveQueueOptions) {
    this.revision = options.revision;
    this.withinMs = options.withinMs ?? 1_000;
    this.retryMs = options.retryMs ?? 2_000;
  }

  get isDirty(): boolean {
    return this.changes !== this.savedChanges;
  }

  get currentRevision(): number {
    return this.revision;
  }

  /** How many saves have started; compared before and after a look at the disk. */
  get savesStarted(): number {
    return this.saves;
  }

  get isSaving(): boolean {
    return this.running !== undefined;
  }

  get inConflict(): boolean {
    return this.state.kind === 'conflict';
  }

  /** The article changed elsewhere: stop saving over it until the writer chooses what to keep. */
  markConflict(message: string): void {
    if (this.disposed) return;
    this.clearTimer();
    this.setState({ kind: 'conflict', message });
  }

  /** Called on every edit; cheap, so it can sit on the keystroke path. */
  markDirty(): void {
    if (this.disposed) return;
    this.changes += 1;
    this.oldestUnsavedAt ??= Date.now();
    if (this.state.kind === 'conflict') return;
    this.setState({ kind: 'saving' });
    // A save already due (or running, which reschedules when it ends) covers this edit.
    if (this.timer === undefined && !this.running) this.scheduleForOldestEdit();
  }

  /**
   * Saves now if anything is unsaved. Resolves true once everything is on disk, false when it is
   * not (the save failed, or the document changed elsewhere and the writer has not chosen yet);
   * `unsavedReason` then says why.
   */
  async flush(): Promise<boolean> {
    this.clearTimer();
    if (this.running) await this.running;
    if (this.isDirty && this.state.kind !== 'conflict') await this.run();
    return !this.isDirty && this.state.kind !== 'conflict';
  }

  /** Why the last flush left something unsaved, in the words the status bar uses. */
  get unsavedReason(): string {
    return this.state.kind === 'error' || this.state.kind === 'conflict'
      ? this.state.message
      : t('save.notFinished');
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private scheduleForOldestEdit(): void {
    const waited = Date.now() - (this.oldestUnsavedAt ?? Date.now());
    const waitForMoment = this.options.startWhen?.atMostMs ?? 0;
    this.schedule(Math.max(0, this.withinMs - waitForMoment - waited), true);
  }

  private schedule(delay: number, atAMoment = false): void {
    this.clearTimer();
    const timer = setTimeout(() => {
      const moment = atAMoment ? this.options.startWhen?.moment() : undefined;
      if (!moment) {
        this.timer = undefined;
        void this.run();
        return;
      }
      // Until it starts the save is still due: another edit does not put it off again.
      void moment.then(() => {
        if (this.timer !== timer || this.disposed) return;
        this.timer = undefined;
        void this.run();
      });
    }, delay);
    this.timer = timer;
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
    const oldestInSave = this.oldestUnsavedAt;
    this.oldestUnsavedAt = undefined;
    this.saves += 1;
    this.setState({ kind: 'saving' });
    try {
      this.revision = await this.options.persist(this.revision);
      this.savedChanges = saving;
      if (this.isDirty) {
        // Typing went on while the save was in flight: those edits are due a second after the
        // first of them.
        if (!this.disposed) this.scheduleForOldestEdit();
      } else {
        this.setState({ kind: 'saved' });
      }
    } catch (error) {
      this.oldestUnsavedAt = oldestInSave ?? this.oldestUnsavedAt;
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
