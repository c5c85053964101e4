// The comparison server for `make bench`: a ResourceProvider on @grpc/grpc-js, registered from
// Pulumi's own generated service definition, whose Check answers the request's inputs unchanged
// (the least work any provider can do). Like a plugin, it prints its port as its first stdout line
// and serves until SIGINT/SIGTERM. Every other method answers UNIMPLEMENTED.
'use strict';

const grpc = require('@grpc/grpc-js');
const providerGrpc = require('@pulumi/pulumi/proto/provider_grpc_pb');
const providerPb = require('@pulumi/pulumi/proto/provider_pb');

function check(call, callback) {
  const response = new providerPb.CheckResponse();
  response.setInputs(call.request.getNews());
  callback(null, response);
}

const server = new grpc.Server();
server.addService(providerGrpc.ResourceProviderService, { check });
server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
  if (error) {
    process.stderr.write(`check-echo-server: ${error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${port}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.tryShutdown(() => process.exit(0)));
}
