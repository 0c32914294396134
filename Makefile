# The front door. `make run` and `make test` are the README's quick start: each installs what
# is missing (Debian), configures, builds incrementally, then runs the app or every test.
.PHONY: run test build build-asan test-dev test-asan deps deps-test clean

JOBS ?= $(shell nproc)
BUILD_DIR ?= build
ASAN_DIR ?= build-asan
CMAKE_GENERATOR ?= Ninja
FRESHET_ARGS ?=

run: deps build
	tools/run-freshet.sh $(BUILD_DIR) $(FRESHET_ARGS)

test: deps-test build test-dev build-asan test-asan

deps:
	tools/bootstrap.sh run

deps-test:
	tools/bootstrap.sh test

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -G "$(CMAKE_GENERATOR)" -DCMAKE_BUILD_TYPE=RelWithDebInfo

$(ASAN_DIR)/CMakeCache.txt:
	cmake -S . -B $(ASAN_DIR) -G "$(CMAKE_GENERATOR)" -DCMAKE_BUILD_TYPE=Debug \
		-DFRESHET_SANITIZE=ON -DFRESHET_BUILD_BENCH=OFF

build: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

build-asan: $(ASAN_DIR)/CMakeCache.txt
	cmake --build $(ASAN_DIR) -j $(JOBS)

test-dev: build
	tools/run-tests.sh $(BUILD_DIR)

test-asan: build-asan
	tools/run-tests.sh $(ASAN_DIR)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
