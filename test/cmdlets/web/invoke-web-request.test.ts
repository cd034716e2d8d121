/** Invoke-WebRequest against a local node:http server: requests as pwsh sends them, responses and errors as pwsh shows them. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from '../../engine/runtime/run-script.js';
import { startTestServer, type TestServer } from '../../support/http-test-server.js';

let server: TestServer;
let folder: string;
test.before(async () => {
  server = await startTestServer();
  folder = mkdtempSync(join(tmpdir(), 'psh-iwr-'));
});
test.after(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs a script with $U the server's URL; the host:port in its output reads HOST. */
function web(script: string): { out: string; err: string } {
  const result = run(`$U = '${server.url}'; ${script}`);
  const host = server.url.slice('http://'.length);
  return { out: result.out.replaceAll(host, 'HOST'), err: result.err.replaceAll(host, 'HOST') };
}

/** The request the server saw, from /echo's JSON. */
function echoed(script: string): { method: string; url: string; headers: Record<string, string>; body: string } {
  const result = web(`(${script}).Content`);
  assert.is(result.err, '');
  return JSON.parse(result.out);
}

const userAgent = /^Mozilla\/5\.0 \((Linux|Macintosh|Windows NT \d+\.\d+); [^;]+; [\w-]*\) PowerShell\/7\.\d+\.\d+$/;

test('a GET sends pwsh\'s user agent and no content', () => {
  const request = echoed('Invoke-WebRequest "$U/echo"');
  assert.is(request.method, 'GET');
  assert.ok(userAgent.test(request.headers['user-agent']!), request.headers['user-agent']);
  assert.is(request.headers['content-type'], undefined);
  assert.is(request.headers['content-length'], undefined);
});

const requestCases: [script: string, method: string, url: string, body: string, contentType?: string][] = [
  ['iwr "$U/echo" -Method Post -Body @{ a = "b c"; d = 1 }', 'POST', '/echo', 'a=b+c&d=1', 'application/x-www-form-urlencoded'],
  ['iwr "$U/echo?x=1" -Body ([ordered]@{ a = "1&2"; b = $null })', 'GET', '/echo?x=1&a=1%262&b=', ''],
  ['iwr "$U/echo" -Method Put -Body "text" -ContentType "text/plain; charset=utf-8"', 'PUT', '/echo', 'text', 'text/plain; charset=utf-8'],
  ['iwr "$U/echo" -Method Patch -Body ([byte[]](65, 66))', 'PATCH', '/echo', 'AB'],
  ['iwr "$U/echo" -CustomMethod report -Body "x"', 'REPORT', '/echo', 'x'],
  ['iwr "$U/echo" -Method Delete', 'DELETE', '/echo', ''],
  ['iwr "$U/redirect/302" -Method Post -Body "x"', 'GET', '/echo/redirected', ''],
  ['iwr "$U/redirect/307" -Method Post -Body "x"', 'POST', '/echo/redirected', 'x', 'application/x-www-form-urlencoded'],
  ['iwr "$U/redirect/303" -Method Put -Body "x"', 'GET', '/echo/redirected', ''],
];
for (const [script, method, url, body, contentType] of requestCases) {
  test(`request: ${script}`, () => {
    const request = echoed(script);
    assert.equal([request.method, request.url, request.body, request.headers['content-type']], [method, url, body, contentType]);
  });
}

test('-Headers, -UserAgent and -InFile', () => {
  const file = join(folder, 'in.txt');
  writeFileSync(file, 'from a file');
  const request = echoed(`iwr "$U/echo" -Method Post -InFile '${file}' -Headers @{ 'X-One' = 'a'; Accept = 'text/plain' } -UserAgent 'agent/1' -ContentType text/plain`);
  assert.equal([request.headers['x-one'], request.headers['accept'], request.headers['user-agent'], request.body, request.headers['content-type']], ['a', 'text/plain', 'agent/1', 'from a file', 'text/plain']);
});

test('-Credential with -Authentication Basic over http needs -AllowUnencryptedAuthentication', () => {
  const credential = `(New-Object pscredential 'user', (ConvertTo-SecureString -AsPlainText -Force 'pa:ss'))`;
  assert.is(
    web(`iwr "$U/echo" -Credential ${credential} -Authentication Basic`).err,
    'Invoke-WebRequest: The cmdlet cannot protect plain text secrets sent over unencrypted connections. To suppress this warning and send plain text secrets over unencrypted networks, reissue the command specifying the AllowUnencryptedAuthentication parameter.\n',
  );
  const request = echoed(`iwr "$U/echo" -Credential ${credential} -Authentication Basic -AllowUnencryptedAuthentication`);
  assert.is(request.headers['authorization'], `Basic ${Buffer.from('user:pa:ss').toString('base64')}`);
  assert.is(web(`(iwr "$U/private" -Credential ${credential} -AllowUnencryptedAuthentication).Content`).out, 'welcome\n', 'a Basic challenge answered');
  assert.is(web(`iwr "$U/private" -Credential (New-Object pscredential 'user', (ConvertTo-SecureString -AsPlainText -Force 'no')) -AllowUnencryptedAuthentication`).err, 'Invoke-WebRequest: who are you\n');
  assert.is(web('iwr "$U/echo" -Authentication Basic').err, 'Invoke-WebRequest: The cmdlet cannot run because the following parameter is not specified: Credential. The supplied Authentication type requires a Credential. Specify Credential, then retry.\n');
});

test('-Authentication Bearer sends the -Token; each pipeline object is a -Body of its own request', () => {
  const request = echoed(`iwr "$U/echo" -Authentication Bearer -Token (ConvertTo-SecureString -AsPlainText -Force 'tok') -AllowUnencryptedAuthentication`);
  assert.is(request.headers['authorization'], 'Bearer tok');
  assert.is(web('iwr "$U/echo" -Authentication Bearer').err, 'Invoke-WebRequest: The cmdlet cannot run because the following parameter is not specified: Token. The supplied Authentication type requires a Token. Specify Token, then retry.\n');
  assert.is(web('"a", "b" | iwr "$U/echo" -Method Post | % { ($_.Content | ConvertFrom-Json).body }').out, 'a\nb\n');
});

test('a session keeps cookies and headers', () => {
  const result = web(`$null = iwr "$U/cookie" -SessionVariable s -Headers @{ 'X-Session' = 'kept' }
$s.GetType().FullName
$s.Cookies.Count
(iwr "$U/echo" -WebSession $s).Content | ConvertFrom-Json | % headers | % { $_.cookie; $_.'x-session' }`);
  assert.is(result.err, '');
  assert.is(result.out, 'Microsoft.PowerShell.Commands.WebRequestSession\n1\nflavour=oat\nkept\n');
  assert.is(
    web('$s = $null; $null = iwr "$U/echo" -SessionVariable s; iwr "$U/echo" -WebSession $s -SessionVariable t').err,
    'Invoke-WebRequest: The cmdlet cannot run because the following conflicting parameters are specified: Session and SessionVariable. Specify either Session or SessionVariable, then retry.\n',
  );
});

test('the response object: text decoded by its charset, headers, basic HTML parsing', () => {
  const result = web(`$r = iwr "$U/html"
$r.GetType().FullName
$r.StatusCode, $r.StatusDescription, $r.RawContentLength -join ' '
$r.Headers['content-type']
$r.Links | % { $_.tagName + ' ' + $_.href }
$r.Images[0].alt
$r.InputFields | % { $_.name + '=' + $_.value }
$r.RawContent.StartsWith("HTTP/1.1 200 OK\`r\`n") -or $r.RawContent.StartsWith("HTTP/1.1 200 OK\`n")
(iwr "$U/latin1").Content
(iwr "$U/latin1").Encoding.WebName + ' ' + $r.Encoding.WebName
$b = iwr "$U/bytes"
$b.GetType().Name + ' ' + ($b.Content -join ',') + ' ' + $b.ToString()`);
  assert.is(result.err, '');
  assert.is(
    result.out,
    'Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject\n200 OK 143\ntext/html; charset=utf-8\nA /one\nA /two\nI\nq=v\nTrue\ncafé\niso-8859-1 utf-8\nWebResponseObject 65,0,66,255 A.B.\n',
  );
});

test('the list view cuts Content and RawContent at 200 characters', () => {
  const result = web('iwr "$U/text" | Format-List StatusCode, StatusDescription, Content');
  assert.is(result.out, '\nStatusCode        : 200\nStatusDescription : OK\nContent           : just text\n\n');
});

test('-OutFile saves the body; -PassThru also writes the object', () => {
  const file = join(folder, 'out.bin');
  assert.is(web(`iwr "$U/bytes" -OutFile '${file}'`).out, '');
  assert.equal([...readFileSync(file)], [0x41, 0x00, 0x42, 0xff]);
  assert.is(web(`(iwr "$U/text" -OutFile '${file}' -PassThru).Content`).out, 'just text\n');
  assert.is(readFileSync(file, 'utf8'), 'just text');
  assert.is(
    web('iwr "$U/text" -PassThru').err,
    'Invoke-WebRequest: The cmdlet cannot run because the following parameter is missing: OutFile. Provide a valid OutFile parameter value when using the PassThru parameter, then retry.\n',
  );
});

test('-Form sends multipart/form-data: text parts, one part per collection item, a FileInfo as a file part', () => {
  const file = join(folder, 'upload.txt');
  writeFileSync(file, 'file body');
  const request = echoed(`iwr "$U/echo" -Method Post -ContentType text/plain -Form ([ordered]@{ name = 'x y'; tags = 'a', 'b'; doc = Get-Item '${file}' })`);
  const boundary = /^multipart\/form-data; boundary="([0-9a-f-]{36})"$/.exec(request.headers['content-type']!)?.[1];
  assert.ok(boundary, request.headers['content-type']);
  const text = (name: string, value: string) => `Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=${name}\r\n\r\n${value}`;
  const filePart = "Content-Disposition: form-data; name=doc; filename=upload.txt; filename*=utf-8''upload.txt\r\nContent-Type: application/octet-stream\r\n\r\nfile body";
  const parts = [text('name', 'x y'), text('tags', 'a'), text('tags', 'b'), filePart];
  assert.is(request.body, `--${boundary}\r\n${parts.join(`\r\n--${boundary}\r\n`)}\r\n--${boundary}--\r\n`);
});

test('-Resume asks for the rest of the file and appends it; a complete file is left alone', () => {
  const file = join(folder, 'partial.bin');
  writeFileSync(file, '0123');
  assert.equal(web(`iwr "$U/download" -OutFile '${file}' -Resume`), { out: '', err: '' });
  assert.is(readFileSync(file, 'utf8'), '0123456789');
  const complete = web(`(iwr "$U/download" -OutFile '${file}' -Resume -Verbose 4>&1 | % { "$_" })`);
  assert.is(complete.out.split('\n')[0], `The file will not be re-downloaded because the remote file is the same size as the OutFile: ${file}`);
  assert.is(readFileSync(file, 'utf8'), '0123456789');
  writeFileSync(file, '0123456789AB');
  assert.is(web(`iwr "$U/download" -OutFile '${file}' -Resume -Verbose 4>&1 | % { "$_" }`).out, 'The remote server indicated it could not resume downloading. The local file will be overwritten.\n');
  assert.is(readFileSync(file, 'utf8'), '0123456789');
  assert.is(web(`iwr "$U/download" -OutFile '${folder}' -Resume`).err, `Invoke-WebRequest: The Resume switch can only be used if OutFile targets a file but it resolves to a directory: ${folder}.\n`);
});

test('-OutFile naming a folder saves under the last segment of the URL', () => {
  assert.equal(web(`iwr "$U/download" -OutFile '${folder}'`), { out: '', err: '' });
  assert.is(readFileSync(join(folder, 'download'), 'utf8'), '0123456789');
});

test('-MaximumRetryCount asks again after -RetryIntervalSec when the status is an error', () => {
  const result = web('(iwr "$U/flaky/a" -MaximumRetryCount 2 -RetryIntervalSec 1 -Verbose 4>&1 | % { "$_" })');
  assert.equal(result, { out: 'Retrying after interval of 1 seconds. Status code for previous attempt: ServiceUnavailable\nrecovered\n', err: '' });
  assert.is(web('iwr "$U/flaky/b"').err, 'Invoke-WebRequest: try again\n');
});

test('-Headers values are their ToString(); a User-Agent header is the user agent', () => {
  const request = echoed('iwr "$U/echo" -Headers @{ "X-List" = 1, 2; "X-Null" = $null; "User-Agent" = "mine/2" }');
  assert.equal([request.headers['x-list'], request.headers['x-null'], request.headers['user-agent']], ['System.Object[]', undefined, 'mine/2']);
});

const errorCases: [script: string, err: string][] = [
  ['iwr "$U/status/404"', 'Invoke-WebRequest: Missing thing\n'],
  ['iwr "$U/status/500"', 'Invoke-WebRequest: Server broke\n'],
  ['iwr "$U/jsonerror"', 'Invoke-WebRequest: \n{\n  "error": {\n    "code": 42,\n    "message": "bad"\n  }\n}\n'],
  ['iwr "$U/redirect/302" -MaximumRedirection 0', 'Invoke-WebRequest: Response status code does not indicate success: 302 (Found).\n'],
  ['iwr http://127.0.0.1:1/', 'Invoke-WebRequest: Connection refused\n'],
  ['iwr "$U/hang" -TimeoutSec 1', 'Invoke-WebRequest: The request was canceled due to the configured HttpClient.Timeout of 1 seconds elapsing.\n'],
  ['iwr "$U/echo" -Headers @{ "Bad Header" = "x" }', 'Invoke-WebRequest: The header name format is invalid.\n'],
  ['iwr "$U/echo" -Headers @{ "X-A" = "two`nlines" }', 'Invoke-WebRequest: New-line or NUL characters are not allowed in header values.\n'],
  ['iwr "$U/echo" -Body x -Form @{}', 'Invoke-WebRequest: The cmdlet cannot run because the following conflicting parameters are specified: Body and Form. Specify either Body or Form, then retry.  \n'],
  ['iwr "$U/echo" -Body x -InFile y', 'Invoke-WebRequest: The cmdlet cannot run because the following conflicting parameters are specified: Body and InFile. Specify either Body or Infile, then retry.  \n'],
];
for (const [script, err] of errorCases) {
  test(`error: ${script}`, () => assert.is(web(script).err, err));
}

test('an HTTP error is an HttpResponseException with the body as ErrorDetails', () => {
  const result = web(`try { iwr "$U/status/404" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.ErrorDetails.Message; $_.Exception.Response.StatusCode; [int]$_.Exception.Response.StatusCode }
try { iwr http://127.0.0.1:1/ } catch { $_.Exception.Message; $_.Exception.pstypenames[0]; $_.ErrorDetails.Message }`);
  assert.is(
    result.out,
    'Response status code does not indicate success: 404 (Not Found).\nWebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\nInvalidOperation\nMissing thing\nNotFound\n404\nConnection refused (127.0.0.1:1)\nSystem.Net.Http.HttpRequestException\nConnection refused\n',
  );
});

test('-SkipHttpErrorCheck returns the error response; -MaximumRedirection 0 then reports the redirect', () => {
  assert.is(web('(iwr "$U/status/404" -SkipHttpErrorCheck).StatusCode').out, '404\n');
  const result = web('(iwr "$U/redirect/301" -SkipHttpErrorCheck -MaximumRedirection 0).StatusCode');
  assert.is(result.out, '301\n');
  assert.is(result.err, 'Invoke-WebRequest: The maximum redirection count has been exceeded. To increase the number of redirections allowed, supply a higher value to the -MaximumRedirection parameter.\n');
});

test('iwr is Invoke-WebRequest, a Microsoft.PowerShell.Utility cmdlet', () => {
  assert.is(web('(Get-Alias iwr).Definition; (Get-Command Invoke-WebRequest).Source').out, 'Invoke-WebRequest\nMicrosoft.PowerShell.Utility\n');
});

test.run();
