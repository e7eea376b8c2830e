/**
 * Where the PSPLIB sets are: third-party benchmark data kept beside the repository
 * (../shared/psplib), never inside it; PSPLIB_DIR points elsewhere. Tests that read them skip
 * when the folder is absent and say so in their title.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const psplibDir = path.resolve(process.env.PSPLIB_DIR ?? path.join(repoRoot, '..', 'shared', 'psplib'));

export const psplibPresent = existsSync(path.join(psplibDir, 'j30'));

/** The describe title: `what`, or why it is skipped. */
export function psplibTitle(what: string): string {
  return psplibPresent ? what : `${what}: skipped because the PSPLIB sets are absent (looked in ${psplibDir}; set PSPLIB_DIR or put them in ../shared/psplib)`;
}
