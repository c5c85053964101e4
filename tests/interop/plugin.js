// Starts the built plugin the way the engine does and connects Pulumi's own generated
// ResourceProvider client (@pulumi/pulumi stubs over @grpc/grpc-js) to it.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http2 = require('node:http2');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const providerGrpc = require('@pulumi/pulumi/proto/provider_grpc_pb');

const repoRoot = path.resolve(__dirname, '..', '..');

function pluginBinary() {
  const binary = process.env.SCPGATEWAY_PLUGIN || path.join(repoRoot, 'bin', 'pulumi-resource-scpgateway');
  if (!fs.existsSync(binary)) {
    throw new Error(`plugin binary ${binary} is missing: run \`make provider\` first`);
  }
  return binary;
}

/** The <Version> the build stamps into the plugin. */
function projectVersion() {
  const props = fs.readFileSync(path.join(repoRoot, 'Directory.Build.props'), 'utf8');
  return /<Version>([^<]+)<\/Version>/.exec(props)[1];
}

/**
 * Spawns the plugin with `args` (and `env`, default this process's), waits for the port line (bounded), and returns
 * { port, address, client, stdout(), stderr(), stop() }. stop() sends SIGINT and resolves the exit code.
 */
function startPlugin(args = ['127.0.0.1:1'], options = {}) {
  return startServer(pluginBinary(), args, options);
}

/** Any program that serves ResourceProvider and prints its port as the first stdout line, as startPlugin does it. */
function startServer(file, args, { timeoutMs = 20000, env = process.env } = {}) {
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stdout = '';
  let stderr = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.stderr.on('data', (chunk) => { stderr += chunk; });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no port line within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    let started = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (started || newline < 0) return;
      started = true;
      clearTimeout(timer);
      const port = Number(stdout.slice(0, newline));
      const address = `127.0.0.1:${port}`;
      const client = new providerGrpc.ResourceProviderClient(address, grpc.credentials.createInsecure());
      resolve({
        port,
        address,
        client,
        pid: child.pid,
        stdout: () => stdout,
        stderr: () => stderr,
        async stop() {
          client.close();
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
          return exited;
        },
      });
    });
    exited.then(({ code }) => {
      if (!started) {
        clearTimeout(timer);
        reject(new Error(`${path.basename(file)} exited with ${code} before printing a port; stderr: ${stderr}`));
      }
    });
  });
}

/** Promisifies one unary call of a generated client: call(client, 'getPluginInfo', request, options). */
function call(client, method, request, options = {}) {
  return new Promise((resolve, reject) => {
    client[method](request, new grpc.Metadata(), options, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

/** Any unary method, request bytes given as they are (for unknown methods and malformed bodies). */
function rawCall(client, fullMethod, requestBytes, options = {}) {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      fullMethod,
      (bytes) => bytes,
      (bytes) => bytes,
      requestBytes,
      new grpc.Metadata(),
      options,
      (error, response) => (error ? reject(error) : resolve(response)),
    );
  });
}

/**
 * One unary call framed by hand over node:http2, with `headers` added (e.g. grpc-timeout). Nothing on
 * this side enforces a deadline, so whatever status comes back, the server decided it. Resolves
 * { status, message, trailersOnly }.
 */
function h2Call(port, fullMethod, requestBytes, headers = {}) {
  return new Promise((resolve, reject) => {
    const session = http2.connect(`http://127.0.0.1:${port}`);
    session.on('error', reject);
    const frame = Buffer.alloc(5 + requestBytes.length);
    frame.writeUInt32BE(requestBytes.length, 1);
    Buffer.from(requestBytes).copy(frame, 5);
    const stream = session.request({
      ':method': 'POST', ':path': fullMethod, 'content-type': 'application/grpc', te: 'trailers', ...headers,
    });
    let responseHeaders = {};
    let trailers = {};
    stream.on('response', (received) => { responseHeaders = received; });
    stream.on('trailers', (received) => { trailers = received; });
    stream.on('data', () => {});
    stream.on('error', (error) => { session.close(); reject(error); });
    stream.on('end', () => {
      session.close();
      const trailersOnly = responseHeaders['grpc-status'] !== undefined;
      const source = trailersOnly ? responseHeaders : trailers;
      resolve({ status: Number(source['grpc-status']), message: decodeURIComponent(source['grpc-message'] || ''), trailersOnly });
    });
    stream.end(frame);
  });
}

module.exports = { startPlugin, startServer, call, rawCall, h2Call, projectVersion, grpc };
