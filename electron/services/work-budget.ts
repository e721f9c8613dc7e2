// Long jobs on the host's one thread (indexing a library, exporting an edition) give way to other
// requests after every slice of work, measured in time rather than in items, so one large
// article cannot hold everything else up.

/** About a frame's worth of work between two pauses. */
export const WORK_SLICE_MS = 20;

export class WorkBudget {
  private since = performance.now();

  constructor(private readonly sliceMs: number = WORK_SLICE_MS) {}

  /** Whether a slice of work was done since the last pause: a loop can check it without awaiting. */
  get due(): boolean {
    return performance.now() - this.since >= this.sliceMs;
  }

  /** Lets other requests run when more than a slice of work was done since the last pause. */
  async pause(): Promise<void> {
    if (performance.now() - this.since < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.since = performance.now();
  }
}
