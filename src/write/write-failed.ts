/** What the system's error codes mean to the person whose file could not be written. */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOENT: 'the folder it goes in does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'the path is a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EFBIG: 'the file would be too large',
  EIO: 'the disk reported an input/output error',
  EPIPE: 'nothing is reading from it any more',
  ENXIO: 'nothing is reading from it',
  EBUSY: 'it is in use',
  ETXTBSY: 'it is in use',
};

/** A file that could not be written: one line, `cannot write PATH: REASON`, exit 2. */
export class WriteFailed extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot write ${path}: ${REASONS[code] ?? `the system says ${code}`}`);
  }

  /** A system error as a WriteFailed; anything else (a bug) is given back as it is. */
  static from(error: unknown, path: string): unknown {
    if (error instanceof WriteFailed) return error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? new WriteFailed(path, code) : error;
  }
}
