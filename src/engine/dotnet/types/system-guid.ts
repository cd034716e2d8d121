/** [guid] (System.Guid): NewGuid, Empty, Parse and the N/D/B/P/X text forms. */
import { ConversionFailure, parseGuid } from '../../conversion/index.js';
import { Guid, type PSReference } from '../../values/index.js';
import { argumentException, DotNetException } from '../errors.js';
import { defineType } from '../member-table.js';

const empty = () => new Guid('00000000-0000-0000-0000-000000000000');

function parse(text: string | null): Guid {
  if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'input');
  try {
    return parseGuid(text);
  } catch (error) {
    if (error instanceof ConversionFailure) throw new DotNetException(error.exceptionTypeName, error.message);
    throw error;
  }
}

/** Guid.ToString(format): D (default), N, B, P, X. */
function format(guid: Guid, specifier: string | null): string {
  const d = guid.text;
  switch (specifier ?? 'D') {
    case '':
    case 'D':
    case 'd':
      return d;
    case 'N':
    case 'n':
      return d.replaceAll('-', '');
    case 'B':
    case 'b':
      return `{${d}}`;
    case 'P':
    case 'p':
      return `(${d})`;
    case 'X':
    case 'x': {
      const hex = d.replaceAll('-', '');
      const bytes = hex.slice(16).match(/../g)!.map((pair) => `0x${pair}`);
      return `{0x${hex.slice(0, 8)},0x${hex.slice(8, 12)},0x${hex.slice(12, 16)},{${bytes.join(',')}}}`;
    }
  }
  throw new DotNetException('System.FormatException', 'Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".');
}

defineType({
  fullName: 'System.Guid',
  staticProperties: {
    Empty: { type: 'guid', get: empty },
  },
  constructors: [['guid new(string g)', (_type, [text]: [string | null]) => parse(text)]],
  methods: [
    ['static guid NewGuid()', () => Guid.newGuid()],
    ['static guid Parse(string input)', (_type, [text]: [string | null]) => parse(text)],
    ['static bool TryParse(string input, [ref] guid result)', (_type, [text, result]: [string | null, PSReference]) => {
      try {
        result.value = parse(text);
        return true;
      } catch (error) {
        if (!(error instanceof DotNetException)) throw error;
        result.value = empty();
        return false;
      }
    }],
    ['string ToString()', (guid: Guid) => guid.text],
    ['string ToString(string format)', (guid: Guid, [specifier]: [string | null]) => format(guid, specifier)],
    ['bool Equals(System.Object o)', (guid: Guid, [other]: [unknown]) => guid.equals(other)],
    ['int CompareTo(System.Object value)', (guid: Guid, [other]: [unknown]) => (other instanceof Guid ? (guid.text < other.text ? -1 : guid.text > other.text ? 1 : 0) : 1)],
  ],
});
