import { MAX_NAME_LENGTH } from '@trellis/schema/wbs';

/** The longest task name the WBS document keeps (longer text would be cut there, silently). */
export const NAME_LIMIT = MAX_NAME_LENGTH;
/** The counter shows from here on, so the limit is seen before it is reached. */
export const COUNTER_FROM = NAME_LIMIT - 50;

const count = new Intl.NumberFormat();

/** Whether the counter or a paste note is shown under a name field (for its aria-describedby). */
export function limitShown(name: string, note: string | null): boolean {
  return !!note || name.length >= COUNTER_FROM;
}

/**
 * A paste that would make the name longer than `max`: pastes what fits (a name is one line) and
 * answers the sentence that says so; null when the paste fits and goes ahead as usual.
 */
export function pasteWithinLimit(e: ClipboardEvent, el: HTMLInputElement, max = NAME_LIMIT): string | null {
  const text = e.clipboardData?.getData('text/plain');
  if (!text) return null;
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  const room = Math.max(0, max - (el.value.length - (end - start)));
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ');
  if (line.length <= room) return null;
  e.preventDefault();
  el.setRangeText(line.slice(0, room), start, end, 'end');
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return `The pasted text has ${count.format(line.length)} characters and a task name holds ${count.format(max)}: only the first ${count.format(room)} were pasted.`;
}
