/** [guid] (System.Guid): NewGuid, Empty, Parse and the N/D/B/P/X text forms. */
import { formatValue, parseGuid } from '../../conversion/index.js';
import { Guid, type PSReference } from '../../values/index.js';
import { argumentException, asDotNetException, tryParseInto } from '../errors.js';
import { defineType } from '../member-table.js';

const empty = () => new Guid('00000000-0000-0000-0000-000000000000');

function parse(text: string | null): Guid {
  if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'input');
  return asDotNetException(() => parseGuid(text));
}

defineType({
  fullName: 'System.Guid',
  // types.ps1xml's only Guid member; having a property, a Guid formats as a one-column table.
  properties: {
    Guid: { type: 'System.Object', get: (guid: Guid) => guid.text, typeTable: { memberType: 'ScriptProperty', getterScript: '$this.ToString()' } },
  },
  staticProperties: {
    Empty: { type: 'guid', get: empty },
  },
  constructors: [['guid new(string g)', (_type, [text]: [string | null]) => parse(text)]],
  methods: [
    ['static guid NewGuid()', () => Guid.newGuid()],
    ['static guid Parse(string input)', (_type, [text]: [string | null]) => parse(text)],
    ['static bool TryParse(string input, [ref] guid result)', (_type, [text, result]: [string | null, PSReference]) => tryParseInto(result, () => parse(text), empty())],
    ['string ToString()', (guid: Guid) => guid.text],
    ['string ToString(string format)', (guid: Guid, [format]: [string | null]) => asDotNetException(() => formatValue(guid, format ?? ''))],
    ['bool Equals(System.Object o)', (guid: Guid, [other]: [unknown]) => guid.equals(other)],
    ['int CompareTo(System.Object value)', (guid: Guid, [other]: [unknown]) => (other instanceof Guid ? (guid.text < other.text ? -1 : guid.text > other.text ? 1 : 0) : 1)],
  ],
});
