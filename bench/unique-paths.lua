-- wrk script: every request asks for a path of its own, in order, from the file named by the
-- first script argument; each thread takes every Nth line (N, the thread count, is the second
-- argument), so no path is asked for twice while the list lasts. `done` says if it ran out.
local file, stride = "bench/out/unique-paths.txt", 2
local paths, next_index = {}, 1
local threads = {}
wrapped = false

function setup(thread)
    thread:set("offset", #threads)
    table.insert(threads, thread)
end

function init(args)
    file = args[1] or file
    stride = tonumber(args[2]) or stride
    for line in io.lines(file) do
        paths[#paths + 1] = line
    end
    next_index = 1 + offset
end

function request()
    if next_index > #paths then
        wrapped = true
    end
    local path = paths[(next_index - 1) % #paths + 1]
    next_index = next_index + stride
    return wrk.format("GET", path)
end

function done(summary, latency, requests)
    for _, thread in ipairs(threads) do
        if thread:get("wrapped") then
            io.write("WARNING: the path list ran out; some paths were asked for twice\n")
            return
        end
    end
end
