/**
 * The DOST network as a tree: the national office → regional centers → district branches → "Smart DOST"
 * points. A child's kind is strictly below its parent's (a Smart DOST point may hang under a regional
 * center directly, as Ağalı under the Karabakh center); no cycles. Pure: the API loads the rows.
 */
export const CENTER_KINDS = ['national_center', 'regional_center', 'district_branch', 'smart_point'] as const;
export type CenterKind = (typeof CENTER_KINDS)[number];

const RANK: Readonly<Record<CenterKind, number>> = { national_center: 0, regional_center: 1, district_branch: 2, smart_point: 3 };

export interface TreeNode {
  id: string;
  kind: CenterKind;
  parentId: string | null;
}

export type ParentProblem = 'selfParent' | 'cycle' | 'kindNotBelowParent' | 'unknownParent' | 'childrenNotBelow';

/** May `kind` hang under `parentKind`? */
export function kindFitsUnder(kind: CenterKind, parentKind: CenterKind): boolean {
  return RANK[kind] > RANK[parentKind];
}

/**
 * Why the node `id` (with its possibly new `kind`) may not get `parentId` (null = a root), or null when it may.
 * `nodes` is the whole tree as it is now. Its existing children must stay below its (new) kind.
 */
export function parentProblem(nodes: readonly TreeNode[], id: string, kind: CenterKind, parentId: string | null): ParentProblem | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  if (nodes.some((n) => n.parentId === id && !kindFitsUnder(n.kind, kind))) return 'childrenNotBelow';
  if (parentId === null) return null;
  if (parentId === id) return 'selfParent';
  const parent = byId.get(parentId);
  if (!parent) return 'unknownParent';
  // Walking up from the parent must never reach the node itself (bounded: a corrupt tree cannot loop us).
  let cur: TreeNode | undefined = parent;
  for (let steps = 0; cur && steps <= nodes.length; steps++) {
    if (cur.id === id) return 'cycle';
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  if (!kindFitsUnder(kind, parent.kind)) return 'kindNotBelowParent';
  return null;
}

/** The ids of the node and everything below it. */
export function subtreeIds(nodes: readonly TreeNode[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const n of nodes) if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The chain of ids from the root down to the node (the node last). */
export function pathTo(nodes: readonly TreeNode[], id: string): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  let cur = byId.get(id);
  while (cur && !path.includes(cur.id)) {
    path.unshift(cur.id);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return path;
}

/**
 * The region a center rolls up to: its highest ancestor (or itself) of kind regional_center; null for the
 * national office and for centers outside any regional center.
 */
export function regionalAncestor(nodes: readonly TreeNode[], id: string): string | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return pathTo(nodes, id).find((p) => byId.get(p)?.kind === 'regional_center') ?? null;
}
