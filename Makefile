# SPDX-License-Identifier: MIT
# The front door. `make run` and `make test` are the README's quick start: each installs what
# is missing (Debian), configures, builds incrementally, then runs the app or every test.
.PHONY: run test build build-run build-asan test-dev test-asan deps deps-test disk-run disk-test clean demo-server package deb deps-package

JOBS ?= $(shell nproc)
BUILD_DIR ?= build
ASAN_DIR ?= build-asan
CMAKE_GENERATOR ?= Ninja
FRESHET_ARGS ?=
PROFILE ?= $(BUILD_DIR)/demo-profile

# What `make run` starts (tools/run-freshet.sh): the app and the demo feed server, and so all it
# builds. The tests and benchmarks are most of the project's targets; `make test` builds them.
RUN_TARGETS := freshet freshet-feedserver

run: deps disk-run build-run
	tools/run-freshet.sh $(BUILD_DIR) $(PROFILE) $(FRESHET_ARGS)

test: deps-test disk-test build test-dev build-asan test-asan

# What a clean clone's build folders hold at the end of `make run` and `make test`, with some
# margin (docs/build-time.md, "Disk"): a build that cannot fit stops before it starts.
RUN_DISK_MB ?= 300
TEST_DISK_MB ?= 5500
disk-run:
	tools/check-disk.sh $(RUN_DISK_MB) $(BUILD_DIR)
disk-test:
	tools/check-disk.sh $(TEST_DISK_MB) $(BUILD_DIR) $(ASAN_DIR)

deps:
	tools/bootstrap.sh run

deps-test:
	tools/bootstrap.sh test

deps-package:
	tools/bootstrap.sh package

# The Debian package of a release build: $(BUILD_DIR)/freshet_VERSION_ARCH.deb (see README, "Install").
# To publish one: make package RELEASE=ON MAINTAINER="Your Name <you@your.domain>" (a release
# refuses the placeholder maintainer; cmake/FreshetMaintainerCheck.cmake).
RELEASE ?= OFF
MAINTAINER ?=
package: deps deps-package
	cmake -S . -B $(BUILD_DIR) -G "$(CMAKE_GENERATOR)" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFRESHET_RELEASE=$(RELEASE) \
		$(if $(MAINTAINER),"-DFRESHET_MAINTAINER=$(MAINTAINER)")
	cmake --build $(BUILD_DIR) -j $(JOBS)
	cd $(BUILD_DIR) && cpack -G DEB
deb: package

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -G "$(CMAKE_GENERATOR)" -DCMAKE_BUILD_TYPE=RelWithDebInfo

$(ASAN_DIR)/CMakeCache.txt:
	cmake -S . -B $(ASAN_DIR) -G "$(CMAKE_GENERATOR)" -DCMAKE_BUILD_TYPE=Debug \
		-DFRESHET_SANITIZE=ON -DFRESHET_BUILD_BENCH=OFF

build: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

build-run: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target $(RUN_TARGETS)

build-asan: $(ASAN_DIR)/CMakeCache.txt
	cmake --build $(ASAN_DIR) -j $(JOBS)

test-dev: build
	tools/run-tests.sh $(BUILD_DIR)

test-asan: build-asan
	tools/run-tests.sh $(ASAN_DIR)

# The loopback feed server with the offline demo content, in the foreground (Ctrl-C stops it).
# DEMO_PORT=8080 pins the port; the default lets the kernel pick one.
DEMO_PORT ?= 0
demo-server: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target freshet-feedserver
	$(BUILD_DIR)/bin/freshet-feedserver --demo --log --port $(DEMO_PORT)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)

# Fuzzing (clang + libFuzzer, its own build folder): FeedParser (`make fuzz`), the article
# sanitiser (`make fuzz-sanitizer`, which also stops at any output the view must not get) and the
# search index's reading of articles (`make fuzz-searchtext`, storage/searchtext.h, from the same
# hostile HTML). FUZZ_SECONDS=60 runs shorter; findings land in $(FUZZ_DIR)/artifacts-NAME/.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 300
BENCH_ITEMS ?= 100000
# $(call run-fuzzer,TARGET,SEED CORPUS,NAME)
define run-fuzzer
	cmake -S . -B $(FUZZ_DIR) -G "$(CMAKE_GENERATOR)" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DFRESHET_FUZZ=ON -DFRESHET_BUILD_BENCH=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target $(1)
	mkdir -p $(FUZZ_DIR)/corpus-$(3) $(FUZZ_DIR)/artifacts-$(3)
	$(FUZZ_DIR)/tests/fuzz/$(1) -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/artifacts-$(3)/ $(FUZZ_DIR)/corpus-$(3) $(2)
endef
.PHONY: fuzz fuzz-sanitizer fuzz-searchtext bench-parser
fuzz:
	$(call run-fuzzer,freshet_fuzz_parser,tests/fuzz/corpus,parser)
fuzz-sanitizer:
	$(call run-fuzzer,freshet_fuzz_sanitizer,tests/fuzz/corpus-html,html)
fuzz-searchtext:
	$(call run-fuzzer,freshet_fuzz_searchtext,tests/fuzz/corpus-html,searchtext)

bench-parser: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target freshet-bench-parser
	$(BUILD_DIR)/bench/parser/freshet-bench-parser --items $(BENCH_ITEMS)

# Article sanitiser throughput on about 100 MB of generated article HTML.
BENCH_SANITIZER_MB ?= 100
.PHONY: bench-sanitizer
bench-sanitizer: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target freshet-bench-sanitizer
	$(BUILD_DIR)/bench/html/freshet-bench-sanitizer --megabytes $(BENCH_SANITIZER_MB)

# The item table at 10k/100k/1M items: first paint, peak memory, paging to the end.
BENCH_UI_SIZES ?= 10000,100000,1000000
.PHONY: bench-ui
bench-ui: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target freshet-bench-ui
	$(BUILD_DIR)/bench/ui/freshet-bench-ui --sizes $(BENCH_UI_SIZES)

# Fetch-engine benchmark (issue 4, "Speed"): Freshet vs newsboat vs curl on 1000 loopback feeds.
# Prints one table and writes it to bench/fetch/RESULTS.md; never fails on time.
# BENCH_FETCH_ARGS="--repeat 3" takes medians; "--no-newsboat" skips the slowest client.
BENCH_FETCH_ARGS ?=
.PHONY: bench-fetch
bench-fetch: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target freshet freshet-feedserver freshet-bench-qnam freshet-bench-floor
	python3 bench/fetch/benchfetch.py --build-dir $(BUILD_DIR) --results bench/fetch/RESULTS.md $(BENCH_FETCH_ARGS)

# Freshet against a real tt-rss on loopback (issue 9): 1000 feeds × 50 items ingested by tt-rss,
# then a first, a 1%-changed and an unchanged `freshet sync`, written to bench/sync/RESULTS.md.
# Starts its own tt-rss in $(BUILD_DIR)/bench-sync-ttrss and refuses while another instance (a
# CTest run's) is up. Takes about an hour; BENCH_SYNC_ARGS="--feeds 50 --items 10" is a quick run.
BENCH_SYNC_ARGS ?=
.PHONY: bench-sync
bench-sync: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target freshet freshet-feedserver
	python3 bench/sync/benchsync.py --build-dir $(BUILD_DIR) --results bench/sync/RESULTS.md $(BENCH_SYNC_ARGS)

# One 1 GB loopback download, `freshet download` against `curl -o`: wall time and peak RSS,
# written to bench/downloads/RESULTS.md. BENCH_DOWNLOADS_ARGS="--size 100M" is a quick run.
BENCH_DOWNLOADS_ARGS ?=
.PHONY: bench-downloads
bench-downloads: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target freshet freshet-feedserver
	python3 bench/downloads/benchdownloads.py --build-dir $(BUILD_DIR) --results bench/downloads/RESULTS.md $(BENCH_DOWNLOADS_ARGS)

# The longest GUI-thread stall while the window refreshes 1000 loopback feeds.
.PHONY: bench-stall
bench-stall: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS) --target freshet-bench-stall
	$(BUILD_DIR)/bench/ui/freshet-bench-stall 1000
