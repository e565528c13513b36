// Which fields a query asks for below a path, fragments included, so a list
// can fetch the relations it will be asked for in the same statement.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

export interface FieldTree {
  [field: string]: FieldTree;
}

function collect(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into: FieldTree): FieldTree {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      into[name] = collect(selection.selectionSet, fragments, into[name] ?? {});
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, fragments, into);
    } else {
      collect(fragments[selection.name.value]?.selectionSet, fragments, into);
    }
  }
  return into;
}

/** The tree of fields selected under `path` (e.g. ['edges', 'node']) of the current field. */
export function requestedFields(info: GraphQLResolveInfo, path: string[]): FieldTree {
  let tree: FieldTree = {};
  for (const node of info.fieldNodes as FieldNode[]) collect(node.selectionSet, info.fragments, tree);
  for (const step of path) tree = tree[step] ?? {};
  return tree;
}
