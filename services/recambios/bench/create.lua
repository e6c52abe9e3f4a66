-- wrk: POST /recambios with a new numero_serie each time. Each wrk thread takes its own
-- leading letter (B, C, … or, with a letter offset passed as the second argument, later ones)
-- so threads and services sharing a database never collide; the round number passed after
-- `--` (0-9) and a running counter fill the digits, so later rounds never repeat a number.
local counter = 0
local round = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
end

function init(args)
  round = tonumber(args[1] or "0")
  letter = string.char(65 + index + tonumber(args[2] or "0"))
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"numero_serie":"%s%07d-W","nombre":"Filtro de aceite","proveedor":"Mann",' ..
    '"garantia":"2 años","precio":9.5,"iva":21,"cantidad":10,"stock_minimo":2}',
    letter, round * 1000000 + counter)
  return wrk.format("POST", "/recambios", with_auth({["Content-Type"] = "application/json"}), body)
end

-- wrk.format with a headers table drops the command line's -H headers (the bench's bearer
-- token): add them back.
function with_auth(headers)
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return headers
end
