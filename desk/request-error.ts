// A request the desk refuses, with the code the answer carries and words for the person.
import type { DeskErrorCode, DeskErrorValue } from '../shared/desk/contract';

export class DeskRequestError extends Error {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeskRequestError';
  }

  toValue(): DeskErrorValue {
    return { code: this.code, message: this.message };
  }
}
