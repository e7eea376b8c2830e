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
class PsplibParseError extends Error {
  constructor(lineNumber, message) {
    super(`PSPLIB line ${lineNumber}: ${message}`);
    this.name = 'PsplibParseError';
  }
}
/** A forward-only cursor over the file's lines that remembers 1-based line numbers for errors. */
class LineCursor {
  lines;
  index = 0;
  constructor(lines) {
    this.lines = lines;
  }
  get lineNumber() {
    return this.index + 1;
  }
  atEnd() {
    return this.index >= this.lines.length;
  }
  /** The text of a line by its 1-based number. */
  lineText(lineNumber) {
    return this.lines[lineNumber - 1] ?? '';
  }
  next() {
    if (this.atEnd())
      throw new PsplibParseError(this.lineNumber, 'unexpected end of file');
    return this.lines[this.index++];
  }
  /** Advances past the line that satisfies `test` and returns its number; fails at the end of the file. */
  skipTo(test, what) {
    while (!this.atEnd()) {
      const line = this.lines[this.index++];
      if (test(line))
        return this.index;
    }
    throw new PsplibParseError(this.lineNumber, `missing ${what}`);
  }
  fail(message, lineNumber = this.index) {
    throw new PsplibParseError(lineNumber, message);
  }
}
const isSeparator = (line) => /^\s*\*{5,}\s*$/.test(line);
function parseIntegers(cursor, line, lineNumber) {
  const fields = line.trim().split(/\s+/).filter((f) => f.length > 0);
  return fields.map((field) => {
    if (!/^-?\d+$/.test(field))
      cursor.fail(`expected an integer, found "${field}"`, lineNumber);
    return Number(field);
  });
}
/** Reads the integer after the colon of a `key : value` header line, e.g. `horizon : 158`. */
function headerValue(cursor, key, what) {
  const lineNumber = cursor.skipTo((line) => key.test(line), what);
  const match = /:\s*(-?\d+)/.exec(cursor.lineText(lineNumber));
  if (!match)
    cursor.fail(`no number after "${what}"`, lineNumber);
  return Number(match[1]);
}
export function parsePsplib(text) {
  const lines = text.split(/\r?\n/);
  const cursor = new LineCursor(lines);
  const jobs = headerValue(cursor, /^\s*jobs\b/i, 'jobs (incl. supersource/sink)');
  if (jobs < 2)
    cursor.fail(`a project needs at least a supersource and a supersink, found ${jobs} jobs`);
  const horizon = headerValue(cursor, /^\s*horizon\b/i, 'horizon');
  const renewable = headerValue(cursor, /^\s*-\s*renewable\b/i, 'renewable resource count');
  const nonrenewable = headerValue(cursor, /^\s*-\s*nonrenewable\b/i, 'nonrenewable resource count');
  const doubly = headerValue(cursor, /^\s*-\s*doubly constrained\b/i, 'doubly constrained resource count');
  if (nonrenewable !== 0 || doubly !== 0) {
    cursor.fail('only renewable resources are supported (single-mode RCPSP)');
  }
  const mpmTime = parseProjectInformation(cursor);
  const successors = parsePrecedence(cursor, jobs);
  const { durations, demands } = parseRequests(cursor, jobs, renewable);
  const capacities = parseAvailabilities(cursor, renewable);
  return { jobs, horizon, mpmTime, durations, successors, demands, capacities };
}
function parseProjectInformation(cursor) {
  cursor.skipTo((line) => /^\s*PROJECT INFORMATION/i.test(line), 'PROJECT INFORMATION section');
  cursor.next(); // column titles: pronr. #jobs rel.date duedate tardcost MPM-Time
  const lineNumber = cursor.lineNumber;
  const values = parseIntegers(cursor, cursor.next(), lineNumber);
  if (values.length !== 6)
    cursor.fail(`expected 6 project values, found ${values.length}`, lineNumber);
  return values[5];
}
function parsePrecedence(cursor, jobs) {
  cursor.skipTo((line) => /^\s*PRECEDENCE RELATIONS/i.test(line), 'PRECEDENCE RELATIONS section');
  cursor.next(); // column titles
  const successors = [];
  for (let job = 0; job < jobs; job++) {
    const lineNumber = cursor.lineNumber;
    const line = cursor.next();
    if (isSeparator(line))
      cursor.fail(`precedence list ends after ${job} of ${jobs} jobs`, lineNumber);
    const [jobNumber, modes, count, ...rest] = parseIntegers(cursor, line, lineNumber);
    if (jobNumber !== job + 1)
      cursor.fail(`expected job ${job + 1}, found ${jobNumber}`, lineNumber);
    if (modes !== 1)
      cursor.fail(`job ${jobNumber} has ${modes} modes; only single-mode files are supported`, lineNumber);
    if (rest.length !== count) {
      cursor.fail(`job ${jobNumber} announces ${count} successors but lists ${rest.length}`, lineNumber);
    }
    for (const successor of rest) {
      if (successor <= jobNumber || successor > jobs) {
        cursor.fail(`job ${jobNumber} has successor ${successor}, outside ${jobNumber + 1}..${jobs}`, lineNumber);
      }
    }
    successors.push(rest.map((s) => s - 1));
  }
  return successors;
}
function parseRequests(cursor, jobs, resources) {
  cursor.skipTo((line) => /^\s*REQUESTS\/DURATIONS/i.test(line), 'REQUESTS/DURATIONS section');
  cursor.next(); // column titles
  cursor.skipTo((line) => /^\s*-{5,}\s*$/.test(line), 'dashed line under the REQUESTS/DURATIONS titles');
  const durations = [];
  const demands = [];
  for (let job = 0; job < jobs; job++) {
    const lineNumber = cursor.lineNumber;
    const line = cursor.next();
    if (isSeparator(line))
      cursor.fail(`request list ends after ${job} of ${jobs} jobs`, lineNumber);
    const values = parseIntegers(cursor, line, lineNumber);
    if (values.length !== 3 + resources) {
      cursor.fail(`expected job, mode, duration and ${resources} requests, found ${values.length} values`, lineNumber);
    }
    const [jobNumber, mode, duration, ...request] = values;
    if (jobNumber !== job + 1)
      cursor.fail(`expected job ${job + 1}, found ${jobNumber}`, lineNumber);
    if (mode !== 1)
      cursor.fail(`job ${jobNumber} uses mode ${mode}; only single-mode files are supported`, lineNumber);
    if (duration < 0)
      cursor.fail(`job ${jobNumber} has a negative duration`, lineNumber);
    if (request.some((r) => r < 0))
      cursor.fail(`job ${jobNumber} has a negative resource request`, lineNumber);
    durations.push(duration);
    demands.push(request);
  }
  return { durations, demands };
}
function parseAvailabilities(cursor, resources) {
  cursor.skipTo((line) => /^\s*RESOURCEAVAILABILITIES/i.test(line), 'RESOURCEAVAILABILITIES section');
  cursor.next(); // column titles: R 1 R 2 ...
  const lineNumber = cursor.lineNumber;
  const capacities = parseIntegers(cursor, cursor.next(), lineNumber);
  if (capacities.length !== resources) {
    cursor.fail(`expected ${resources} resource availabilities, found ${capacities.length}`, lineNumber);
  }
  if (capacities.some((c) => c < 0))
    cursor.fail('negative resource availability', lineNumber);
  return capacities;
}
