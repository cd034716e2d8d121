/** The web cmdlets over https: an untrusted certificate is refused as .NET refuses it, unless -SkipCertificateCheck. */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from '../../engine/runtime/run-script.js';
import { startTestServer, type TestServer } from '../../support/http-test-server.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tls/${name}`, import.meta.url), 'utf8');
let server: TestServer;
test.before(async () => {
  // Self-signed for localhost and 127.0.0.1: the name matches, the root is untrusted.
  server = await startTestServer({ cert: fixture('other-cert.pem'), key: fixture('other-key.pem') });
});
test.after(async () => {
  await server.close();
});

const cases: [script: string, out: string, err?: string][] = [
  ['(iwr "$U/text" -SkipCertificateCheck).Content', 'just text\n'],
  ['irm "$U/json" -SkipCertificateCheck | % name', 'psh\n'],
  ['iwr "$U/text"', '', 'Invoke-WebRequest: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot\n'],
  ['try { irm "$U/text" } catch { $_.Exception.Message }', 'The SSL connection could not be established, see inner exception.\n'],
];
for (const [script, out, err = ''] of cases) {
  test(script, () => {
    const result = run(`$U = '${server.url}'; ${script}`);
    assert.is(result.out, out, 'stdout');
    assert.is(result.err, err, 'stderr');
  });
}

test.run();
