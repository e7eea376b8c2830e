import { describe, expect, it } from 'vitest';
import { lineOfPath, pathSegments } from './json-locate.js';

const text = `{
  "format": "trellis-plan",
  "tasks": [
    { "id": "a", "name": "Design" },
    {
      "id": "b",
      "name": "Build \\"it\\" [now]",
      "durationDays": -3
    }
  ],
  "links": []
}`;

describe('lineOfPath', () => {
  it('splits a JSON path', () => {
    expect(pathSegments('tasks[1].durationDays')).toEqual(['tasks', 1, 'durationDays']);
  });

  it('names the line of the value a validation error points at', () => {
    expect(lineOfPath(text, 'tasks[1].durationDays')).toBe(8);
    expect(lineOfPath(text, 'tasks[0].name')).toBe(4);
    expect(lineOfPath(text, 'links')).toBe(11);
  });

  it('falls back to the nearest parent that exists', () => {
    expect(lineOfPath(text, 'tasks[1].calendarId')).toBe(5);
    expect(lineOfPath(text, 'project.start')).toBe(1);
  });
});
