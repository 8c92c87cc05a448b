import { parentProblem, pathTo, regionalAncestor, subtreeIds, type TreeNode } from './center-tree';

const tree: TreeNode[] = [
  { id: 'az', kind: 'national_center', parentId: null },
  { id: 'barda', kind: 'regional_center', parentId: 'az' },
  { id: 'agdam', kind: 'district_branch', parentId: 'barda' },
  { id: 'point', kind: 'smart_point', parentId: 'agdam' },
  { id: 'agali', kind: 'smart_point', parentId: null },
  { id: 'baku1', kind: 'regional_center', parentId: null },
];

describe('parentProblem', () => {
  it.each<[string, string, TreeNode['kind'], string | null, ReturnType<typeof parentProblem>]>([
    ['a smart point under a regional center (Ağalı → Barda)', 'agali', 'smart_point', 'barda', null],
    ['a smart point under a district branch', 'agali', 'smart_point', 'agdam', null],
    ['a regional center under the national office', 'baku1', 'regional_center', 'az', null],
    ['becoming a root', 'agdam', 'district_branch', null, null],
    ['its own parent', 'barda', 'regional_center', 'barda', 'selfParent'],
    ['under its own descendant', 'barda', 'regional_center', 'agdam', 'cycle'],
    ['under its grandchild', 'az', 'national_center', 'point', 'cycle'],
    ['a regional center under a regional center', 'baku1', 'regional_center', 'barda', 'kindNotBelowParent'],
    ['a district branch under a smart point', 'agdam', 'district_branch', 'agali', 'kindNotBelowParent'],
    ['the national office under anything', 'az', 'national_center', 'baku1', 'kindNotBelowParent'],
    ['a parent that does not exist', 'agali', 'smart_point', 'nowhere', 'unknownParent'],
    ['a kind change that leaves children above it', 'barda', 'smart_point', 'az', 'childrenNotBelow'],
    ['a kind change with children still below', 'agdam', 'district_branch', 'az', null],
  ])('%s', (_, id, kind, parentId, expected) => {
    expect(parentProblem(tree, id, kind, parentId)).toBe(expected);
  });

  it('a new national office has no parent', () => {
    expect(parentProblem(tree, 'new', 'national_center', 'az')).toBe('kindNotBelowParent');
  });
});

describe('subtree, path and region', () => {
  it.each<[string, string[]]>([
    ['barda', ['barda', 'agdam', 'point']],
    ['az', ['az', 'barda', 'agdam', 'point']],
    ['agali', ['agali']],
  ])('the subtree of %s', (id, ids) => expect(subtreeIds(tree, id).sort()).toEqual(ids.sort()));

  it.each<[string, string[], string | null]>([
    ['point', ['az', 'barda', 'agdam', 'point'], 'barda'],
    ['barda', ['az', 'barda'], 'barda'],
    ['az', ['az'], null],
    ['agali', ['agali'], null],
  ])('%s: path and regional ancestor', (id, path, region) => {
    expect(pathTo(tree, id)).toEqual(path);
    expect(regionalAncestor(tree, id)).toBe(region);
  });

  it('a corrupt cycle in stored data does not loop', () => {
    const bad: TreeNode[] = [{ id: 'a', kind: 'district_branch', parentId: 'b' }, { id: 'b', kind: 'district_branch', parentId: 'a' }];
    expect(pathTo(bad, 'a')).toEqual(['b', 'a']);
    expect(subtreeIds(bad, 'a').sort()).toEqual(['a', 'b']);
  });
});
