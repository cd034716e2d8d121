/** The Runspace API hosts use: objects out (not text), separate sinks per pipeline, pipeline input, shared session state. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorRecord, Runspace, type StreamSinks } from '../../../src/engine/index.js';

function sinks(log: string[]): StreamSinks {
  return {
    error: (record) => log.push(`error: ${record.message}`),
    warning: (message) => log.push(`warning: ${message}`),
    verbose: (message) => log.push(`verbose: ${message}`),
    debug: (message) => log.push(`debug: ${message}`),
    information: (message) => log.push(`information: ${String(message.messageData)}`),
  };
}

test('a pipeline writes objects and stream records to its own sinks', () => {
  const hostLog: string[] = [];
  const runspace = new Runspace(() => hostLog.push('host output'), sinks(hostLog));
  const output: unknown[] = [];
  const log: string[] = [];
  const errors = runspace.invokePipeline('1; "two"; Write-Warning "w"; Write-Error "e"; @{ k = 3 }', (v) => output.push(v), sinks(log));
  assert.equal(errors, []);
  assert.is(output.length, 3);
  assert.is(output[0], 1);
  assert.is(output[1], 'two');
  assert.equal(log, ['warning: w', 'error: e']);
  assert.equal(hostLog, []);
});

test('pipeline input reaches $input and process blocks', () => {
  const runspace = new Runspace(() => {}, sinks([]));
  const output: unknown[] = [];
  runspace.invokePipeline('process { $_ * 10 }', (v) => output.push(v), undefined, [1, 2, 3]);
  assert.equal(output, [10, 20, 30]);
});

test('variables and functions persist between pipelines; parse errors come back without running', () => {
  const runspace = new Runspace(() => {}, sinks([]));
  const output: unknown[] = [];
  runspace.invokePipeline('$x = 5; function double($n) { $n * 2 }', (v) => output.push(v));
  runspace.invokePipeline('double $x', (v) => output.push(v));
  assert.equal(output, [10]);
  const errors = runspace.invokePipeline('if (', (v) => output.push(v));
  assert.is(errors.length > 0, true);
  assert.equal(output, [10]);
});

test('runCommand gives $input the lines the host supplies, reading them only when used', () => {
  const output: unknown[] = [];
  const runspace = new Runspace((v) => output.push(v), sinks([]));
  let reads = 0;
  const input = () => {
    reads++;
    return ['a', 'b'];
  };
  runspace.runCommand('"no input used"', input);
  assert.is(reads, 0);
  runspace.runCommand('$input | ForEach-Object { "<$_>" }', input);
  assert.is(reads, 1);
  assert.equal(output, ['no input used', '<a>', '<b>']);
});

test('a terminating error is thrown to the host with its ErrorRecord', () => {
  const runspace = new Runspace(() => {}, sinks([]));
  try {
    runspace.invokePipeline('throw "stop here"', () => {});
    assert.unreachable('should have thrown');
  } catch (e) {
    const record = (e as { errorRecord?: unknown }).errorRecord;
    assert.ok(record instanceof ErrorRecord);
    assert.is((record as ErrorRecord).message, 'stop here');
  }
});

test.run();
