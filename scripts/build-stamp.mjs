// The stamp a build leaves beside its output: dated to when the build began (so a source edited during a build
// is rebuilt), holding the inputs that are not files (for the site, the URL it was built for).
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @typedef {Record<string, string>} BuildInputs */
/** @typedef {{ builtAt: number, inputs: BuildInputs | null }} Stamp */

/** @param {string} file @returns {Stamp | null} */
export function readStamp(file) {
  if (!existsSync(file)) return null;
  let inputs = null;
  try {
    inputs = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // a stamp from before stamps held inputs: its inputs are unknown, so they count as changed
  }
  return { builtAt: statSync(file).mtimeMs, inputs };
}

/** @param {string} file @param {Date} began @param {BuildInputs} inputs */
export function writeStamp(file, began, inputs) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(inputs)}\n`);
  utimesSync(file, began, began);
}

/**
 * Why a build is needed, or null when the last one is current: nothing built yet, a source newer than the
 * build, or an input that differs from the one the build was made with.
 * @param {{ stamp: Stamp | null, newestSource: number, inputs: BuildInputs }} state
 * @returns {string | null}
 */
export function whyRebuild({ stamp, newestSource, inputs }) {
  if (!stamp) return 'not built yet';
  if (newestSource > stamp.builtAt) return 'sources changed';
  for (const [name, value] of Object.entries(inputs)) {
    const before = stamp.inputs?.[name];
    if (before !== value) return `${name} is ${value}, the build was made for ${before ?? 'an unrecorded value'}`;
  }
  return null;
}
