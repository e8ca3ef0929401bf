// How much a request may carry, and what the client is told when it sends more: the reply says so in
// Chinese (413) instead of the connection being cut.

export const MAX_JSON_BODY_BYTES = 10 * 1024 * 1024;

/** Past this much beyond the limit, a sender that keeps going is cut off rather than drained forever. */
export const DRAIN_ALLOWANCE_BYTES = 64 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export function requestTooLargeMessage(limitBytes: number): string {
  return `请求内容超过 ${megabytes(limitBytes)}，未保存。请减少内容后重试`;
}

export function fileTooLargeMessage(limitBytes: number): string {
  return `文件超过 ${megabytes(limitBytes)}，未保存。请压缩后再上传`;
}

/** True when a declared Content-Length is already over the limit (the body need not be read). */
export function declaredOverLimit(contentLength: string | undefined, limitBytes: number): boolean {
  const declared = Number(contentLength);
  return Number.isFinite(declared) && declared > limitBytes;
}
