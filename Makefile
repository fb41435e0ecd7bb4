# The two set-up commands: `make run` and `make test`. Everything else is a helper.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLES := $(CURDIR)/resources/samples
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 180
# Sanitizer builds keep assertions (Debug) but optimise a little, or the suite crawls.
SANITIZER_FLAGS := -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1"

.PHONY: all deps configure build run test bench clean screenshot test-asan fuzz

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

bench: build
	$(BUILD)/bin/crossread-bench

screenshot: build
	bash scripts/screenshot.sh $(BUILD)/bin/crossread $(SAMPLES) docs/screenshot.png

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
