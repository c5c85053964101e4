// Our .proto files (provider/Pulumi.ScpGateway.Host/Protos) against the stubs Pulumi generates from
// its own: every field of every message we declare must have the same number, type and name in
// @pulumi/pulumi's proto/*_pb.js, every enum the same values, every RPC the same path and streaming.
// Names are compared as protoc-gen-js spells accessors (words split at underscores, case folded), the
// only form the JS stubs keep; numbers and types are what the wire depends on.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const protobuf = require('protobufjs');

const protoRoot = path.resolve(__dirname, '..', '..', 'provider', 'Pulumi.ScpGateway.Host', 'Protos');
const ourFiles = ['pulumi/provider.proto', 'pulumi/plugin.proto', 'pulumi/engine.proto', 'google/rpc/status.proto'];
const pulumiModules = ['provider_pb', 'plugin_pb', 'engine_pb', 'status_pb'].map((name) => require(`@pulumi/pulumi/proto/${name}`));
const pulumiServices = {
  'pulumirpc.ResourceProvider': require('@pulumi/pulumi/proto/provider_grpc_pb').ResourceProviderService,
  'pulumirpc.Engine': require('@pulumi/pulumi/proto/engine_grpc_pb').EngineService,
};

function loadOurs() {
  const root = new protobuf.Root();
  // Imports are relative to Protos/, as for protoc; google/protobuf/* come bundled with protobufjs.
  root.resolvePath = (origin, target) => (path.isAbsolute(target) || target.startsWith('google/protobuf/') ? target : path.join(protoRoot, target));
  root.loadSync(ourFiles.map((file) => path.join(protoRoot, file)), { keepCase: true });
  root.resolveAll();
  return root;
}

function allOf(namespace, kind) {
  const found = [];
  for (const nested of namespace.nestedArray) {
    if (nested instanceof kind) found.push(nested);
    if (nested.nestedArray) found.push(...allOf(nested, kind));
  }
  return found;
}

const ourPackages = ['pulumirpc', 'google.rpc'];
const inOurPackages = (type) => ourPackages.some((pkg) => type.fullName.startsWith(`.${pkg}.`));

/** Pulumi's generated class or enum for a full name like ".pulumirpc.CheckRequest.AutonamingOptions". */
function pulumiType(fullName) {
  const parts = fullName.split('.').filter(Boolean).slice(fullName.startsWith('.google.rpc.') ? 2 : 1);
  for (const module of pulumiModules) {
    let current = module;
    for (const part of parts) current = current === undefined ? undefined : current[part];
    if (current !== undefined) return current;
  }
  return undefined;
}

/** protoc-gen-js accessor spelling: words split at underscores, each lower-cased then capitalised. */
const accessorName = (name) => name.split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join('');

/** The generated JS names for a message type, e.g. google_protobuf_struct_pb.Struct or proto.pulumirpc.PropertyDiff. */
function typeFromJs(reference) {
  const wellKnown = /^google_protobuf_(\w+)_pb\.(\w+)$/.exec(reference);
  if (wellKnown) return `google.protobuf.${wellKnown[2]}`;
  return reference.replace(/^proto\./, '');
}

const jsScalars = {
  String: 'string', Bool: 'bool', Double: 'double', Float: 'float', Int32: 'int32', Int64: 'int64', Uint32: 'uint32',
  Uint64: 'uint64', Sint32: 'sint32', Sint64: 'sint64', Bytes: 'bytes', Enum: 'enum', Fixed32: 'fixed32', Fixed64: 'fixed64',
};

/** Pulumi's fields of one message, read from its generated deserializeBinaryFromReader: number -> {name, type}. */
function pulumiFields(messageClass) {
  const source = messageClass.deserializeBinaryFromReader.toString();
  const fields = new Map();
  const cases = source.split(/\bcase (\d+):/).slice(1);
  for (let i = 0; i < cases.length; i += 2) {
    const number = Number(cases[i]);
    const body = cases[i + 1].split(/\bbreak;/)[0];
    const map = /msg\.get(\w+)Map\(\)[\s\S]*jspb\.BinaryReader\.prototype\.read(\w+), jspb\.BinaryReader\.prototype\.read(\w+), ([\w.]+)/.exec(body);
    if (map) {
      const value = map[3] === 'Message' ? typeFromJs(map[4].replace(/\.deserializeBinaryFromReader$/, '')) : jsScalars[map[3]];
      fields.set(number, { name: map[1], type: `map<${jsScalars[map[2]]},${value}>` });
      continue;
    }
    const accessor = /msg\.(set|add)(\w+)\(/.exec(body);
    const message = /reader\.readMessage\(value,\s*([\w.]+)\.deserializeBinaryFromReader\)/.exec(body);
    const scalar = /reader\.read(?:Packed)?(\w+)\(\)/.exec(body);
    assert.ok(accessor && (message || scalar), `cannot read field ${number} of a Pulumi message: ${body}`);
    const type = message ? typeFromJs(message[1]) : jsScalars[scalar[1]];
    fields.set(number, { name: accessor[2], type: accessor[1] === 'add' ? `repeated ${type}` : type });
  }
  return fields;
}

/** Our field in the same terms as pulumiFields. */
function ourField(field) {
  const typeName = (f) => (f.resolvedType ? (f.resolvedType instanceof protobuf.Enum ? 'enum' : f.resolvedType.fullName.slice(1)) : f.type);
  if (field.map) {
    return { name: accessorName(field.name), type: `map<${field.keyType},${typeName(field)}>` };
  }
  return { name: accessorName(field.name), type: field.repeated ? `repeated ${typeName(field)}` : typeName(field) };
}

test('every field of our messages has the number, type and name Pulumi gives it', () => {
  const ours = allOf(loadOurs(), protobuf.Type).filter(inOurPackages);
  let compared = 0;
  const problems = [];
  for (const message of ours) {
    const theirs = pulumiType(message.fullName);
    if (!theirs || !theirs.deserializeBinaryFromReader) {
      problems.push(`${message.fullName}: no such message in @pulumi/pulumi`);
      continue;
    }
    const theirFields = pulumiFields(theirs);
    for (const field of message.fieldsArray) {
      const mine = ourField(field);
      const their = theirFields.get(field.id);
      if (!their) problems.push(`${message.fullName}.${field.name} = ${field.id}: Pulumi has no field ${field.id}`);
      else if (their.name !== mine.name || their.type !== mine.type) {
        problems.push(`${message.fullName}.${field.name} = ${field.id}: ours ${mine.type} ${mine.name}, Pulumi's ${their.type} ${their.name}`);
      }
      compared += 1;
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(compared > 0);
  console.log(`# compared ${compared} fields in ${ours.length} messages`);
});

test('every enum of ours has the values Pulumi gives it', () => {
  const problems = [];
  for (const enumType of allOf(loadOurs(), protobuf.Enum).filter(inOurPackages)) {
    const theirs = pulumiType(enumType.fullName);
    if (!theirs) {
      problems.push(`${enumType.fullName}: no such enum in @pulumi/pulumi`);
      continue;
    }
    for (const [name, number] of Object.entries(enumType.values)) {
      if (theirs[name] !== number) problems.push(`${enumType.fullName}.${name} = ${number}: Pulumi's is ${theirs[name]}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every RPC of ours has Pulumi\'s path, streaming and message types', () => {
  const problems = [];
  for (const service of allOf(loadOurs(), protobuf.Service)) {
    const theirs = pulumiServices[service.fullName.slice(1)];
    assert.ok(theirs, `${service.fullName}: no such service in @pulumi/pulumi`);
    const byPath = new Map(Object.values(theirs).map((method) => [method.path, method]));
    for (const method of service.methodsArray) {
      const rpcPath = `/${service.fullName.slice(1)}/${method.name}`;
      const their = byPath.get(rpcPath);
      if (!their) {
        problems.push(`${rpcPath}: Pulumi has no such RPC`);
        continue;
      }
      if (Boolean(method.requestStream) !== their.requestStream || Boolean(method.responseStream) !== their.responseStream) {
        problems.push(`${rpcPath}: streaming differs`);
      }
      // RPCs this provider does not offer declare google.protobuf.Empty and never read their request (provider.proto says so).
      const theirTypes = [their.requestSerialize.name, their.responseDeserialize.name].map((fn) => fn.replace(/^(serialize|deserialize)_/, '').replace(/_/g, '.'));
      const ourTypes = [method.resolvedRequestType.fullName.slice(1), method.resolvedResponseType.fullName.slice(1)];
      const placeholder = ourTypes.every((type) => type === 'google.protobuf.Empty');
      if (!placeholder && (ourTypes[0] !== theirTypes[0] || ourTypes[1] !== theirTypes[1])) {
        problems.push(`${rpcPath}: ours ${ourTypes.join(' -> ')}, Pulumi's ${theirTypes.join(' -> ')}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
