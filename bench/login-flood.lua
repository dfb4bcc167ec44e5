-- wrk script for bench/login-flood.sh: wrong passwords for one account from one forwarded address.
-- LOGIN_CSRF / LOGIN_COOKIE come from one fetch of /admin/login (the form's token and its cookie).
local csrf = os.getenv("LOGIN_CSRF")
local cookie = os.getenv("LOGIN_COOKIE")
local user = os.getenv("LOGIN_USER") or "victim"
local from = os.getenv("FLOOD_FROM") or "192.0.2.66"
local n = 0
local threads = {}
local statuses = {200, 303, 400, 401, 403, 429, 500, 503}

function setup(thread) table.insert(threads, thread) end

function init(args) for _, k in ipairs(statuses) do _G["s" .. k] = 0 end; other = 0 end

function request()
  n = n + 1
  local body = "csrf=" .. csrf .. "&username=" .. user .. "&password=wrong-guess-" .. n .. "&next=%2Fadmin"
  return wrk.format("POST", "/admin/login", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-For"] = from,
  }, body)
end

function response(status, headers, body)
  local k = "s" .. status
  if _G[k] ~= nil then _G[k] = _G[k] + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  for _, k in ipairs(statuses) do
    local total = 0
    for _, t in ipairs(threads) do total = total + (t:get("s" .. k) or 0) end
    if total > 0 then io.write(string.format("flood status %d: %d\n", k, total)) end
  end
  local o = 0
  for _, t in ipairs(threads) do o = o + (t:get("other") or 0) end
  if o > 0 then io.write(string.format("flood other statuses: %d\n", o)) end
end
