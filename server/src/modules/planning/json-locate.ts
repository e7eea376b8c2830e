/**
 * Finds where a value sits in a JSON text, so a validation error that names a JSON path
 * (`tasks[3].durationDays`) can also name the line. The text must be valid JSON (it was parsed).
 */

type Segment = string | number;

/** `tasks[3].durationDays` -> ['tasks', 3, 'durationDays']. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** The 1-based line of the value at `path` (or of its nearest existing parent), or null. */
export function lineOfPath(text: string, path: string): number | null {
  const target = pathSegments(path);
  let i = 0;
  let bestDepth = -1;
  let bestPos = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // Walks one value; `depth` segments of the target matched so far on this branch.
  const value = (depth: number): void => {
    ws();
    if (depth > bestDepth) {
      bestDepth = depth;
      bestPos = i;
    }
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const key = str();
        ws();
        i++; // ':'
        value(depth >= 0 && depth < target.length && target[depth] === key ? depth + 1 : -1);
        ws();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let k = 0; ; k++) {
        value(depth >= 0 && depth < target.length && target[depth] === k ? depth + 1 : -1);
        ws();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void str();
    while (i < text.length && !',}] \t\n\r'.includes(text[i]!)) i++;
  };
  try {
    value(0);
  } catch {
    return null;
  }
  if (bestDepth < 0) return null;
  let line = 1;
  for (let k = 0; k < bestPos; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
