import type { TeamFile } from './team-schema.js';
import { DURATION, ID_PATTERN, ISO_DATE, isRealDate, parseDuration } from './value-formats.js';

/**
 * team-schema.ts without zod, for valid files only: the value zod gives when the file is valid
 * (keys in the schema's order), else undefined, and zod, loaded then, says what is wrong. Loading
 * and building zod's schemas costs more than checking a thousand files this way. Each field is
 * read by one small reader; test/speed/fast-team.test.ts holds the two to the same answers: a
 * change to team-schema.ts needs the same change here. The data is as YAML gives it: no
 * undefined values, no keys inherited but Object.prototype's.
 */
export function fastTeam(data: unknown): TeamFile | undefined {
  try {
    return team(data) as TeamFile;
  } catch (error) {
    if (error === NO) return undefined;
    throw error;
  }
}

const NO = Symbol('invalid');
type Obj = Record<string, unknown>;

function fail(): never {
  throw NO;
}

/** A mapping with no keys but these (as zod's strictObject), else invalid. */
function object(v: unknown, keys: ReadonlySet<string>): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail();
  for (const k in v) if (!keys.has(k)) fail();
  return v as Obj;
}

/** Whether an optional key is there: data read from YAML never holds undefined. */
const has = (v: Obj, k: string): boolean => v[k] !== undefined;

function text(v: unknown): string {
  if (typeof v !== 'string') fail();
  const t = v.trim();
  return t.length > 0 ? t : fail();
}

function id(v: unknown): string {
  return typeof v === 'string' && ID_PATTERN.test(v) ? v : fail();
}

function ids(v: unknown[]): string[] {
  const out: string[] = [];
  for (const item of v) out.push(id(item));
  return out;
}

/** oneOrMany(id) */
const refs = (v: unknown): string[] => (Array.isArray(v) ? ids(v) : [id(v)]);
/** union([id, array(id)]) */
const owner = (v: unknown): string | string[] => (Array.isArray(v) ? ids(v) : id(v));
const duration = (v: unknown) => (typeof v === 'string' && DURATION.test(v) ? parseDuration(v)! : fail());
const isoDate = (v: unknown) => (typeof v === 'string' && ISO_DATE.test(v) && isRealDate(v) ? v : fail());

function optText(out: Obj, v: Obj, k: string): void {
  if (has(v, k)) out[k] = text(v[k]);
}

const CONTACT = new Set(['phone', 'email', 'hours', 'language']);
const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
function contact(input: unknown): Obj {
  const v = object(input, CONTACT);
  const out: Obj = {};
  optText(out, v, 'phone');
  optText(out, v, 'email');
  optText(out, v, 'hours');
  if (has(v, 'language')) out.language = typeof v.language === 'string' && BCP47.test(v.language) ? v.language : fail();
  return out;
}

const UPDATES = new Set(['every', 'via']);
function updates(input: unknown): Obj {
  const v = object(input, UPDATES);
  const out: Obj = { every: duration(v.every) };
  optText(out, v, 'via');
  return out;
}

function mapping(v: unknown): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail();
}

const nullable = <T>(v: unknown, check: (v: unknown) => T): T | null => (v === null ? null : check(v));

type Reader = (v: unknown) => unknown;

/** A mapping read key by key (any other key: invalid), written out in the readers' order, as zod writes it. */
function fields(input: unknown, readers: Readonly<Record<string, Reader>>, required: readonly string[] = []): Obj {
  const v = mapping(input);
  for (const k in v) if (!Object.hasOwn(readers, k)) fail();
  // Straight into the readers' order: an object of the keys read first, in the input's order, was a third of this validator's time.
  const out: Obj = {};
  for (const k in readers) {
    const value = Object.hasOwn(v, k) ? readers[k]!(v[k]) : undefined;
    if (value !== undefined) out[k] = value;
  }
  for (const k of required) if (out[k] === undefined) fail();
  return out;
}

const MEMBER: Record<string, Reader> = {
  id,
  name: text,
  title: text,
  role: id,
  organization: text,
  'provides-services': (x) => (typeof x === 'boolean' ? x : fail()),
  'conflict-safeguard': text,
  credentials: (x) => (Array.isArray(x) ? x.map(text) : [text(x)]),
  supervisor: id,
  contact: (x) => nullable(x, contact),
  updates: (x) => nullable(x, updates),
  notes: text,
};
const member = (input: unknown): Obj => fields(input, MEMBER, ['id', 'name']);

const refsOrNull = (x: unknown) => (x === null ? null : refs(x));
const ownerOrNull = (x: unknown) => (x === null ? null : owner(x));

const ASSIGNMENT: Record<string, Reader> = {
  accountable: ownerOrNull,
  responsible: refsOrNull,
  consulted: refsOrNull,
  informed: refsOrNull,
  backup: (x) => (x === null ? null : id(x)),
  notes: text,
};
const assignment = (input: unknown): Obj => fields(input, ASSIGNMENT);

const DECISION_RIGHTS: Record<string, Reader> = {
  decides: ownerOrNull,
  agree: refsOrNull,
  recommends: refsOrNull,
  input: refsOrNull,
  informed: refsOrNull,
  notes: text,
};
const decisionRights = (input: unknown): Obj => fields(input, DECISION_RIGHTS);

/** record(string, schema.nullable()), nullish: input order, which zod keeps. */
function record(input: unknown, entry: (v: unknown) => Obj): Obj | null {
  if (input === null) return null;
  if (typeof input !== 'object' || Array.isArray(input)) fail();
  const out: Obj = {};
  for (const k of Object.keys(input)) {
    if (k === '__proto__') fail();
    const value = (input as Obj)[k];
    out[k] = value === null ? null : entry(value);
  }
  return out;
}

const CHILD = new Set(['name', 'age', 'needs']);
function child(input: unknown): Obj {
  const v = object(input, CHILD);
  const out: Obj = { name: text(v.name) };
  if (has(v, 'age')) out.age = typeof v.age === 'number' && Number.isInteger(v.age) && v.age >= 0 && v.age <= 30 ? v.age : fail();
  if (has(v, 'needs')) out.needs = refs(v.needs);
  return out;
}

const REVIEW = new Set(['every', 'last', 'next']);
const PROGRAM = new Set(['name', 'service-model', 'review']);
function program(input: unknown): Obj {
  const v = object(input, PROGRAM);
  const out: Obj = {};
  if (has(v, 'name')) out.name = v.name === null ? null : text(v.name);
  optText(out, v, 'service-model');
  if (has(v, 'review')) {
    if (v.review === null) out.review = null;
    else {
      const r = object(v.review, REVIEW);
      const review: Obj = (out.review = {});
      if (has(r, 'every')) review.every = duration(r.every);
      if (has(r, 'last')) review.last = isoDate(r.last);
      if (has(r, 'next')) review.next = isoDate(r.next);
    }
  }
  return out;
}

const TEAM = new Set(['carechart', 'model', 'lang', 'as-of', 'child', 'program', 'family-advocate', 'members', 'responsibilities', 'decisions']);
function team(input: unknown): Obj {
  const v = object(input, TEAM);
  const out: Obj = { carechart: v.carechart === 1 ? 1 : fail() };
  optText(out, v, 'model');
  if (has(v, 'lang')) out.lang = typeof v.lang === 'string' && BCP47.test(v.lang) ? v.lang : fail();
  if (has(v, 'as-of')) out['as-of'] = isoDate(v['as-of']);
  out.child = child(v.child);
  if (has(v, 'program')) out.program = program(v.program);
  if (has(v, 'family-advocate')) out['family-advocate'] = v['family-advocate'] === 'declined' ? 'declined' : fail();
  out.members = Array.isArray(v.members) && v.members.length > 0 ? v.members.map(member) : fail();
  if (has(v, 'responsibilities')) out.responsibilities = record(v.responsibilities, assignment);
  if (has(v, 'decisions')) out.decisions = record(v.decisions, decisionRights);
  return out;
}
