// Errors cross the process boundary as values; these are their codes and their shape.

export type ApiErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'disk-full'
  | 'read-only'
  | 'io'
  | 'forbidden'
  /** Preflight found errors and the editor did not choose to export anyway. */
  | 'preflight'
  /** The user stopped a long job (an edition export) before it finished. */
  | 'cancelled'
  | 'internal';

/** Names and figures an error's sentence is built from ("the file", "82 MB"), for any language. */
export type ApiErrorValues = Record<string, string | number>;

export interface ApiErrorValue {
  code: ApiErrorCode;
  /** The sentence in English, as the command line prints it. */
  message: string;
  /**
   * Which sentence, when the code alone would not say enough ("text-file-too-large" of many
   * "invalid-input"s): the interface words it in its own language by this name and `values`.
   */
  reason?: string;
  values?: ApiErrorValues;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorValue };

export interface ErrorWording {
  reason?: string;
  values?: ApiErrorValues;
}

/** The error services throw and the renderer's client rethrows, with a message a reporter understands. */
export class DatelineError extends Error {
  readonly code: ApiErrorCode;
  readonly reason?: string;
  readonly values?: ApiErrorValues;

  constructor(code: ApiErrorCode, message: string, wording: ErrorWording = {}) {
    super(message);
    this.name = 'DatelineError';
    this.code = code;
    this.reason = wording.reason;
    this.values = wording.values;
  }

  toValue(): ApiErrorValue {
    const value: ApiErrorValue = { code: this.code, message: this.message };
    if (this.reason) value.reason = this.reason;
    if (this.values) value.values = this.values;
    return value;
  }
}
