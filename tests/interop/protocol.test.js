// The plugin against Pulumi's own generated stubs and @grpc/grpc-js, an independent client.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb');
const providerPb = require('@pulumi/pulumi/proto/provider_pb');
const statusPb = require('@pulumi/pulumi/proto/status_pb');
const { startPlugin, call, rawCall, projectVersion, grpc } = require('./plugin');

let plugin;

before(async () => {
  plugin = await startPlugin();
});

after(async () => {
  await plugin.stop();
});

test('Handshake accepts secrets, resources, outputs and autonaming', async () => {
  const request = new providerPb.ProviderHandshakeRequest();
  request.setEngineAddress('');
  request.setConfigureWithUrn(true);

  const response = await call(plugin.client, 'handshake', request);

  assert.equal(response.getAcceptSecrets(), true);
  assert.equal(response.getAcceptResources(), true);
  assert.equal(response.getAcceptOutputs(), true);
  assert.equal(response.getSupportsAutonamingConfiguration(), true);
});

test('GetPluginInfo reports the project version', async () => {
  const info = await call(plugin.client, 'getPluginInfo', new Empty());

  assert.equal(info.getVersion(), projectVersion());
});

test('an unknown method answers UNIMPLEMENTED', async () => {
  await assert.rejects(
    rawCall(plugin.client, '/pulumirpc.ResourceProvider/NoSuchMethod', Buffer.alloc(0)),
    (error) => error.code === grpc.status.UNIMPLEMENTED,
  );
});

test('Construct, which this provider does not offer, answers UNIMPLEMENTED', async () => {
  const request = new providerPb.ConstructRequest();
  request.setType('scpgateway:index:Nothing');

  await assert.rejects(call(plugin.client, 'construct', request), (error) => {
    assert.equal(error.code, grpc.status.UNIMPLEMENTED);
    assert.match(error.details, /Construct/);
    return true;
  });
});

test('a call with a 1 ms deadline answers DEADLINE_EXCEEDED', async () => {
  const deadline = new Date(Date.now() + 1);
  await new Promise((resolve) => setTimeout(resolve, 5)); // let the deadline lapse before the call starts

  await assert.rejects(
    call(plugin.client, 'getPluginInfo', new Empty(), { deadline }),
    (error) => error.code === grpc.status.DEADLINE_EXCEEDED,
  );
});

test('a malformed request body gets INTERNAL with google.rpc.Status details', async () => {
  // Field 1 (engine_address) announcing 100 bytes that never come.
  const malformed = Buffer.from([0x0a, 0x64, 0x41]);

  await assert.rejects(rawCall(plugin.client, '/pulumirpc.ResourceProvider/Handshake', malformed), (error) => {
    assert.equal(error.code, grpc.status.INTERNAL);
    const [details] = error.metadata.get('grpc-status-details-bin');
    assert.ok(Buffer.isBuffer(details), 'grpc-status-details-bin is present');
    const status = statusPb.Status.deserializeBinary(new Uint8Array(details));
    assert.equal(status.getCode(), grpc.status.INTERNAL);
    assert.equal(status.getMessage(), error.details);
    assert.match(status.getMessage(), /parse/);
    return true;
  });
});

test('the plugin keeps serving after errors', async () => {
  const info = await call(plugin.client, 'getPluginInfo', new Empty());

  assert.equal(info.getVersion(), projectVersion());
});

test('the port is the only stdout line and SIGINT exits with 0', async () => {
  const own = await startPlugin();
  await call(own.client, 'getPluginInfo', new Empty());

  const { code } = await own.stop();

  assert.equal(code, 0);
  assert.equal(own.stdout(), `${own.port}\n`);
});
