// Why a file could not be read at all. Everything a parser merely failed to understand is an ImportProblem
// instead; an ImportError means there is nothing to show, so its message is written for the person who
// picked the file.

export type ImportErrorCode =
  | 'empty'
  | 'too_large'
  | 'corrupt'
  | 'zip_bomb'
  | 'encrypted'
  | 'legacy_format'
  | 'unsupported_format'
  | 'not_document'
  | 'sheet_not_found';

export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
