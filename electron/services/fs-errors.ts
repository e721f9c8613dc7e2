// Turns Node's file-system errors into messages a reporter understands.
import { DatelineError } from '../../shared/api/errors';

/** `folder` names where the write went, for the read-only message ("the export folder"). */
export function describeFsError(
  error: unknown,
  action: string,
  folder = 'the library folder',
): DatelineError {
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
        `Could not ${action}: ${folder} cannot be written to (it is read-only or belongs to another user).`,
      );
    case 'ENOENT':
      return new DatelineError('not-found', `Could not ${action}: the file is no longer there.`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new DatelineError('io', `Could not ${action}: ${detail}`);
    }
  }
}
