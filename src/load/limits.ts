/** Limits that keep a hostile team file from exhausting memory or time. Stated in docs/security.md. */
export const LIMITS = {
  /** A team file is a page or two of YAML; anything larger is not a team file. */
  maxFileBytes: 1024 * 1024,
  /** Aliases one document may expand (yaml's own guard against "billion laughs"). */
  maxAliasCount: 100,
  /** Mappings and lists nested deeper than this are refused before they are built. */
  maxDepth: 64,
} as const;
