import v8 from 'node:v8';
import vm from 'node:vm';

// V8 keeps the memory a big job used (a 10,000-item export reads and builds a few hundred megabytes) until
// a full collection happens to run, which an idle server may not do for hours. After such a job one full
// collection, once the reply is out, gives it back to the system.

let collect: (() => void) | null | undefined;

/** Node's collector, made callable (it is not by default); null where the runtime refuses. */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

const AFTER_MS = 1000;
let scheduled = false;

/** Runs one full collection shortly after the current work (several big jobs in a row share one). */
export function releaseMemorySoon(): void {
  const gc = collector();
  if (!gc || scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    gc();
  }, AFTER_MS).unref();
}
