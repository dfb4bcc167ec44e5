#!/usr/bin/env python3
"""For bench/login-flood.sh: while wrk floods, (1) sign in correctly as the account from another
forwarded address once a second, (2) probe GET /en/ every 50 ms; print latencies and p99.
Usage: login-flood-clients.py PORT USER PASSWORD SECONDS"""
import http.client, re, sys, threading, time, urllib.parse

port, user, password, seconds = int(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4])
OWNER_FROM = "198.51.100.7"
end = time.monotonic() + seconds


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def sign_ins(out):
    while time.monotonic() < end:
        t0 = time.monotonic()
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        c.request("GET", "/admin/login", headers={"X-Forwarded-For": OWNER_FROM})
        r = c.getresponse(); page = r.read().decode()
        token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        cookie = [v.split(";")[0] for k, v in r.getheaders() if k.lower() == "set-cookie"][0]
        body = urllib.parse.urlencode({"csrf": token, "username": user, "password": password, "next": "/admin"})
        c.request("POST", "/admin/login", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie, "X-Forwarded-For": OWNER_FROM})
        r = c.getresponse(); r.read(); c.close()
        out.append((r.status, time.monotonic() - t0))
        time.sleep(max(0, 1 - (time.monotonic() - t0)))


def probe(out):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < end:
        t0 = time.monotonic()
        c.request("GET", "/en/")
        r = c.getresponse(); r.read()
        out.append((r.status, time.monotonic() - t0))
        time.sleep(0.05)


logins, pages = [], []
ts = [threading.Thread(target=sign_ins, args=(logins,)), threading.Thread(target=probe, args=(pages,))]
[t.start() for t in ts]; [t.join() for t in ts]
ok = sum(1 for s, _ in logins if s == 303)
lat = [d * 1000 for _, d in logins]
print(f"owner sign-ins (form GET + POST) from {OWNER_FROM}: {ok}/{len(logins)} answered 303; statuses "
      f"{sorted(set(s for s, _ in logins))}; latency ms p50 {pct(lat,50):.1f} p99 {pct(lat,99):.1f} max {max(lat):.1f}")
pl = [d * 1000 for _, d in pages]
print(f"GET /en/ probe: {len(pages)} requests, statuses {sorted(set(s for s, _ in pages))}; latency ms "
      f"p50 {pct(pl,50):.1f} p90 {pct(pl,90):.1f} p99 {pct(pl,99):.1f} max {max(pl):.1f}")
