#!/usr/bin/env python3
"""Issue 16 benchmark: CPU time of the worst request within the limits, through the API and the import.

Usage: bench/worst-request-cpu.py JAR [N]
  API:    PUT /api/v1/articles/{id}/editions/en, body just under 2,000,000 bytes of Markdown,
          50 authors, 50 topics, 300-char title, 2,000-char summary, from an author token.
          Server CPU = utime+stime of the server process (/proc/PID/stat) before/after N requests
          (after 3 warm-up requests), divided by N. Also the 100,000-author request (expects 422).
  Import: one JSON Lines line of the same shape, via `tribune import`: CPU (getrusage of children)
          of importing a file of N such lines minus that of an empty file, divided by N.
"""
import json, os, re, resource, subprocess, sys, tempfile, time, urllib.request, urllib.error

JAR = sys.argv[1]
N = int(sys.argv[2]) if len(sys.argv) > 2 else 10
TCK = os.sysconf("SC_CLK_TCK")


def names(prefix, n):
    return [{"key": f"{prefix}-{i}", "name": f"Name {i}"} for i in range(n)]


BODY = (("A paragraph of the largest body allowed. " * 20 + "\n\n") * 2500)[:1_990_000]


def worst(**extra):
    e = {"title": "t" * 300, "summary": "s" * 2000, "body": BODY,
         "authors": names("a", 50), "topics": names("t", 50)}
    e.update(extra)
    return e


def cpu_of(pid):
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / TCK  # utime, stime (fields 14, 15)


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def put(port, token, id_, payload):
    data = json.dumps(payload).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/articles/{id_}/editions/en", data=data,
                                 method="PUT", headers={"Content-Type": "application/json",
                                                        "Authorization": f"Bearer {token}"})
    t = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            status, text = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    return status, time.monotonic() - t, len(data), text


def api():
    data = tempfile.mkdtemp(prefix="b16-api-")
    token = subprocess.run(["java", "-jar", JAR, "token", "add", "bench", "--role", "author", "--data", data],
                           check=True, capture_output=True, text=True).stdout
    token = re.search(r"\S{20,}", token).group(0)
    srv = subprocess.Popen(["java", "-jar", JAR, "serve", "--data", data, "--port", "0"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port = None
    while port is None:
        line = srv.stdout.readline()
        if not line:
            sys.exit("server exited")
        m = re.search(r"listening on \S*:(\d+)", line)
        if m:
            port = int(m.group(1))
    # Drain the server's output so it never blocks on a full pipe.
    import threading
    threading.Thread(target=lambda: [None for _ in srv.stdout], daemon=True).start()
    try:
        payload = worst()
        for i in range(3):
            s, dt, size, text = put(port, token, f"warm-{i}", payload)
            print(f"warm-up {i}: {s} {dt*1000:.0f} ms wall, {size} bytes", flush=True)
            assert s in (200, 201), text[:500]
        time.sleep(3)
        before = cpu_of(srv.pid)
        walls = []
        for i in range(N):
            s, dt, size, text = put(port, token, f"worst-{i}", payload)
            assert s in (200, 201), text[:500]
            walls.append(dt)
        after_resp = cpu_of(srv.pid)
        time.sleep(3)
        after_settle = cpu_of(srv.pid)
        print(f"API worst request ({size} bytes of JSON), N={N}: server CPU "
              f"{(after_resp-before)/N*1000:.0f} ms/request at the last response, "
              f"{(after_settle-before)/N*1000:.0f} ms/request including 3 s of settling "
              f"(background work); wall median {sorted(walls)[N//2]*1000:.0f} ms", flush=True)
        # Idle baseline over the same 3 s
        b = cpu_of(srv.pid); time.sleep(3); print(f"idle server CPU over 3 s: {(cpu_of(srv.pid)-b)*1000:.0f} ms")

        huge = {"title": "Many", "body": "Text.", "authors": names("a", 100_000)}
        for i in range(2):
            before = cpu_of(srv.pid)
            s, dt, size, text = put(port, token, f"hundred-thousand-{i}", huge)
            used = cpu_of(srv.pid) - before
            print(f"100,000 authors ({size} bytes): status {s}, server CPU {used*1000:.0f} ms, "
                  f"wall {dt*1000:.0f} ms; {text[:160]!r}", flush=True)
    finally:
        srv.terminate(); srv.wait()


def imp():
    def run(lines):
        data = tempfile.mkdtemp(prefix="b16-imp-")
        path = os.path.join(data, "in.jsonl")
        with open(path, "w") as f:
            for i in range(lines):
                f.write(json.dumps(dict(worst(), id=f"worst-{i}", lang="en",
                                        published="2026-03-04T09:00:00Z")) + "\n")
        c = children_cpu(); t = time.monotonic()
        p = subprocess.run(["java", "-jar", JAR, "import", "--data", os.path.join(data, "d"), path],
                           capture_output=True, text=True)
        return children_cpu() - c, time.monotonic() - t, p
    e_cpu, e_wall, p = run(0)
    print(f"empty import: CPU {e_cpu*1000:.0f} ms, wall {e_wall:.1f} s, rc {p.returncode}", flush=True)
    w_cpu, w_wall, p = run(N)
    print(f"import of {N} worst lines: CPU {w_cpu*1000:.0f} ms, wall {w_wall:.1f} s, rc {p.returncode}; "
          f"{(p.stdout+p.stderr).strip()[-300:]!r}")
    print(f"import: ({w_cpu*1000:.0f} - {e_cpu*1000:.0f}) / {N} = {(w_cpu-e_cpu)/N*1000:.0f} ms CPU per worst line",
          flush=True)


if __name__ == "__main__":
    what = os.environ.get("WHAT", "api,import")
    if "api" in what: api()
    if "import" in what: imp()
