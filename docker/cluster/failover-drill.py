#!/usr/bin/env python3
"""A deadline surge against the two-node cluster with one node killed mid-run; then: was anything acknowledged lost?

Stakeholders (amina, kenji) submit comments concurrently through nginx with real Keycloak tokens. Each submission
carries a client token; a request that fails (502 from nginx when its node died under it, a reset connection) is
retried with the same token, as the portal's API documents. Halfway through, node 2 is killed (run-cluster.sh kill 2).
At the end every acknowledged submission must be in the organisation's list exactly once: as many SUBMITTED
contributions carrying this run's marker as distinct acknowledged submission numbers.

    docker/cluster/failover-drill.py [submissions=200] [threads=16]
"""
import json, os, subprocess, sys, threading, time, urllib.error, urllib.parse, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor

LB = os.environ.get("CLUSTER_URL", "http://127.0.0.1:8090")
KEYCLOAK = os.environ.get("OIDC_PROVIDER_URL", "http://127.0.0.1:8180/realms/portal")
SECRET = os.environ.get("OIDC_CLIENT_SECRET", "portal-demo-secret-change-me")
HERE = os.path.dirname(os.path.abspath(__file__))
TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 200
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 16
RUN = uuid.uuid4().hex[:8]


def call(method, path, token, body=None, attempts=8):
    """One API call; connection failures and 502/503 are retried (the same request, so the same client token)."""
    data = None if body is None else json.dumps(body).encode()
    for attempt in range(attempts):
        request = urllib.request.Request(LB + path, data=data, method=method, headers={
            "Authorization": "Bearer " + token, "Accept": "application/json", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, json.loads(response.read() or b"null"), attempt
        except urllib.error.HTTPError as e:
            if e.code not in (502, 503, 504):
                return e.code, e.read().decode(errors="replace"), attempt
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5 * (attempt + 1))
    return 0, "gave up", attempts


def token(user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "portal", "client_secret": SECRET,
                                   "username": user, "password": user, "scope": "openid"}).encode()
    with urllib.request.urlopen(KEYCLOAK + "/protocol/openid-connect/token", data=form) as response:
        return json.loads(response.read())["access_token"]


def main():
    processes = json.loads(urllib.request.urlopen(LB + "/api/processes").read())
    process = next(p for p in processes if p.get("code") == "AHC")
    drafts = json.loads(urllib.request.urlopen(LB + "/api/processes/%d/drafts" % process["id"]).read())
    draft = next(d for d in drafts if "Revised" in json.dumps(d))["id"]
    tokens = {user: token(user) for user in ("amina", "kenji")}
    acknowledged, failed, retried = {}, [], [0]
    lock = threading.Lock()

    def submit(i):
        user = ("amina", "kenji")[i % 2]
        status, started, _ = call("POST", "/api/contributions", tokens[user], {"draftId": draft, "article": "art-24"})
        if status != 201:
            with lock:
                failed.append(("start", status, str(started)[:120]))
            return
        cid = started["id"]
        status, written, _ = call("PUT", "/api/contributions/%d" % cid, tokens[user], {
            "version": started["version"], "kind": "GENERAL_COMMENT", "title": "Drill %s #%d" % (RUN, i),
            "comment": "<p>Failover drill.</p>", "language": "en"})
        if status == 409:  # a retried PUT that had gone through: read the current version
            status, written, _ = call("GET", "/api/contributions/%d" % cid, tokens[user])
        if status != 200:
            with lock:
                failed.append(("write", status, str(written)[:120]))
            return
        status, receipt, attempts = call("POST", "/api/contributions/%d/submit" % cid, tokens[user],
                                         {"version": written["version"], "clientToken": "drill-%s-%d" % (RUN, i)})
        with lock:
            retried[0] += attempts
            if status == 200:
                acknowledged[receipt["submissionNumber"]] = user
            else:
                failed.append(("submit", status, str(receipt)[:120]))

    with ThreadPoolExecutor(THREADS) as pool:
        futures = [pool.submit(submit, i) for i in range(TOTAL)]
        while sum(f.done() for f in futures) < TOTAL // 2:
            time.sleep(0.2)
        print("halfway: killing node 2", flush=True)
        subprocess.run([os.path.join(HERE, "run-cluster.sh"), "kill", "2"], check=False)
        for f in futures:
            f.result()

    stored = {}
    for user in ("amina", "kenji"):
        status, mine, _ = call("GET", "/api/contributions?process=%d" % process["id"], tokens[user])
        for c in mine:
            if c.get("title", "").startswith("Drill %s " % RUN) and c.get("submissionNumber"):
                stored[c["submissionNumber"]] = stored.get(c["submissionNumber"], 0) + 1
    lost = [n for n in acknowledged if n not in stored]
    duplicated = [n for n, count in stored.items() if count > 1]
    print("submissions tried %d, acknowledged %d, failed %d, retries %d" % (TOTAL, len(acknowledged), len(failed), retried[0]))
    print("stored with a submission number %d; acknowledged but missing %d; stored twice %d" % (len(stored), len(lost), len(duplicated)))
    for f in failed[:10]:
        print("  failed:", f)
    sys.exit(1 if lost or duplicated or len(stored) != len(acknowledged) else 0)


if __name__ == "__main__":
    main()
