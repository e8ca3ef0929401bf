import { ImportError } from './import-error';

// Bytes of a .txt/.csv → text. Chinese offices save in UTF-8 or GBK (Excel's "CSV" and Notepad's "ANSI"),
// sometimes UTF-16 with a BOM; anything that decodes as none of them, or is full of control bytes, is not text.

const SAMPLE = 64 * 1024;
const MAX_CONTROL_RATIO = 0.01;

const notText = () => new ImportError('not_document', '文件不是文本、Word 或 Excel 文档，无法导入');

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, SAMPLE).includes(0)) throw notText();
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  throw notText();
}

export function decodeText(bytes: Uint8Array): string {
  const text = decode(bytes);
  const sample = text.slice(0, SAMPLE);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (controls > sample.length * MAX_CONTROL_RATIO) throw notText();
  return text;
}
