import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain script shared with the bench, without types.
import { bigTeam as makeBigTeam } from '../../../scripts/big-team.mjs';
import { EXAMPLES, example, tempDir } from '../render-helpers.js';

/** A wraparound team of `size` members with long names in every sector (scripts/big-team.mjs). */
export const bigTeam = (size: number): string => makeBigTeam(size) as string;

/** The longest page to bring: 14 members, every name, title and update schedule longer than the page's limits. */
export function worstTeam(): string {
  return bigTeam(14)
    .replace(/name: (?!Maximilian)[^,]+,/g, 'name: Bartholomew Alexander Okonkwo-Adeyemi Castellanos-Whitfield,')
    .replace(/title: (?!Mother|Father)[^,]+,/g, 'title: Board Certified Behavior Analyst and Clinical Supervisor of the Program,')
    .replace(/via: [^}]+}/g, 'via: a written progress report with a phone call afterwards and a meeting }');
}

/** Every example, a 12-member, a 20-member and the worst-case team, in one fresh folder; returns it and the file names. */
export function familyFolder(): { dir: string; files: string[] } {
  const dir = tempDir();
  const files: string[] = [];
  for (const name of EXAMPLES) {
    writeFileSync(join(dir, `${name}.yaml`), example(name));
    files.push(`${name}.yaml`);
  }
  for (const size of [12, 20]) {
    writeFileSync(join(dir, `team-${size}.yaml`), bigTeam(size));
    files.push(`team-${size}.yaml`);
  }
  writeFileSync(join(dir, 'team-worst.yaml'), worstTeam());
  files.push('team-worst.yaml');
  return { dir, files };
}

/** The text of an SVG as a reader (or pdftotext) sees it: tags dropped, entities decoded. */
export function svgText(svg: string): string {
  return svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
