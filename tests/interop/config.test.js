// Provider configuration through Pulumi's own stubs: schema, CheckConfig, Configure.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb');
const { GetSchemaRequest, CheckRequest, ConfigureRequest, ConfigureErrorMissingKeys } = require('@pulumi/pulumi/proto/provider_pb');
const statusPb = require('@pulumi/pulumi/proto/status_pb');
const { startPlugin, call, grpc } = require('./plugin');

const secretSig = '1b47061264138c4ac30d75fd1eb44270';
const sigKey = '4dabf18193072939515e22adb298388d';
const secret = (value) => ({ [sigKey]: secretSig, value });

let plugin;
let home;

// A clean environment: no SCP_* variables and an empty home, so nothing but the request configures the plugin.
function cleanEnv() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SCP_')));
  env.HOME = home;
  return env;
}

before(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'scpgw-interop-'));
  plugin = await startPlugin(['127.0.0.1:1'], { env: cleanEnv() });
});

after(async () => {
  await plugin.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test('GetSchema answers JSON with every config variable, credentials secret', async () => {
  const response = await call(plugin.client, 'getSchema', new GetSchemaRequest());
  const schema = JSON.parse(response.getSchema());

  assert.equal(schema.name, 'scpgateway');
  const variables = schema.config.variables;
  for (const key of ['accessKey', 'secretKey', 'accountId', 'region', 'environment', 'apiGatewayEndpoint',
    'queueServiceEndpoint', 'apiGatewayVersion', 'language', 'maxRetries', 'requestTimeoutSeconds']) {
    assert.ok(variables[key], `config variable ${key}`);
    assert.ok(variables[key].description.length > 0, `${key} has a description`);
  }
  assert.equal(variables.accessKey.secret, true);
  assert.equal(variables.secretKey.secret, true);
  assert.equal(variables.maxRetries.type, 'integer');
  assert.deepEqual(schema.provider.inputProperties.secretKey, variables.secretKey);
});

test('CheckConfig with a bad value answers a failure naming the key', async () => {
  const request = new CheckRequest();
  request.setUrn('urn:pulumi:dev::p::pulumi:providers:scpgateway::default');
  request.setOlds(Struct.fromJavaScript({}));
  request.setNews(Struct.fromJavaScript({ environment: 'x', maxRetries: 'lots' }));

  const response = await call(plugin.client, 'checkConfig', request);
  const failures = response.getFailuresList().map((failure) => [failure.getProperty(), failure.getReason()]);

  assert.deepEqual(failures.map(([property]) => property).sort(), ['environment', 'maxRetries']);
  for (const [, reason] of failures) assert.ok(reason.length > 0);
});

test('Configure without credentials names each missing key in ConfigureErrorMissingKeys details', async () => {
  const request = new ConfigureRequest();
  request.setArgs(Struct.fromJavaScript({ region: 'kr-west1' }));
  request.setAcceptsecrets(true);

  await assert.rejects(call(plugin.client, 'configure', request), (error) => {
    assert.equal(error.code, grpc.status.INVALID_ARGUMENT);
    const [details] = error.metadata.get('grpc-status-details-bin');
    const status = statusPb.Status.deserializeBinary(new Uint8Array(details));
    const [any] = status.getDetailsList();
    assert.equal(any.getTypeUrl(), 'type.googleapis.com/pulumirpc.ConfigureErrorMissingKeys');
    const missing = ConfigureErrorMissingKeys.deserializeBinary(any.getValue_asU8()).getMissingkeysList();
    const names = missing.map((key) => key.getName()).sort();
    assert.deepEqual(names, ['scpgateway:accessKey', 'scpgateway:secretKey']);
    const accessKey = missing.find((key) => key.getName() === 'scpgateway:accessKey');
    assert.match(accessKey.getDescription(), /SCP_ACCESS_KEY/);
    return true;
  });
});

test('Configure with secret credentials in args succeeds and never echoes them', async () => {
  const own = await startPlugin(['127.0.0.1:1'], { env: cleanEnv() });
  try {
    const request = new ConfigureRequest();
    request.setArgs(Struct.fromJavaScript({
      accessKey: secret('INTEROP-ACCESS-KEY-1234'),
      secretKey: secret('INTEROP-SECRET-KEY-5678'),
      region: 'kr-east1',
      environment: 's',
      maxRetries: '3',
    }));
    request.getVariablesMap().set('scpgateway:config:region', 'kr-east1');
    request.setAcceptsecrets(true);
    request.setAcceptresources(true);

    const response = await call(own.client, 'configure', request);

    assert.equal(response.getAcceptsecrets(), true);
    assert.equal(response.getSupportspreview(), true);
  } finally {
    await own.stop();
  }
  assert.doesNotMatch(own.stdout() + own.stderr(), /INTEROP-(ACCESS|SECRET)-KEY/);
});
