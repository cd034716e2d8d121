/**
 * The engine's side of CLIXML's hook for .NET-shaped objects (src/remoting/clixml/native-objects.ts):
 * an object's type names, ToString text and properties as `$x.psobject.Properties` finds them
 * (adapted .NET properties for <Props>, types.ps1xml members for <MS>), with the serialization
 * settings pwsh's types.ps1xml gives some types (TypeTable_Types_Ps1Xml.cs: SerializationDepth,
 * SerializationMethod and PropertySerializationSet in PSStandardMembers).
 */
import type { NativeObjectDescriber, NativeObjectDescription, NativeProperty } from '../../remoting/clixml/native-objects.js';
import { objectToString } from '../conversion/index.js';
import { ordinalIgnoreCaseKey, PSObject, typeNamesOf } from '../values/index.js';
import { typeProperties, type PSPropertyView } from './psobject-view.js';
import { GenericDictionary } from './types/generic-collections.js';

interface SerializationSettings {
  readonly depth?: number;
  readonly method?: 'String' | 'SpecificProperties';
  /** PropertySerializationSet: with SpecificProperties, only these are written, in this order. */
  readonly properties?: readonly string[];
}

/** pwsh's types.ps1xml serialization settings, by type name. */
const serializationSettings = new Map<string, SerializationSettings>(
  (
    [
      ['System.Net.IPAddress', { depth: 1 }],
      ['System.Management.Automation.Signature', { depth: 2 }],
      [
        'System.Management.Automation.Job',
        {
          method: 'SpecificProperties',
          depth: 2,
          properties: ['HasMoreData', 'StatusMessage', 'Location', 'Command', 'JobStateInfo', 'InstanceId', 'Id', 'Name', 'State', 'ChildJobs', 'PSJobTypeName', 'PSBeginTime', 'PSEndTime'],
        },
      ],
      ['System.Management.Automation.JobStateInfo', { depth: 1 }],
      ['System.Net.Mail.MailAddress', { depth: 1 }],
      [
        'System.Globalization.CultureInfo',
        { method: 'SpecificProperties', depth: 1, properties: ['LCID', 'Name', 'DisplayName', 'IetfLanguageTag', 'ThreeLetterISOLanguageName', 'ThreeLetterWindowsLanguageName', 'TwoLetterISOLanguageName'] },
      ],
      ['System.Management.Automation.PSCredential', { depth: 1 }],
      ['System.Management.Automation.SwitchParameter', { depth: 1 }],
      ['System.Management.Automation.PSTypeName', { method: 'String' }],
      ['System.Security.Cryptography.X509Certificates.X509Certificate2', { method: 'SpecificProperties', depth: 1, properties: ['RawData'] }],
    ] as const
  ).map(([name, settings]) => [ordinalIgnoreCaseKey(name), settings]),
);

/** The settings of the most derived type in the hierarchy that has any. */
function settingsFor(typeNames: readonly string[]): SerializationSettings | undefined {
  for (const name of typeNames) {
    const settings = serializationSettings.get(ordinalIgnoreCaseKey(name));
    if (settings) return settings;
  }
  return undefined;
}

function asNativeProperty(view: PSPropertyView): NativeProperty {
  return { name: view.name, read: () => view.value };
}

/** Dictionaries enumerate entries, not values: only those whose entries psh can read are written as dictionaries. */
const dictionaryTypeName = /Dictionary|Hashtable|SortedList/;

/** The elements of a native list (List[T], ArrayList...), which pwsh writes as a container. */
function listItems(value: object, typeNames: readonly string[]): unknown[] | undefined {
  if (!(Symbol.iterator in value) || typeNames.some((name) => dictionaryTypeName.test(name))) return undefined;
  return Array.from(value as Iterable<unknown>);
}

export const nativeObjectDescriber: NativeObjectDescriber = {
  describe(value: object, owner: object | undefined): NativeObjectDescription {
    const typeNames = typeNamesOf(value);
    if (value instanceof GenericDictionary) return { typeNames, toStringText: objectToString(value), adaptedProperties: [], extendedProperties: [], entries: [...value.entries.values()] };
    const items = listItems(value, typeNames);
    if (items) return { typeNames, toStringText: objectToString(value), adaptedProperties: [], extendedProperties: [], items };
    const settings = settingsFor(typeNames);
    const { extended, adapted } = typeProperties(value, owner ?? value, true);
    // The wrapper's own members come first and hide type members of the same name.
    const seen = new Set<string>();
    if (owner instanceof PSObject) for (const member of owner.members) seen.add(ordinalIgnoreCaseKey(member.name));
    const unseen = (view: PSPropertyView) => {
      const key = ordinalIgnoreCaseKey(view.name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    let extendedProperties = extended.filter(unseen);
    let adaptedProperties = adapted.filter(unseen);
    if (settings?.method === 'SpecificProperties' && settings.properties) {
      const chosen = (views: PSPropertyView[]) =>
        settings.properties!.flatMap((name) => views.filter((view) => ordinalIgnoreCaseKey(view.name) === ordinalIgnoreCaseKey(name)));
      extendedProperties = chosen(extendedProperties);
      adaptedProperties = chosen(adaptedProperties);
    }
    return {
      typeNames,
      toStringText: objectToString(value),
      adaptedProperties: adaptedProperties.map(asNativeProperty),
      extendedProperties: extendedProperties.map(asNativeProperty),
      serializationDepth: settings?.depth,
      serializeAsString: settings?.method === 'String',
    };
  },
};
