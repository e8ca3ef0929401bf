import type JSZip from 'jszip';
import { ListCounter, parseNumbering } from './docx-numbering';
import { docxText } from './docx-text';
import { ImportError } from './import-error';
import { type InflateBudget, type ZipEntryInfo, assertDeclaredWithin, inflateCapped, newBudget, openZip, zipDirectory } from './zip-guard';

// A .docx → text lines for the parsers, read straight from its XML parts with jszip: the main document (found
// through _rels/.rels, usually word/document.xml), plus numbering.xml and styles.xml to restore list numbers.
// Only those parts are inflated, under one shared cap; images and embedded files are never touched.

const RELS = '_rels/.rels';
const DEFAULT_MAIN = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';

const utf8 = new TextDecoder();

function mainPartName(relsXml: string | null, names: Set<string>): string | null {
  const target = relsXml && /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(relsXml);
  const named = target ? (target[1] ?? target[2]) : null;
  if (named && names.has(named)) return named;
  return names.has(DEFAULT_MAIN) ? DEFAULT_MAIN : null;
}

async function readPart(zip: JSZip, name: string, budget: InflateBudget): Promise<string | null> {
  return zip.file(name) ? utf8.decode(await inflateCapped(zip, name, budget)) : null;
}

/** True when the zip's entries are those of a Word document. */
export function isDocxDirectory(entries: ZipEntryInfo[]): boolean {
  return entries.some((e) => e.name === DEFAULT_MAIN || e.name.startsWith('word/'));
}

export async function readDocx(bytes: Uint8Array): Promise<string> {
  const entries = zipDirectory(bytes);
  const names = new Set(entries.map((e) => e.name));
  const wanted = [RELS, DEFAULT_MAIN, NUMBERING, STYLES];
  assertDeclaredWithin(entries.filter((e) => wanted.includes(e.name) || e.name.startsWith('word/document')));
  const zip = await openZip(bytes);
  const budget = newBudget();
  const main = mainPartName(await readPart(zip, RELS, budget), names);
  if (!main) throw new ImportError('not_document', '文件中没有 Word 正文，不是有效的 .docx 文件');
  const xml = (await readPart(zip, main, budget)) ?? '';
  const numbering = (await readPart(zip, NUMBERING, budget)) ?? '';
  const styles = (await readPart(zip, STYLES, budget)) ?? '';
  return docxText(xml, new ListCounter(parseNumbering(numbering, styles))).join('\n');
}
