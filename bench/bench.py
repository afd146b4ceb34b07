#!/usr/bin/env python3
"""Measures a running Rinnalla server: logs in once as the demo worker and times
GET /healthz, / (worker home page), /clients/<id> (a client of the worker's caseload),
/groups (the group catalogue) and a filtered catalogue query (area, aim, weekday,
language, places left) with concurrent keep-alive connections; then, logged in as the
demo team lead, her largest unit's dashboard and the all-units dashboard (issue 16),
and the dashboard's first view of each of twelve months (not yet in the page cache).
Standard library only.

    python3 bench/bench.py --base http://127.0.0.1:8080 [--concurrency 32] [--requests 100]
"""
import argparse
import asyncio
import http.client
import os
import re
import sys
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


async def _fetch(reader, writer, request_bytes):
    """One GET on a keep-alive connection; returns the status. Reads exactly the body the
    headers announce (Content-Length or chunked), so the connection can be reused."""
    writer.write(request_bytes)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    lower = head.lower()
    marker = lower.find(b"\r\ncontent-length:")
    if marker >= 0:
        length = int(lower[marker + 17:lower.index(b"\r\n", marker + 2)])
        await reader.readexactly(length)
    elif b"transfer-encoding: chunked" in lower:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


def _server_cpu_seconds(pid):
    """utime + stime of the server process, from /proc (Linux)."""
    if not pid:
        return None
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return None


def measure(host, port, path, cookie, concurrency, requests, server_pid=None):
    """Closed loop: `concurrency` keep-alive connections, each sending its next request as
    soon as the previous answer has arrived. The client is one asyncio thread reading raw
    HTTP/1.1, so it takes little of the CPU the server shares with it (printed as client ms
    per request)."""
    cookie_line = f"Cookie: {cookie}\r\n" if cookie else ""
    request_bytes = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n{cookie_line}\r\n".encode()
    latencies = []
    errors = []

    async def worker(ready, go):
        reader, writer = await asyncio.open_connection(host, port)
        await _fetch(reader, writer, request_bytes)  # warm-up opens the connection
        ready.release()
        await go.wait()
        for _ in range(requests):
            start = time.perf_counter()
            status = await _fetch(reader, writer, request_bytes)
            latencies.append((time.perf_counter() - start) * 1000.0)
            if status != 200:
                errors.append(status)
        writer.close()

    async def run():
        ready = asyncio.Semaphore(0)
        go = asyncio.Event()
        tasks = [asyncio.create_task(worker(ready, go)) for _ in range(concurrency)]
        for _ in range(concurrency):
            await ready.acquire()
        cpu_before = _server_cpu_seconds(server_pid)
        client_before = time.process_time()
        started = time.perf_counter()
        go.set()
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - started
        client_cpu = time.process_time() - client_before
        cpu_after = _server_cpu_seconds(server_pid)
        server_cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
        return wall, client_cpu, server_cpu

    wall, client_cpu, server_cpu = asyncio.run(run())
    latencies.sort()
    count = len(latencies)
    return {
        "path": path,
        "count": count,
        "errors": len(errors),
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "max": latencies[-1] if latencies else float("nan"),
        "rps": count / wall if wall > 0 else float("nan"),
        "client_cpu_ms": client_cpu * 1000.0 / count if count else float("nan"),
        "server_cpu_ms": server_cpu * 1000.0 / count if count and server_cpu is not None else float("nan"),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--requests", type=int, default=100, help="per concurrent worker")
    parser.add_argument("--email", default="sanna@demo.rinnalla.fi")
    parser.add_argument("--password", default="demo-salasana-2026")
    parser.add_argument("--label", default="")
    parser.add_argument("--lead-email", default="tiina@demo.rinnalla.fi",
                        help="the team lead whose dashboards are measured; empty to skip them")
    parser.add_argument("--lead-unit", default="Länsi aikuissosiaalityö",
                        help="the unit whose dashboard is measured (the demo's largest)")
    parser.add_argument("--server-pid", type=int, default=None,
                        help="the server's pid: prints its CPU time per request (from /proc)")
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
        ("/healthz", measure(host, port, "/healthz", None, args.concurrency, args.requests, args.server_pid)),
        ("home /", measure(host, port, "/", cookie, args.concurrency, args.requests, args.server_pid)),
        ("client page", measure(host, port, client_path, cookie, args.concurrency, args.requests, args.server_pid)),
        ("groups", measure(host, port, "/groups", cookie, args.concurrency, args.requests, args.server_pid)),
        ("groups filter", measure(host, port, catalogue_query, cookie, args.concurrency, args.requests, args.server_pid)),
    ]
    base_p95 = results[0][1]["p95"]
    print(f"{'endpoint':<14}{'n':>7}{'err':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'req/s':>9}"
          f"{'p95/healthz':>13}{'srv cpu ms':>12}{'cli cpu ms':>12}  result")
    failed = False
    for name, r in results:
        ratio = r["p95"] / base_p95 if base_p95 > 0 else float("nan")
        verdict = ""
        if name != "/healthz":
            ok = r["p95"] < TARGET_MS and r["errors"] == 0
            failed |= not ok
            verdict = "PASS" if ok else "FAIL"
        print(f"{name:<14}{r['count']:>7}{r['errors']:>5}{r['p50']:>9.1f}{r['p95']:>9.1f}{r['p99']:>9.1f}"
              f"{r['max']:>9.1f}{r['rps']:>9.0f}{ratio:>13.1f}{r['server_cpu_ms']:>12.2f}{r['client_cpu_ms']:>12.2f}  {verdict}")
    print(f"target: p95 < {TARGET_MS:.0f} ms for the home, client and catalogue pages -> {'FAIL' if failed else 'PASS'}")
    if args.lead_email:
        failed |= measure_dashboards(host, port, args, base_p95)
        failed |= measure_evidence(host, port, args)
    return 1 if failed else 0


EVIDENCE_TARGET_MS = 1000.0


def measure_evidence(host, port, args):
    """Issue 17: a model's evidence view for one unit over four quarters, median of 5
    one after another (the page is not kept: each view is computed from the database)."""
    cookie = login(host, port, args.lead_email, args.password)
    conn = http.client.HTTPConnection(host, port, timeout=120)
    status, _, body = request(conn, "GET", "/", {"Cookie": cookie})
    chosen = re.search(rb'href="/units/([0-9A-Fa-f-]{36})">' + re.escape(args.lead_unit.encode()) + rb'</a>', body)
    if status != 200 or not chosen:
        sys.exit(f"the team lead's home page links no unit {args.lead_unit}")
    unit = chosen.group(1).decode()
    failed = False
    for model in ["social-rehabilitation", "low-threshold", "outreach"]:
        path = f"/units/{unit}/evidence/{model}"
        times = []
        for _ in range(5):
            start = time.perf_counter()
            status, _, page = request(conn, "GET", path, {"Cookie": cookie})
            times.append((time.perf_counter() - start) * 1000.0)
            if status != 200:
                sys.exit(f"{path} answered {status}")
        times.sort()
        ok = times[2] < EVIDENCE_TARGET_MS
        failed |= not ok
        print(f"evidence {model:<22} median {times[2]:>7.0f} ms  min {times[0]:>6.0f}  max {times[-1]:>6.0f}  "
              f"({len(page)} bytes)  {'PASS' if ok else 'FAIL'} (< {EVIDENCE_TARGET_MS:.0f} ms)")
    conn.close()
    return failed


DASHBOARD_TARGETS = {"unit dashboard": 50.0, "all units": 100.0}


def measure_dashboards(host, port, args, base_p95):
    """Issue 16: the team lead's unit dashboard (p95 < 50 ms) and all her units (< 100 ms),
    then the first view of each of the last twelve months one after another: a page not yet
    kept, so its figures are computed from the database."""
    cookie = login(host, port, args.lead_email, args.password)
    conn = http.client.HTTPConnection(host, port, timeout=120)
    status, _, body = request(conn, "GET", "/", {"Cookie": cookie})
    units = re.findall(rb'href="/units/([0-9A-Fa-f-]{36})/dashboard"', body)
    chosen = re.search(rb'href="/units/([0-9A-Fa-f-]{36})">' + re.escape(args.lead_unit.encode()) + rb'</a>', body)
    if status != 200 or not units or not chosen:
        sys.exit(f"the team lead's home page links no dashboard of {args.lead_unit}")
    unit_path = f"/units/{chosen.group(1).decode()}/dashboard"
    cold = []
    year, month = time.localtime().tm_year, time.localtime().tm_mon
    for step in range(1, 13):
        y, m = (year, month - step) if month - step > 0 else (year - 1, month - step + 12)
        start = time.perf_counter()
        status, _, page = request(conn, "GET", f"{unit_path}?period={y:04d}-{m:02d}", {"Cookie": cookie})
        cold.append((time.perf_counter() - start) * 1000.0)
        if status != 200:
            sys.exit(f"{unit_path} answered {status}")
    start = time.perf_counter()
    status, _, page = request(conn, "GET", unit_path, {"Cookie": cookie})
    first_unit = (time.perf_counter() - start) * 1000.0
    start = time.perf_counter()
    status, _, _ = request(conn, "GET", "/dashboard", {"Cookie": cookie})
    first_all = (time.perf_counter() - start) * 1000.0
    conn.close()
    cold.sort()
    print(f"dashboards as {args.lead_email}: {unit_path} ({len(page)} bytes), /dashboard ({len(units)} units)")
    print(f"first view (computed, not kept): unit month median {cold[len(cold) // 2]:.0f} ms, max {cold[-1]:.0f} ms "
          f"over 12 months; unit {first_unit:.0f} ms, all units {first_all:.0f} ms")
    results = [
        ("unit dashboard", measure(host, port, unit_path, cookie, args.concurrency, args.requests, args.server_pid)),
        ("all units", measure(host, port, "/dashboard", cookie, args.concurrency, args.requests, args.server_pid)),
    ]
    failed = False
    for name, r in results:
        ratio = r["p95"] / base_p95 if base_p95 > 0 else float("nan")
        ok = r["p95"] < DASHBOARD_TARGETS[name] and r["errors"] == 0
        failed |= not ok
        print(f"{name:<14}{r['count']:>7}{r['errors']:>5}{r['p50']:>9.1f}{r['p95']:>9.1f}{r['p99']:>9.1f}"
              f"{r['max']:>9.1f}{r['rps']:>9.0f}{ratio:>13.1f}{r['server_cpu_ms']:>12.2f}{r['client_cpu_ms']:>12.2f}"
              f"  {'PASS' if ok else 'FAIL'} (< {DASHBOARD_TARGETS[name]:.0f} ms)")
    return failed


if __name__ == "__main__":
    sys.exit(main())
