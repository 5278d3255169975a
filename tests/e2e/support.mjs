// Helpers the end-to-end tests share: a free loopback port, and a bounded wait for a condition.

import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Polls `probe` until it returns something truthy (returned) or `timeoutMs` passes (thrown, with the last error).
 * `failIf` may return a reason to stop at once, e.g. that the process being waited for has exited.
 */
export async function waitFor(what, timeoutMs, probe, { interval = 250, failIf } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    const reason = await failIf?.();
    if (reason) throw new Error(`${what}: ${reason}`);
    try {
      const result = await probe();
      if (result) return result;
    } catch (err) {
      lastError = err;
    }
    await sleep(interval);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}
