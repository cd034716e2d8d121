/** -OutputFormat XML and None: each stream's objects as pwsh's console host serializes them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ConsoleHost, type ObjectStreams } from '../../src/host/console-host.js';
import { ClixmlStreamWriter } from '../../src/host/clixml-output.js';

const objs = '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">';

function run(command: string, streams: (out: (s: string) => void, err: (s: string) => void) => ObjectStreams): { out: string; err: string; code: number } {
  let out = '';
  let err = '';
  const write = (s: string) => { out += s; };
  const writeError = (s: string) => { err += s; };
  const host = new ConsoleHost({ stdout: write, stderr: writeError }, streams(write, writeError));
  const code = host.runCommand(command);
  host.close();
  return { out, err, code };
}

const xml = (out: (s: string) => void, err: (s: string) => void): ObjectStreams => ({ output: new ClixmlStreamWriter(out), error: new ClixmlStreamWriter(err) });

test('output objects follow a #< CLIXML line in one <Objs> document, each marked S="Output"', () => {
  const { out, err, code } = run('1; "a<b"; [pscustomobject]@{ A = 1 }; $null', xml);
  assert.is(out, `#< CLIXML\n${objs}<I32 S="Output">1</I32><S S="Output">a&lt;b</S><Obj S="Output" RefId="0"><TN RefId="0">`
    + '<T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN><MS><I32 N="A">1</I32></MS></Obj><Nil S="Output"/></Objs>');
  assert.is(err, '');
  assert.is(code, 0);
});

test('warnings and errors go to standard error in their own document, named by stream', () => {
  const { out, err, code } = run('Write-Warning "careful"; Write-Error "oops"', xml);
  assert.is(out, '');
  assert.ok(err.startsWith(`#< CLIXML\n${objs}<S S="warning">careful</S><Obj S="Error" RefId="0"><TN RefId="0"><T>System.Management.Automation.ErrorRecord</T>`));
  assert.ok(err.endsWith('</Obj></Objs>'));
  assert.is(code, 1);
});

test('a .NET-shaped object is written to depth 1: its properties as text beyond it', () => {
  const { out, code } = run("[regex]'a+'", xml);
  assert.is(out, `#< CLIXML\n${objs}<Obj S="Output" RefId="0"><TN RefId="0"><T>System.Text.RegularExpressions.Regex</T><T>System.Object</T></TN>`
    + '<ToString>a+</ToString><Props><S N="Options">None</S><B N="RightToLeft">false</B></Props></Obj></Objs>');
  assert.is(code, 0);
});

test('nothing is written for a run without output', () => {
  assert.equal(run('$x = 1', xml), { out: '', err: '', code: 0 });
});

test('None discards every stream', () => {
  const discard = { serialize() {}, end() {} };
  assert.equal(run('1; Write-Error "gone"', () => ({ output: discard, error: discard })), { out: '', err: '', code: 1 });
});

test.run();
