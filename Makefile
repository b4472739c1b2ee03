# The two README commands: `make run` and `make test`. Both install what they need first.
# Debian packages the tool's build needs (also all the GitHub Action installs, `make deps-build`).
# libcurl4-openssl-dev is libcurl for `cxlint pull`, in the OpenSSL flavour Debian builds libcurl4
# with (the system CA store, TLS verification).
# libre2-dev (found through pkg-config) matches Terraform's regular expressions in linear time;
# libyaml-dev (also through pkg-config) reads Archy YAML flows; libjemalloc-dev is the allocator,
# on huge pages (CMakeLists.txt says why).
BUILD_PACKAGES := cmake g++ make libcli11-dev nlohmann-json3-dev libyaml-dev libcurl4-openssl-dev libre2-dev libjemalloc-dev pkg-config
# ... and what the tests and `make package` add: openssl makes the test certificate of the pull
# test's custom-CA case; dpkg-dev and file compute the package's Depends (dpkg-shlibdeps); man-db
# renders the man page; python3-yaml reads action.yml and the pre-commit hooks; clang-14 and its
# runtime (libFuzzer) build the fuzz harnesses.
PACKAGES := $(BUILD_PACKAGES) doctest-dev python3 python3-yaml openssl dpkg-dev file man-db clang-14 libclang-rt-14-dev
# Commands the independent oracles need; a machine may have them from elsewhere (nodesource
# ships npm inside its nodejs package), so they are looked up as commands, not packages.
NODE_PACKAGES := nodejs npm
# The shared folder beside the checkout: corpus, independent oracles, schemas.
SHARED ?= $(abspath $(CURDIR)/../shared)
export CXLINT_ORACLES ?= /tmp/oracles
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
# WERROR=ON turns compiler warnings into errors (.ci/run does).
WERROR ?= OFF
CMAKE_FLAGS = -DCXLINT_SHARED_DIR=$(SHARED) -DCXLINT_WERROR=$(WERROR)
# `make install` puts cxlint under PREFIX, inside DESTDIR when given (a staging root).
PREFIX ?= /usr/local

# `make fuzz`: how long each harness runs. clang-14 and its runtime (libFuzzer) come from deps.
FUZZ_SECONDS ?= 60
FUZZERS := $(patsubst tests/fuzz/fuzz_%.cc,%,$(filter-out tests/fuzz/fuzz_support.cc,$(wildcard tests/fuzz/fuzz_*.cc)))

.PHONY: all deps deps-build oracles format build build-sanitize build-fuzz build-tsan run test test-sanitize test-fuzz test-tsan fuzz install package bench precision clean

all: build

# Installs only what is missing, so a machine that has everything never touches apt.
APT_INSTALL_MISSING = if [ -n "$$(echo $$missing)" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi
deps:
	@missing=$$(for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if ! command -v node >/dev/null || ! command -v npm >/dev/null; then missing="$$missing $(NODE_PACKAGES)"; fi; \
	$(APT_INSTALL_MISSING)

deps-build:
	@missing=$$(for p in $(BUILD_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	$(APT_INSTALL_MISSING)

# The independent oracles (HashiCorp's HCL parser, SARIF validators), pinned, from the npm registry.
oracles: deps
	@[ -d "$(CXLINT_ORACLES)/node_modules/@cdktf/hcl2json" ] || "$(SHARED)/tools/install-oracles.sh"

build: deps
	cmake -S . -B build -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)
	cmake --build build -j $(JOBS)

build-sanitize: deps
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCXLINT_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build build-sanitize -j $(JOBS)

# Only the cxlint binary: its parallel paths are what ThreadSanitizer checks.
build-tsan: deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCXLINT_TSAN=ON -DBUILD_TESTING=OFF
	cmake --build build-tsan -j $(JOBS) --target cxlint

# Lints the bundled example; exit code 1 (findings) is the expected outcome, not a failure.
run: build
	@./build/cxlint lint examples/black-friday; status=$$?; [ $$status -le 1 ]

# Every test, then the suites labelled `sanitize` again under ASan and UBSan (a sample of the
# corpus there, not the whole: CMakeLists.txt), then every fuzz harness once over its seeds and
# regression inputs (built with clang: the second compiler), then the parallel paths of `lint -j`
# under ThreadSanitizer.
test: build oracles
	cd build && ctest --output-on-failure
	$(MAKE) test-sanitize
	$(MAKE) test-fuzz
	$(MAKE) test-tsan

test-sanitize: build-sanitize
	cd build-sanitize && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -L sanitize

# Precision per rule on the shared corpus, as judged in tests/precision/triage.tsv.
precision: build
	python3 tests/precision/precision.py --cxlint build/cxlint --corpus "$(SHARED)/corpus" --report

install: build
	DESTDIR="$(DESTDIR)" cmake --install build --prefix "$(PREFIX)"

# build/cxlint_<version>_<arch>.deb
package: build
	cmake --build build --target package

# Only the harnesses and what they link; -O1 keeps the instrumented build quick.
build-fuzz: deps
	cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCXLINT_FUZZ=ON -DBUILD_TESTING=OFF
	cmake --build build-fuzz -j $(JOBS) --target fuzzers
	tests/fuzz/make_seeds.py "$(SHARED)/corpus" build-fuzz/seeds

# No fuzzing: each harness runs every seed and every regression input once, so a fixed crash
# stays fixed.
test-fuzz: build-fuzz
	@for f in $(FUZZERS); do \
	  echo "fuzz_$$f: seeds and regression inputs"; \
	  build-fuzz/fuzz_$$f -runs=0 -rss_limit_mb=2048 -timeout=25 -artifact_prefix=build-fuzz/ build-fuzz/seeds/$$f tests/fuzz/regressions/$$f \
	    2>build-fuzz/fuzz_$$f.log || { tail -40 build-fuzz/fuzz_$$f.log; exit 1; }; \
	done

# Fuzzes each harness for FUZZ_SECONDS; new inputs collect in build-fuzz/corpus/NAME, crashes in
# build-fuzz/crashes/ (add each one, once fixed, to tests/fuzz/regressions/NAME). ASan's default
# 256 MB quarantine of freed memory, on top of inputs that legitimately build tens of MB (YAML
# aliases up to their bound), grows the process past -rss_limit_mb after minutes with no single
# input to blame; a smaller quarantine keeps the limit meaningful.
fuzz: build-fuzz
	@mkdir -p build-fuzz/crashes
	@for f in $(FUZZERS); do \
	  mkdir -p build-fuzz/corpus/$$f; \
	  case $$f in hcl|terraform_eval|terraform_generated|suppressions) dict=hcl;; yaml|config|lint_file) dict=yaml;; *) dict=json;; esac; \
	  echo "fuzz_$$f for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=quarantine_size_mb=64 build-fuzz/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
	    -dict=tests/fuzz/$$dict.dict -artifact_prefix=build-fuzz/crashes/$$f- -print_final_stats=1 \
	    build-fuzz/corpus/$$f build-fuzz/seeds/$$f tests/fuzz/regressions/$$f 2>&1 | tee build-fuzz/fuzz_$$f.log | \
	    grep -E '^(#[0-9]+ +DONE|stat::|==[0-9]+==ERROR|SUMMARY)' || true; \
	done
test-tsan: build-tsan
	tests/tsan_check.sh build-tsan/cxlint "$(SHARED)"

# Formats every C++ source with .clang-format (clang-format-14, Debian's package of that name).
format:
	@command -v clang-format-14 >/dev/null || { missing=clang-format-14; $(APT_INSTALL_MISSING); }
	find src tests -path tests/fuzz/regressions -prune -o \( -name '*.cc' -o -name '*.h' \) -print | xargs clang-format-14 -i

bench: build
	bench/corpus_vs_cat.sh
	bench/scale.sh

clean:
	rm -rf build build-sanitize build-fuzz build-tsan
