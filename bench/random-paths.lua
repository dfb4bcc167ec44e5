-- wrk script: each request asks for a random path from bench/out/paths.txt.
local paths = {}
for line in io.lines("bench/out/paths.txt") do
    paths[#paths + 1] = line
end
math.randomseed(42)

request = function()
    return wrk.format("GET", paths[math.random(#paths)])
end
