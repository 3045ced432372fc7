import { careMapWords, type CareMapWords } from '../family-pages-words.js';
import type { Finding } from '../../core/finding.js';
import { roleLabel } from '../../resolve/model.js';
import type { TeamMember } from '../../resolve/team.js';
import type { ViewContext } from '../view-context.js';
import { titleOf } from '../view-members.js';
import { everyText } from '../words.js';
import { sectorOf, type Sector } from './sectors.js';

/** One box on the map. */
export interface MapMember {
  sector: Sector;
  name: string;
  title: string;
  family: boolean;
  /** How often, and how, on a line each: "every 2 weeks", "by email"; null for no schedule. */
  updates: string[] | null;
  /** Acts as the model's lead role. */
  lead: boolean;
  /** The box that says nobody holds the lead role yet. */
  missingLead: boolean;
}

export interface CareMapData {
  child: string;
  members: MapMember[];
  /** The lead role in words: "care coordinator"; null when the model has none. */
  leadRole: string | null;
  /** Required duties nobody answers for, as labels. */
  gaps: string[];
  /** The map's own words, in the chart's language. */
  words: CareMapWords;
}

/**
 * What the map shows, from the analyzed team and its findings: the lead is whoever acts as the
 * model's lead role unless `lead-role-missing` says nobody truly does; a gap is a required duty
 * (`responsibility-unassigned` at error) with nobody accountable.
 */
export function careMapData(ctx: ViewContext, findings: readonly Finding[]): CareMapData {
  const { team, model } = ctx;
  const lead = model.leadRole;
  const leadMissing = findings.some((f) => f.rule === 'lead-role-missing');
  const members = [...team.byId.values()];
  const ordered = [...members.filter((m) => m.family), ...members.filter((m) => !m.family)];
  const mapped: MapMember[] = ordered.map((m) => ({
    sector: sectorOf(m),
    name: ctx.name(m.id),
    title: titleOf(m, ctx),
    family: m.family,
    updates: m.family ? null : updateLines(m.data.updates, ctx),
    lead: !leadMissing && lead !== undefined && m.actsAs === lead,
    missingLead: false,
  }));
  const leadWords = lead ? roleLabel(model, lead) : null;
  if (leadMissing && leadWords) {
    mapped.push({ sector: 'agencies', name: '', title: leadWords, family: false, updates: null, lead: true, missingLead: true });
  }
  const gaps = findings
    .filter((f) => f.rule === 'responsibility-unassigned' && f.severity === 'error' && f.subject)
    .map((f) => model.responsibilities.get(f.subject!)?.label ?? f.subject!);
  return { child: childName(ctx), members: mapped, leadRole: leadWords, gaps: [...new Set(gaps)], words: careMapWords(ctx.say) };
}

/** The child as printed: initials under --redact, like every other name. */
function childName(ctx: ViewContext): string {
  return ctx.text(ctx.team.file.child.name);
}

function updateLines(updates: TeamMember['data']['updates'], ctx: ViewContext): string[] | null {
  if (!updates) return null;
  const every = everyText(updates.every, ctx.say);
  return updates.via ? [every, ctx.say.t('family.care-map.via', { via: updates.via })] : [every];
}
