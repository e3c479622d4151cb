#!/usr/bin/env bash
# Two portal nodes (WildFly standalone-ha, port offsets 2000 and 2100) behind nginx on 127.0.0.1:8090, sharing the
# local stack's MariaDB, Keycloak and mail catcher, with HTTP sessions distributed between the nodes (Infinispan).
#
# Before: the local stack runs (mvn -B -o -pl ejb,web,ear verify -Prun, see README "Running it"); nginx is installed
# (Debian: sudo apt-get install -y nginx; the script runs its own nginx process with its own configuration and
# leaves the system's alone). The EAR and the unpacked WildFly come from that build.
#
#   docker/cluster/run-cluster.sh start      configure, start both nodes and nginx, wait until all answer
#   docker/cluster/run-cluster.sh kill N     kill node N (1 or 2) with SIGKILL, as a crash would
#   docker/cluster/run-cluster.sh restart N  start node N again
#   docker/cluster/run-cluster.sh status     which nodes answer, through nginx and directly
#   docker/cluster/run-cluster.sh stop       stop nginx and both nodes
#
# Environment (defaults fit the local stack): PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD, OIDC_PROVIDER_URL,
# OIDC_CLIENT_SECRET, PORTAL_SMTP_PORT, KC_BOOTSTRAP_ADMIN_PASSWORD, CLUSTER_PORT (8090), CLUSTER_DIR.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${CLUSTER_DIR:-$ROOT/ear/target/cluster}
LB_PORT=${CLUSTER_PORT:-8090}
OFFSETS=(0 2000 2100)
WILDFLY=$(ls -d "$ROOT"/ear/target/wildfly-*/ 2>/dev/null | head -1)
EAR=$ROOT/ear/target/portal.ear
KEYCLOAK_URL=${KEYCLOAK_URL:-http://127.0.0.1:8180}
export PORTAL_DB_URL=${PORTAL_DB_URL:-jdbc:mariadb://127.0.0.1:3307/portal}
export PORTAL_DB_USER=${PORTAL_DB_USER:-portal}
export PORTAL_DB_PASSWORD=${PORTAL_DB_PASSWORD:-portal-demo-password}
export OIDC_PROVIDER_URL=${OIDC_PROVIDER_URL:-$KEYCLOAK_URL/realms/portal}
export OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET:-portal-demo-secret-change-me}
export OIDC_SSL_REQUIRED=${OIDC_SSL_REQUIRED:-none}
export PORTAL_SMTP_PORT=${PORTAL_SMTP_PORT:-2525}
export PORTAL_BEHIND_PROXY=true
# Demo data is seeded once, by the local stack's own node.
export PORTAL_DEMO_DATA=false
# Attachments and digest files must be one folder for all nodes (on a real cluster: a shared volume or NFS).
export PORTAL_ATTACHMENTS_DIR=${PORTAL_ATTACHMENTS_DIR:-$ROOT/data/attachments}
export PORTAL_DIGESTS_DIR=${PORTAL_DIGESTS_DIR:-$ROOT/data/digests}

die() { echo "run-cluster: $*" >&2; exit 1; }
port() { echo $((8080 + OFFSETS[$1])); }
answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ]; }

configure() {
    [ -n "$WILDFLY" ] || die "WildFly is not unpacked under ear/target: build first (mvn -B -o -pl ejb,web,ear package -DskipTests)."
    [ -f "$EAR" ] || die "$EAR is missing: build first."
    command -v nginx >/dev/null || die "nginx is not installed. On Debian: sudo apt-get install -y nginx"
    mkdir -p "$WORK/logs" "$WORK/nginx-tmp"
    local home=$WORK/wildfly
    if [ ! -f "$home/.cluster-configured" ]; then
        rm -rf "$home"
        cp -r "$WILDFLY" "$home"
        rm -f "$home/.portal-configured"
        [ -f "$home/standalone/configuration/standalone.xml.pristine" ] \
            && cp "$home/standalone/configuration/standalone.xml.pristine" "$home/standalone/configuration/standalone.xml"
        rm -rf "$home/modules/org/mariadb"
        local driver
        driver=$(ls "$HOME"/.m2/repository/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar | grep -v sources | tail -1)
        "$home/bin/jboss-cli.sh" --command="module add --name=org.mariadb.jdbc --resources=$driver --dependencies=java.se,jakarta.transaction.api" \
            >> "$WORK/logs/configure.log"
        # The portal's own configuration, applied to the HA profile instead of standalone.xml.
        sed 's/--server-config=standalone.xml/--server-config=standalone-ha.xml/' "$ROOT/ear/src/main/wildfly/configure.cli" > "$WORK/configure-ha.cli"
        "$home/bin/jboss-cli.sh" --file="$WORK/configure-ha.cli" >> "$WORK/logs/configure.log"
        "$home/bin/jboss-cli.sh" --file="$ROOT/docker/cluster/cluster.cli" >> "$WORK/logs/configure.log"
        touch "$home/.cluster-configured"
    fi
    # The same EAR, its web module marked <distributable/>: sessions go to the Infinispan "web" cache, which
    # standalone-ha.xml distributes between the members. The single-node build stays non-distributable.
    python3 - "$EAR" "$WORK/portal.ear" <<'PY'
import io, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as ear, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
    for item in ear.infolist():
        data = ear.read(item.filename)
        if item.filename.endswith(".war"):
            buffer = io.BytesIO()
            with zipfile.ZipFile(io.BytesIO(data)) as war, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as patched:
                for entry in war.infolist():
                    content = war.read(entry.filename)
                    if entry.filename == "WEB-INF/web.xml" and b"<distributable/>" not in content:
                        content = content.replace(b"</display-name>", b"</display-name>\n    <distributable/>", 1)
                    patched.writestr(entry, content)
            data = buffer.getvalue()
        out.writestr(item, data)
PY
    # Keycloak must accept the load balancer's address as a sign-in return address.
    local kcadm
    kcadm=$(ls -d "$HOME"/.cache/stakeholder-portal/keycloak-*/bin/kcadm.sh 2>/dev/null | head -1 || true)
    if [ -n "$kcadm" ]; then
        local config=$WORK/kcadm.config
        "$kcadm" config credentials --config "$config" --server "$KEYCLOAK_URL" --realm master --user "${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
            --password "${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin-demo}" >> "$WORK/logs/configure.log" 2>&1
        local client
        client=$("$kcadm" get clients --config "$config" -r portal -q clientId=portal --fields id --format csv --noquotes)
        "$kcadm" update "clients/$client" --config "$config" -r portal \
            -s "redirectUris+=http://127.0.0.1:$LB_PORT/*" -s "redirectUris+=http://localhost:$LB_PORT/*" >> "$WORK/logs/configure.log" 2>&1 \
            || echo "run-cluster: could not add the load balancer to the client's redirect addresses (API tokens still work)"
    fi
    sed -e "s#@WORK@#$WORK#g" -e "s#@LB_PORT@#$LB_PORT#g" -e "s#@NODE1_PORT@#$(port 1)#g" -e "s#@NODE2_PORT@#$(port 2)#g" \
        "$ROOT/docker/cluster/nginx.conf.template" > "$WORK/nginx.conf"
}

start_node() {
    local n=$1 base=$WORK/node$1
    rm -rf "$base/tmp" "$base/deployments"
    mkdir -p "$base/deployments" "$base/data"
    [ -d "$base/configuration" ] || cp -r "$WORK/wildfly/standalone/configuration" "$base/configuration"
    cp "$WORK/portal.ear" "$base/deployments/portal.ear"
    JAVA_OPTS="-Xms256m -Xmx1024m -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Duser.language=en -Duser.country=US" \
        nohup "$WORK/wildfly/bin/standalone.sh" -c standalone-ha.xml -Djboss.stability=community \
        -Djboss.server.base.dir="$base" -Djboss.node.name="portal-node$n" \
        -Djboss.socket.binding.port-offset="${OFFSETS[$n]}" -Djboss.bind.address.private=127.0.0.1 \
        > "$WORK/logs/node$n.out" 2>&1 &
    echo $! > "$WORK/node$n.pid"
}

await() {
    local what=$1 url=$2
    for _ in $(seq 1 120); do
        answers "$url" && { echo "$what answers"; return 0; }
        sleep 3
    done
    die "$what did not answer at $url in 6 minutes; see $WORK/logs"
}

# The java process of node N (standalone.sh starts it as a child).
node_java() { pgrep -f -- "^[^ ]*java .*-Djboss.node.name=portal-node$1( |\$)" | head -1; }

case "${1:-}" in
    start)
        answers "$OIDC_PROVIDER_URL/.well-known/openid-configuration" || die "Keycloak does not answer at $OIDC_PROVIDER_URL: start the local stack first."
        configure
        start_node 1
        start_node 2
        await "node 1" "http://127.0.0.1:$(port 1)/api/health"
        await "node 2" "http://127.0.0.1:$(port 2)/api/health"
        nginx -c "$WORK/nginx.conf" -p "$WORK"
        await "nginx" "http://127.0.0.1:$LB_PORT/api/health"
        echo "The cluster: http://127.0.0.1:$LB_PORT/ (nodes on $(port 1) and $(port 2)); logs in $WORK/logs"
        ;;
    kill)
        pid=$(node_java "${2:?node number}") || true
        [ -n "$pid" ] || die "node $2 is not running"
        kill -9 "$pid"
        echo "node $2 (process $pid) killed"
        ;;
    restart)
        start_node "${2:?node number}"
        await "node $2" "http://127.0.0.1:$(port "$2")/api/health"
        ;;
    status)
        for n in 1 2; do
            answers "http://127.0.0.1:$(port $n)/api/health" && echo "node $n: up" || echo "node $n: down"
        done
        answers "http://127.0.0.1:$LB_PORT/api/health" && echo "nginx: up" || echo "nginx: down"
        ;;
    stop)
        [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
        for n in 1 2; do
            pid=$(node_java $n) || true
            [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
        done
        echo "stopped"
        ;;
    *)
        sed -n '2,17p' "$0"
        exit 2
        ;;
esac
