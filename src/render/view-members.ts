import { roleLabel } from '../resolve/model.js';
import type { TeamMember } from '../resolve/team.js';
import type { ViewContext } from './view-context.js';
import type { ContactView, MemberView } from './view-types.js';
import { upperFirst } from '../core/text.js';
import { interpreterNote, updatesText } from './words.js';

/** How to reach a member; null when the file says nothing or under --redact. */
export function contactView(member: TeamMember | undefined, ctx: ViewContext): ContactView | null {
  const c = member?.data.contact;
  if (ctx.redact || !c || (!c.phone && !c.email && !c.hours)) return null;
  return { phone: c.phone ?? null, email: c.email ?? null, hours: c.hours ?? null };
}

/** The member's title as written, or their role in words when the file gives none. */
export function titleOf(member: TeamMember, ctx: ViewContext): string {
  return member.data.title ?? upperFirst(roleLabel(ctx.model, member.role));
}

export function memberView(member: TeamMember, ctx: ViewContext): MemberView {
  const { data } = member;
  const role = roleLabel(ctx.model, member.role);
  const title = titleOf(member, ctx);
  const credentials = data.credentials && data.credentials.length > 0 ? data.credentials.join(', ') : null;
  return {
    id: member.id,
    name: ctx.name(member.id),
    title,
    actsAs: member.actsAs !== member.role ? roleLabel(ctx.model, member.actsAs) : null,
    role,
    roleShown: title.toLowerCase() === role.toLowerCase() ? null : role,
    family: member.family,
    organization: data.organization ?? null,
    credentials,
    contact: contactView(member, ctx),
    interpreter: interpreterNote(data.contact?.language, ctx.say),
    updates: updatesText(data.updates, ctx.say),
    // Who supervises whom is the organization's internal business: left out under --redact.
    supervisor: data.supervisor && !ctx.redact ? ctx.name(data.supervisor) : null,
    notes: ctx.notes(data.notes),
  };
}

/** Everyone on the team, family first, in the file's order otherwise. */
export function membersView(ctx: ViewContext): MemberView[] {
  const members = [...ctx.team.byId.values()];
  const ordered = [...members.filter((m) => m.family), ...members.filter((m) => !m.family)];
  return ordered.map((m) => memberView(m, ctx));
}
