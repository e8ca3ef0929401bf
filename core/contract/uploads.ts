// Files travel beside the contract, not inside it (never base64 in JSON): serve mode streams them to
// POST /upload, the desktop passes their bytes over IPC under this reserved name. Both answer with the
// stored file's SHA-256, which contract methods (evidence.add, imports.preview) then take.
export const UPLOAD_PATH = '/upload';
export const UPLOAD_METHOD = '@upload';
