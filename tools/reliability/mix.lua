-- The request mix of tools/reliability/load for wrk: reads of real ids (resolutions, the Charter, vetoes,
-- cited-by, search, statement lists) and about 10% authenticated statement writes, each with its own
-- Idempotency-Key. load.py writes the ids and settings into mix-data.lua before wrk runs.
--
-- Pacing: with UNREF_RATE > 0 each wrk thread sends at rate/threads requests a second on a fixed schedule:
-- delay() books the thread's next slot and waits until it (LuaJIT's ffi gives a microsecond clock). A late
-- answer does not push the schedule back (the next requests go out at once), so the rate is the one asked for
-- as long as the service keeps up, unlike a fixed delay after each answer. UNREF_RATE = 0: no delay (maximum).
local data = dofile(os.getenv("UNREF_MIX_DATA"))
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } unref_timeval;
  int gettimeofday(unref_timeval *tv, void *tz);
]]
local function now_ms()
  local tv = ffi.new("unref_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
  table.insert(threads, thread)
end

local interval, next_slot, n = 0, nil, 0
local statuses = {}

function init(args)
  local rate = tonumber(os.getenv("UNREF_RATE") or "0")
  local nthreads = tonumber(os.getenv("UNREF_THREADS") or "1")
  if rate > 0 then
    interval = 1000 * nthreads / rate
  end
  -- each wrk run (the probe, the paced run) its own keys and titles, and its own random choices
  phase = os.getenv("UNREF_PHASE") or "run"
  math.randomseed(os.time() * 100 + thread_id)
  fivexx, other_non2xx = 0, 0
end

function delay()
  if interval == 0 then
    return 0
  end
  local now = now_ms()
  if next_slot == nil or next_slot < now - 1000 then
    -- first request, or more than a second behind: start the schedule again from now rather than burst
    next_slot = now
  end
  local wait = next_slot - now
  next_slot = next_slot + interval
  return wait > 0 and wait or 0
end

local function pick(list)
  return list[math.random(#list)]
end

local reads = {
  function() return "/api/v1/resolutions/" .. pick(data.resolutions) end,
  function() return "/api/v1/resolutions/" .. pick(data.resolutions) .. "/cited-by" end,
  function() return "/api/v1/charter/articles/" .. math.random(111) end,
  function() return "/api/v1/charter/articles/" .. math.random(111) .. "/cited-by" end,
  function() return "/api/v1/charter/provisions/" .. pick(data.provisions) end,
  function() return "/api/v1/vetoes/" .. pick(data.vetoes) end,
  function() return "/api/v1/vetoes/" .. pick(data.vetoes) .. "/cited-by" end,
  function() return "/api/v1/vetoes?member=" .. pick(data.members) end,
  function() return "/api/v1/resolutions?year=" .. math.random(1946, 2023) end,
  function() return "/api/v1/search?q=" .. pick(data.words) end,
  function() return "/api/v1/statements" end,
  function() return "/api/v1/statements/" .. pick(data.statements) end,
}

function request()
  n = n + 1
  if math.random() < data.write_share then
    local title = "Load run " .. data.run .. " " .. phase .. ", thread " .. thread_id .. ", statement " .. n
    -- paragraphs are stored JSON-escaped, so the body needs no JSON encoder here
    local text = pick(data.paragraphs) .. "\\n\\nThis is " .. title .. "; it recalls Article " .. math.random(111) .. " of the Charter."
    local body = '{"title":"' .. title .. '","authorOrganization":"unref load check (synthetic)","date":"2024-02-20",'
        .. '"kind":"press-release","language":"en","text":"' .. text .. '"}'
    return wrk.format("POST", "/api/v1/statements", {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. data.key,
      ["Idempotency-Key"] = data.run .. "-" .. phase .. "-" .. thread_id .. "-" .. n,
    }, body)
  end
  return wrk.format("GET", pick(reads)())
end

function response(status, headers, body)
  if status >= 500 then
    fivexx = fivexx + 1
  elseif status >= 400 then
    other_non2xx = other_non2xx + 1
  end
end

function done(summary, latency, requests)
  local five, four = 0, 0
  for _, t in ipairs(threads) do
    five = five + t:get("fivexx")
    four = four + t:get("other_non2xx")
  end
  local e = summary.errors
  io.write(string.format(
      "UNREF_RESULT requests=%d duration_us=%d connect=%d read=%d write=%d timeout=%d non2xx3xx=%d status5xx=%d status4xx=%d p50_us=%d p99_us=%d max_us=%d\n",
      summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status, five, four,
      latency:percentile(50), latency:percentile(99), latency.max))
end
