# Build, test and run targets. `make test` is what CI runs (see .ci/run).
DOTNET ?= dotnet
CONFIG ?= Release
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

.PHONY: build provider test demo bench emulator sim schema sdk docs dist install clean

build:
	$(DOTNET) build PulumiScpGateway.sln -c $(CONFIG) --nologo -v quiet

# The plugin executable the engine starts: bin/pulumi-resource-scpgateway, one Native AOT file
# (needs clang; scripts/publish.sh says what to install when something is missing).
provider:
	CONFIG=$(CONFIG) DOTNET=$(DOTNET) scripts/publish.sh bin

test: provider
	CONFIG=$(CONFIG) scripts/test.sh

# examples/yaml against the SCP emulator through the engine simulator: preview, up, drift, repair, destroy.
demo: provider
	CONFIG=$(CONFIG) DOTNET=$(DOTNET) scripts/demo.sh

# Performance figures (BENCHMARKS.md): plugin start, Check vs @grpc/grpc-js, the 500-resource stack. Not part of make test.
bench: provider
	CONFIG=$(CONFIG) DOTNET=$(DOTNET) scripts/bench.sh

# Writes schema.json at the repository root from the code (the plugin's hidden --emit-schema flag).
schema: provider
	bin/pulumi-resource-scpgateway --emit-schema > schema.json

# Regenerates the C# SDK (sdk/dotnet) from schema.json; a test fails when the two differ.
sdk:
	$(DOTNET) run --project sdk/gen -c $(CONFIG) -- schema.json sdk/dotnet

# Writes docs/ (a page per resource and function, installation and configuration) from schema.json.
docs:
	$(DOTNET) run --project docs/gen -c $(CONFIG) -- schema.json docs/gen/examples docs

# The Native AOT linux-x64 plugin archive: dist/pulumi-resource-scpgateway-v<version>-linux-amd64.tar.gz
dist:
	CONFIG=$(CONFIG) DOTNET=$(DOTNET) scripts/dist.sh

# Installs the dist archive for the pulumi CLI (pulumi plugin install, else unpacks into $$PULUMI_HOME/plugins).
install:
	CONFIG=$(CONFIG) scripts/install.sh

# Runs the SCP emulator on loopback and prints its URL and the variables to export; Ctrl-C stops it.
# Flags go in ARGS, e.g. make emulator ARGS="--latency-ms 50" (make emulator ARGS=--help lists them).
emulator:
	$(DOTNET) run --project tests/ScpEmulator -c $(CONFIG) -- $(ARGS)

# The engine simulator as an executable: artifacts/sim/scpgw-sim (about 1 s a command, against ~8 s through dotnet run).
sim:
	$(DOTNET) build tests/EngineSimulator.Cli -c $(CONFIG) --nologo -v quiet -o artifacts/sim
	@echo "built artifacts/sim/scpgw-sim (artifacts/sim/scpgw-sim --help lists its commands)"

clean:
	rm -rf bin dist artifacts
	$(DOTNET) clean PulumiScpGateway.sln -v quiet
