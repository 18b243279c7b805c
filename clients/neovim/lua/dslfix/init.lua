-- dslfix: language server client for Neovim.
--
--   require('dslfix').setup{
--     jar = '/path/to/dslfix.jar',         -- or $DSLFIX_JAR
--     java = 'java',                       -- or $DSLFIX_JAVA
--     settings = { repair = { aggressiveness = 'balanced', top = 5 } },
--   }
--
-- Neovim 0.11+: registered with vim.lsp.config() / vim.lsp.enable().
-- Neovim 0.8-0.10: vim.lsp.start() from a FileType autocmd.
-- Neovim 0.7: vim.lsp.start_client() + vim.lsp.buf_attach_client() from a FileType autocmd.

local M = {}

local NAME = 'dslfix'

M.defaults = {
  -- Full server command. When set, `java`, `java_args` and `jar` are not used.
  cmd = nil,
  java = nil, -- default: $DSLFIX_JAVA or 'java'
  java_args = {}, -- e.g. { '-Xmx1g' }
  jar = nil, -- default: $DSLFIX_JAR
  -- The dslfix configuration object: the same keys as dslfix.json ("languages", "sql",
  -- "diagnostics", "repair", "maxDocumentChars"). Sent as initializationOptions and as
  -- workspace/didChangeConfiguration settings under "dslfix". The editor's settings win over
  -- dslfix.json, key by key at the top level.
  settings = {},
  filetypes = { 'sql', 'dslfix_playbook', 'sh', 'bash' },
  root_markers = { 'dslfix.json', '.git' },
  -- Ask for versioned edits (WorkspaceEdit.documentChanges). Neovim does not declare this
  -- capability by default, but vim.lsp.util.apply_workspace_edit() applies documentChanges and
  -- refuses an edit whose version is older than the buffer's.
  versioned_edits = true,
  -- Filetype detection for the built-in DSLs (*.playbook.yml / *.playbook.yaml).
  detect_filetypes = true,
  capabilities = nil, -- merged over vim.lsp.protocol.make_client_capabilities()
  on_attach = nil,
  handlers = nil,
}

M.config = nil

local function has(feature)
  return vim.fn.has(feature) == 1
end

local function notify(msg, level)
  vim.notify('dslfix: ' .. msg, level or vim.log.levels.ERROR)
end

--- LSP language id for a filetype: 'dslfix_playbook' -> 'playbook', 'sh' and 'bash' -> 'shell',
--- 'sql' -> 'sql'.
function M.language_id(_, filetype)
  if filetype == 'sh' or filetype == 'bash' then
    return 'shell'
  end
  return (filetype:gsub('^dslfix_', ''))
end

local function is_empty(t)
  return type(t) ~= 'table' or next(t) == nil
end

local function build_cmd(opts)
  if opts.cmd then
    return opts.cmd
  end
  local jar = opts.jar or vim.env.DSLFIX_JAR
  if not jar or jar == '' then
    return nil, 'no server: pass `jar` (or `cmd`) to setup(), or set $DSLFIX_JAR'
  end
  jar = vim.fn.fnamemodify(vim.fn.expand(jar), ':p')
  if vim.fn.filereadable(jar) == 0 then
    return nil, 'jar not found: ' .. jar
  end
  local java = opts.java or vim.env.DSLFIX_JAVA or 'java'
  local cmd = { java }
  vim.list_extend(cmd, opts.java_args or {})
  vim.list_extend(cmd, { '-jar', jar, 'serve' })
  return cmd
end

local function capabilities(opts)
  local caps = vim.lsp.protocol.make_client_capabilities()
  if opts.capabilities then
    caps = vim.tbl_deep_extend('force', caps, opts.capabilities)
  end
  if opts.versioned_edits then
    caps = vim.tbl_deep_extend('force', caps, { workspace = { workspaceEdit = { documentChanges = true } } })
  end
  return caps
end

--- Nearest directory (upwards from `path`) holding one of `markers`; else the file's directory.
function M.find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local uv = vim.loop
  while dir and dir ~= '' do
    for _, marker in ipairs(markers or {}) do
      if uv.fs_stat(dir .. '/' .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      break
    end
    dir = parent
  end
  return vim.fn.fnamemodify(path, ':p:h')
end

--- The client configuration shared by every code path (without root_dir).
local function client_config(opts, cmd)
  local cfg = {
    name = NAME,
    cmd = cmd,
    filetypes = opts.filetypes,
    capabilities = capabilities(opts),
    get_language_id = M.language_id,
    on_attach = opts.on_attach,
    handlers = opts.handlers,
  }
  if not is_empty(opts.settings) then
    cfg.init_options = opts.settings
    cfg.settings = { dslfix = opts.settings }
  end
  if not has('nvim-0.8') then
    -- 0.7 does not send settings by itself.
    cfg.on_init = function(client)
      if not is_empty(client.config.settings) then
        client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
      end
    end
  end
  return cfg
end

local function detect_filetypes()
  if has('nvim-0.8') and vim.filetype and vim.filetype.add then
    vim.filetype.add({
      pattern = {
        ['.*%.playbook%.ya?ml'] = { 'dslfix_playbook', { priority = 10 } },
      },
    })
    return
  end
  -- 0.7: vim.filetype.add() exists but is only used with g:do_filetype_lua = 1; this
  -- autocmd is defined after filetype.vim's, so it runs later and wins over 'yaml'.
  local group = vim.api.nvim_create_augroup('dslfix_filetypes', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = { '*.playbook.yml', '*.playbook.yaml' },
    callback = function(args)
      vim.api.nvim_buf_set_option(args.buf, 'filetype', 'dslfix_playbook')
    end,
  })
end

-- Neovim 0.7: one client per root directory, reused across buffers.
local clients_by_root = {}

local function alive(id)
  local client = id and vim.lsp.get_client_by_id(id)
  return client and not client.is_stopped()
end

--- Starts (or reuses) the dslfix client for `bufnr` and attaches it. Returns the client id.
function M.attach(bufnr)
  local opts = M.config
  if not opts then
    notify('call require("dslfix").setup{} first')
    return nil
  end
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local path = vim.api.nvim_buf_get_name(bufnr)
  if path == '' or vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  local cmd, err = build_cmd(opts)
  if not cmd then
    notify(err)
    return nil
  end
  local root = M.find_root(path, opts.root_markers)
  local cfg = client_config(opts, cmd)
  cfg.root_dir = root
  if vim.lsp.start then -- 0.8+
    return vim.lsp.start(cfg, { bufnr = bufnr })
  end
  local id = clients_by_root[root]
  if not alive(id) then
    cfg.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
    id = vim.lsp.start_client(cfg)
    if not id then
      notify('could not start ' .. table.concat(cmd, ' '))
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

function M.setup(user)
  local opts = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), user or {})
  -- Lists replace, not merge.
  if user and user.filetypes then
    opts.filetypes = user.filetypes
  end
  if user and user.root_markers then
    opts.root_markers = user.root_markers
  end
  if user and user.cmd then
    opts.cmd = user.cmd
  end
  M.config = opts

  if opts.detect_filetypes then
    detect_filetypes()
  end

  if vim.lsp.config and vim.lsp.enable then -- 0.11+
    local cmd, err = build_cmd(opts)
    if not cmd then
      notify(err)
      return
    end
    local cfg = client_config(opts, cmd)
    cfg.root_markers = opts.root_markers
    vim.lsp.config(NAME, cfg)
    vim.lsp.enable(NAME)
    return
  end

  local group = vim.api.nvim_create_augroup('dslfix_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  -- Buffers opened before setup() ran (e.g. when a plugin manager loads us on FileType).
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(opts.filetypes, vim.bo[buf].filetype) then
      M.attach(buf)
    end
  end
end

return M
