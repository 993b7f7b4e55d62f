-- wrk script: POST the file named by the BODY environment variable as JSON to the URL given to wrk (a GET when
-- BODY is empty), and print the rate, p50 / p99 / max latencies and the errors at the end.
local body = os.getenv("BODY")
if body ~= nil and body ~= "" then
  local f = assert(io.open(body, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d, non-2xx %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
