import type { Rule, RuleHit } from '../rule.js';
import { dutyPhrase } from '../wording.js';
import type { TeamMember } from '../../resolve/team.js';
import { CONFLICT_FREE } from '../sources.js';

const PLANNING = ['service-plan', 'plan-monitoring'];
const sameOrg = (a?: string, b?: string) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

export const conflictOfInterest: Rule = {
  id: 'conflict-of-interest',
  severity: 'warning',
  summary: 'Whoever is accountable for `service-plan` or `plan-monitoring` also provides services, or shares an organization with a provider, with no `conflict-safeguard`.',
  docs: {
    why: 'Federal rules for home- and community-based services keep planning apart from providing, so that nobody plans more of their own services. Where a program cannot, it must say how it protects the family.',
    source: CONFLICT_FREE,
    fails: 'members:\n  - { id: dana, name: Dana Cole, title: BCBA, organization: Riverbend, provides-services: true }\nresponsibilities:\n  service-plan: { accountable: dana }',
    passes: 'members:\n  - id: dana\n    name: Dana Cole\n    title: BCBA\n    organization: Riverbend\n    provides-services: true\n    conflict-safeguard: An independent supervisor reviews every plan; the family may choose another provider.',
  },
  check({ team, model, say }) {
    const planners = new Map<TeamMember, string[]>();
    for (const duty of PLANNING) {
      for (const id of team.responsibilities.get(duty)?.accountable ?? []) {
        const m = team.byId.get(id);
        if (m) planners.set(m, [...(planners.get(m) ?? []), duty]);
      }
    }
    const hits: RuleHit[] = [];
    for (const [m, duties] of planners) {
      if (m.data['conflict-safeguard']) continue;
      const provider = team.members.find(
        (p) => p !== m && (p.role === 'provider' || p.data['provides-services'] === true) && sameOrg(p.data.organization, m.data.organization),
      );
      if (!m.data['provides-services'] && !provider) continue;
      const values = { name: m.name, duties: say.list(duties.map((d) => dutyPhrase(model, d))), organization: m.data.organization ?? '' };
      const key = !m.data['provides-services'] ? 'same-organization' : m.data.organization ? 'provides' : 'provides-unnamed';
      hits.push({
        subject: m.id,
        at: ['members', m.index, m.data['provides-services'] ? 'provides-services' : 'organization'],
        message: say.t(`rule.conflict-of-interest.${key}`, { ...values, provider: provider?.name ?? '' }),
      });
    }
    return hits;
  },
};
