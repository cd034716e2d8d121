/** [version] (System.Version): its component properties, constructors, Parse/TryParse, ToString(fieldCount) and CompareTo. */
import { parseVersion } from '../../conversion/index.js';
import { NumericValue, Version, type PSReference } from '../../values/index.js';
import { argumentException, asDotNetException, notNull, tryParseInto } from '../errors.js';
import { defineType } from '../member-table.js';

/** .NET's -1 for a component the version does not have. */
const absent = -1;

function component(value: number, parameterName: string): number {
  if (value < 0) throw argumentException('System.ArgumentOutOfRangeException', "Version's parameters must be greater than or equal to zero.", parameterName);
  return value;
}

function parse(text: string | null): Version {
  return asDotNetException(() => parseVersion(notNull(text, 'input')));
}

/** Version.ToString(fieldCount): the first fieldCount components, which the version must have. */
function leadingComponents(version: Version, fieldCount: number): string {
  const parts = [version.major, version.minor, version.build, version.revision];
  if (fieldCount >= 0 && fieldCount <= 2) return parts.slice(0, fieldCount).join('.');
  const present = version.revision !== undefined ? 4 : version.build !== undefined ? 3 : 2;
  if (fieldCount > present || fieldCount < 0) throw argumentException('System.ArgumentException', `Argument must be between 0 and ${present}.`, 'fieldCount');
  return parts.slice(0, fieldCount).join('.');
}

/** MajorRevision and MinorRevision: the high and low 16 bits of Revision, as Int16. */
function revisionHalf(version: Version, high: boolean): NumericValue {
  const revision = version.revision ?? absent;
  const half = high ? revision >> 16 : (revision << 16) >> 16;
  return NumericValue.integer('System.Int16', half);
}

defineType({
  fullName: 'System.Version',
  properties: {
    Major: { type: 'int', get: (version: Version) => version.major },
    Minor: { type: 'int', get: (version: Version) => version.minor },
    Build: { type: 'int', get: (version: Version) => version.build ?? absent },
    Revision: { type: 'int', get: (version: Version) => version.revision ?? absent },
    MajorRevision: { type: 'short', get: (version: Version) => revisionHalf(version, true) },
    MinorRevision: { type: 'short', get: (version: Version) => revisionHalf(version, false) },
  },
  constructors: [
    ['version new()', () => new Version(0, 0)],
    ['version new(string version)', (_type, [text]: [string | null]) => parse(text)],
    ['version new(int major, int minor)', (_type, [major, minor]: [number, number]) => new Version(component(major, 'major'), component(minor, 'minor'))],
    ['version new(int major, int minor, int build)', (_type, [major, minor, build]: [number, number, number]) =>
      new Version(component(major, 'major'), component(minor, 'minor'), component(build, 'build'))],
    ['version new(int major, int minor, int build, int revision)', (_type, [major, minor, build, revision]: [number, number, number, number]) =>
      new Version(component(major, 'major'), component(minor, 'minor'), component(build, 'build'), component(revision, 'revision'))],
  ],
  methods: [
    ['static version Parse(string input)', (_type, [text]: [string | null]) => parse(text)],
    ['static bool TryParse(string input, [ref] version result)', (_type, [text, result]: [string | null, PSReference]) => tryParseInto(result, () => parse(text), null)],
    ['string ToString()', (version: Version) => version.toString()],
    ['string ToString(int fieldCount)', (version: Version, [fieldCount]: [number]) => leadingComponents(version, fieldCount)],
    ['int CompareTo(System.Object version)', (version: Version, [other]: [unknown]) => {
      if (other === null) return 1;
      if (!(other instanceof Version)) throw argumentException('System.ArgumentException', 'Object must be of type Version.');
      return version.compareTo(other);
    }],
    ['bool Equals(System.Object obj)', (version: Version, [other]: [unknown]) => version.equals(other)],
    ['System.Object Clone()', (version: Version) => new Version(version.major, version.minor, version.build, version.revision)],
  ],
});
