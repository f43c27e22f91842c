-- wrk script: signed-in form POSTs, each request on the next application of a list.
-- Usage: wrk … -s bench/post.lua URL -- PATH_TEMPLATE IDS_FILE COOKIE BODY
-- PATH_TEMPLATE has {id}; the threads take alternate ids so no id is used twice.
local thread_count = 0
function setup(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  template, cookie, body = args[1], args[3], args[4]
  ids = {}
  for line in io.lines(args[2]) do ids[#ids + 1] = line end
  step = 2
  next_index = tid + 1
end

function request()
  local id = ids[next_index]
  next_index = next_index + step
  if next_index > #ids then next_index = tid + 1 end
  local path = template:gsub("{id}", id)
  return wrk.format("POST", path, {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

-- wrk counts answers other than 2xx and 3xx ("Non-2xx or 3xx responses"): a refused
-- submission (422) shows there.
