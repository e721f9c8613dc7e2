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

export interface ApiErrorValue {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorValue };

/** The error services throw and the renderer's client rethrows, with a message a reporter understands. */
export class DatelineError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'DatelineError';
    this.code = code;
  }

  toValue(): ApiErrorValue {
    return { code: this.code, message: this.message };
  }
}
