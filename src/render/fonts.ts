import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The chart's font, Atkinson Hyperlegible (designed for low-vision readers), from its npm package. */
const FILES = {
  400: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2',
  700: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2',
} as const;

let cached: Promise<string> | undefined;

/**
 * `@font-face` rules with the font files embedded as base64 `data:` URLs, so that the HTML stands
 * alone and a PDF printer never needs to fetch anything. Read once per run.
 */
export function fontFaceCss(): Promise<string> {
  cached ??= (async () => {
    const require = createRequire(import.meta.url);
    const faces = await Promise.all(
      Object.entries(FILES).map(async ([weight, spec]) => {
        const data = (await readFile(require.resolve(spec))).toString('base64');
        return `@font-face { font-family: "Atkinson Hyperlegible"; font-style: normal; font-weight: ${weight}; font-display: block; src: url("data:font/woff2;base64,${data}") format("woff2"); }`;
      }),
    );
    return faces.join('\n');
  })();
  return cached;
}
