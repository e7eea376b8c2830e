import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Raised for a file that cannot be read as MS Project XML; names the element and line when known. */
export class MspdiError extends Error {
  override readonly name = 'MspdiError';
  constructor(
    message: string,
    readonly element?: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `${message} (line ${line})`);
  }
}

/** One XML element with its children in document order and the line its start tag is on. */
export interface XmlElement {
  readonly name: string;
  readonly line: number;
  readonly text: string;
  readonly children: readonly XmlElement[];
}

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Parses XML into a tree of elements that know their line numbers.
 * fast-xml-parser does not report positions, so the start tags are scanned once
 * on their own: the n-th start tag in the text is the n-th element of a pre-order walk.
 */
export function parseXmlTree(xml: string): XmlElement {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new MspdiError(`Malformed XML: ${validation.err.msg}`, undefined, validation.err.line);
  }
  const lines = startTagLines(xml);
  let next = 0;
  const build = (name: string, content: OrderedNode[]): XmlElement => {
    const line = lines[next++] ?? 0;
    const children: XmlElement[] = [];
    let text = '';
    for (const node of content) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '#text') text += String(value);
        else if (key !== ':@') children.push(build(key, value as OrderedNode[]));
      }
    }
    // Well-formed XML cannot hold U+0000, but the parser lets a character reference (&#0;) through.
    if (text.includes('\u0000')) throw new MspdiError(`<${name}> holds the NUL character (U+0000), which cannot be stored`, name, line);
    return { name, line, text, children };
  };
  const roots = (parser.parse(xml) as OrderedNode[]).flatMap((node) =>
    Object.entries(node)
      .filter(([key]) => key !== '#text' && key !== ':@')
      .map(([key, value]) => build(key, value as OrderedNode[])),
  );
  if (roots.length !== 1) throw new MspdiError('Expected exactly one root element');
  return roots[0]!;
}

/** Line of every start tag (including self-closing ones) in document order. */
function startTagLines(xml: string): number[] {
  const result: number[] = [];
  let line = 1;
  let i = 0;
  const skipTo = (marker: string): void => {
    const end = xml.indexOf(marker, i);
    const stop = end < 0 ? xml.length : end + marker.length;
    for (let k = i; k < stop; k++) if (xml.charCodeAt(k) === 10) line++;
    i = stop;
  };
  while (i < xml.length) {
    const ch = xml.charCodeAt(i);
    if (ch === 10) {
      line++;
      i++;
    } else if (ch !== 60 /* < */) {
      i++;
    } else if (xml.startsWith('<!--', i)) {
      skipTo('-->');
    } else if (xml.startsWith('<![CDATA[', i)) {
      skipTo(']]>');
    } else if (xml[i + 1] === '?' || xml[i + 1] === '!' || xml[i + 1] === '/') {
      skipTo('>');
    } else {
      result.push(line);
      skipTo('>');
    }
  }
  return result;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** Text of a direct child, or undefined when the child is absent or empty. */
export function textOf(element: XmlElement, name: string): string | undefined {
  const found = child(element, name);
  return found && found.text !== '' ? found.text : undefined;
}

export function numberOf(element: XmlElement, name: string): number | undefined {
  const text = textOf(element, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    const found = child(element, name)!;
    throw new MspdiError(`<${name}> is not a number: "${text}"`, name, found.line);
  }
  return value;
}

export function flagOf(element: XmlElement, name: string): boolean | undefined {
  const text = textOf(element, name);
  if (text === undefined) return undefined;
  return text === '1' || text.toLowerCase() === 'true';
}
