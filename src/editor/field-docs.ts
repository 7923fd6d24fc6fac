import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** What a schema field's doc comment says: the developer's sentence, and the editor's label and hint in bokmål. */
export interface FieldDoc {
  /** The comment's text (English, for developers). */
  description: string;
  /** `@label`: the field's name as an editor reads it. */
  label?: string;
  /** `@hint`: what to write, shown under the field in the editor. */
  hint?: string;
}

/** The documented keys of one object literal in a schema file. */
interface DocumentedObject {
  keys: Set<string>;
  docs: Map<string, FieldDoc>;
}

function readDoc(node: ts.Node): FieldDoc | undefined {
  const jsDoc = (node as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1);
  if (!jsDoc) return undefined;
  const doc: FieldDoc = { description: ts.getTextOfJSDocComment(jsDoc.comment)?.trim() ?? '' };
  for (const tag of jsDoc.tags ?? []) {
    const text = ts.getTextOfJSDocComment(tag.comment)?.trim();
    if (tag.tagName.text === 'label' && text) doc.label = text;
    if (tag.tagName.text === 'hint' && text) doc.hint = text;
  }
  return doc;
}

/**
 * Reads the doc comments of every schema file with the TypeScript compiler, so the comment on a field is the one
 * place its explanation is written. Zod schemas do not know which object literal they came from, so a field's
 * comment is found by its key in the literal that shares the most keys with the schema object at hand.
 */
export function readFieldDocs(schemaDir: string): (key: string, siblings: readonly string[]) => FieldDoc | undefined {
  const objects: DocumentedObject[] = [];
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(schemaDir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const object: DocumentedObject = { keys: new Set(), docs: new Map() };
        for (const property of node.properties) {
          if (!ts.isPropertyAssignment(property) || !property.name) continue;
          const key =
            ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
          if (!key) continue;
          object.keys.add(key);
          const doc = readDoc(property);
          if (doc) object.docs.set(key, doc);
        }
        if (object.docs.size > 0) objects.push(object);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return (key, siblings) => {
    let best: { doc: FieldDoc; overlap: number } | undefined;
    for (const object of objects) {
      const doc = object.docs.get(key);
      if (!doc) continue;
      const overlap = siblings.filter((s) => object.keys.has(s)).length;
      if (!best || overlap > best.overlap) best = { doc, overlap };
    }
    return best?.doc;
  };
}
