// The bench's inputs: team files made from the examples, each with its own ids, names and gaps.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = readdirSync(new URL('../examples/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(new URL(`../examples/${f}`, import.meta.url), 'utf8'));

/** A small deterministic generator, so that every run of the bench checks the same files. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const DURATIONS = ['1 week', '2 weeks', '30 days', '90 days', '6 months', '1 year'];
const SURNAMES = ['Rivera', 'Nguyen', 'Okafor', 'Haddad', 'Kowalski', 'Tanaka', 'Mensah', 'Silva', 'Novak', 'Reyes'];

/**
 * Team file number `i`: member ids and surnames of its own (so every finding's message is its
 * own), some contacts and update schedules dropped, cadences changed, and a few files (1 in 100,
 * 1 in 250) with a schema mistake or a syntax error, which the fast path leaves to zod and yaml.
 */
export function teamFile(i) {
  const rand = random(i * 7919 + 1);
  let text = EXAMPLES[i % EXAMPLES.length];
  const ids = [...text.matchAll(/^\s*- id: ([a-z0-9-]+)/gm)].map((m) => m[1]);
  for (const id of ids) text = text.replace(new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g'), `${id}-${i}`);
  const surname = SURNAMES[Math.floor(rand() * SURNAMES.length)];
  text = text.replace(/\b(Rivera|Thompson|Lee|Price|Okonkwo)\b/g, `${surname}${i}`);
  text = text.replace(/^(\s+)contact: \{.*\}\n/gm, (line) => (rand() < 0.15 ? '' : line));
  text = text.replace(/^(\s+)updates: \{.*\}\n/gm, (line) => (rand() < 0.2 ? '' : line));
  text = text.replace(/every: (\d+ \w+)/g, (m) => (rand() < 0.3 ? `every: ${DURATIONS[Math.floor(rand() * DURATIONS.length)]}` : m));
  const slip = rand();
  if (slip < 0.01) text = text.replace(/^(\s+)name: /m, '$1nmae: ');
  else if (slip < 0.014) text = text.replace(/^(\s+)- id: /m, '$1\t- id: ');
  return text;
}

/** `count` team files in `dir`. */
export function writeTeamFiles(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `team-${String(i).padStart(5, '0')}.yaml`), teamFile(i));
  return dir;
}
