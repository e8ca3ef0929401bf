import { type ImportProblem, problem } from './import-result';
import { MAX_LINE_CHARS, MAX_LINES, MAX_TEXT_CHARS } from './limits';
import { type Src, src } from './normalize';

// Text cut into lines within the import limits, each with its normalised twin. Whatever is dropped is
// reported, so a huge paste is parsed in bounded time instead of failing.

export interface TextLines {
  lines: Src[];
  problems: ImportProblem[];
}

export function textLines(text: string): TextLines {
  const problems: ImportProblem[] = [];
  const all = (text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text).split(/\r\n|\r|\n/);
  const kept = all.length > MAX_LINES ? all.slice(0, MAX_LINES) : all;
  if (kept.length < all.length || text.length > MAX_TEXT_CHARS) {
    problems.push(problem(kept.length, '', 'truncated', `内容过长，只导入了前${kept.length}行（上限${MAX_LINES}行、${MAX_TEXT_CHARS}字），其余未导入`));
  }
  const lines = kept.map((line, i) => {
    if (line.length <= MAX_LINE_CHARS) return src(line);
    problems.push(problem(i + 1, line, 'too_long', `第${i + 1}行超过${MAX_LINE_CHARS}字，超出部分未导入`));
    return src(line.slice(0, MAX_LINE_CHARS));
  });
  return { lines, problems };
}
