import * as Y from 'yjs';
import { CHARTER_LIST_SECTIONS, CHARTER_SECTIONS, type CharterSection } from '@trellis/schema/charter';

/**
 * The charter document holds one ProseMirror (Tiptap StarterKit) fragment per section plus a
 * `fields` map for plain structured values. These functions read it into the relational shape
 * (text sections as light markdown, list sections as string arrays) and write GraphQL edits back.
 */

export interface CharterContent {
  purpose: string;
  objectives: string[];
  successCriteria: string[];
  inScope: string;
  outOfScope: string;
  assumptions: string;
  constraints: string;
  keyStakeholders: string[];
  sponsor: string;
}

export const CHARTER_FIELDS = 'fields';
const isList = (s: CharterSection) => CHARTER_LIST_SECTIONS.includes(s);

type Attrs = Record<string, unknown>;

/** Inline text with its marks as markdown. */
function inline(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown; attributes?: Attrs }[])
    .map(({ insert, attributes }) => {
      if (typeof insert !== 'string') return '';
      let s = insert;
      if (!attributes || !s.trim()) return s;
      if (attributes.code) s = `\`${s}\``;
      if (attributes.bold) s = `**${s}**`;
      if (attributes.italic) s = `*${s}*`;
      if (attributes.strike) s = `~~${s}~~`;
      return s;
    })
    .join('');
}

function childrenOf(el: Y.XmlElement | Y.XmlFragment): (Y.XmlElement | Y.XmlText)[] {
  return el.toArray().filter((c): c is Y.XmlElement | Y.XmlText => c instanceof Y.XmlElement || c instanceof Y.XmlText);
}

/** Text of a block's inline content (hard breaks become newlines). */
function blockText(el: Y.XmlElement): string {
  return childrenOf(el)
    .map((c) => (c instanceof Y.XmlText ? inline(c) : c.nodeName === 'hardBreak' ? '\n' : blockText(c)))
    .join('');
}

/** Markdown lines of one block. */
function blockLines(el: Y.XmlElement | Y.XmlText, indent = ''): string[] {
  if (el instanceof Y.XmlText) return [indent + inline(el)];
  switch (el.nodeName) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(el.getAttribute('level')) || 1));
      return [`${indent}${'#'.repeat(level)} ${blockText(el)}`];
    }
    case 'bulletList':
    case 'orderedList':
      return childrenOf(el).flatMap((item, i) => {
        const bullet = el.nodeName === 'orderedList' ? `${i + 1}. ` : '- ';
        const [first = '', ...rest] = item instanceof Y.XmlElement ? childrenOf(item).flatMap((b) => blockLines(b, '')) : [inline(item)];
        return [indent + bullet + first, ...rest.map((l) => `${indent}  ${l}`)];
      });
    case 'blockquote':
      return childrenOf(el).flatMap((b) => blockLines(b)).map((l) => `${indent}> ${l}`);
    case 'codeBlock':
      return [`${indent}\`\`\``, ...blockText(el).split('\n').map((l) => indent + l), `${indent}\`\`\``];
    case 'horizontalRule':
      return [`${indent}---`];
    default:
      return [indent + blockText(el)];
  }
}

/** A text section as markdown: blocks separated by blank lines. */
export function sectionText(fragment: Y.XmlFragment): string {
  return childrenOf(fragment)
    .map((b) => blockLines(b).join('\n'))
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A list section as entries: each list item, and each non-empty paragraph outside lists. */
export function sectionEntries(fragment: Y.XmlFragment): string[] {
  const out: string[] = [];
  const visit = (el: Y.XmlElement | Y.XmlText) => {
    if (el instanceof Y.XmlText) {
      out.push(inline(el));
      return;
    }
    if (el.nodeName === 'bulletList' || el.nodeName === 'orderedList') {
      for (const item of childrenOf(el)) {
        // The item's own text; nested lists inside an item become entries of their own.
        const parts = item instanceof Y.XmlElement ? childrenOf(item) : [item];
        const own = parts.filter((p) => !(p instanceof Y.XmlElement && (p.nodeName === 'bulletList' || p.nodeName === 'orderedList')));
        out.push(own.map((p) => (p instanceof Y.XmlText ? inline(p) : blockText(p))).join(' '));
        for (const p of parts) if (!own.includes(p)) visit(p);
      }
      return;
    }
    if (el.nodeName === 'blockquote') {
      for (const c of childrenOf(el)) visit(c);
      return;
    }
    out.push(blockText(el));
  };
  for (const b of childrenOf(fragment)) visit(b);
  return out.map((s) => s.trim()).filter(Boolean);
}

export function readCharter(doc: Y.Doc): CharterContent {
  const content = {} as Record<string, unknown>;
  for (const s of CHARTER_SECTIONS) {
    const f = doc.getXmlFragment(s);
    content[s] = isList(s) ? sectionEntries(f) : sectionText(f);
  }
  const sponsor = doc.getMap(CHARTER_FIELDS).get('sponsor');
  content.sponsor = typeof sponsor === 'string' ? sponsor.trim() : '';
  return content as unknown as CharterContent;
}

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  if (text) p.insert(0, [new Y.XmlText(text)]);
  return p;
}

function bulletList(items: string[]): Y.XmlElement {
  const list = new Y.XmlElement('bulletList');
  list.insert(
    0,
    items.map((t) => {
      const li = new Y.XmlElement('listItem');
      li.insert(0, [paragraph(t)]);
      return li;
    }),
  );
  return list;
}

/** Blocks for plain text: blank lines separate paragraphs, `- ` lines become a bullet list. */
function textBlocks(text: string): Y.XmlElement[] {
  const blocks: Y.XmlElement[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    if (lines.every((l) => /^\s*[-*]\s+/.test(l))) blocks.push(bulletList(lines.map((l) => l.replace(/^\s*[-*]\s+/, ''))));
    else blocks.push(paragraph(lines.join('\n')));
  }
  return blocks;
}

/** Replaces the given sections (only those present in `patch`) inside one transaction. */
export function writeCharter(doc: Y.Doc, patch: Partial<CharterContent>, origin?: unknown): void {
  doc.transact(() => {
    for (const s of CHARTER_SECTIONS) {
      const value = patch[s];
      if (value === undefined) continue;
      const current = readCharter(doc)[s];
      if (JSON.stringify(current) === JSON.stringify(value)) continue;
      const f = doc.getXmlFragment(s);
      if (f.length) f.delete(0, f.length);
      const blocks = Array.isArray(value) ? (value.length ? [bulletList(value)] : []) : textBlocks(value);
      if (blocks.length) f.insert(0, blocks);
    }
    if (patch.sponsor !== undefined) {
      const fields = doc.getMap(CHARTER_FIELDS);
      if (fields.get('sponsor') !== patch.sponsor) fields.set('sponsor', patch.sponsor);
    }
  }, origin);
}
