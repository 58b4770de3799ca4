#!/usr/bin/env bash
# What idempotentRepository costs: messages/s at batch 1000 with no repository, a MemoryIdempotentRepository and a
# KafkaIdempotentRepository (in-process broker) against the echoing stub, and the history requests of a redelivery of
# known keys on the simulator. Writes its section of docs/performance.md. A minute or two. Extra arguments, e.g.
#   benchmarks/idempotent.sh --rounds 3 --batches 5
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.camelclicksend.voice.benchmarks.idempotent.IdempotentCost \
  --docs docs "$@"
