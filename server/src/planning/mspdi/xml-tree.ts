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

/** Elements may nest this deep; MSPDI needs about eight levels. */
export const MAX_XML_DEPTH = 64;
/** Characters that entity references may add to a file, all references together. */
export const MAX_ENTITY_EXPANSION = 100_000;

/**
 * Parses XML into a tree of elements that know their line numbers.
 * fast-xml-parser does not report positions, so the start tags are scanned once
 * on their own: the n-th start tag in the text is the n-th element of a pre-order walk.
 * That scan also reads the DOCTYPE and the nesting first: external entities, external DTDs,
 * parameter entities, entities expanding past MAX_ENTITY_EXPANSION characters and elements
 * nested deeper than MAX_XML_DEPTH are refused naming the line, before the parser sees the text
 * (nothing is ever fetched or read from disk).
 */
export function parseXmlTree(xml: string): XmlElement {
  const { lines, entities, bodyStart } = scanStartTags(xml);
  checkEntityExpansion(xml, entities, bodyStart);
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new MspdiError(`Malformed XML: ${validation.err.msg}`, undefined, validation.err.line);
  }
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
  let parsed: OrderedNode[];
  try {
    parsed = parser.parse(xml) as OrderedNode[];
  } catch (err) {
    // The checks above come first; whatever the parser still refuses is the file's fault too.
    throw new MspdiError(`Malformed XML: ${(err as Error).message}`);
  }
  const roots = parsed.flatMap((node) =>
    Object.entries(node)
      .filter(([key]) => key !== '#text' && key !== ':@')
      .map(([key, value]) => build(key, value as OrderedNode[])),
  );
  if (roots.length !== 1) throw new MspdiError('Expected exactly one root element');
  return roots[0]!;
}

interface Entity {
  value: string;
  line: number;
}

interface TagScan {
  /** Line of every start tag (including self-closing ones) in document order. */
  lines: number[];
  /** Internal general entities of the DOCTYPE: name to replacement text. */
  entities: Map<string, Entity>;
  /** Offset just past the DOCTYPE (0 without one). */
  bodyStart: number;
}

function scanStartTags(xml: string): TagScan {
  const lines: number[] = [];
  const entities = new Map<string, Entity>();
  let bodyStart = 0;
  let line = 1;
  let depth = 0;
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
    } else if (xml.startsWith('<!DOCTYPE', i)) {
      const doctype = readDoctype(xml, i, line);
      // Well-formed XML has one DOCTYPE; should a file bring more, every entity counts.
      for (const [name, entity] of doctype.entities) if (!entities.has(name)) entities.set(name, entity);
      for (let k = i; k < doctype.end; k++) if (xml.charCodeAt(k) === 10) line++;
      i = bodyStart = doctype.end;
    } else if (xml[i + 1] === '/') {
      depth--;
      skipTo('>');
    } else if (xml[i + 1] === '?' || xml[i + 1] === '!') {
      skipTo('>');
    } else {
      const tagLine = line;
      lines.push(tagLine);
      skipTo('>');
      if (xml[i - 2] !== '/' && ++depth > MAX_XML_DEPTH) {
        throw new MspdiError(`Elements are nested more than ${MAX_XML_DEPTH} levels deep`, undefined, tagLine);
      }
    }
  }
  return { lines, entities, bodyStart };
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /\s*/y;

/**
 * Reads `<!DOCTYPE name [ ... ]>` from `start`. Only internal general entities with a literal value
 * are kept; an external DTD or entity (SYSTEM, PUBLIC) and any parameter entity (`<!ENTITY % ...>`,
 * `%name;`) is refused naming its line.
 */
function readDoctype(xml: string, start: number, startLine: number): { end: number; entities: Map<string, Entity> } {
  const entities = new Map<string, Entity>();
  const lineOf = (pos: number) => {
    let n = startLine;
    for (let k = start; k < pos; k++) if (xml.charCodeAt(k) === 10) n++;
    return n;
  };
  const fail = (message: string, pos: number): never => {
    throw new MspdiError(message, 'DOCTYPE', lineOf(pos));
  };
  let i = start + '<!DOCTYPE'.length;
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.exec(xml);
    i = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) return fail('Malformed DOCTYPE: a name is missing', i);
    i = NAME.lastIndex;
    return m[0];
  };
  const quoted = (): string => {
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") return fail('Malformed DOCTYPE: a quoted value is missing', i);
    const end = xml.indexOf(quote, i + 1);
    if (end < 0) return fail('Malformed DOCTYPE: a quoted value is not closed', i);
    const value = xml.slice(i + 1, end);
    i = end + 1;
    return value;
  };
  const externalId = () => xml.startsWith('SYSTEM', i) || xml.startsWith('PUBLIC', i);
  /** Skips a declaration this reader does not use (ELEMENT, ATTLIST, NOTATION), minding quotes. */
  const skipDeclaration = () => {
    for (; i < xml.length && xml[i] !== '>'; i++) {
      if (xml[i] === '"' || xml[i] === "'") {
        const end = xml.indexOf(xml[i], i + 1);
        if (end < 0) fail('Malformed DOCTYPE: a quoted value is not closed', i);
        i = end;
      }
    }
    if (i >= xml.length) fail('Malformed DOCTYPE: a declaration is not closed', i);
    i++;
  };
  space();
  name();
  space();
  if (externalId()) fail('External DTDs are not allowed (SYSTEM or PUBLIC in the DOCTYPE)', i);
  if (xml[i] === '[') {
    i++;
    for (;;) {
      space();
      if (i >= xml.length) fail('Malformed DOCTYPE: it is not closed', start);
      if (xml[i] === ']') {
        i++;
        break;
      }
      if (xml[i] === '%') fail('Parameter entities are not allowed', i);
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        i = end < 0 ? fail('Malformed DOCTYPE: a comment is not closed', i) : end + 3;
      } else if (xml.startsWith('<?', i)) {
        const end = xml.indexOf('?>', i);
        i = end < 0 ? fail('Malformed DOCTYPE: a processing instruction is not closed', i) : end + 2;
      } else if (xml.startsWith('<!ENTITY', i)) {
        const at = i;
        i += '<!ENTITY'.length;
        space();
        if (xml[i] === '%') fail('Parameter entities are not allowed', at);
        const entity = name();
        space();
        if (externalId()) fail(`External entities are not allowed (entity "${entity}")`, at);
        const value = quoted();
        if (/%[A-Za-z_:]/.test(value)) fail('Parameter entities are not allowed', at);
        space();
        if (xml[i] !== '>') fail(`Malformed DOCTYPE: entity "${entity}" is not closed`, i);
        i++;
        // The first declaration of an entity is the one that counts.
        if (!entities.has(entity)) entities.set(entity, { value, line: lineOf(at) });
      } else if (xml.startsWith('<!', i)) {
        skipDeclaration();
      } else {
        fail('Malformed DOCTYPE', i);
      }
    }
    space();
  }
  if (xml[i] !== '>') fail('Malformed DOCTYPE: it is not closed', i);
  return { end: i + 1, entities };
}

const REFERENCE = /&([A-Za-z_:][\w.:-]*);/g;

/**
 * Refuses a file whose entity references would add more than MAX_ENTITY_EXPANSION characters
 * (the "billion laughs": entities made of entities), or whose entities refer to themselves.
 * Sizes are counted, never built.
 */
function checkEntityExpansion(xml: string, entities: Map<string, Entity>, bodyStart: number): void {
  if (entities.size === 0) return;
  const limit = MAX_ENTITY_EXPANSION;
  const sizes = new Map<string, number>();
  const sizeOf = (name: string, path: readonly string[]): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    const entity = entities.get(name)!;
    if (path.includes(name)) throw new MspdiError(`Entity "${name}" refers to itself`, 'DOCTYPE', entity.line);
    let size = entity.value.length;
    for (const m of entity.value.matchAll(REFERENCE)) {
      if (!entities.has(m[1]!)) continue;
      size = Math.min(limit + 1, size - m[0].length + sizeOf(m[1]!, [...path, name]));
    }
    sizes.set(name, size);
    return size;
  };
  let total = 0;
  for (const m of xml.slice(bodyStart).matchAll(REFERENCE)) {
    if (!entities.has(m[1]!)) continue;
    total += sizeOf(m[1]!, []);
    if (total > limit) {
      let line = 1;
      const at = bodyStart + m.index;
      for (let k = 0; k < at; k++) if (xml.charCodeAt(k) === 10) line++;
      throw new MspdiError(`Entities expand past ${limit.toLocaleString('en-US')} characters (entity "${m[1]}")`, m[1], line);
    }
  }
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
