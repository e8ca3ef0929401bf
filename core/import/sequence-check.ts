import { type ImportProblem, problem } from './import-result';

// Numbering mistakes are kept as written (the office cites items by the number on paper) and reported.
// A number that breaks an otherwise continuous run (…28, 39, 30…) is a slip for the expected one; when the
// slip repeats a number used elsewhere in the run it is reported as a duplicate, pointing at both lines.

export interface NumberedItem {
  /** Position of the item in the draft. */
  index: number;
  seq: number;
  line: number;
  text: string;
  /** Items of one run are numbered as one list (a new run starts at 1 or with another kind of block). */
  run: number;
}

export interface SequenceFindings {
  problems: ImportProblem[];
  /** Item index → note for the item itself (原文序号为39，疑为29). */
  notes: Map<number, string>;
}

export function checkSequences(items: NumberedItem[]): SequenceFindings {
  const findings: SequenceFindings = { problems: [], notes: new Map() };
  const runs = new Map<number, NumberedItem[]>();
  for (const item of items) {
    const run = runs.get(item.run);
    if (run) run.push(item);
    else runs.set(item.run, [item]);
  }
  for (const run of runs.values()) checkRun(run, findings);
  findings.problems.sort((a, b) => a.line - b.line);
  return findings;
}

function checkRun(run: NumberedItem[], findings: SequenceFindings): void {
  const seen = new Map<number, number>();
  let prev: number | null = null;
  run.forEach((item, i) => {
    const { seq, line, text } = item;
    if (prev === null || seq === prev + 1) {
      if (prev !== null && seen.has(seq)) findings.problems.push(problem(line, text, 'duplicate_seq', `序号${seq}与第${seen.get(seq)}行重复`));
      seen.set(seq, line);
      prev = seq;
      return;
    }
    const expected = prev + 1;
    if (run[i + 1]?.seq === expected + 1) {
      const other = run.find((o) => o !== item && o.seq === seq);
      findings.notes.set(item.index, `原文序号为${seq}，疑为${expected}`);
      findings.problems.push(
        other
          ? problem(line, text, 'duplicate_seq', `序号${seq}与第${other.line}行重复，按前后顺序此处应为${expected}`)
          : problem(line, text, 'seq_order', `序号${seq}与前后不连续，按前后顺序应为${expected}`),
      );
      prev = expected;
      return;
    }
    if (seen.has(seq)) findings.problems.push(problem(line, text, 'duplicate_seq', `序号${seq}与第${seen.get(seq)}行重复`));
    else if (seq > expected) findings.problems.push(problem(line, text, 'seq_gap', `序号${prev}之后是${seq}，缺少${expected === seq - 1 ? expected : `${expected}至${seq - 1}`}`));
    else findings.problems.push(problem(line, text, 'seq_order', `序号${seq}排在${prev}之后，顺序颠倒`));
    seen.set(seq, line);
    prev = seq;
  });
}
