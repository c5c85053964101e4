// `make bench`, Check round trip: the same client (Pulumi's generated ResourceProvider stubs on
// @grpc/grpc-js, one channel, CONCURRENCY calls in flight) against the plugin and against
// check-echo-server.js, a grpc-js server that echoes the inputs. Runs alternate between the two
// servers so that load from elsewhere on the machine hits both alike. Prints a Markdown table:
// per server the median over runs of p50/p99 latency (ms), calls per second, and the server's own
// CPU time per call (the client is the bottleneck here, so CPU per call is the server's honest cost).
// With SCPGATEWAY_FLOOR (tests/StartupFloor's binary: Grpc.AspNetCore, Native AOT, answering only
// GetPluginInfo) it also measures the CPU per GetPluginInfo of that floor and of the plugin, in the
// same alternating runs: what a call costs this stack before any work, on this machine today.
// Environment: SCPGATEWAY_PLUGIN (plugin binary), SCPGATEWAY_FLOOR, BENCH_RUNS, BENCH_CALLS, BENCH_WARMUP, BENCH_CONCURRENCY.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb');
const { CheckRequest } = require('@pulumi/pulumi/proto/provider_pb');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb');
const { startPlugin, startServer, call } = require('./plugin');

const runs = Number(process.env.BENCH_RUNS || 5);
const calls = Number(process.env.BENCH_CALLS || 20000);
const warmup = Number(process.env.BENCH_WARMUP || 3000);
const concurrency = Number(process.env.BENCH_CONCURRENCY || 16);

// What the engine sends for a new Api of examples/yaml: olds empty, news the program's inputs.
function checkRequest() {
  const request = new CheckRequest();
  request.setUrn('urn:pulumi:bench::shop-gateway::scpgateway:index:Api::api');
  request.setName('api');
  request.setType('scpgateway:index:Api');
  request.setOlds(Struct.fromJavaScript({}));
  request.setNews(Struct.fromJavaScript({
    name: 'shop-bench',
    description: 'Shop API (users, orders)',
    endpointType: 'REGION',
    tags: { team: 'commerce', stack: 'bench' },
  }));
  request.setRandomseed(Buffer.alloc(32, 7));
  return request;
}

/** `total` Check calls with `concurrency` in flight; answers each call's latency (ms) and the wall time (ms). */
async function load(client, request, total) {
  const latencies = new Float64Array(total);
  const method = request instanceof Empty ? 'getPluginInfo' : 'check';
  let next = 0;
  async function worker() {
    while (next < total) {
      const index = next++;
      const started = process.hrtime.bigint();
      const response = await call(client, method, request);
      latencies[index] = Number(process.hrtime.bigint() - started) / 1e6;
      if (method === 'check' && !response.getInputs()) throw new Error('Check answered no inputs');
    }
  }
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, wallMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** CPU nanoseconds a process's threads have run so far (Linux schedstat: exact, unlike clock ticks). */
function cpuNanoseconds(pid) {
  let total = 0n;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      total += BigInt(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended between the listing and the read.
    }
  }
  return total;
}

async function measure(server, request) {
  await load(server.client, request, warmup);
  const cpuBefore = cpuNanoseconds(server.pid);
  const { latencies, wallMs } = await load(server.client, request, calls);
  const cpuMicrosecondsPerCall = Number(cpuNanoseconds(server.pid) - cpuBefore) / 1000 / calls;
  const sorted = latencies.sort();
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), callsPerSecond: (calls * 1000) / wallMs, cpuMicrosecondsPerCall };
}

function summary(results) {
  return {
    p50Ms: median(results.map((r) => r.p50)),
    p99Ms: median(results.map((r) => r.p99)),
    callsPerSecond: median(results.map((r) => r.callsPerSecond)),
    cpuMicrosecondsPerCall: median(results.map((r) => r.cpuMicrosecondsPerCall)),
    runs: results,
  };
}

async function main() {
  const floorBinary = process.env.SCPGATEWAY_FLOOR;
  const servers = {
    plugin: await startPlugin(['127.0.0.1:1']),
    grpcJs: await startServer(process.execPath, [path.join(__dirname, 'check-echo-server.js')]),
    ...(floorBinary ? { floor: await startServer(floorBinary, ['127.0.0.1:1']) } : {}),
  };
  const request = checkRequest();
  const results = { plugin: [], grpcJs: [], floorInfo: [], pluginInfo: [] };
  try {
    // The plugin answers with the inputs plus defaults; a failure would mean we measure an error path.
    const checked = await call(servers.plugin.client, 'check', request);
    if (checked.getFailuresList().length > 0) throw new Error(`the plugin rejected the Check: ${checked.getFailuresList()[0].getReason()}`);
    for (let run = 0; run < runs; run++) {
      for (const name of run % 2 ? ['grpcJs', 'plugin'] : ['plugin', 'grpcJs']) {
        results[name].push(await measure(servers[name], request));
      }
      if (servers.floor) {
        for (const [name, server] of run % 2 ? [['pluginInfo', servers.plugin], ['floorInfo', servers.floor]] : [['floorInfo', servers.floor], ['pluginInfo', servers.plugin]]) {
          results[name].push(await measure(server, new Empty()));
        }
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
  const plugin = summary(results.plugin);
  const grpcJs = summary(results.grpcJs);
  const client = `@grpc/grpc-js ${require('@grpc/grpc-js/package.json').version} with @pulumi/pulumi ${require('@pulumi/pulumi/package.json').version}'s stubs, one channel`;
  const row = (label, s) => `| ${label} | ${s.p50Ms.toFixed(2)} ms | ${s.p99Ms.toFixed(2)} ms | ${Math.round(s.callsPerSecond)} | ${s.cpuMicrosecondsPerCall.toFixed(1)} µs |`;
  process.stdout.write([
    `### Check round trip over loopback, concurrency ${concurrency} (median of ${runs} runs of ${calls} calls, after ${warmup} warm-up calls)`,
    '',
    `Client for both: ${client}.`,
    '',
    '| server | p50 | p99 | calls/s | server CPU per call |',
    '|---|---|---|---|---|',
    row('plugin (Check of an Api: validation, defaults)', plugin),
    row('@grpc/grpc-js echo server (Pulumi stubs)', grpcJs),
    `| ratio ours / grpc-js | ${(plugin.p50Ms / grpcJs.p50Ms).toFixed(2)} | ${(plugin.p99Ms / grpcJs.p99Ms).toFixed(2)} | ${(plugin.callsPerSecond / grpcJs.callsPerSecond).toFixed(2)} | ${(plugin.cpuMicrosecondsPerCall / grpcJs.cpuMicrosecondsPerCall).toFixed(2)} |`,
    '',
    `Runs, calls/s: plugin ${plugin.runs.map((r) => Math.round(r.callsPerSecond)).join(', ')}; grpc-js ${grpcJs.runs.map((r) => Math.round(r.callsPerSecond)).join(', ')}.`,
    '',
    ...(servers.floor ? floorRows(plugin, summary(results.floorInfo), summary(results.pluginInfo)) : []),
    '',
  ].join('\n'));
}

/** The CPU a call costs the stack before any work (the floor's GetPluginInfo), beside the plugin's. */
function floorRows(check, floorInfo, pluginInfo) {
  const us = (s) => `${s.cpuMicrosecondsPerCall.toFixed(1)} µs`;
  return [
    'Server CPU per call against the floor of the stack (same client and runs):',
    '',
    '| call | server CPU per call | / floor |',
    '|---|---|---|',
    `| GetPluginInfo, floor (Grpc.AspNetCore answering only it, Native AOT) | ${us(floorInfo)} | 1.00 |`,
    `| GetPluginInfo, plugin | ${us(pluginInfo)} | ${(pluginInfo.cpuMicrosecondsPerCall / floorInfo.cpuMicrosecondsPerCall).toFixed(2)} |`,
    `| Check of an Api, plugin | ${us(check)} | ${(check.cpuMicrosecondsPerCall / floorInfo.cpuMicrosecondsPerCall).toFixed(2)} |`,
    '',
  ];
}

main().catch((error) => {
  process.stderr.write(`check-bench: ${error.stack || error}\n`);
  process.exit(1);
});
