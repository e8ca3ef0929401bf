// Module hook for the packaged-app test: `import … from 'electron'` in the packaged main.js gets the
// stand-in; every other import resolves as Node would resolve it inside the extracted app.asar.
const standIn = new URL('./electron-stand-in.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true };
  return nextResolve(specifier, context);
}
