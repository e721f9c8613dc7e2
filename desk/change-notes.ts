// Notes who last changed each desk article, at most once a second per article, so typing does
// not rewrite the desk directory on every keystroke.
export class ChangeNotes {
  private readonly pending = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly record: (docName: string, person: string) => void,
    private readonly delayMs = 1_000,
  ) {}

  changed(docName: string, person: string): void {
    this.pending.set(docName, person);
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const due = [...this.pending];
    this.pending.clear();
    for (const [docName, person] of due) this.record(docName, person);
  }
}
