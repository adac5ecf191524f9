// The /simulator page's script and stylesheet, served as same-origin files (the page's CSP allows
// no inline script or style). Vanilla JS, no build step: sign in (or paste an API key), pick a
// simulator channel and a customer number, write; the transcript follows /ws and polls as a fallback.

export const SIMULATOR_CSS = `
body{font-family:system-ui,sans-serif;margin:0;background:#e5ddd5;color:#111}
header{background:#075e54;color:#fff;padding:.6rem 1rem}header h1{font-size:1.1rem;margin:0}
form,.bar{display:flex;flex-wrap:wrap;gap:.5rem;padding:.6rem 1rem;background:#f0f0f0;align-items:end}
label{display:flex;flex-direction:column;font-size:.8rem;gap:.2rem}
input,select,button{font:inherit;padding:.4rem}
#log{display:flex;flex-direction:column;gap:.4rem;padding:1rem;min-height:50vh;max-width:44rem;margin:0 auto}
.msg{max-width:75%;padding:.4rem .6rem;border-radius:.5rem;box-shadow:0 1px 1px #0002;white-space:pre-wrap}
.in{align-self:flex-end;background:#dcf8c6}.out{align-self:flex-start;background:#fff}
.meta{font-size:.7rem;color:#555}.error{color:#a40000;padding:0 1rem}[hidden]{display:none}
#compose{position:sticky;bottom:0}#compose input[name=text]{flex:1}
`;

export const SIMULATOR_JS = `(() => {
  'use strict';
  const root = document.getElementById('app');
  const t = JSON.parse(root.dataset.i18n);
  const $ = (id) => document.getElementById(id);
  const store = sessionStorage;
  let channel = null, conversation = null, socket = null, timer = null;
  const shown = new Set();

  function headers(json) {
    const h = { authorization: 'Bearer ' + store.getItem('nx.token') };
    const ws = store.getItem('nx.workspace');
    if (ws) h['x-workspace-id'] = ws;
    if (json) h['content-type'] = 'application/json';
    return h;
  }
  async function api(method, path, body) {
    const res = await fetch('/api/v1' + path, { method, headers: headers(body !== undefined), body: body === undefined ? undefined : JSON.stringify(body) });
    const data = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) throw new Error((data && (data.detail || data.title)) || res.status);
    return data;
  }
  function fail(error) { $('error').textContent = String(error.message || error); }

  async function signIn(event) {
    event.preventDefault();
    $('error').textContent = '';
    const f = event.target;
    try {
      if (f.key.value.trim()) {
        store.setItem('nx.token', f.key.value.trim());
        store.removeItem('nx.workspace');
      } else {
        const res = await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: f.email.value, password: f.password.value }) });
        const data = await res.json();
        if (!res.ok) throw new Error(data.detail || data.title);
        store.setItem('nx.token', data.access_token);
        store.removeItem('nx.workspace');
        const list = await api('GET', '/workspaces');
        if (!list.items.length) throw new Error(t.noWorkspace);
        store.setItem('nx.workspace', list.items[0].id);
      }
      await loadChannels();
    } catch (e) { fail(e); }
  }

  async function loadChannels() {
    const list = await api('GET', '/channels?limit=100');
    const sims = list.items.filter((c) => c.kind === 'simulator' && c.status === 'active');
    const select = $('channel');
    select.replaceChildren(...sims.map((c) => new Option(c.name, c.id)));
    if (!sims.length) throw new Error(t.noChannel);
    $('signin').hidden = true;
    $('chat').hidden = false;
    $('compose').hidden = false;
  }

  function render(m) {
    if (shown.has(m.id)) return;
    shown.add(m.id);
    const div = document.createElement('div');
    div.className = 'msg ' + (m.direction === 'inbound' ? 'in' : 'out');
    div.textContent = (m.media ? '📎 [' + m.kind + '] ' : '') + (m.text || (m.media ? '' : '[' + m.kind + ']'));
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = (m.direction === 'inbound' ? t.you : t.shop) + ' · ' + new Date(m.created_at).toLocaleTimeString();
    div.append(meta);
    $('log').append(div);
    div.scrollIntoView({ block: 'end' });
  }

  async function refresh() {
    if (!channel) return;
    try {
      if (!conversation) {
        const list = await api('GET', '/conversations?limit=100&channel_id=' + channel);
        const found = list.items.find((c) => c.contact_address === phone());
        if (!found) return;
        conversation = found.id;
      }
      const page = await api('GET', '/conversations/' + conversation + '/messages?limit=100');
      page.items.slice().reverse().forEach(render);
    } catch (e) { fail(e); }
  }

  function phone() { return '+' + $('phone').value.replace(/[^0-9]/g, ''); }

  function follow() {
    clearInterval(timer);
    timer = setInterval(refresh, 3000);
    if (socket) socket.close();
    const q = new URLSearchParams({ access_token: store.getItem('nx.token') });
    if (store.getItem('nx.workspace')) q.set('workspace_id', store.getItem('nx.workspace'));
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/api/v1/ws?' + q);
    socket.onmessage = (event) => {
      const frame = JSON.parse(event.data);
      if (frame.type === 'conversations.message.created' || frame.type === 'conversations.conversation.updated') refresh();
    };
  }

  function start() {
    channel = $('channel').value;
    conversation = null;
    shown.clear();
    $('log').replaceChildren();
    follow();
    refresh();
  }

  async function base64(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(bin);
  }

  async function send(event) {
    event.preventDefault();
    const input = event.target.text;
    const picker = event.target.file;
    const text = input.value.trim();
    const file = picker.files && picker.files[0];
    if (!text && !file) return;
    input.value = '';
    picker.value = '';
    try {
      if (channel !== $('channel').value) start();
      const id = 'web-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10);
      const body = { phone: phone(), name: $('name').value || null, client_message_id: id };
      if (text) body.text = text;
      if (file) body.media = { data: await base64(file), content_type: file.type || 'application/octet-stream', filename: file.name };
      const receipt = await api('POST', '/channels/' + channel + '/simulator/messages', body);
      if (receipt.conversation_id) conversation = receipt.conversation_id;
      setTimeout(refresh, 300);
    } catch (e) { fail(e); }
  }

  $('signin').addEventListener('submit', signIn);
  $('compose').addEventListener('submit', send);
  $('channel').addEventListener('change', start);
  $('phone').addEventListener('change', start);
  if (store.getItem('nx.token')) loadChannels().then(start).catch(() => { $('signin').hidden = false; });
})();
`;
