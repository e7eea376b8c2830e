import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Busy and total jiffies of the whole machine, from /proc/stat (null where there is none). */
function machine() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = v[3] + (v[4] ?? 0);
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Starts a CPU measurement; `stop()` gives this process's use (in cores) and the machine's busy share. */
export function cpuMeter() {
  const t0 = performance.now();
  const p0 = process.cpuUsage();
  const m0 = machine();
  return {
    stop() {
      const seconds = (performance.now() - t0) / 1000;
      const p = process.cpuUsage(p0);
      const m1 = machine();
      return {
        seconds,
        processCores: (p.user + p.system) / 1e6 / seconds,
        machineBusy: m0 && m1 && m1.total > m0.total ? (m1.busy - m0.busy) / (m1.total - m0.total) : null,
        cores: os.availableParallelism?.() ?? os.cpus().length,
      };
    },
  };
}
