// Types of build/bundles.mjs for the TypeScript callers (the packaged-app test).
export const root: string;
export function isOutdated(outputs: string[], inputs: string[]): boolean;
export function buildBundle(name: 'renderer' | 'server' | 'electron', options?: { outDir?: string; force?: boolean }): boolean;
