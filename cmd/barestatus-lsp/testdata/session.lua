-- A Neovim session driven by nvim_test.go: it starts barestatus-lsp with
-- Neovim's own LSP client, waits for diagnostics, edits the buffer
-- without saving, applies every quick fix through the client, and writes
-- what it saw as JSON to $BARESTATUS_OUT. Runs on Neovim 0.7 and later.

local bin = os.getenv('BARESTATUS_LSP')
local file = os.getenv('BARESTATUS_FILE')
local out = os.getenv('BARESTATUS_OUT')
local timeout = 120000
local result = { diagnostics = {}, applied = {} }

local function finish(err)
  result.error = err
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd(err and 'cquit 1' or 'qall!')
end

local function ours(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == 'barestatus' then
      table.insert(list, d)
    end
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or a.lnum == b.lnum and a.col < b.col end)
  return list
end

local function wait_for(what, cond)
  if not vim.wait(timeout, cond, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function session()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local exit_code
  local config = {
    name = 'barestatus',
    cmd = { bin, '-severity=error', '-debounce=100ms' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    on_exit = function(code) exit_code = code end,
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config) -- Neovim 0.8+: starts and attaches
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  result.nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor)

  -- 1. The file as saved: diagnostics with Neovim's byte columns.
  wait_for('diagnostics', function() return #ours(buf) > 0 end)
  for _, d in ipairs(ours(buf)) do
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, message = d.message,
    })
  end

  -- 2. An unsaved edit: a new bare code appears in the buffer only.
  local last = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, last - 1, last - 1, true, { '\tw.WriteHeader(418)' })
  wait_for('the diagnostic of the unsaved line', function()
    for _, d in ipairs(ours(buf)) do
      if d.message:find('418', 1, true) then return true end
    end
    return false
  end)
  result.unsaved_seen = true

  -- 3. Apply each quick fix through the client, one at a time, waiting
  -- for the server's analysis of the edited buffer in between.
  for _ = 1, 50 do
    local fixable
    for _, d in ipairs(ours(buf)) do
      if d.message:find(': use ', 1, true) then fixable = d break end
    end
    if not fixable then break end
    local before = #ours(buf)
    vim.api.nvim_win_set_cursor(0, { fixable.lnum + 1, fixable.col })
    local params = vim.lsp.util.make_range_params(0, 'utf-16')
    params.context = { diagnostics = {}, only = { 'quickfix' } }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout)
    local action = responses and responses[client_id] and responses[client_id].result and responses[client_id].result[1]
    if not action then
      error('no code action at ' .. (fixable.lnum + 1) .. ':' .. fixable.col .. ' for ' .. fixable.message)
    end
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    table.insert(result.applied, action.title)
    wait_for('diagnostics after ' .. action.title, function() return #ours(buf) < before end)
  end
  result.remaining = {}
  for _, d in ipairs(ours(buf)) do
    table.insert(result.remaining, d.message)
  end
  result.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, true)
  result.modified = vim.bo[buf].modified

  -- 4. An orderly stop: shutdown, then exit.
  vim.lsp.stop_client(client_id)
  wait_for('the server to exit', function() return exit_code ~= nil end)
  result.exit_code = exit_code
end

local ok, err = pcall(session)
finish(not ok and tostring(err) or nil)
