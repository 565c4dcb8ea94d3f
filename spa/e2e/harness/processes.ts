import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";

/** Runs a command to the end; its output goes to `log`, and into the error if it fails. */
export async function run(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): Promise<void> {
  const out = createWriteStream(log, { flags: "a" });
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}:\n${await tail(log)}`);
}

/** Starts a long-running server in its own process group, so that stopping it stops its children too. */
export function startServer(command: string, args: string[], env: NodeJS.ProcessEnv, log: string, cwd?: string): ChildProcess {
  const out = createWriteStream(log, { flags: "a" });
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  return child;
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timeout = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  }, 5_000);
  await exited;
  clearTimeout(timeout);
}

/** Waits until `url` answers 200, or fails with the server's log. */
export async function waitForHttp(url: string, child: ChildProcess, log: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${await tail(log)}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${await tail(log)}`);
}

export async function tail(log: string, lines = 40): Promise<string> {
  const text = await readFile(log, "utf8").catch(() => "");
  return text.split("\n").slice(-lines).join("\n");
}
