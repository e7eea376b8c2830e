import autocannon from 'autocannon';
import { serveParent } from '../lib/child.mjs';

/** Runs autocannon against one URL with a fixed POST body; replies with the numbers only. */
serveParent({
  run: async ({ url, body, cookie, connections, duration, warmup }) => {
    const instance = autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body,
      connections,
      duration,
      warmup: warmup ? { connections, duration: warmup } : undefined,
    });
    // The measured part starts after the warm-up; tell the parent so it can meter CPU over the same span.
    instance.once('start', () => process.send({ type: 'measuring' }));
    // Every response time of the measured part (ms, sub-millisecond resolution), so runs can be merged.
    const latencies = [];
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
    const result = await instance;
    return {
      latencies,
      requests: result.requests,
      latency: result.latency,
      throughput: result.throughput,
      total: result.requests.total,
      duration: result.duration,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodeStats: result.statusCodeStats,
    };
  },
});
