// What the benchmark scripts (bench-tally.mjs, bench-report.mjs) share: the viewport, the
// share links of many residents, and how a row of timings is printed.
import { execFileSync } from 'node:child_process';

/** A laptop, where a chi hội or a Hội Khuyến học does this work. */
export const LAPTOP = { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, locale: 'vi-VN' };

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const ms = (x) => `${x.toFixed(0)} ms`;

/** Prints `label`, every run and their median on one line. */
export function line(label, runs, width = 44) {
  console.log(`${label.padEnd(width)} ${runs.map(ms).join(', ').padEnd(28)} median ${ms(median(runs))}`);
}

/** `n` share links to the app at `base`, one a line, made by the real codec
 * (core/examples/make_links.rs): the same people for the same `seed`. */
export function makeLinks(base, n, seed) {
  return execFileSync('cargo', ['run', '-q', '-p', 'hoctap-core', '--example', 'make_links', '--', base, String(n), String(seed)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
