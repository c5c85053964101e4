// The plugin against Pulumi's own generated stubs and @grpc/grpc-js, an independent client.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const net = require('node:net');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb');
const providerPb = require('@pulumi/pulumi/proto/provider_pb');
const statusPb = require('@pulumi/pulumi/proto/status_pb');
const { startPlugin, call, rawCall, h2Call, projectVersion, grpc } = require('./plugin');

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

test('a call that outlives its grpc-timeout gets DEADLINE_EXCEEDED from the plugin, which abandons the work', { timeout: 60000 }, async () => {
  // An SCP endpoint that accepts connections and never answers: the call hangs inside the plugin.
  const scp = net.createServer();
  const connections = [];
  scp.on('connection', (socket) => {
    connections.push(socket);
    socket.on('error', () => {}); // a reset is a close all the same
    socket.resume(); // read (and drop) the request, so that its end is seen
  });
  await new Promise((resolve) => scp.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${scp.address().port}`;
  const own = await startPlugin();
  try {
    const configure = new providerPb.ConfigureRequest();
    configure.setArgs(Struct.fromJavaScript({ accessKey: 'AK', secretKey: 'SK', apiGatewayEndpoint: endpoint, queueServiceEndpoint: endpoint }));
    await call(own.client, 'configure', configure);
    const invoke = new providerPb.InvokeRequest();
    invoke.setTok('scpgateway:index:getApis');
    invoke.setArgs(new Struct());
    const scpRequest = new Promise((resolve) => scp.once('connection', resolve));

    // grpc-js would enforce a deadline on its own side; sent by hand over node:http2, only the plugin can.
    const answer = h2Call(own.port, '/pulumirpc.ResourceProvider/Invoke', invoke.serializeBinary(), { 'grpc-timeout': '1S' });
    const socket = await scpRequest;
    const scpRequestClosed = new Promise((resolve) => socket.once('close', resolve));
    const { status } = await answer;

    assert.equal(status, grpc.status.DEADLINE_EXCEEDED);
    await scpRequestClosed; // the call's token fired inside the plugin: it gave up its SCP request
  } finally {
    await own.stop();
    connections.forEach((socket) => socket.destroy());
    scp.close();
  }
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
