// autocannon as the load generator of bench/graphql.py, driven over stdin/stdout, one JSON object a line.
//
// Commands (stdin):
//   {"op": "run", "key": K, "url": U, "bodies": [...], "connections": C, "seconds": S, "record": true|false}
//     a closed-loop autocannon run of S seconds with C keep-alive connections POSTing the GraphQL
//     bodies in turn (each connection starts at its own offset in the list); with "record" its
//     results are kept under K. Answers a summary of the run.
//   {"op": "report", "key": K}
//     every recorded run of K merged with autocannon.aggregateResult (one latency histogram) and
//     summed counts. Answers the report.
// One process serves the whole benchmark, so the runs of a server in alternating rounds can be merged.
import autocannon from "autocannon";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

// autocannon summarises p50/p90/p97.5/p99 but not p95, which the issue asks for; its own histogram
// decoder (autocannon is pinned to an exact version in package.json) lets us read p95 off the same
// merged latency histogram.
const { decodeHist } = createRequire(import.meta.url)("autocannon/lib/histUtil.js");

const runs = new Map(); // key -> [{ raw, seconds, graphqlErrors, checked }]

// A GraphQL response "errors" member: the key followed by a colon; a sentence quoting the word
// would appear escaped (\"errors\") and cannot match.
const ERRORS_KEY = /"errors"\s*:/;
// Every SAMPLE-th 2xx body is also parsed: it must hold a non-null value for its first root field.
const SAMPLE = 16;

function bodyIsBad(body, counter) {
  if (ERRORS_KEY.test(body)) return true;
  if (counter.seen++ % SAMPLE !== 0) return false;
  counter.parsed++;
  try {
    const data = JSON.parse(body).data;
    const first = data && Object.values(data)[0];
    return first === null || first === undefined;
  } catch {
    return true;
  }
}

async function run({ url, bodies, connections, seconds }) {
  const counter = { seen: 0, parsed: 0, graphqlErrors: 0 };
  const onResponse = (status, body) => {
    if (status >= 200 && status < 300 && bodyIsBad(body, counter)) counter.graphqlErrors++;
  };
  let nextOffset = 0;
  const raw = await autocannon({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: bodies.map((body) => ({ body, onResponse })),
    // Spread the connections over the variable sets instead of all starting at the first one.
    setupClient(client) {
      const k = nextOffset++ % bodies.length;
      const order = [...bodies.slice(k), ...bodies.slice(0, k)];
      client.setRequests(order.map((body) => ({ body, onResponse })));
    },
    skipAggregateResult: true,
  });
  return { raw, url, connections, seconds: raw.duration, graphqlErrors: counter.graphqlErrors, checked: counter.parsed };
}

function p95(results) {
  const [merged, ...rest] = results.map((r) => decodeHist(r.raw.latencies));
  for (const histogram of rest) merged.add(histogram);
  return merged.getValueAtPercentile(95);
}

function summary(results) {
  const merged = autocannon.aggregateResult(
    results.map((r) => r.raw),
    { url: results[0].url, connections: results[0].connections },
  );
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  const graphqlErrors = results.reduce((sum, r) => sum + r.graphqlErrors, 0);
  const ok = merged["2xx"] - graphqlErrors;
  const { p50, p90, p97_5, p99, p99_9, average, max } = merged.latency;
  return {
    seconds,
    ok,
    throughput: ok / seconds,
    latency_ms: { p50, p90, p95: p95(results), p97_5, p99, p99_9, average, max },
    non2xx: merged.non2xx,
    connection_errors: merged.errors,
    timeouts: merged.timeouts,
    graphql_errors: graphqlErrors,
    bodies_parsed: results.reduce((sum, r) => sum + r.checked, 0),
    errors: merged.non2xx + merged.errors + graphqlErrors,
  };
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const command = JSON.parse(line);
  let answer;
  if (command.op === "run") {
    const result = await run(command);
    if (command.record) runs.set(command.key, [...(runs.get(command.key) ?? []), result]);
    answer = summary([result]);
  } else if (command.op === "report") {
    const results = runs.get(command.key);
    answer = results ? summary(results) : { error: `no recorded runs for ${command.key}` };
  } else {
    answer = { error: `unknown op ${command.op}` };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
