#!/usr/bin/env python3
"""Propagation between nodes: an edit saved through node A's REST API, timed until node B's page
shows it. Two nodes from target/tribune.jar on a PostgreSQL schema of their own (dropped after).

Usage: python3 bench/propagation.py [EDITS]   (default 1000; needs PostgreSQL on 127.0.0.1:5432,
trust auth, database test; run from the project folder after ./mvnw package)
"""
import http.client, json, os, random, shutil, socket, statistics, subprocess, sys, tempfile, time

EDITS = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
SCHEMA = "tribune_bench_%08x" % random.getrandbits(32)
DB = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + SCHEMA
JAVA = os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_node(folder, port):
    node = subprocess.Popen([JAVA, "-Xmx384m", "-jar", "target/tribune.jar", "serve", "--db", DB, "--port", str(port),
                             "--data", folder, "--shutdown-grace", "0s"],
                            stdout=subprocess.PIPE, stderr=open(os.path.join(folder + ".log"), "w"), text=True)
    for line in node.stdout:
        if "listening on" in line:
            return node
    raise SystemExit("a node did not start; see " + folder + ".log")


def request(conn, method, path, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    return response.status, response.read().decode()


def main():
    work = tempfile.mkdtemp()
    nodes = []
    try:
        token = subprocess.run([JAVA, "-jar", "target/tribune.jar", "token", "add", "bench", "--role", "editor",
                                "--db", DB, "--data", os.path.join(work, "cli")],
                               check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        ports = [free_port(), free_port()]
        nodes = [start_node(os.path.join(work, "a"), ports[0]), start_node(os.path.join(work, "b"), ports[1])]
        a = http.client.HTTPConnection("127.0.0.1", ports[0])
        b = http.client.HTTPConnection("127.0.0.1", ports[1])
        path = "/api/v1/articles/propagation/editions/en"

        def edit(title):
            body = json.dumps({"title": title, "summary": "Timed.", "body": "Body of " + title + ".",
                               "published": "2025-06-01T00:00:00Z",
                               "authors": [{"key": "jane-doe", "name": "Jane Doe"}]})
            status, text = request(a, "PUT", path, body, token)
            assert status in (200, 201), (status, text)

        edit("Edit 0")
        request(a, "POST", path + "/publish", "{}", token)
        # Both nodes render the page once first: a JVM's first render is not what is measured.
        for conn in (a, b):
            deadline = time.perf_counter() + 30
            while request(conn, "GET", "/en/articles/propagation")[0] != 200 and time.perf_counter() < deadline:
                time.sleep(0.05)
        timings = []
        for n in range(1, EDITS + 1):
            title = "Edit %d" % n
            edit(title)
            start = time.perf_counter()
            polls = 0
            while True:
                polls += 1
                status, page = request(b, "GET", "/en/articles/propagation")
                if status == 200 and "<h1>" + title + "</h1>" in page or (status == 200 and ">" + title + "<" in page):
                    break
                if time.perf_counter() - start > 10:
                    raise SystemExit("edit %d not on node B after 10 s" % n)
            timings.append((time.perf_counter() - start) * 1000)
            if timings[-1] > 1000:
                print("edit %d took %.0f ms over %d requests" % (n, timings[-1], polls), file=sys.stderr)
            time.sleep(0.01)
        timings.sort()
        p = lambda q: timings[min(len(timings) - 1, int(len(timings) * q))]
        print("edits: %d; edit saved on A -> page changed on B: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
              % (len(timings), p(0.5), p(0.9), p(0.99), timings[-1]))
    finally:
        for node in nodes:
            node.terminate()
        for node in nodes:
            node.wait()
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-q", "-c",
                        "set client_min_messages = warning; drop schema if exists %s cascade" % SCHEMA], check=False)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
