import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { getMember, invokeMethod, PSPropertyView, setMember } from '../../../src/engine/dotnet/index.js';
import { objectToString } from '../../../src/engine/conversion/index.js';
import { PSNoteProperty, PSObject } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';

const ctx = scriptContext();
const call = (target: unknown, name: string, ...args: unknown[]) => invokeMethod(target, name, args, ctx);
const value = (target: unknown, name: string) => {
  const result = getMember(target, name);
  return result.found ? result.value : 'NOT FOUND';
};
const person = () => PSObject.customObject({ Name: 'Ann', Age: 41 });

test('$p.psobject.Properties lists the note properties with Name, Value, MemberType, TypeNameOfValue', () => {
  const properties = value(value(person(), 'psobject'), 'Properties');
  assert.equal(value(properties, 'Name'), ['Name', 'Age']);
  assert.equal(value(properties, 'Value'), ['Ann', 41]);
  assert.equal(value(properties, 'TypeNameOfValue'), ['System.String', 'System.Int32']);
  assert.equal((value(properties, 'MemberType') as unknown[]).map(objectToString), ['NoteProperty', 'NoteProperty']);
  assert.equal([...(properties as Iterable<PSPropertyView>)].map(String), ['string Name=Ann', 'int Age=41']);
});

test("a .NET object's psobject.Properties are its .NET properties", () => {
  const properties = value(value('abc', 'psobject'), 'Properties');
  assert.equal(value(properties, 'Name'), 'Length');
  assert.is(String(call(properties, 'get_Item', 'length')), 'int Length {get;}');
  assert.is(value(call(properties, 'get_Item', 'Length'), 'Value'), 3);
});

test('Properties: get_Item, Add, Remove, Match; setting Value writes through', () => {
  const p = person();
  const properties = value(value(p, 'psobject'), 'Properties');
  setMember(call(properties, 'get_Item', 'Age'), 'Value', 42);
  assert.is(p.propertyValue('Age'), 42);
  call(properties, 'Add', new PSNoteProperty('City', 'Oslo'));
  assert.is(p.propertyValue('City'), 'Oslo');
  call(properties, 'Remove', 'Name');
  assert.is(p.property('Name'), undefined);
  assert.equal(value(call(properties, 'Match', 'C*'), 'Name'), 'City');
});

test('$p.psobject.BaseObject, .TypeNames, .Copy(); $p.pstypenames', () => {
  const p = person();
  const view = value(p, 'psobject');
  assert.is(value(view, 'BaseObject'), p);
  assert.equal(value(view, 'TypeNames'), ['System.Management.Automation.PSCustomObject', 'System.Object']);
  (value(p, 'pstypenames') as string[]).unshift('My.Type');
  assert.equal(p.typeNames[0], 'My.Type');
  const copy = call(view, 'Copy') as PSObject;
  setMember(copy, 'Name', 'Bo');
  assert.is(p.propertyValue('Name'), 'Ann');
  assert.is(copy.propertyValue('Name'), 'Bo');
  assert.equal(value(5, 'pstypenames'), ['System.Int32', 'System.ValueType', 'System.Object']);
  assert.is(value(value('x', 'psobject'), 'BaseObject'), 'x');
});

test('a PSMethod reports MemberType Method and its OverloadDefinitions', () => {
  const method = value('abc', 'ToUpper');
  assert.is(objectToString(value(method, 'MemberType')), 'Method');
  assert.equal(value(method, 'OverloadDefinitions'), ['string ToUpper()']);
  assert.is(value(method, 'Name'), 'ToUpper');
});

test.run();
