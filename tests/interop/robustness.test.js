// Oversized and over-nested requests from Pulumi's own stubs over @grpc/grpc-js: the plugin refuses
// them with the status an independent client reads correctly, and keeps serving.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb');
const { Struct, Value, ListValue } = require('google-protobuf/google/protobuf/struct_pb');
const providerPb = require('@pulumi/pulumi/proto/provider_pb');
const { startPlugin, call, rawCall, projectVersion, grpc } = require('./plugin');

// The plugin's limit on one request message (PluginHost.MaxRequestBytes).
const maxMessageBytes = 64 * 1024 * 1024;

let plugin;

before(async () => {
  plugin = await startPlugin();
});

after(async () => {
  await plugin.stop();
});

function checkRequest(news) {
  const request = new providerPb.CheckRequest();
  request.setUrn('urn:pulumi:test::interop::scpgateway:index:Api::big');
  request.setType('scpgateway:index:Api');
  request.setName('big');
  request.setOlds(new Struct());
  request.setNews(Struct.fromJavaScript(news));
  request.setRandomseed(new Uint8Array(32));
  return request;
}

async function assertStillServing() {
  const info = await call(plugin.client, 'getPluginInfo', new Empty());
  assert.equal(info.getVersion(), projectVersion());
}

test('a request one byte over the 64 MiB message limit answers RESOURCE_EXHAUSTED', async () => {
  // The size is refused before the bytes are parsed, so zeros do.
  const body = Buffer.alloc(maxMessageBytes + 1);

  await assert.rejects(rawCall(plugin.client, '/pulumirpc.ResourceProvider/Check', body), (error) => {
    assert.equal(error.code, grpc.status.RESOURCE_EXHAUSTED);
    assert.match(error.details, /exceeds the maximum configured message size/);
    return true;
  });
  await assertStillServing();
});

test('a Check whose values nest 60 lists deep answers INVALID_ARGUMENT saying so', async () => {
  let value = Value.fromJavaScript('bottom');
  for (let i = 0; i < 60; i += 1) {
    const list = new ListValue();
    list.addValues(value);
    value = new Value();
    value.setListValue(list);
  }
  const request = checkRequest({ name: 'nested' });
  request.getNews().getFieldsMap().set('description', value);

  await assert.rejects(call(plugin.client, 'check', request), (error) => {
    assert.equal(error.code, grpc.status.INVALID_ARGUMENT);
    assert.match(error.details, /nested too deeply/);
    return true;
  });
  await assertStillServing();
});
