// Whether the dispatch parses every output against the contract, or skips it for methods whose handler
// builds the output field by field (MethodSpec.builtOutput): checked in tests (vitest sets NODE_ENV=test),
// in development and wherever LEDGER_CHECK_OUTPUT=1 (the end-to-end servers); skipped in production,
// where re-parsing a 10,000-item board cost a third of the call.
export function checkAllOutputs(env: Record<string, string | undefined> = process.env): boolean {
  return env.LEDGER_CHECK_OUTPUT === '1' || env.NODE_ENV === 'test' || env.NODE_ENV === 'development';
}
