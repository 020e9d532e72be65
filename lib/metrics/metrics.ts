import { collectDefaultMetrics, Counter, type CounterConfiguration, Gauge, type GaugeConfiguration, Histogram, type HistogramConfiguration, register } from 'prom-client';

// prom-client's registry is one per process (next.config.ts keeps the package out of Next.js's bundles,
// so server.ts and the app share it), but this module may be instantiated more than once: a metric
// already registered under a name is reused, never registered twice.
function counter<L extends string>(config: CounterConfiguration<L>): Counter<L> {
  return (register.getSingleMetric(config.name) as Counter<L> | undefined) ?? new Counter(config);
}
function histogram<L extends string>(config: HistogramConfiguration<L>): Histogram<L> {
  return (register.getSingleMetric(config.name) as Histogram<L> | undefined) ?? new Histogram(config);
}

/** Every response server.ts sent, by route (a pattern, never a raw path), method and status. */
export const httpRequests = counter({ name: 'accord_http_requests_total', help: 'HTTP responses sent, by route pattern, method and status.', labelNames: ['route', 'method', 'status'] });

export const httpDuration = histogram({
  name: 'accord_http_request_duration_seconds',
  help: 'Time from request to the end of the response, by route pattern, method and status.',
  labelNames: ['route', 'method', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/** Acceptance records committed to the ledger, and how many a transaction carried. */
export const ledgerAppends = counter({ name: 'accord_ledger_appended_records_total', help: 'Acceptance records committed to the ledger, by method.', labelNames: ['method'] });

export const ledgerBatchSize = histogram({
  name: 'accord_ledger_append_batch_records',
  help: 'Records committed in one ledger transaction (a group-commit batch, a signup, a re-acceptance).',
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
});

export const rateLimitRefusals = counter({ name: 'accord_rate_limit_refusals_total', help: 'Requests refused by a rate limit, by kind.', labelNames: ['kind'] });

/** Counts records once their transaction has committed. */
export function countCommittedAppends(records: readonly { method: string }[]): void {
  if (records.length === 0) return;
  ledgerBatchSize.observe(records.length);
  for (const record of records) ledgerAppends.inc({ method: record.method });
}

/**
 * A gauge read when metrics are scraped (the ledger's size, say). Registered once per process, by
 * whichever code can read the value.
 */
export function gaugeOnScrape(config: Omit<GaugeConfiguration<never>, 'collect' | 'labelNames'>, read: () => Promise<number>): void {
  if (register.getSingleMetric(config.name)) return;
  new Gauge({
    ...config,
    async collect() {
      this.set(await read());
    },
  });
}

/** Node's own process metrics (memory, CPU, event-loop lag, handles), prefixed accord_process_… . */
export const collectProcessMetrics = () => collectDefaultMetrics({ prefix: 'accord_' });

export const metricsText = () => register.metrics();
export const METRICS_CONTENT_TYPE = register.contentType;
