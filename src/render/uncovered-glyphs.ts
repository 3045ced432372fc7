import type { Team } from '../resolve/team.js';
import { codePoint, planFonts } from './fonts.js';

/**
 * One line per character of the chart that no embedded font has (an emoji, a rare script), naming
 * where it is written, so that nobody hands over a chart with an empty box where a name should be.
 * The chart is still written: the browser may still find the character in a font of its own.
 */
export function uncoveredGlyphWarnings(file: string, team: Team, view: object): string[] {
  const { uncovered } = planFonts(JSON.stringify(view));
  return uncovered.map((ch) => {
    const shown = `"${ch}" (${codePoint(ch)})`;
    const member = team.members.find((m) => [m.name, m.data.title, m.data.organization].some((t) => t?.includes(ch)));
    const where = member
      ? `${member.name.includes(ch) ? 'the name' : 'the title or organization'} of ${member.name} (member ${member.id})`
      : team.file.child.name.includes(ch) ? "the child's name" : 'the chart';
    return `carechart: warning: ${file}: ${shown} in ${where} is in none of the chart's fonts; it may print as an empty box or as a plain symbol\n`;
  });
}
