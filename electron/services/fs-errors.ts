// Turns Node's file-system errors into messages a reporter understands.
import { DatelineError } from '../../shared/api/errors';

export function describeFsError(error: unknown, action: string): DatelineError {
  if (error instanceof DatelineError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new DatelineError('disk-full', `Could not ${action}: the disk is full.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DatelineError(
        'read-only',
        `Could not ${action}: the library folder cannot be written to (it is read-only or belongs to another user).`,
      );
    case 'ENOENT':
      return new DatelineError('not-found', `Could not ${action}: the file is no longer there.`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new DatelineError('io', `Could not ${action}: ${detail}`);
    }
  }
}
