/** Invoke-RestMethod against a local node:http server: bodies converted as pwsh converts them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from '../../engine/runtime/run-script.js';
import { startTestServer, type TestServer } from '../../support/http-test-server.js';

let server: TestServer;
test.before(async () => {
  server = await startTestServer();
});
test.after(async () => {
  await server.close();
});

/** Runs a script with $U the server's URL; the host:port in its output reads HOST. */
function web(script: string): { out: string; err: string } {
  const result = run(`$U = '${server.url}'; ${script}`);
  const host = server.url.slice('http://'.length);
  return { out: result.out.replaceAll(host, 'HOST'), err: result.err.replaceAll(host, 'HOST') };
}

const cases: [script: string, out: string, err?: string][] = [
  ['irm "$U/json"', '\nname list   nested\n---- ----   ------\npsh  {1, 2} @{ok=True}\n\n'],
  ['$r = irm "$U/json"; $r.nested.ok; $r.list.Count; $r.GetType().Name', 'True\n2\nPSCustomObject\n'],
  ['irm "$U/text"', 'just text\n'],
  ['(irm "$U/latin1").Length', '4\n'],
  // psh has no XmlDocument model: XML stays text.
  ['irm "$U/xml"', '<root><item>1</item></root>\n'],
  ['irm "$U/echo" -Method Post -Body (@{ a = 1 } | ConvertTo-Json -Compress) -ContentType application/json | % body', '{"a":1}\n'],
  ['irm "$U/page/1" -FollowRelLink | % page', '1\n2\n3\n'],
  ['irm "$U/page/1" -FollowRelLink -MaximumFollowRelLink 2 | % page', '1\n2\n'],
  ['irm "$U/page/1" | % page', '1\n'],
  ['irm "$U/page/1" -FollowRelLink -Verbose 4>&1 | % { "$_" }', '@{page=1}\nFollowing rel link http://HOST/page/2\n@{page=2}\nFollowing rel link http://HOST/page/3\n@{page=3}\n'],
  ['$null = irm "$U/json" -StatusCodeVariable code -ResponseHeadersVariable headers; $code; $headers["content-type"]', '200\napplication/json; charset=utf-8\n'],
  ['$null = irm "$U/status/404" -SkipHttpErrorCheck -StatusCodeVariable code; $code', '404\n'],
  ['irm "$U/status/404"', '', 'Invoke-RestMethod: Missing thing\n'],
  ['irm "$U/jsonerror"', '', 'Invoke-RestMethod: \n{\n  "error": {\n    "code": 42,\n    "message": "bad"\n  }\n}\n'],
  ['(Get-Alias irm).Definition; (Get-Command Invoke-RestMethod).Source', 'Invoke-RestMethod\nMicrosoft.PowerShell.Utility\n'],
];
for (const [script, out, err = ''] of cases) {
  test(script, () => {
    const result = web(script);
    assert.is(result.out, out, 'stdout');
    assert.is(result.err, err, 'stderr');
  });
}

test.run();
