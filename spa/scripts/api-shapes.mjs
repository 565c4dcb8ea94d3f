// @ts-check
// Fails when SPA code declares an API shape itself instead of using the generated types:
// a type named like a schema of the spec, an object type whose members are all members of
// one schema or of one operation's parameters, or a set of strings from one of the spec's enums.
import { readdir, readFile } from "node:fs/promises";
import ts from "typescript";

const ROOT = new URL("../", import.meta.url);
const SPEC = new URL("../openapi/openapi.json", ROOT);
const SCANNED = ["src", "e2e"];
const GENERATED = "src/api/schema.d.ts";
/** An object type with this many members of one shape copies it (or with all of a smaller one). */
const MIN_MEMBERS = 3;

/**
 * @typedef {{ label: string, members: Set<string> }} Shape
 * @typedef {{ label: string, values: Set<string> }} Enumeration
 * @typedef {{ names: Set<string>, shapes: Shape[], enums: Enumeration[] }} SpecShapes
 * @typedef {{ file: string, line: number, message: string }} Finding
 */

/** @param {any} spec the parsed OpenAPI document @returns {SpecShapes} */
export function specShapes(spec) {
  /** @type {SpecShapes} */
  const found = { names: new Set(), shapes: [], enums: [] };
  /** @param {string} label @param {any} schema */
  const visit = (label, schema) => {
    if (!schema || typeof schema !== "object") return;
    if (Array.isArray(schema.enum) && schema.enum.length > 1) {
      found.enums.push({ label, values: new Set(schema.enum.map(String)) });
    }
    if (schema.properties) {
      found.shapes.push({ label, members: new Set(Object.keys(schema.properties)) });
      for (const [name, property] of Object.entries(schema.properties)) visit(`${label}.${name}`, property);
    }
    for (const key of ["anyOf", "oneOf", "allOf"]) {
      for (const part of schema[key] ?? []) visit(label, part);
    }
    if (schema.items) visit(label, schema.items);
  };
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    found.names.add(name);
    visit(`schema ${name}`, schema);
  }
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(/** @type {Record<string, any>} */ (item))) {
      if (!operation?.parameters) continue;
      const id = operation.operationId ?? `${method.toUpperCase()} ${path}`;
      /** @type {Map<string, Set<string>>} */
      const byPlace = new Map();
      for (const parameter of operation.parameters) {
        const names = byPlace.get(parameter.in) ?? new Set();
        byPlace.set(parameter.in, names.add(parameter.name));
        visit(`${id} parameter ${parameter.name}`, parameter.schema);
      }
      for (const [place, members] of byPlace) found.shapes.push({ label: `${id} ${place} parameters`, members });
    }
  }
  return found;
}

/** @param {ts.PropertyName} name */
function memberName(name) {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/**
 * @param {string} file the path shown in findings
 * @param {string} text the source
 * @param {SpecShapes} spec
 * @returns {Finding[]}
 */
export function findApiShapes(file, text, spec) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  /** @type {Finding[]} */
  const findings = [];
  /** @param {ts.Node} node @param {string} message */
  const report = (node, message) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file, line: line + 1, message });
  };
  /** @param {ts.Node} node @param {readonly ts.TypeElement[]} members */
  const checkMembers = (node, members) => {
    const names = members.flatMap((m) => {
      const name = m.name && memberName(m.name);
      return name ? [name] : [];
    });
    const copied = spec.shapes.find(
      (shape) =>
        names.every((n) => shape.members.has(n)) &&
        (names.length >= MIN_MEMBERS || (names.length > 1 && names.length === shape.members.size)),
    );
    if (copied) report(node, `declares ${names.length} members of ${copied.label}: use the generated type`);
  };
  /** @param {ts.Node} node @param {string[]} values */
  const checkValues = (node, values) => {
    if (values.length < 2) return;
    const copied = spec.enums.find((e) => values.every((v) => e.values.has(v)));
    if (copied) report(node, `lists values of the enum ${copied.label}: use the generated type`);
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (
      (ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isEnumDeclaration(node)) &&
      node.name &&
      spec.names.has(node.name.text)
    ) {
      report(node, `declares ${node.name.text}, a schema of the spec: use components["schemas"]["${node.name.text}"]`);
    }
    if (ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node)) checkMembers(node, node.members);
    if (ts.isUnionTypeNode(node)) {
      const literals = node.types.flatMap((t) =>
        ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : [],
      );
      if (literals.length === node.types.length) checkValues(node, literals);
    }
    if (ts.isEnumDeclaration(node)) {
      checkValues(
        node,
        node.members.flatMap((m) => (m.initializer && ts.isStringLiteral(m.initializer) ? [m.initializer.text] : [])),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** @param {URL} dir @returns {AsyncGenerator<URL>} */
async function* sourceFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const url = new URL(entry.name + (entry.isDirectory() ? "/" : ""), dir);
    if (entry.isDirectory()) yield* sourceFiles(url);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield url;
  }
}

async function main() {
  const spec = specShapes(JSON.parse(await readFile(SPEC, "utf8")));
  /** @type {Finding[]} */
  const findings = [];
  let files = 0;
  for (const folder of SCANNED) {
    for await (const url of sourceFiles(new URL(`${folder}/`, ROOT))) {
      const file = url.pathname.slice(ROOT.pathname.length);
      if (file === GENERATED) continue;
      files += 1;
      findings.push(...findApiShapes(file, await readFile(url, "utf8"), spec));
    }
  }
  for (const f of findings) console.error(`${f.file}:${f.line}: ${f.message}`);
  if (findings.length > 0) {
    console.error(`${findings.length} hand-written API shape(s): import them from src/api instead.`);
    process.exit(1);
  }
  console.log(`no hand-written API shapes in ${files} files`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
