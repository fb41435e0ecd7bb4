# The two set-up commands: `make run` and `make test`. Everything else is a helper.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLES := $(CURDIR)/resources/samples
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 180
# Sanitizer builds keep assertions (Debug) but optimise a little, or the suite crawls.
SANITIZER_FLAGS := -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1"

.PHONY: all deps configure build run test test-without-seeds test-asan fuzz package check-package bench clean \
	screenshot mutate mutate-list

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD)/build.ninja ]; then \
	  cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release; fi

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/bin/crossread $(SAMPLES)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The suite as a clone with nothing beside it sees it: the seed folders point at an empty
# folder, so the seed suite is skipped and every other test must pass on the repository alone.
test-without-seeds: build
	@hidden=$$(mktemp -d) && trap 'rm -rf "$$hidden"' EXIT && cd $(BUILD) && \
	  CROSSREAD_SEEDS_DIR="$$hidden" CROSSREAD_REFI_DIR="$$hidden" QT_QPA_PLATFORM=offscreen \
	  ctest --output-on-failure -j $(JOBS)

# A Debian package of the installed files: $(BUILD)/crossread_VERSION_ARCH.deb.
package: build
	cmake --build $(BUILD) --target package

# Installs the package, checks what it put in place, and removes it again.
check-package: package
	bash scripts/check-package.sh $(BUILD)

# The whole project and test suite under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: deps
	@if [ ! -f $(ASAN_BUILD)/build.ninja ]; then \
	  cmake -S . -B $(ASAN_BUILD) -G Ninja $(SANITIZER_FLAGS) -DCROSSREAD_SANITIZE=ON; fi
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	bash -c ". scripts/sanitizer-env.sh && cd $(ASAN_BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)"

# Every libFuzzer target for FUZZ_SECONDS each (clang; see tests/fuzz/).
fuzz: deps
	@if [ ! -f $(FUZZ_BUILD)/build.ninja ]; then \
	  cmake -S . -B $(FUZZ_BUILD) -G Ninja $(SANITIZER_FLAGS) -DCMAKE_CXX_COMPILER=clang++-14 -DCROSSREAD_FUZZ=ON; fi
	cmake --build $(FUZZ_BUILD) -j $(JOBS)
	bash scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

# Mutation smoke run (not in CI): plants each bug in tests/mutations/mutations.txt in turn,
# rebuilds the tests that must notice it in build-mutate, runs them and restores the source.
# `make mutate MUTATIONS="name ..."` runs a few.
mutate:
	python3 scripts/mutate.py --build $(CURDIR)/build-mutate --jobs $(JOBS) $(MUTATIONS)

mutate-list:
	@python3 scripts/mutate.py --list

bench: build
	$(BUILD)/bin/crossread-bench

screenshot: build
	bash scripts/screenshot.sh $(BUILD)/bin/crossread $(SAMPLES) docs/screenshot.png

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) build-mutate
