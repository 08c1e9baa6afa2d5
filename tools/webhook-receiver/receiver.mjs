// A webhook receiver for tests and benchmarks. It verifies every delivery's Standard Webhooks signature with the
// reference library (not Parcours' code), counts deliveries per webhook-id, and answers as told:
//   PORT (0: any free port; the first line printed is "listening on <port>"), SECRET (whsec_…),
//   DELAY_MS (wait before answering), FAIL_FIRST (answer 503 to the first N attempts of each webhook-id),
//   STATUS (answer this status instead of 204; 3xx with LOCATION as Location, to check redirects are not followed).
// GET /stats answers {verified, invalid, attempts, ids: {id: count}, events: [{id, type, data, message, receivedAt}]}
// (message: the whole verified payload, e.g. a text message {to, text, messageId}).
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

const secret = process.env.SECRET;
const delay = Number(process.env.DELAY_MS ?? 0);
const failFirst = Number(process.env.FAIL_FIRST ?? 0);
const status = Number(process.env.STATUS ?? 204);
const verifier = new Webhook(secret);

const attemptsById = new Map();
const ids = {};
const events = [];
let verified = 0;
let invalid = 0;
let attempts = 0;

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/stats') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ verified, invalid, attempts, ids, events }));
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    attempts++;
    const body = Buffer.concat(chunks).toString('utf8');
    const id = request.headers['webhook-id'];
    let message;
    try {
      message = verifier.verify(body, request.headers);
    } catch (refused) {
      invalid++;
      response.writeHead(400).end(String(refused.message ?? refused));
      return;
    }
    const seen = (attemptsById.get(id) ?? 0) + 1;
    attemptsById.set(id, seen);
    setTimeout(() => {
      if (seen <= failFirst) {
        response.writeHead(503).end('failing on purpose');
        return;
      }
      verified++;
      ids[id] = (ids[id] ?? 0) + 1;
      events.push({ id, type: message.type, data: message.data, message, receivedAt: Date.now() });
      if (status >= 300 && status < 400) {
        response.writeHead(status, { location: process.env.LOCATION ?? 'http://127.0.0.1:9/' }).end();
      } else {
        response.writeHead(status).end();
      }
    }, delay);
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on ${server.address().port}`);
});
