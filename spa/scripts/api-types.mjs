// @ts-check
// Generates src/api/schema.d.ts from the API's spec; `--check` fails when the file is stale.
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";

export const SPEC = new URL("../../openapi/openapi.json", import.meta.url);
export const OUTPUT = new URL("../src/api/schema.d.ts", import.meta.url);
const HEADER = `/**
 * Generated from openapi/openapi.json by scripts/api-types.mjs (openapi-typescript).
 * Do not edit: run \`npm run generate:api\` after the spec changes.
 */

`;

/** @param {import("openapi-typescript").OpenAPI3} spec the parsed OpenAPI document */
export async function generate(spec) {
  // openapi-typescript resolves and validates the document it is given; a copy keeps ours intact.
  return HEADER + astToString(await openapiTS(structuredClone(spec)));
}

async function main() {
  const spec = JSON.parse(await readFile(SPEC, "utf8"));
  const fresh = await generate(spec);
  if (process.argv.includes("--check")) {
    const current = await readFile(OUTPUT, "utf8").catch(() => "");
    if (current !== fresh) {
      console.error("src/api/schema.d.ts is stale against openapi/openapi.json: run `npm run generate:api`.");
      process.exit(1);
    }
    console.log("src/api/schema.d.ts matches openapi/openapi.json.");
    return;
  }
  await writeFile(OUTPUT, fresh);
  console.log("wrote src/api/schema.d.ts");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
