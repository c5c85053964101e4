// One whole lifecycle of two resources (an Api and a Resource under it) as the engine drives it, spoken
// with Pulumi's own stubs over @grpc/grpc-js against the real plugin and the SCP emulator: secrets and
// unknowns, CheckConfig, DiffConfig, Configure, a preview, Create, Read, Diff, Update, an import, a
// partial failure, an Invoke, Delete and Cancel: every RPC the engine makes in a lifecycle.
// What SCP holds is read from the emulator's raw state, not through the plugin.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb');
const providerPb = require('@pulumi/pulumi/proto/provider_pb');
const statusPb = require('@pulumi/pulumi/proto/status_pb');
const { startPlugin, call, grpc } = require('./plugin');
const { startEmulator } = require('./emulator');

const sigKey = '4dabf18193072939515e22adb298388d';
const secretSig = '1b47061264138c4ac30d75fd1eb44270';
const unknown = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const secret = (value) => ({ [sigKey]: secretSig, value });
const isSecret = (value) => value !== null && typeof value === 'object' && value[sigKey] === secretSig;

const accessKey = 'INTEROP-LIFECYCLE-ACCESS-KEY';
const secretKey = 'INTEROP-LIFECYCLE-SECRET-KEY';
const description = 'shop API, owned by the payments team';

let emulator;
let plugin;

const urn = (type, name) => `urn:pulumi:interop::lifecycle::scpgateway:index:${type}::${name}`;
const token = (type) => `scpgateway:index:${type}`;
const struct = (value) => Struct.fromJavaScript(value);

/** The emulator's raw state: Apis with their resources, in the seed's field names. */
async function scpApis() {
  const state = await emulator.admin('GET', 'state');
  return state.apis.map((entry) => ({ status: entry.status, ...entry.api }));
}

async function check(type, name, news, olds = {}) {
  const request = new providerPb.CheckRequest();
  request.setUrn(urn(type, name));
  request.setType(token(type));
  request.setName(name);
  request.setOlds(struct(olds));
  request.setNews(struct(news));
  request.setRandomseed(new Uint8Array(32).fill(7));
  const response = await call(plugin.client, 'check', request);
  const failures = response.getFailuresList().map((failure) => `${failure.getProperty()}: ${failure.getReason()}`);
  assert.deepEqual(failures, [], `Check of ${type} ${name}`);
  return response.getInputs().toJavaScript();
}

async function create(type, name, inputs, { preview = false } = {}) {
  const request = new providerPb.CreateRequest();
  request.setUrn(urn(type, name));
  request.setType(token(type));
  request.setName(name);
  request.setProperties(struct(inputs));
  request.setPreview(preview);
  const response = await call(plugin.client, 'create', request);
  return { id: response.getId(), outputs: response.getProperties().toJavaScript() };
}

async function read(type, name, id, { outputs, inputs } = {}) {
  const request = new providerPb.ReadRequest();
  request.setId(id);
  request.setUrn(urn(type, name));
  request.setType(token(type));
  request.setName(name);
  if (outputs) request.setProperties(struct(outputs));
  if (inputs) request.setInputs(struct(inputs));
  const response = await call(plugin.client, 'read', request);
  return { id: response.getId(), outputs: response.getProperties()?.toJavaScript(), inputs: response.getInputs()?.toJavaScript() };
}

/** A Diff or Update request: both carry the same fields for a change from olds to news. */
function changeRequest(Request, type, name, id, olds, oldInputs, news) {
  const request = new Request();
  request.setId(id);
  request.setUrn(urn(type, name));
  request.setType(token(type));
  request.setName(name);
  request.setOlds(struct(olds));
  request.setOldInputs(struct(oldInputs));
  request.setNews(struct(news));
  return request;
}

async function diff(type, name, id, olds, oldInputs, news) {
  return call(plugin.client, 'diff', changeRequest(providerPb.DiffRequest, type, name, id, olds, oldInputs, news));
}

async function update(type, name, id, olds, oldInputs, news) {
  const response = await call(plugin.client, 'update', changeRequest(providerPb.UpdateRequest, type, name, id, olds, oldInputs, news));
  return response.getProperties().toJavaScript();
}

async function remove(type, name, id, outputs, inputs) {
  const request = new providerPb.DeleteRequest();
  request.setId(id);
  request.setUrn(urn(type, name));
  request.setType(token(type));
  request.setName(name);
  request.setProperties(struct(outputs));
  request.setOldInputs(struct(inputs));
  await call(plugin.client, 'delete', request);
}

/** The ErrorResourceInitFailed inside a failed call's grpc-status-details-bin trailer. */
function initFailure(error) {
  const [details] = error.metadata.get('grpc-status-details-bin');
  assert.ok(details, `no grpc-status-details-bin on: ${error.message}`);
  const status = statusPb.Status.deserializeBinary(new Uint8Array(details));
  const any = status.getDetailsList().find((detail) => detail.getTypeUrl() === 'type.googleapis.com/pulumirpc.ErrorResourceInitFailed');
  assert.ok(any, `details hold ${status.getDetailsList().map((detail) => detail.getTypeUrl())}`);
  const failure = providerPb.ErrorResourceInitFailed.deserializeBinary(any.getValue_asU8());
  return {
    code: status.getCode(),
    id: failure.getId(),
    outputs: failure.getProperties().toJavaScript(),
    inputs: failure.getInputs().toJavaScript(),
    reasons: failure.getReasonsList(),
  };
}

/** The provider configuration as the engine sends it: credentials secret. */
function providerConfig(extra = {}) {
  return {
    accessKey: secret(accessKey),
    secretKey: secret(secretKey),
    apiGatewayEndpoint: emulator.endpoint,
    queueServiceEndpoint: emulator.endpoint,
    // No retries: the partial failure below is one injected 500, not a race against the retry policy.
    maxRetries: '0',
    ...extra,
  };
}

const providerUrn = 'urn:pulumi:interop::lifecycle::pulumi:providers:scpgateway::default';

before(async () => {
  emulator = await startEmulator(['--api-create-delay-ms', '0', '--access-key', accessKey, '--secret-key', secretKey]);
  plugin = await startPlugin();
});

after(async () => {
  await plugin?.stop();
  await emulator?.stop();
});

test('CheckConfig keeps the credentials secret, DiffConfig tells a region change replaces, Configure accepts secrets', async () => {
  const checkConfig = new providerPb.CheckRequest();
  checkConfig.setUrn(providerUrn);
  checkConfig.setOlds(struct({}));
  checkConfig.setNews(struct(providerConfig()));
  const checked = await call(plugin.client, 'checkConfig', checkConfig);
  const inputs = checked.getInputs().toJavaScript();

  const diffConfig = (news) => {
    const request = new providerPb.DiffRequest();
    request.setUrn(providerUrn);
    request.setOlds(struct(inputs));
    request.setOldInputs(struct(inputs));
    request.setNews(struct(news));
    return call(plugin.client, 'diffConfig', request);
  };
  const same = await diffConfig(inputs);
  const moved = await diffConfig({ ...inputs, region: 'kr-east1' });

  const configure = new providerPb.ConfigureRequest();
  configure.setArgs(struct(inputs));
  configure.setAcceptsecrets(true);
  configure.setAcceptresources(true);
  const configured = await call(plugin.client, 'configure', configure);

  assert.deepEqual(checked.getFailuresList(), []);
  assert.deepEqual(inputs.secretKey, secret(secretKey));
  assert.equal(same.getChanges(), providerPb.DiffResponse.DiffChanges.DIFF_NONE);
  assert.equal(moved.getChanges(), providerPb.DiffResponse.DiffChanges.DIFF_SOME);
  assert.deepEqual(moved.getReplacesList(), ['region']);
  assert.equal(configured.getAcceptsecrets(), true);
  assert.equal(configured.getSupportspreview(), true);
});

// The state the engine would keep between the steps below.
const api = {};
const users = {};

test('preview: a Resource whose apiId is still unknown checks, and its preview Create leaves the outputs unknown', async () => {
  const apiInputs = await check('Api', 'shop', { name: 'interop-shop', description: secret(description) });
  assert.ok(isSecret(apiInputs.description), 'Check keeps the secret description wrapped');
  const apiPreview = await create('Api', 'shop', apiInputs, { preview: true });
  const resourceInputs = await check('Resource', 'users', { apiId: unknown, pathPart: 'users' });
  const resourcePreview = await create('Resource', 'users', resourceInputs, { preview: true });

  assert.equal(apiPreview.id, '');
  assert.equal(apiPreview.outputs.apiId, unknown);
  assert.deepEqual(apiPreview.outputs.description, secret(description));
  assert.equal(resourceInputs.apiId, unknown);
  assert.equal(resourcePreview.id, '');
  assert.equal(resourcePreview.outputs.apiId, unknown);
  assert.equal(resourcePreview.outputs.resourceId, unknown);
  assert.deepEqual(await scpApis(), [], 'a preview creates nothing in SCP');
});

test('Create makes the Api (secret description kept secret) and the Resource that references it', async () => {
  api.inputs = await check('Api', 'shop', { name: 'interop-shop', description: secret(description) });
  ({ id: api.id, outputs: api.outputs } = await create('Api', 'shop', api.inputs));
  users.inputs = await check('Resource', 'users', { apiId: api.outputs.apiId, pathPart: 'users' });
  ({ id: users.id, outputs: users.outputs } = await create('Resource', 'users', users.inputs));

  assert.equal(api.outputs.apiId, api.id);
  assert.equal(api.outputs.status, 'Active');
  assert.deepEqual(api.outputs.description, secret(description));
  assert.equal(users.outputs.path, '/users');
  const [scpApi] = await scpApis();
  assert.equal(scpApi.id, api.id);
  assert.equal(scpApi.name, 'interop-shop');
  assert.equal(scpApi.description, description);
  const scpResource = scpApi.resources[users.outputs.resourceId];
  assert.equal(scpResource.path, '/users');
  assert.equal(scpResource.path_part, 'users');
  assert.equal(scpResource.parent_id, api.outputs.rootResourceId);
});

test('Read refreshes both resources and keeps the description secret', async () => {
  const refreshedApi = await read('Api', 'shop', api.id, { outputs: api.outputs, inputs: api.inputs });
  const refreshedUsers = await read('Resource', 'users', users.id, { outputs: users.outputs, inputs: users.inputs });

  assert.equal(refreshedApi.id, api.id);
  assert.deepEqual(refreshedApi.outputs.description, secret(description));
  assert.deepEqual(refreshedApi.inputs.description, secret(description));
  assert.equal(refreshedUsers.id, users.id);
  assert.equal(refreshedUsers.outputs.path, '/users');
  assert.equal(refreshedUsers.inputs.apiId, api.id);
});

test('Diff tells an in-place description change from a pathPart change that replaces', async () => {
  const newDescription = await check('Api', 'shop', { name: 'interop-shop', description: secret('shop API, v2') }, api.inputs);
  const apiDiff = await diff('Api', 'shop', api.id, api.outputs, api.inputs, newDescription);
  const newPath = await check('Resource', 'users', { apiId: api.id, pathPart: 'people' }, users.inputs);
  const resourceDiff = await diff('Resource', 'users', users.id, users.outputs, users.inputs, newPath);
  const same = await diff('Resource', 'users', users.id, users.outputs, users.inputs, users.inputs);

  assert.equal(apiDiff.getChanges(), providerPb.DiffResponse.DiffChanges.DIFF_SOME);
  assert.deepEqual(apiDiff.getDiffsList(), ['description']);
  assert.deepEqual(apiDiff.getReplacesList(), []);
  assert.equal(resourceDiff.getChanges(), providerPb.DiffResponse.DiffChanges.DIFF_SOME);
  assert.deepEqual(resourceDiff.getReplacesList(), ['pathPart']);
  assert.equal(resourceDiff.getDetaileddiffMap().get('pathPart').getKind(), providerPb.PropertyDiff.Kind.UPDATE_REPLACE);
  assert.equal(same.getChanges(), providerPb.DiffResponse.DiffChanges.DIFF_NONE);
});

test('Update changes the description in SCP and answers it still secret', async () => {
  const news = await check('Api', 'shop', { name: 'interop-shop', description: secret('shop API, v2') }, api.inputs);
  const outputs = await update('Api', 'shop', api.id, api.outputs, api.inputs, news);

  assert.deepEqual(outputs.description, secret('shop API, v2'));
  assert.equal((await scpApis())[0].description, 'shop API, v2');
  Object.assign(api, { inputs: news, outputs });
});

test('import: Read with only an id answers the inputs a program would need', async () => {
  const imported = await read('Resource', 'imported-users', `${api.id}/${users.outputs.resourceId}`);

  assert.equal(imported.id, users.id);

  assert.equal(imported.outputs.path, '/users');
  assert.equal(imported.inputs.apiId, api.id);
  assert.equal(imported.inputs.pathPart, 'users');
});

test('Invoke getResources answers the path tree SCP holds', async () => {
  const request = new providerPb.InvokeRequest();
  request.setTok(token('getResources'));
  request.setArgs(struct({ apiId: api.id }));

  const response = await call(plugin.client, 'invoke', request);

  assert.deepEqual(response.getFailuresList(), []);
  const [root, ...others] = response.getReturn().toJavaScript().resources;
  assert.deepEqual(others, []);
  assert.equal(root.path, '/');
  assert.equal(root.resourceId, api.outputs.rootResourceId);
  assert.deepEqual(root.children.map((child) => [child.resourceId, child.path]), [[users.outputs.resourceId, '/users']]);
});

test('a create whose step after the create fails answers ErrorResourceInitFailed in grpc-status-details-bin', async () => {
  // The Api is made, then looking up its root resource fails: the plugin must report what exists.
  await emulator.admin('PUT', 'faults', { rate_500: 1, operations: ['ListResources'] });
  const inputs = await check('Api', 'half', { name: 'interop-half' });
  let failure;
  try {
    await assert.rejects(create('Api', 'half', inputs), (error) => {
      assert.equal(error.code, grpc.status.UNKNOWN);
      failure = initFailure(error);
      return true;
    });
  } finally {
    await emulator.admin('PUT', 'faults', {});
  }

  const scpHalf = (await scpApis()).find((candidate) => candidate.name === 'interop-half');
  assert.ok(scpHalf, 'the Api exists in SCP');
  assert.equal(failure.id, scpHalf.id);
  assert.equal(failure.outputs.apiId, scpHalf.id);
  assert.equal(failure.outputs.name, 'interop-half');
  assert.equal(failure.inputs.name, 'interop-half');
  assert.ok(failure.reasons.some((reason) => /root resource/.test(reason)), failure.reasons.join(' | '));
  // The engine keeps it and deletes it on destroy.
  await remove('Api', 'half', failure.id, failure.outputs, failure.inputs);
  assert.equal((await scpApis()).some((candidate) => candidate.id === failure.id), false);
});

test('Delete removes the Resource, then the Api, from SCP', async () => {
  await remove('Resource', 'users', users.id, users.outputs, users.inputs);
  const [scpApi] = await scpApis();
  assert.deepEqual(Object.values(scpApi.resources).map((resource) => resource.path), ['/']);

  await remove('Api', 'shop', api.id, api.outputs, api.inputs);
  assert.deepEqual(await scpApis(), []);
});

test('Cancel, as the engine sends it at shutdown, answers and the plugin then exits with 0 having printed no secret', async () => {
  await call(plugin.client, 'cancel', new Empty());

  const { code } = await plugin.stop();

  assert.equal(code, 0);
  assert.doesNotMatch(plugin.stdout() + plugin.stderr(), /INTEROP-LIFECYCLE-SECRET-KEY|shop API, owned by/);
});
