/**
 * The load generator of bench/perf: its own process, autocannon 9. One job per run, read from a JSON file
 * (argv[2]): the requests to send in order (from `offset`, each used once, then the list wraps), connections, duration, and for
 * an open-loop run the offered rate (`overallRate`, requests per second over all connections). Prints one JSON line.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export interface LoadRequest { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }
export interface LoadJob { url: string; connections: number; duration: number; overallRate?: number; requests: LoadRequest[]; offset?: number }
export interface LoadResult {
  requests: number; seconds: number; rps: number; p50: number; p99: number; max: number;
  errors: number; timeouts: number; statuses: Record<string, number>;
  /** How many requests of the list were taken (the next run of the same list starts there). */
  taken: number;
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadJob;
  let next = job.offset ?? 0;
  const list = job.requests;
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.duration,
    ...(job.overallRate ? { overallRate: job.overallRate } : {}),
    timeout: 30,
    requests: [{
      setupRequest: (req) => {
        const r = list[next++ % list.length];
        return { ...req, method: r.method, path: r.path, headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers }, body: r.body };
      },
    }],
  });
  const res = await instance;
  const statuses: Record<string, number> = {};
  for (const [code, v] of Object.entries((res as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats ?? {})) statuses[code] = v.count;
  const out: LoadResult = {
    requests: res.requests.total, seconds: res.duration, rps: res.requests.total / res.duration,
    p50: res.latency.p50, p99: res.latency.p99, max: res.latency.max,
    errors: res.errors, timeouts: res.timeouts, statuses, taken: next - (job.offset ?? 0),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
