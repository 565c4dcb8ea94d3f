import { createServer } from "node:net";

/**
 * The ports browser tests may use on this machine (make run keeps 8000 and 5173);
 * WELZIJN_E2E_PORTS=first-last gives a run its own range where several share a machine.
 */
function range(): { readonly first: number; readonly last: number } {
  const match = /^(\d+)-(\d+)$/.exec(process.env.WELZIJN_E2E_PORTS ?? "");
  return match ? { first: Number(match[1]), last: Number(match[2]) } : { first: 18500, last: 18599 };
}
export const PORT_RANGE = range();

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

const taken = new Set<number>();
const SIZE = PORT_RANGE.last - PORT_RANGE.first + 1;
// A port is free when looked at and taken only later (the API seeds before it listens), so
// two runs on one machine that both scanned from the first port would pick the same ones:
// each process starts its scan at a place of its own in the range.
const START = Math.floor(Math.random() * SIZE);

/** A port in the range that nothing listens on and this process has not handed out yet. */
export async function freePort(): Promise<number> {
  for (let step = 0; step < SIZE; step += 1) {
    const port = PORT_RANGE.first + ((START + step) % SIZE);
    if (!taken.has(port) && (await isFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_RANGE.first}-${PORT_RANGE.last}`);
}
