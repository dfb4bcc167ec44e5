-- wrk script for bench/nginx-nodes.sh and bench/backup.sh: each request asks for a random path
-- from the file named by the first script argument (one path a line); each thread draws from its
-- own seeded sequence. At the end it prints one line the scripts read:
--   RESULT requests=N rps=R p50=MS p90=MS p99=MS max=MS non2xx=N errors=N
local paths = {}
local counter = 0
local threads = {}

function setup(thread)
    counter = counter + 1
    thread:set("seed", 42 + counter)
    table.insert(threads, thread)
end

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then
            paths[#paths + 1] = line
        end
    end
    math.randomseed(seed or 42)
end

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.timeout
    io.write(string.format(
        "RESULT requests=%d rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f non2xx=%d errors=%d\n",
        summary.requests, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.errors.status, errors))
end
