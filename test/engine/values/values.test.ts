import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Char,
  DateTime,
  Guid,
  Hashtable,
  NumericValue,
  PSNoteProperty,
  PSObject,
  ScriptBlock,
  TimeSpan,
  Version,
  createEnumValue,
  isEnumValue,
  isInt32,
  ordinalIgnoreCaseKey,
  typeNameOf,
  typeNamesOf,
} from '../../../src/engine/values/index.js';

test('JS numbers: Int32 when integral and in range, Double otherwise; bigint is Int64', () => {
  assert.is(typeNameOf(5), 'System.Int32');
  assert.is(typeNameOf(-2147483648), 'System.Int32');
  assert.is(typeNameOf(2147483648), 'System.Double');
  assert.is(typeNameOf(2.5), 'System.Double');
  assert.is(typeNameOf(-0), 'System.Double');
  assert.is(typeNameOf(NumericValue.double(2)), 'System.Double');
  assert.is(typeNameOf(5n), 'System.Int64');
  assert.ok(isInt32(7));
  assert.not.ok(isInt32(NaN));
});

test('type names of the value model', () => {
  assert.is(typeNameOf(null), undefined);
  assert.equal(typeNamesOf('x'), ['System.String', 'System.Object']);
  assert.equal(typeNamesOf(true), ['System.Boolean', 'System.ValueType', 'System.Object']);
  assert.equal(typeNamesOf([]), ['System.Object[]', 'System.Array', 'System.Object']);
  assert.is(typeNameOf(new Uint8Array(1)), 'System.Byte[]');
  assert.is(typeNameOf(new Hashtable()), 'System.Collections.Hashtable');
  assert.is(typeNameOf(new Hashtable(true)), 'System.Collections.Specialized.OrderedDictionary');
  assert.is(typeNameOf(PSObject.customObject()), 'System.Management.Automation.PSCustomObject');
  assert.is(typeNameOf(new PSObject('wrapped')), 'System.String');
  assert.is(typeNameOf(new Char(97)), 'System.Char');
  assert.is(typeNameOf(new ScriptBlock('1')), 'System.Management.Automation.ScriptBlock');
  assert.is(typeNameOf(NumericValue.decimal('1.0')), 'System.Decimal');
});

test('numeric wrappers check their ranges', () => {
  assert.throws(() => NumericValue.integer('System.Byte', 256), RangeError);
  assert.throws(() => NumericValue.integer('System.SByte', 1.5), RangeError);
  assert.throws(() => NumericValue.uint64(-1n), RangeError);
  assert.throws(() => NumericValue.decimal('1e5'), RangeError);
  assert.throws(() => NumericValue.decimal('79228162514264337593543950336'), RangeError);
  assert.is(NumericValue.single(0.1).value, Math.fround(0.1));
  assert.ok(NumericValue.integer('System.Int16', 3).equals(NumericValue.integer('System.Int16', 3)));
  assert.not.ok(NumericValue.integer('System.Int16', 3).equals(NumericValue.integer('System.UInt16', 3)));
});

test('Hashtable: insertion order, case-insensitive string keys, keys of other types by type and value', () => {
  const table = new Hashtable();
  table.set('Name', 1);
  table.set(1, 'int');
  table.set(1n, 'long');
  table.set(new Guid('792e5b37-4505-47ef-b7d2-8711bb7affa8'), 'guid');
  table.set('NAME', 2);
  assert.is(table.size, 4);
  assert.equal([...table.keys()].map(String), ['Name', '1', '1', '792e5b37-4505-47ef-b7d2-8711bb7affa8']);
  assert.is(table.get('name'), 2);
  assert.is(table.get(1), 'int');
  assert.is(table.get(1n), 'long');
  assert.is(table.get(new Guid('792E5B37-4505-47EF-B7D2-8711BB7AFFA8')), 'guid');
  assert.is(table.get(NumericValue.double(1)), undefined, 'Double 1 is not Int32 1');
  const key = {};
  table.set(key, 'object');
  assert.is(table.get(key), 'object');
  assert.is(table.get({}), undefined);
  assert.ok(table.delete('nAmE'));
  assert.not.ok(table.has('Name'));
  assert.throws(() => table.set(null, 1), TypeError);
  assert.is(Hashtable.from({ b: 1, a: 2 }, true).ordered, true);
});

test('ordinal ignore-case matching folds one UTF-16 unit at a time', () => {
  assert.is(ordinalIgnoreCaseKey('abc'), ordinalIgnoreCaseKey('ABC'));
  assert.is.not(ordinalIgnoreCaseKey('straße'), ordinalIgnoreCaseKey('STRASSE'));
  assert.is(ordinalIgnoreCaseKey('straße'), ordinalIgnoreCaseKey('STRAßE'));
});

test('PSObject: ordered, case-insensitive members; extended before adapted', () => {
  const object = PSObject.customObject([
    ['b', 1],
    ['A', 2],
  ]);
  object.adaptedProperties.add(new PSNoteProperty('a', 'adapted'));
  object.adaptedProperties.add(new PSNoteProperty('Only', 'adapted only'));
  assert.equal(
    [...object.members].map((member) => member.name),
    ['b', 'A'],
  );
  assert.is(object.propertyValue('a'), 2);
  assert.is(object.propertyValue('ONLY'), 'adapted only');
  object.addNoteProperty('B', 3);
  assert.equal(
    [...object.members].map((member) => [member.name, (member as PSNoteProperty).value]),
    [
      ['B', 3],
      ['A', 2],
    ],
  );
  assert.ok(object.isCustomObject);
  assert.equal(object.typeNames, ['System.Management.Automation.PSCustomObject', 'System.Object']);
});

test('member collections, small and large, find names case-insensitively, replace in place and remove', () => {
  for (const size of [3, 40]) {
    const object = PSObject.customObject(Array.from({ length: size }, (_, i) => [`Name${i}`, i] as const));
    object.addNoteProperty('straße', 'ss');
    object.addNoteProperty('[x]', 'brackets');
    assert.is(object.propertyValue('NAME1'), 1, `size ${size}`);
    assert.is(object.propertyValue('name1 '), undefined);
    assert.is(object.propertyValue('STRAßE'), 'ss');
    assert.is(object.propertyValue('STRASSE'), undefined);
    assert.is(object.propertyValue('[X]'), 'brackets');
    assert.is(object.propertyValue('{x}'), undefined, "'[' and '{' differ by 0x20 but are not letters");
    object.addNoteProperty('name0', 'replaced');
    const names = [...object.members].map((member) => member.name);
    assert.is(names[0], 'name0');
    assert.is(object.members.size, size + 2);
    const during: string[] = [];
    for (const member of object.members) {
      during.push(member.name);
      object.members.remove(member.name);
    }
    assert.equal(during, names, 'removing while iterating visits every member');
    assert.is(object.members.size, 0);
    assert.not.ok(object.members.has('name0'));
  }
});

test('enum values', () => {
  const value = createEnumValue('System.ConsoleColor', 'Blue', 9);
  assert.ok(isEnumValue(value));
  assert.is(value.baseObject, 9);
  assert.is(value.toStringText, 'Blue');
  assert.not.ok(isEnumValue(PSObject.customObject()));
  assert.not.ok(isEnumValue(9));
});

test('DateTime keeps ticks, kind and offset; reads and writes the round-trip form exactly', () => {
  for (const text of ['2010-10-11T12:13:14.1234567+02:00', '2008-04-11T10:42:32.2731993-07:00', '2018-06-13T23:46:28.00516+00:00', '2000-02-29T00:00:00Z', '0001-01-01T00:00:00', '2024-01-01T00:00:00.1-14:00']) {
    assert.is(DateTime.parseRoundtrip(text)!.toRoundtripString(), text);
  }
  const local = DateTime.parseRoundtrip('2010-10-11T12:13:14.1234567+02:00')!;
  assert.is(local.kind, 'Local');
  assert.is(local.offsetMinutes, 120);
  assert.is(local.ticks, 634223959941234567n);
  assert.is(local.toDate().toISOString(), '2010-10-11T10:13:14.123Z');
  assert.is(DateTime.parseRoundtrip('2010-10-11T12:13:14.123456789Z')!.toRoundtripString(), '2010-10-11T12:13:14.1234567Z');
  assert.is(DateTime.fromDate(new Date('1970-01-01T00:00:00Z')).ticks, 621355968000000000n);
  const now = DateTime.now();
  assert.is(now.kind, 'Local');
  assert.is(now.offsetMinutes, -now.toDate().getTimezoneOffset());
  assert.ok(Math.abs(now.toDate().getTime() - Date.now()) < 60_000, 'now() is the current instant');
  for (const bad of ['2010-10-11', '2010-10-11T25:00:00', '1900-02-29T00:00:00', '0000-01-01T00:00:00', '2010-10-11T12:13:14+15:00', '2010-10-11T12:13:14.', '2010-10-11T12:13:14Zx', '2010-10-11T12:13:14+02:0', '2010-10-11T12:13:14+02-00', '2010-1a-11T12:13:14', ' 2010-10-11T12:13:14', '2010-10-11T12:13:14.5 ', '2010-10-11t12:13:14', '2010-10-11T12:13:60']) {
    assert.is(DateTime.parseRoundtrip(bad), undefined, bad);
  }
});

test('DateTime.localAt: the local time at a UTC instant carries the offset in force then, daylight saving included', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
  try {
    for (const [instant, offset, local] of [
      ['2024-01-15T12:00:00Z', 60, '2024-01-15T13:00:00+01:00'],
      ['2024-07-15T12:00:00Z', 120, '2024-07-15T14:00:00+02:00'],
    ] as const) {
      const utcTicks = DateTime.parseRoundtrip(instant)!.ticks;
      assert.is(DateTime.localOffsetAt(utcTicks), offset, instant);
      assert.is(DateTime.localAt(utcTicks).toRoundtripString(), local, instant);
    }
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('DateTime.toUniversalTime: Local by its own offset, Unspecified as local time with the offset in force then', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
  try {
    for (const [text, utc] of [
      ['2024-01-15T12:00:00', '2024-01-15T11:00:00Z'],
      ['2024-07-15T12:00:00', '2024-07-15T10:00:00Z'],
      ['2024-07-15T12:00:00-05:00', '2024-07-15T17:00:00Z'],
      ['2024-07-15T12:00:00Z', '2024-07-15T12:00:00Z'],
    ] as const) {
      assert.is(DateTime.parseRoundtrip(text)!.toUniversalTime().toRoundtripString(), utc, text);
    }
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('DateTime calendar arithmetic agrees with JS Date from year 1 to 9999', () => {
  for (let ms = -62135596800000; ms < 253402300799000; ms += 86_400_000 * 97 + 3_601_234) {
    const date = new Date(ms);
    const text = date.toISOString().replace(/\.(\d{3})Z$/, (_, fraction: string) => (fraction === '000' ? 'Z' : `.${fraction.replace(/0+$/, '')}Z`));
    const parsed = DateTime.parseRoundtrip(text)!;
    assert.ok(parsed.equals(DateTime.fromDate(date)), text);
    assert.is(parsed.toRoundtripString(), text);
    assert.is(parsed.toDate().getTime(), ms);
  }
});

test('TimeSpan reads and writes XML Schema durations as XmlConvert does', () => {
  const cases: [string, bigint][] = [
    ['PT9.0269026S', 90_269_026n],
    ['PT0S', 0n],
    ['P1D', 864_000_000_000n],
    ['-P1DT2H3M4.5S', -(864_000_000_000n + 72_000_000_000n + 1_800_000_000n + 45_000_000n)],
  ];
  for (const [text, ticks] of cases) {
    assert.is(TimeSpan.parseDuration(text)!.ticks, ticks, text);
    assert.is(new TimeSpan(ticks).toDurationString(), text);
  }
  assert.is(TimeSpan.parseDuration('P1Y2M')!.ticks, (365n + 60n) * 864_000_000_000n);
  assert.is(TimeSpan.parseDuration('PT1.123456789S')!.ticks, 11_234_567n);
  assert.is(TimeSpan.fromMilliseconds(1.5).ticks, 15_000n);
});

test('Version, Guid and Char', () => {
  assert.is(Version.parse('6.2.1.3')!.toString(), '6.2.1.3');
  assert.is(Version.parse('2.3')!.build, undefined);
  assert.is(Version.parse('1.2.3.4.5'), undefined);
  assert.is(Version.parse('2147483648.0'), undefined);
  for (const text of ['', '1', '1.', '.1', '1..2', '1.2a', '1.2.', ' 1.2', '1.-2', '1.99999999999999999999']) assert.is(Version.parse(text), undefined, text);
  assert.is(Version.parse('007.0.2147483647')!.toString(), '7.0.2147483647');
  assert.ok(Version.parse('1.0')!.equals(new Version(1, 0)));
  assert.is(new Guid('792E5B37-4505-47EF-B7D2-8711BB7AFFA8').text, '792e5b37-4505-47ef-b7d2-8711bb7affa8');
  assert.throws(() => new Guid('{792e5b37-4505-47ef-b7d2-8711bb7affa8}'), RangeError);
  for (const text of ['792e5b37-4505-47ef-b7d2-8711bb7affag', '792e5b37-4505-47ef-b7d2-8711bb7aff@8', '792e5b3-74505-47ef-b7d2-8711bb7affa8', '792e5b37-4505-47ef-b7d2-8711bb7affa', '792e5b37x4505-47ef-b7d2-8711bb7affa8']) {
    assert.not.ok(Guid.isGuidText(text), text);
  }
  assert.ok(Guid.isGuidText(Guid.newGuid().text));
  assert.is(Char.fromString('a').code, 97);
  assert.throws(() => Char.fromString('ab'), RangeError);
});

test.run();
