# The two README commands: `make run` and `make test`. Both install what they need first.
# Debian packages the build and the tests need. libcurl4-openssl-dev is libcurl for `cxlint pull`,
# in the OpenSSL flavour Debian builds libcurl4 with (the system CA store, TLS verification);
# openssl makes the test certificate of the pull test's custom-CA case.
PACKAGES := cmake g++ make libcli11-dev nlohmann-json3-dev libyaml-cpp-dev doctest-dev python3 libcurl4-openssl-dev openssl
# Commands the independent oracles need; a machine may have them from elsewhere (nodesource
# ships npm inside its nodejs package), so they are looked up as commands, not packages.
NODE_PACKAGES := nodejs npm
# The shared folder beside the checkout: corpus, independent oracles, schemas.
SHARED ?= $(firstword $(wildcard $(abspath $(CURDIR)/../shared) /work/shared))
export CXLINT_ORACLES ?= /tmp/oracles
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)

.PHONY: all deps oracles build build-sanitize build-tsan run test test-sanitize test-tsan bench clean

all: build

# Installs only what is missing, so a machine that has everything never touches apt.
deps:
	@missing=$$(for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if ! command -v node >/dev/null || ! command -v npm >/dev/null; then missing="$$missing $(NODE_PACKAGES)"; fi; \
	if [ -n "$$(echo $$missing)" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

# The independent oracles (HashiCorp's HCL parser, SARIF validators), pinned, from the npm registry.
oracles: deps
	@[ -d "$(CXLINT_ORACLES)/node_modules/@cdktf/hcl2json" ] || "$(SHARED)/tools/install-oracles.sh"

build: deps
	cmake -S . -B build -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)
	cmake --build build -j $(JOBS)

build-sanitize: deps
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCXLINT_SANITIZE=ON
	cmake --build build-sanitize -j $(JOBS)

# Only the cxlint binary: its parallel paths are what ThreadSanitizer checks.
build-tsan: deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCXLINT_TSAN=ON
	cmake --build build-tsan -j $(JOBS) --target cxlint

# Lints the bundled example; exit code 1 (findings) is the expected outcome, not a failure.
run: build
	@./build/cxlint lint examples/black-friday; status=$$?; [ $$status -le 1 ]

# Every test, then the unit, golden and bad-input suites again under ASan and UBSan, then the
# parallel paths of `lint -j` under ThreadSanitizer.
test: build oracles
	cd build && ctest --output-on-failure
	$(MAKE) test-sanitize
	$(MAKE) test-tsan

test-sanitize: build-sanitize
	cd build-sanitize && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -L sanitize

test-tsan: build-tsan
	tests/tsan_check.sh build-tsan/cxlint "$(SHARED)"

bench: build
	bench/corpus_vs_cat.sh
	bench/scale.sh

clean:
	rm -rf build build-sanitize build-tsan
