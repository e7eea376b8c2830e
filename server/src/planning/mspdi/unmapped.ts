import type { XmlElement } from './xml-tree.js';

/** Something in the file that the Trellis plan cannot hold, so the import left it out or simplified it. */
export interface UnmappedItem {
  element: string;
  /** Line of the first occurrence. */
  line?: number;
  reason: string;
  /** How many times the same thing was met; the reason lists what it concerns. */
  count: number;
}

interface Group {
  element: string;
  line?: number;
  reason: string;
  count: number;
  subjects: string[];
}

const MAX_LISTED_SUBJECTS = 10;

/** Collects unmapped items and folds repeats of the same element and reason into one entry. */
export class UnmappedReport {
  private readonly groups = new Map<string, Group>();

  add(element: string, at: XmlElement | undefined, reason: string, subject?: string): void {
    const key = `${element}\u0000${reason}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { element, line: at?.line, reason, count: 0, subjects: [] };
      this.groups.set(key, group);
    }
    group.count++;
    if (subject !== undefined && !group.subjects.includes(subject)) group.subjects.push(subject);
  }

  items(): UnmappedItem[] {
    return [...this.groups.values()]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((g) => ({
        element: g.element,
        ...(g.line !== undefined ? { line: g.line } : {}),
        reason: g.subjects.length === 0 ? g.reason : `${g.reason} (${listSubjects(g.subjects)})`,
        count: g.count,
      }));
  }
}

function listSubjects(subjects: string[]): string {
  const shown = subjects.slice(0, MAX_LISTED_SUBJECTS).join(', ');
  const more = subjects.length - MAX_LISTED_SUBJECTS;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/**
 * Element vocabulary of one MSPDI record type.
 * - `read`: mapped into the plan (each has its own handling, including reports for unsupported values).
 * - `derived`: values MS Project computes (dates, slack, costs, earned value); Trellis computes its own.
 * - `defaults`: settings Trellis has no place for; reported only when they differ from MS Project's default.
 * Anything else is reported as not recognised.
 */
export interface Vocabulary {
  read: ReadonlySet<string>;
  derived: ReadonlySet<string>;
  defaults: Readonly<Record<string, string>>;
}

export function checkVocabulary(
  element: XmlElement,
  vocabulary: Vocabulary,
  report: UnmappedReport,
  subject: string,
): void {
  for (const c of element.children) {
    if (vocabulary.read.has(c.name) || vocabulary.derived.has(c.name)) continue;
    const expected = vocabulary.defaults[c.name];
    if (expected === undefined) {
      report.add(`${element.name}/${c.name}`, c, 'element not recognised; ignored', subject);
    } else if (c.text !== '' && c.text !== expected) {
      report.add(`${element.name}/${c.name}`, c, `setting "${c.text}" has no Trellis equivalent; ignored`, subject);
    }
  }
}

export const vocabulary = (
  read: string[],
  derived: string[],
  defaults: Record<string, string> = {},
): Vocabulary => ({ read: new Set(read), derived: new Set(derived), defaults });
