// Stand-ins for BrowserWindow, its webContents and frames, recording options and handlers.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A preventable event, as Electron passes to 'close', 'will-navigate', 'before-quit' and friends. */
export interface MockEvent {
  preventDefault: () => void;
  defaultPrevented: boolean;
}

export function mockEvent(): MockEvent {
  const event: MockEvent = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextId = 1;

export class MockWebFrame {
  readonly frameTreeNodeId = nextId++;
  url: string;
  readonly parent: MockWebFrame | null;

  constructor(url: string, parent: MockWebFrame | null = null) {
    this.url = url;
    this.parent = parent;
  }
}

export class MockWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new MockWebFrame('');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly send = vi.fn();
  readonly reload = vi.fn();
  private destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** A child frame of the main frame, for messages that must be refused. */
  subframe(url: string): MockWebFrame {
    return new MockWebFrame(url, this.mainFrame);
  }

  /** Emits `name` with a fresh preventable event and returns that event. */
  dispatch(name: string, ...args: unknown[]): MockEvent {
    const event = mockEvent();
    this.emit(name, event, ...args);
    return event;
  }

  crashed = false;

  isCrashed(): boolean {
    return this.crashed;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export interface MockBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class MockBrowserWindow extends EventEmitter {
  static instances: MockBrowserWindow[] = [];

  static fromWebContents(webContents: unknown): MockBrowserWindow | null {
    return MockBrowserWindow.getAllWindows().find((win) => win.webContents === webContents) ?? null;
  }

  static getAllWindows(): MockBrowserWindow[] {
    return MockBrowserWindow.instances.filter((win) => !win.isDestroyed());
  }

  static getFocusedWindow(): MockBrowserWindow | null {
    return MockBrowserWindow.getAllWindows()[0] ?? null;
  }

  readonly options: Record<string, unknown>;
  readonly webContents = new MockWebContents();
  bounds: MockBounds;
  maximized = false;
  minimized = false;
  visible = false;
  private destroyed = false;

  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    const number = (key: string, fallback: number) =>
      typeof options[key] === 'number' ? options[key] : fallback;
    this.bounds = {
      x: number('x', 0),
      y: number('y', 0),
      width: number('width', 800),
      height: number('height', 600),
    };
    MockBrowserWindow.instances.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isVisible(): boolean {
    return this.visible;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  getNormalBounds(): MockBounds {
    return { ...this.bounds };
  }

  getBounds(): MockBounds {
    return { ...this.bounds };
  }

  /** Like Electron: emits a preventable 'close', and destroys the window unless it was prevented. */
  close(): void {
    if (this.destroyed) return;
    const event = mockEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
}
