// Types of build/chromium.mjs for the TypeScript callers (the Playwright config).
export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | '系统' | 'Playwright';
}
export function findChromium(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): FoundChromium | null;
