import JSZip from 'jszip';
import { FONT_SUBSTITUTES } from './doc-style';

// The docx package writes an empty font table. Word and WPS fall back to an arbitrary font when a named
// one (方正小标宋简体, 仿宋_GB2312) is missing; a font entry with altName and the GB2312 charset tells
// them which installed font to use instead.

function fontEntry(name: string, alt: string): string {
  return `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
}

export async function withFontSubstitutes(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/fontTable.xml');
  if (!file) return docx;
  const entries = Object.entries(FONT_SUBSTITUTES).map(([name, alt]) => fontEntry(name, alt)).join('');
  const xml = (await file.async('string'))
    .replace(/<w:fonts\b([^>]*?)\s*\/>/, '<w:fonts$1></w:fonts>')
    .replace('</w:fonts>', `${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
