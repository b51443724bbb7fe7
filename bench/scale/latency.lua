-- wrk summary for bench/scale/run: p50 and p95 in milliseconds, requests, and responses that were not 2xx/3xx.
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.2f %.2f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests, summary.errors.status))
end
