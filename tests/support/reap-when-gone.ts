// A guard for servers a test starts as daemons (pg_ctl start detaches them): a small detached Node process that
// waits for the test process to end, however it ends (a failed hook, a timeout, a worker killed by the runner,
// even SIGKILL, where no exit handler of ours runs), then runs the cleanup commands and exits. A test that cleans
// up itself calls the returned function to stop the guard first.
import { spawn } from "node:child_process";

/** A command to run: the program and its arguments. */
export type Command = [string, ...string[]];

// Polls the parent once a second; `process.kill(pid, 0)` throws once it is gone. The commands run in order, each
// ignoring the last one's failure, and `remove` is deleted last.
const WATCHER = `
const { spawnSync } = require("node:child_process");
const { rmSync } = require("node:fs");
const [parent, commands, remove] = [Number(process.argv[1]), JSON.parse(process.argv[2]), process.argv[3]];
const timer = setInterval(() => {
  try { process.kill(parent, 0); return; } catch {}
  clearInterval(timer);
  for (const [program, ...args] of commands) spawnSync(program, args, { stdio: "ignore", cwd: "/" });
  if (remove) rmSync(remove, { recursive: true, force: true });
}, 1000);
`;

/**
 * Starts the guard: once this process is gone it runs `commands` and removes the folder `remove`. Returns a
 * function that stops the guard (for a clean shutdown that has done the same itself); never throws.
 */
export function reapWhenGone(commands: Command[], remove: string): () => void {
  const watcher = spawn(process.execPath, ["-e", WATCHER, String(process.pid), JSON.stringify(commands), remove], {
    detached: true,
    stdio: "ignore",
  });
  watcher.unref();
  return () => {
    try {
      watcher.kill();
    } catch {
      // Already gone: nothing to stop.
    }
  };
}
