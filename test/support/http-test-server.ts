/**
 * The HTTP server the web cmdlet tests talk to: node:http (or node:https) on 127.0.0.1 with an ephemeral port, in
 * a worker thread, since a cmdlet blocks the test's thread while it waits for the response.
 * Routes: /echo (the request as JSON), /html, /status/<code> (with a body), /redirect/<code>
 * (to /echo/redirected), /cookie (sets one), /bytes, /latin1, /json, /xml, /page/<n> (Link
 * rel=next up to 3), /download (0123456789, honouring a Range), /private
 * (401 with a Basic challenge unless user:pa:ss), /flaky/<key> (503 the first
 * time), /hang (never answers).
 */
import { Worker } from 'node:worker_threads';

const serverCode = `
const { parentPort, workerData } = require('node:worker_threads');
const seen = new Set();
const handler = (req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const [, route, arg] = req.url.split(/[/?]/);
    const send = (status, type, content, headers = {}) => {
      res.writeHead(status, { ...(type ? { 'Content-Type': type } : {}), ...headers });
      res.end(content);
    };
    switch (route) {
      case 'echo': return send(200, 'application/json', JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
      case 'html': return send(200, 'text/html; charset=utf-8', '<html><body><a href="/one" class=x>One</a> <A HREF=\\'/two\\'>Two</a><img src="i.png" alt="I"><input type="text" name="q" value="v"/></body></html>');
      case 'status': return send(Number(arg), 'text/html', Number(arg) === 500 ? '<h1>Server <b>broke</b></h1>' : 'Missing thing');
      case 'jsonerror': return send(400, 'application/json', '{"error":{"code":42,"message":"bad"}}');
      case 'redirect': return send(Number(arg), null, '', { Location: '/echo/redirected' });
      case 'cookie': return send(200, 'text/plain', 'set', { 'Set-Cookie': 'flavour=oat; Path=/' });
      case 'bytes': return send(200, 'application/octet-stream', Buffer.from([0x41, 0x00, 0x42, 0xff]));
      case 'latin1': return send(200, 'text/plain; charset=iso-8859-1', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
      case 'json': return send(200, 'application/json; charset=utf-8', '{"name":"psh","list":[1,2],"nested":{"ok":true}}');
      case 'xml': return send(200, 'application/xml', '<root><item>1</item></root>');
      case 'text': return send(200, 'text/plain', 'just text');
      case 'page': {
        const n = Number(arg);
        return send(200, 'application/json', JSON.stringify({ page: n }), n < 3 ? { Link: '</page/' + (n + 1) + '>; rel="next"' } : {});
      }
      case 'download': {
        const whole = Buffer.from('0123456789');
        const from = /^bytes=(\\d+)-$/.exec(req.headers.range || '');
        if (!from) return send(200, 'application/octet-stream', whole);
        const start = Number(from[1]);
        if (start >= whole.length) return send(416, 'text/plain', '', { 'Content-Range': 'bytes */' + whole.length });
        return send(206, 'application/octet-stream', whole.subarray(start), { 'Content-Range': 'bytes ' + start + '-' + (whole.length - 1) + '/' + whole.length });
      }
      case 'private': {
        if (req.headers.authorization === 'Basic ' + Buffer.from('user:pa:ss').toString('base64')) return send(200, 'text/plain', 'welcome');
        return send(401, 'text/plain', 'who are you', { 'WWW-Authenticate': 'Basic realm="test"' });
      }
      case 'flaky': {
        // Fails with 503 the first time each key is asked for.
        if (seen.has(arg)) return send(200, 'text/plain', 'recovered');
        seen.add(arg);
        return send(503, 'text/plain', 'try again');
      }
      case 'hang': return;
      default: return send(404, 'text/plain', '');
    }
  });
};
const server = workerData.tls ? require('node:https').createServer(workerData.tls, handler) : require('node:http').createServer(handler);
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

export interface TestServer {
  url: string;
  close(): Promise<number>;
}

/** `tls`: an https server with that certificate and key (PEM). */
export async function startTestServer(tls?: { cert: string; key: string }): Promise<TestServer> {
  const worker = new Worker(serverCode, { eval: true, workerData: { tls } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`, close: () => worker.terminate() };
}
