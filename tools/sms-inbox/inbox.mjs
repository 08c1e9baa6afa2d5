// The local run's SMS provider (./parcours up), as maildev is its mail server: it receives the text messages
// feedback-service posts to SMS_ENDPOINT, checks each one's Standard Webhooks signature (SMS_SECRET) with the reference
// library, keeps them in a file and shows them in a web inbox. A repeated message id (a send retried after a timeout)
// is acknowledged and kept once, as SMS providers do.
//   SMS_SECRET=whsec_… node inbox.mjs PORT STORE_FILE
//   POST /messages      {to, text, messageId}, signed → 202 {messageId, repeat}; 400 naming what is wrong
//   GET  /api/messages  newest first: [{messageId, to, text, receivedAt}]
//   GET  /              the inbox page, refreshed every two seconds
import fs from 'node:fs';
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

const [port, store] = process.argv.slice(2);
if (!port || !store || !process.env.SMS_SECRET) {
  console.error('usage: SMS_SECRET=whsec_… node inbox.mjs PORT STORE_FILE');
  process.exit(2);
}
const verifier = new Webhook(process.env.SMS_SECRET);
// A text message is short: anything larger is not one of ours.
const MAX_BODY_BYTES = 64 * 1024;

const messages = fs.existsSync(store)
  ? fs.readFileSync(store, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  : [];
const seen = new Set(messages.map((message) => message.messageId));

function answer(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(type === 'application/json' ? JSON.stringify(body) : body);
}

function receive(request, response) {
  const chunks = [];
  let size = 0;
  request.on('data', (chunk) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  request.on('end', () => {
    if (size > MAX_BODY_BYTES) {
      answer(response, 413, { error: `a message body is at most ${MAX_BODY_BYTES} bytes` });
      return;
    }
    let sent;
    try {
      sent = verifier.verify(Buffer.concat(chunks).toString('utf8'), request.headers);
    } catch (refused) {
      answer(response, 400, { error: `signature: ${refused.message ?? refused}` });
      return;
    }
    for (const field of ['to', 'text', 'messageId']) {
      if (typeof sent[field] !== 'string' || sent[field] === '') {
        answer(response, 400, { error: `${field}: a non-empty string is required` });
        return;
      }
    }
    const repeat = seen.has(sent.messageId);
    if (!repeat) {
      const message = { messageId: sent.messageId, to: sent.to, text: sent.text, receivedAt: new Date().toISOString() };
      fs.appendFileSync(store, `${JSON.stringify(message)}\n`);
      messages.push(message);
      seen.add(message.messageId);
      console.log(`text message ${message.messageId} to ${message.to}`);
    }
    answer(response, 202, { messageId: sent.messageId, repeat });
  });
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SMS inbox · Parcours local run</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.3rem; } p.hint { color: #555; }
  ol { list-style: none; padding: 0; }
  li { border: 1px solid #d5d9e0; border-radius: .6rem; padding: .7rem 1rem; margin: .7rem 0; }
  .meta { color: #555; font-size: .85rem; } .text { white-space: pre-wrap; overflow-wrap: anywhere; margin-top: .3rem; }
</style></head>
<body><h1>SMS inbox</h1>
<p class="hint">Every text message the local platform sends (survey invitations with channel SMS) lands here, newest first.</p>
<ol id="messages" aria-live="polite"></ol>
<script>
  const list = document.getElementById('messages');
  function textWithLinks(text) {
    const span = document.createElement('div');
    span.className = 'text';
    for (const part of text.split(/(https?:\\/\\/\\S+)/)) {
      if (/^https?:\\/\\//.test(part)) {
        const link = Object.assign(document.createElement('a'), { href: part, textContent: part });
        span.append(link);
      } else {
        span.append(part);
      }
    }
    return span;
  }
  async function refresh() {
    const messages = await (await fetch('api/messages')).json();
    list.replaceChildren(...messages.map((message) => {
      const item = document.createElement('li');
      const meta = Object.assign(document.createElement('div'), { className: 'meta',
        textContent: 'To ' + message.to + ' · ' + new Date(message.receivedAt).toLocaleString() });
      item.append(meta, textWithLinks(message.text));
      return item;
    }));
    if (messages.length === 0) list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'No text message yet.' }));
  }
  refresh();
  setInterval(refresh, 2000);
</script></body></html>`;

const server = http.createServer((request, response) => {
  const path = request.url.split('?')[0];
  if (request.method === 'POST' && path === '/messages') {
    receive(request, response);
  } else if (request.method === 'GET' && path === '/api/messages') {
    answer(response, 200, [...messages].reverse());
  } else if (request.method === 'GET' && (path === '/' || path === '/index.html')) {
    answer(response, 200, PAGE, 'text/html');
  } else {
    answer(response, 404, { error: 'POST /messages, GET /api/messages or GET /' });
  }
});

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`SMS inbox ready on http://127.0.0.1:${server.address().port}/ (messages kept in ${store})`);
});
