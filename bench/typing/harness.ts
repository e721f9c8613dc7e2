// Measures typing in a page the way a writer feels it: for each keystroke, the time from the
// keydown to the next frame the browser produces, the longest frame while typing, and (when
// asked) how long after the last keystroke a target shows what was typed. Works on any page
// with a focused editor, so Dateline and the plain TipTap reference are measured alike.
import type { Page } from '@playwright/test';

export interface TypingFigures {
  keystrokes: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  longestFrameMs: number;
  /** From the last keydown to the target showing the typed word; absent when not asked. */
  shownAfterMs?: number;
}

export interface TypingOptions {
  /** What to type; the last word is looked for by `shownIn`. */
  text: string;
  /** Pause between keystrokes, as a quick writer types. */
  delayMs: number;
  /**
   * Where the typed text must show (e.g. the Preview): the element matching `selector`, inside
   * the frame matching `frame` when given. The last word typed is looked for in its text.
   */
  shownIn?: { frame?: string; selector: string };
}

interface Recorder {
  delays: number[];
  frames: number[];
  lastKey: number;
  stop: boolean;
}

/** Starts recording in the page: every keydown's delay to the next frame, and frame lengths. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state: Recorder = { delays: [], frames: [], lastKey: 0, stop: false };
    (window as unknown as { typingRecorder: Recorder }).typingRecorder = state;
    const channel = new MessageChannel();
    const pending: number[] = [];
    // A message posted from a frame callback arrives once that frame has been produced.
    channel.port1.onmessage = () => {
      const start = pending.shift();
      if (start !== undefined) state.delays.push(performance.now() - start);
    };
    document.addEventListener(
      'keydown',
      (event) => {
        state.lastKey = event.timeStamp;
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          pending.push(start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
    let previous = performance.now();
    const frame = (now: number) => {
      state.frames.push(now - previous);
      previous = now;
      if (!state.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const percentile = (values: number[], share: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
};
const round = (value: number) => Math.round(value * 10) / 10;

/** Types `text` into the focused editor of `page` and returns the figures. */
export async function measureTyping(page: Page, options: TypingOptions): Promise<TypingFigures> {
  await startRecording(page);
  await page.keyboard.type(options.text, { delay: options.delayMs });
  let shownAfterMs: number | undefined;
  if (options.shownIn) {
    const lastWord = options.text.trim().split(/\s+/).pop() ?? '';
    shownAfterMs = await page.evaluate(
      ([target, word]) =>
        new Promise<number>((resolve, reject) => {
          const { lastKey } = (window as unknown as { typingRecorder: Recorder }).typingRecorder;
          const root = (): ParentNode | null | undefined =>
            target.frame
              ? document.querySelector<HTMLIFrameElement>(target.frame)?.contentDocument
              : document;
          const timeout = setTimeout(
            () => reject(new Error('The typed text never showed.')),
            30_000,
          );
          const check = () => {
            if (root()?.querySelector(target.selector)?.textContent?.includes(word)) {
              clearTimeout(timeout);
              resolve(performance.now() - lastKey);
            } else requestAnimationFrame(check);
          };
          check();
        }),
      [options.shownIn, lastWord] as const,
    );
  }
  // Let the last keystroke's frame arrive before reading.
  await page.waitForTimeout(200);
  const recorded = await page.evaluate(() => {
    const state = (window as unknown as { typingRecorder: Recorder }).typingRecorder;
    state.stop = true;
    return { delays: state.delays, frames: state.frames };
  });
  return {
    keystrokes: recorded.delays.length,
    p50Ms: round(percentile(recorded.delays, 0.5)),
    p95Ms: round(percentile(recorded.delays, 0.95)),
    maxMs: round(Math.max(0, ...recorded.delays)),
    longestFrameMs: round(Math.max(0, ...recorded.frames)),
    ...(shownAfterMs === undefined ? {} : { shownAfterMs: round(shownAfterMs) }),
  };
}

/** Chromium as the benchmarks launch it: Debian's build, quiet and without a sandbox or GPU. */
export const CHROMIUM = {
  executablePath: process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
