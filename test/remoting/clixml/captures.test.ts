import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Hashtable, PSObject } from '../../../src/engine/values/index.js';
import { deserializeClixml, serializeClixml } from '../../../src/remoting/clixml/index.js';
import { capturedClixml } from './captured-clixml.js';
import { valuesEqual } from './values-equal.js';

const captured = capturedClixml();

test('the captures hold CLIXML of many message types, both directions', () => {
  assert.ok(captured.length > 500, `only ${captured.length} CLIXML bodies found`);
  const types = new Set(captured.map((body) => body.messageType));
  for (const type of ['SESSION_CAPABILITY', 'INIT_RUNSPACEPOOL', 'CREATE_PIPELINE', 'PIPELINE_OUTPUT', 'ERROR_RECORD', 'PIPELINE_HOST_CALL', 'APPLICATION_PRIVATE_DATA', 'INFORMATION_RECORD', 'PROGRESS_RECORD']) {
    assert.ok(types.has(type), `no ${type} message found`);
  }
});

test('every captured CLIXML body deserializes, and re-serializing gives equal values', () => {
  for (const body of captured) {
    let value: unknown;
    try {
      value = deserializeClixml(body.xml);
    } catch (error) {
      assert.unreachable(`${body.where} ${body.messageType}: ${(error as Error).message}`);
    }
    const again = deserializeClixml(serializeClixml(value), { markDeserialized: false });
    assert.ok(valuesEqual(again, value), `${body.where} ${body.messageType}: the value changed in a round trip`);
  }
});

test('Windows objects read as PowerShell reads them', () => {
  const errorRecord = captured.find((body) => body.messageType === 'ERROR_RECORD')!;
  const record = deserializeClixml(errorRecord.xml) as PSObject;
  assert.is(record.typeNames[0], 'Deserialized.System.Management.Automation.ErrorRecord');
  const exception = record.propertyValue('Exception') as PSObject;
  assert.instance(exception, PSObject);
  assert.type(exception.propertyValue('Message'), 'string');

  const privateData = captured.find((body) => body.messageType === 'APPLICATION_PRIVATE_DATA' && body.xml.includes('PSVersionTable'))!;
  const data = (deserializeClixml(privateData.xml) as PSObject).propertyValue('ApplicationPrivateData') as PSObject;
  // PSPrimitiveDictionary is rebuilt as itself: its type names stay unprefixed.
  assert.is(data.typeNames[0], 'System.Management.Automation.PSPrimitiveDictionary');
  const versionTable = (data.baseObject as Hashtable).get('psversiontable') as PSObject;
  assert.ok((versionTable.baseObject as Hashtable).has('PSVERSION'), 'dictionary keys are case-insensitive');
});

test.run();
