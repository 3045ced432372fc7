/**
 * Where each part of a YAML document sits in its text: what the Locator reads. Built either from
 * yaml's Document (any file) or by the fast reader (the common subset of team files), so that
 * both give the same positions.
 */
export interface SourceNode {
  /** yaml's `range[0]`, or -1 where yaml has no range. */
  start: number;
  /** yaml's `range[1]`: where the value ends (the Locator trims whitespace before it). */
  end: number;
  /** A mapping's entries, in order. */
  pairs?: SourcePair[];
  /** A sequence's items, in order. */
  items?: (SourceNode | null)[];
}

export interface SourcePair {
  /** The key's text as a string, when the key is a scalar. */
  key: string | undefined;
  keyNode: SourceNode | null;
  value: SourceNode | null;
}
