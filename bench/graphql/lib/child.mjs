import { fork } from 'node:child_process';

/**
 * A load-generating child process (so the client side does not share the server's event loop).
 * `call(type, payload)` sends one request and resolves with the child's reply of the same id.
 */
export function startChild(file) {
  const child = fork(file, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  const listeners = new Set();
  let seq = 0;
  let exited = false;
  child.on('message', (msg) => {
    if (msg.replyTo !== undefined && pending.has(msg.replyTo)) {
      const p = pending.get(msg.replyTo);
      pending.delete(msg.replyTo);
      if (msg.error) p.reject(new Error(`${file}: ${msg.error}`));
      else p.resolve(msg.result);
    } else {
      for (const l of listeners) l(msg);
    }
  });
  child.on('exit', (code) => {
    exited = true;
    for (const p of pending.values()) p.reject(new Error(`${file} exited with code ${code}`));
    pending.clear();
  });
  return {
    call(type, payload) {
      if (exited) return Promise.reject(new Error(`${file} is not running`));
      const id = ++seq;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, type, payload });
      });
    },
    onMessage(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    /** Asks the child to finish and waits for it to exit (killing it after `ms`). */
    async stop(ms = 10_000) {
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.send({ type: 'exit' });
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      await done;
      clearTimeout(timer);
    },
  };
}

/** The child side: answers requests with `handlers[type](payload)`. */
export function serveParent(handlers) {
  process.on('message', async (msg) => {
    if (msg.type === 'exit') {
      await handlers.exit?.();
      process.disconnect();
      return;
    }
    try {
      const result = await handlers[msg.type](msg.payload);
      process.send({ replyTo: msg.id, result });
    } catch (err) {
      process.send({ replyTo: msg.id, error: err?.stack ?? String(err) });
    }
  });
}
