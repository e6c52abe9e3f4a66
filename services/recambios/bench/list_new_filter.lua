-- wrk: the bench's list query with a precio_max no earlier request used (above every price, so
-- the page and its total are the same as without it): recambios remembers a filter's total
-- until the next write, and this row measures lists whose total is counted by a full walk.
-- Each wrk thread gets its own id, so two threads never send the same filter.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local counter = 0

request = function()
  counter = counter + 1
  local path = string.format("%s&precio_max=%d.%06d", wrk.path, 1000 + counter, id)
  return wrk.format("GET", path)
end
