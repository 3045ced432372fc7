import { deflateSync, inflateSync } from 'node:zlib';

/**
 * What Chromium's tagged PDF lacks for PDF/UA:
 * - XMP metadata with the title, the language and `pdfuaid:part`;
 * - page furniture marked as artifacts: the footer in the page margin and the markers drawn by CSS
 *   are text outside the structure tree, which screen readers would otherwise read as content.
 */
export function makeAccessible(pdf: Uint8Array, meta: { title: string; lang: string }): Uint8Array {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = bytes.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  if (!text.startsWith('xref', startxref)) return pdf; // not the classic cross-reference table Chromium writes
  const { offsets, trailer } = readXref(text, startxref);
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]);
  const rootAt = offsets.get(root);
  if (!size || rootAt === undefined) return pdf;

  const updates: { num: number; body: Buffer }[] = [];
  for (const at of offsets.values()) {
    if (!/^\d+ 0 obj\s*<<\s*\/Type \/Page\s/.test(text.slice(at, at + 40))) continue;
    const contents = /\/Contents (?:(\d+) 0 R|\[([^\]]*)\])/.exec(dictAt(text, at).dict);
    const refs = contents?.[1] ? [Number(contents[1])] : [...(contents?.[2] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    for (const ref of refs) {
      const stream = readStream(bytes, text, offsets.get(ref));
      if (!stream) continue;
      const marked = markUntaggedText(stream.toString('latin1'));
      const data = deflateSync(Buffer.from(marked, 'latin1'));
      updates.push({ num: ref, body: Buffer.concat([Buffer.from(`<</Filter /FlateDecode\n/Length ${data.length}>> stream\n`), data, Buffer.from('\nendstream')]) });
    }
  }
  const catalog = dictAt(text, rootAt).dict;
  if (!/\/Metadata\s/.test(catalog)) {
    const xmp = Buffer.from(xmpPacket(meta), 'utf8');
    updates.push({ num: size, body: Buffer.concat([Buffer.from(`<</Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}>> stream\n`), xmp, Buffer.from('\nendstream')]) });
    updates.push({ num: root, body: Buffer.from(catalog.replace(/^<</, `<</Metadata ${size} 0 R\n`), 'latin1') });
  }

  return rewrite(bytes, offsets, startxref, trailer, updates);
}

/**
 * The file written anew with the updated objects in place of the old (Chromium writes each object
 * once, in order, so an object's bytes run to the next one's offset), and a new cross-reference table.
 */
function rewrite(bytes: Buffer, offsets: Map<number, number>, xrefAt: number, trailer: string, updates: { num: number; body: Buffer }[]): Buffer {
  const order = [...offsets].sort((a, b) => a[1] - b[1]);
  const replaced = new Map(updates.map((u) => [u.num, Buffer.concat([Buffer.from(`${u.num} 0 obj\n`), u.body, Buffer.from('\nendobj\n')])]));
  const parts: Buffer[] = [bytes.subarray(0, order[0]?.[1] ?? xrefAt)];
  const at = new Map<number, number>();
  let length = parts[0]!.length;
  const place = (num: number, chunk: Buffer) => {
    at.set(num, length);
    parts.push(chunk);
    length += chunk.length;
  };
  order.forEach(([num, offset], i) => place(num, replaced.get(num) ?? bytes.subarray(offset, order[i + 1]?.[1] ?? xrefAt)));
  for (const [num, chunk] of replaced) if (!offsets.has(num)) place(num, chunk);
  const size = Math.max(...at.keys()) + 1;
  const rows = ['0000000000 65535 f\r\n'];
  for (let num = 1; num < size; num++) {
    const offset = at.get(num);
    rows.push(offset === undefined ? '0000000000 65535 f\r\n' : `${String(offset).padStart(10, '0')} 00000 n\r\n`);
  }
  const keep = ['/Root \\d+ 0 R', '/Info \\d+ 0 R', '/ID\\s*\\[[^\\]]*\\]'].map((re) => new RegExp(re).exec(trailer)?.[0]).filter(Boolean);
  parts.push(Buffer.from(`xref\n0 ${size}\n${rows.join('')}trailer\n<</Size ${size}\n${keep.join('\n')}>>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** The title and language a chart's HTML declares, for the PDF's metadata. */
export function documentMeta(html: string): { title: string; lang: string } {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  const lang = /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1] || 'en';
  return { title: unescapeHtml(title), lang };
}

function unescapeHtml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e] ?? whole),
  );
}

/**
 * Strings, dictionaries and names are matched whole, so that an operator is only ever found where
 * it is one; of the operators, only those that open or close text and marked content matter here.
 * Everything else (numbers, strings, comments, the other operators: most of a page) is passed over
 * a run at a time, in one match, not a token at a time.
 */
const REGULAR = '[^\\s()<>[\\]{}/%]';
const MARK = `(?:BT|ET|BDC|BMC|EMC)(?!${REGULAR})`;
const OTHER = `\\s|[[\\]{}]|\\((?:[^()\\\\]|\\\\[\\s\\S])*\\)|<[^<>]*>|%[^\\r\\n]*|(?!${MARK})${REGULAR}+`;
const SCAN = new RegExp(`(?:${OTHER})+|<<|>>|\\/${REGULAR}*|${MARK}`, 'g');
const MARKS = new Set(['BT', 'ET', 'BDC', 'BMC', 'EMC']);

/** Wraps each text object that is neither tagged content nor an artifact as `/Artifact`. */
export function markUntaggedText(content: string): string {
  const stack: boolean[] = []; // per open marked-content sequence: is it tagged (MCID) or an artifact?
  const ranges: [number, number][] = [];
  let textStart = -1;
  let markedInside = false;
  let dictStart = -1;
  let depth = 0;
  let lastDict = '';
  let lastNames: string[] = [];
  for (const m of content.matchAll(SCAN)) {
    const token = m[0];
    if (token === '<<') (depth++ === 0 ? (dictStart = m.index) : 0);
    else if (token === '>>') (--depth === 0 ? (lastDict = content.slice(dictStart, m.index + 2)) : 0);
    else if (token[0] === '/') (depth === 0 ? (lastNames = [...lastNames.slice(-1), token]) : 0);
    else if (depth === 0 && MARKS.has(token)) {
      switch (token) {
        case 'BDC':
          stack.push(lastNames.at(-2) === '/Artifact' || lastNames.at(-1) === '/Artifact' || /\/MCID\b/.test(lastDict));
          markedInside = true;
          break;
        case 'BMC':
          stack.push(lastNames.at(-1) === '/Artifact');
          markedInside = true;
          break;
        case 'EMC':
          stack.pop();
          break;
        case 'BT':
          textStart = stack.some(Boolean) ? -1 : m.index;
          markedInside = false;
          break;
        case 'ET':
          if (textStart >= 0 && !markedInside) ranges.push([textStart, m.index + 2]);
          textStart = -1;
          break;
      }
      lastNames = [];
      lastDict = '';
    }
  }
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(content.slice(at, start), '/Artifact BMC\n', content.slice(start, end), '\nEMC');
    at = end;
  }
  parts.push(content.slice(at));
  return parts.join('');
}

function literalEnd(s: string, i: number): number {
  let depth = 0;
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i + 1;
  }
  return s.length;
}

function dictEnd(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    if (s.startsWith('<<', i)) (depth++, (i += 2));
    else if (s.startsWith('>>', i)) {
      i += 2;
      if (--depth === 0) return i;
    } else if (s[i] === '(') i = literalEnd(s, i);
    else i++;
  }
  return s.length;
}

/** The object's dictionary, from `N 0 obj`. */
function dictAt(text: string, at: number): { dict: string; end: number } {
  const start = text.indexOf('<<', at);
  const end = dictEnd(text, start);
  return { dict: text.slice(start, end), end };
}

function readStream(bytes: Buffer, text: string, at: number | undefined): Buffer | undefined {
  if (at === undefined) return undefined;
  const { dict, end } = dictAt(text, at);
  const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1]);
  const head = /^\s*stream\r?\n/.exec(text.slice(end, end + 20));
  if (!length || !head) return undefined;
  const data = bytes.subarray(end + head[0].length, end + head[0].length + length);
  if (!/\/Filter\s*\/FlateDecode/.test(dict)) return /\/Filter/.test(dict) ? undefined : data;
  return inflateSync(data);
}

function readXref(text: string, at: number): { offsets: Map<number, number>; trailer: string } {
  const offsets = new Map<number, number>();
  const trailerAt = text.indexOf('trailer', at);
  const lines = text.slice(at + 4, trailerAt).trim().split(/\r?\n|\r/);
  let num = 0;
  for (const line of lines) {
    const section = /^(\d+) (\d+)\s*$/.exec(line);
    if (section) num = Number(section[1]);
    else {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
      if (entry?.[3] === 'n') offsets.set(num, Number(entry[1]));
      num++;
    }
  }
  return { offsets, trailer: dictAt(text, trailerAt).dict };
}

function xmpPacket({ title, lang }: { title: string; lang: string }): string {
  const esc = (t: string) => t.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${esc(lang)}</rdf:li></rdf:Bag></dc:language>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
