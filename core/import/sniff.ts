// What a file really is, from its first bytes: the extension is whatever the sender typed.

export type Container = 'zip' | 'cfb' | 'pdf' | 'executable' | 'image' | 'archive' | 'rtf' | 'other';

const MAGIC: Array<[Container, number[]]> = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]], // an empty zip
  ['cfb', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // .doc/.xls, and encrypted .docx/.xlsx
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['executable', [0x4d, 0x5a]], // MZ: .exe/.dll
  ['executable', [0x7f, 0x45, 0x4c, 0x46]], // ELF
  ['image', [0x89, 0x50, 0x4e, 0x47]],
  ['image', [0xff, 0xd8, 0xff]],
  ['image', [0x47, 0x49, 0x46, 0x38]],
  ['archive', [0x52, 0x61, 0x72, 0x21]], // RAR
  ['archive', [0x37, 0x7a, 0xbc, 0xaf]], // 7z
  ['archive', [0x1f, 0x8b]], // gzip
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

export function sniffContainer(bytes: Uint8Array): Container {
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return kind;
  }
  return 'other';
}
