-- wrk script: every connection sends the benchmark's query mix in rotation (one request path per line in the
-- file named by WRK_PATHS), as staff with HTTP Basic (WRK_AUTH = base64 of user:password).
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  paths[#paths + 1] = line
end
local i = 0
wrk.headers["Authorization"] = "Basic " .. os.getenv("WRK_AUTH")

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
