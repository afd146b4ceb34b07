#!/usr/bin/env python3
"""Measures a running Rinnalla server: logs in once as the demo worker and times
GET /healthz, / (worker home page), /clients/<id> (a client of the worker's caseload),
/groups (the group catalogue) and a filtered catalogue query (area, aim, weekday,
language, places left) with concurrent keep-alive connections. Standard library only.

    python3 bench/bench.py --base http://127.0.0.1:8080 [--concurrency 32] [--requests 100]
"""
import argparse
import http.client
import re
import sys
import threading
import time
import urllib.parse

TARGET_MS = 50.0


def request(conn, method, path, headers=None, body=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    return response.status, response.getheaders(), data


def cookies_from(headers):
    found = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, _, val = pair.partition("=")
            found[key.strip()] = val.strip()
    return found


def login(host, port, email, password):
    """One login for the whole run: sessions last 8 h idle and logins are throttled."""
    conn = http.client.HTTPConnection(host, port, timeout=30)
    status, headers, body = request(conn, "GET", "/login")
    if status != 200:
        sys.exit(f"GET /login answered {status}")
    jar = cookies_from(headers)
    match = re.search(rb'name="_csrf" value="([^"]+)"', body) or re.search(rb'value="([^"]+)" name="_csrf"', body)
    token = match.group(1).decode() if match else jar.get("rinnalla_csrf", "")
    form = urllib.parse.urlencode({"email": email, "password": password, "next": "/", "_csrf": token})
    cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
    status, headers, body = request(
        conn, "POST", "/login",
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}, form)
    session = cookies_from(headers).get("rinnalla_session")
    if status not in (302, 303) or not session:
        sys.exit(f"login failed: {status} {body[:300]!r}")
    conn.close()
    return f"rinnalla_session={session}"


def find_client_path(host, port, cookie):
    """A client page from the worker's home page (the caseload's reminders and meetings)."""
    conn = http.client.HTTPConnection(host, port, timeout=60)
    status, _, body = request(conn, "GET", "/", {"Cookie": cookie})
    if status != 200:
        sys.exit(f"GET / answered {status}")
    ids = re.findall(rb'href="/clients/([0-9A-Fa-f-]{36})"', body)
    if not ids:
        # The home page links periods; a period page links its client.
        periods = re.findall(rb'href="/periods/([0-9A-Fa-f-]{36})', body)
        for period in periods[:5]:
            status, _, page = request(conn, "GET", f"/periods/{period.decode()}", {"Cookie": cookie})
            ids = re.findall(rb'href="/clients/([0-9A-Fa-f-]{36})"', page)
            if ids:
                break
    if not ids:
        status, _, page = request(conn, "GET", "/clients", {"Cookie": cookie})
        ids = re.findall(rb'href="/clients/([0-9A-Fa-f-]{36})"', page)
    conn.close()
    if not ids:
        sys.exit("no client page found for the demo worker")
    return f"/clients/{ids[len(ids) // 2].decode()}", len(body)


def find_catalogue_query(host, port, cookie):
    """A filtered catalogue query: the first area from the catalogue's filter form, today's
    weekday (Monday = 1), Finnish, with places left."""
    conn = http.client.HTTPConnection(host, port, timeout=60)
    status, _, body = request(conn, "GET", "/groups", {"Cookie": cookie})
    conn.close()
    if status != 200:
        sys.exit(f"GET /groups answered {status}")
    area = re.search(rb'name="area" id="field-area".*?<option value="([0-9A-Fa-f-]{36})"', body, re.S)
    weekday = time.localtime().tm_wday + 1
    query = f"/groups?aim=inclusion&weekday={weekday}&language=fi&places=1"
    if area:
        query += f"&area={area.group(1).decode()}"
    return query


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[index]


def measure(host, port, path, cookie, concurrency, requests):
    latencies = []
    errors = []
    lock = threading.Lock()
    barrier = threading.Barrier(concurrency + 1)

    def worker():
        conn = http.client.HTTPConnection(host, port, timeout=60)
        headers = {"Cookie": cookie} if cookie else {}
        # One warm-up request opens the keep-alive connection.
        request(conn, "GET", path, headers)
        mine = []
        barrier.wait()
        for _ in range(requests):
            start = time.perf_counter()
            status, _, _ = request(conn, "GET", path, headers)
            elapsed = (time.perf_counter() - start) * 1000.0
            if status != 200:
                with lock:
                    errors.append(status)
            mine.append(elapsed)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "path": path,
        "count": len(latencies),
        "errors": len(errors),
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "max": latencies[-1] if latencies else float("nan"),
        "rps": len(latencies) / wall if wall > 0 else float("nan"),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--requests", type=int, default=100, help="per concurrent worker")
    parser.add_argument("--email", default="sanna@demo.rinnalla.fi")
    parser.add_argument("--password", default="demo-salasana-2026")
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.base)
    host, port = url.hostname, url.port or 80

    cookie = login(host, port, args.email, args.password)
    client_path, home_bytes = find_client_path(host, port, cookie)
    catalogue_query = find_catalogue_query(host, port, cookie)
    print(f"{args.label}: logged in as {args.email}; client page {client_path}; home page {home_bytes} bytes")
    print(f"filtered catalogue: {catalogue_query}")
    print(f"{args.concurrency} concurrent keep-alive connections x {args.requests} requests each per endpoint")

    results = [
        ("/healthz", measure(host, port, "/healthz", None, args.concurrency, args.requests)),
        ("home /", measure(host, port, "/", cookie, args.concurrency, args.requests)),
        ("client page", measure(host, port, client_path, cookie, args.concurrency, args.requests)),
        ("groups", measure(host, port, "/groups", cookie, args.concurrency, args.requests)),
        ("groups filter", measure(host, port, catalogue_query, cookie, args.concurrency, args.requests)),
    ]
    base_p95 = results[0][1]["p95"]
    print(f"{'endpoint':<14}{'n':>7}{'err':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'req/s':>9}"
          f"{'p95/healthz':>13}  result")
    failed = False
    for name, r in results:
        ratio = r["p95"] / base_p95 if base_p95 > 0 else float("nan")
        verdict = ""
        if name != "/healthz":
            ok = r["p95"] < TARGET_MS and r["errors"] == 0
            failed |= not ok
            verdict = "PASS" if ok else "FAIL"
        print(f"{name:<14}{r['count']:>7}{r['errors']:>5}{r['p50']:>9.1f}{r['p95']:>9.1f}{r['p99']:>9.1f}"
              f"{r['max']:>9.1f}{r['rps']:>9.0f}{ratio:>13.1f}  {verdict}")
    print(f"target: p95 < {TARGET_MS:.0f} ms for the home, client and catalogue pages -> {'FAIL' if failed else 'PASS'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
