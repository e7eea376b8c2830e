/**
 * Parser for the PSPLIB single-mode RCPSP format (`.sm` files, Kolisch & Sprecher 1996).
 *
 * The format is line oriented: a header of `key : value` lines, then the sections
 * PROJECT INFORMATION, PRECEDENCE RELATIONS, REQUESTS/DURATIONS and
 * RESOURCEAVAILABILITIES separated by lines of asterisks. Jobs are numbered from 1
 * in the file; this parser returns 0-based indexes, so job 0 is the supersource and
 * job `jobs - 1` the supersink.
 *
 * Used by the leveling benchmark (leveling.mjs) and by the tests that read the PSPLIB sets;
 * the product never reads this format.
 */
export interface PsplibInstance {
  jobs: number;
  horizon: number;
  mpmTime: number;
  durations: number[];
  successors: number[][];
  demands: number[][];
  capacities: number[];
}
export declare function parsePsplib(text: string): PsplibInstance;
