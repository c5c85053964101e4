// Starts the SCP emulator (tests/ScpEmulator, built by `dotnet build`) on loopback for the interop
// tests and talks to its unsigned admin endpoints (/_emulator/...).
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');

// The emulator's fixed development keys (tests/ScpEmulator/README.md).
const accessKey = 'EMULATOR-ACCESS-KEY';
const secretKey = 'EMULATOR-SECRET-KEY';

function emulatorAssembly() {
  const configuration = process.env.CONFIG || 'Release';
  const assembly = process.env.SCPGATEWAY_EMULATOR
    || path.join(repoRoot, 'tests', 'ScpEmulator', 'bin', configuration, 'net10.0', 'ScpEmulator.dll');
  if (!fs.existsSync(assembly)) {
    throw new Error(`emulator ${assembly} is missing: run \`dotnet build tests/ScpEmulator -c ${configuration}\` first`);
  }
  return assembly;
}

/**
 * Runs the emulator with `args` (Apis and Queues active at once unless told otherwise), waits for its
 * "listening on" line (bounded) and returns { endpoint, admin(method, path, body), stop() }.
 */
function startEmulator(args = ['--api-create-delay-ms', '0', '--queue-create-delay-ms', '0'], { timeoutMs = 30000 } = {}) {
  const child = spawn(process.env.DOTNET || 'dotnet', [emulatorAssembly(), '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.stderr.on('data', (chunk) => { stderr += chunk; });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`emulator printed no URL within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    let started = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (started || !match) return;
      started = true;
      clearTimeout(timer);
      const endpoint = match[1];
      resolve({
        endpoint,
        async admin(method, adminPath, body) {
          const response = await fetch(`${endpoint}/_emulator/${adminPath}`, {
            method,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          const text = await response.text();
          if (!response.ok) throw new Error(`${method} /_emulator/${adminPath} answered ${response.status}: ${text}`);
          return text.length === 0 ? null : JSON.parse(text);
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
    exited.then(({ code }) => {
      if (!started) {
        clearTimeout(timer);
        reject(new Error(`the emulator exited with ${code} before listening; stderr: ${stderr}`));
      }
    });
  });
}

module.exports = { startEmulator, accessKey, secretKey };
