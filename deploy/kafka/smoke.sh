#!/usr/bin/env bash
# Round-trips one keyed message through the running broker with Kafka's console producer and consumer
# (the jars deploy/crm cached). Uses deploy/env/local.env like deploy/crm (environment overrides win).
#   deploy/kafka/smoke.sh [topic]       (default topic: crm.smoke)
set -euo pipefail
DEPLOY_DIR="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
while IFS= read -r line || [[ -n $line ]]; do   # same rules as deploy/crm's load_env
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  key=${line%%=*}
  [[ -n ${!key+set} ]] || eval "$key=\"${line#*=}\""
done <"$DEPLOY_DIR/env/local.env"

version=${CRM_KAFKA_VERSION:-$(sed -n 's:.*<kafka-dist.version>\(.*\)</kafka-dist.version>.*:\1:p' "$DEPLOY_DIR/../pom.xml")}
libs="${CRM_CACHE_DIR:-$HOME/.cache/crm-platform}/kafka-$version/libs"
[[ -d $libs ]] || { echo "no Kafka jars in $libs: run deploy/crm up first" >&2; exit 1; }
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java   # the console tools need Java 17 or later
kafka() { "$java_bin" -Xmx128m -Dlog4j2.configurationFile="$DEPLOY_DIR/kafka/tools-log4j2.properties" -cp "$libs/*" "$@"; }

host=${CRM_KAFKA_BOOTSTRAP%%,*}
(exec 3<>"/dev/tcp/${host%:*}/${host##*:}") 2>/dev/null || { echo "FAIL: no broker listening at $host" >&2; exit 1; }
topic=${1:-crm.smoke} value="smoke-$(date +%s%N)"
# the end offset of partition 0 before producing (nothing printed while the topic does not exist yet)
offset=$(kafka org.apache.kafka.tools.GetOffsetShell --bootstrap-server "$CRM_KAFKA_BOOTSTRAP" --topic "$topic" \
  --partitions 0 --time -1 2>/dev/null | sed -n "s/^$topic:0://p" || true)
echo "smoke-key:$value" | kafka org.apache.kafka.tools.ConsoleProducer --bootstrap-server "$CRM_KAFKA_BOOTSTRAP" \
  --topic "$topic" --property parse.key=true --property key.separator=: --producer-property max.block.ms=15000
got=$(kafka org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$CRM_KAFKA_BOOTSTRAP" --topic "$topic" \
  --partition 0 --offset "${offset:-0}" --max-messages 1 --timeout-ms 20000 --property print.key=true 2>/dev/null || true)
if [[ $got == "smoke-key"$'\t'"$value" ]]; then
  echo "ok: produced and consumed '$value' (key smoke-key) on $topic at $CRM_KAFKA_BOOTSTRAP"
else
  echo "FAIL: '$value' did not come back from $topic at $CRM_KAFKA_BOOTSTRAP" >&2; exit 1
fi
