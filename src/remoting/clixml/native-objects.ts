/**
 * How the serializer learns about objects that are neither psh values nor PSObjects built from
 * them: .NET-shaped objects (a FileInfo, a Regex, a Process) whose members only the engine knows.
 * PowerShell writes such an object as a property bag (serialization.cs, HandleComplexTypePSObject):
 * its type names, its ToString text, its adapted .NET properties in <Props> and its extended
 * (types.ps1xml) members in <MS>. The protocol layer asks the engine for these through this
 * interface rather than walking members itself; without a describer such objects are refused.
 */

/** One property to write; `read` may throw, and then the property is left out as PowerShell does. */
export interface NativeProperty {
  readonly name: string;
  read(): unknown;
}

export interface NativeObjectDescription {
  /** The .NET type hierarchy, most derived first (System.IO.FileInfo ... System.Object). */
  readonly typeNames: readonly string[];
  /** ToString(); with SerializationMethod String, the text written in the object's place. */
  readonly toStringText: string;
  /** The object's own .NET properties (<Props>). */
  readonly adaptedProperties: readonly NativeProperty[];
  /** Members types.ps1xml adds to the type (<MS>, after the object's instance members). */
  readonly extendedProperties: readonly NativeProperty[];
  /**
   * The elements of a list (ICollection, not a dictionary): written as a container, as pwsh
   * writes its known containers, whatever the depth; then there are no properties.
   */
  readonly items?: readonly unknown[];
  /** The key/value pairs of a dictionary: written as <DCT>, as pwsh writes an IDictionary, whatever the depth. */
  readonly entries?: readonly (readonly [unknown, unknown])[];
  /** types.ps1xml SerializationDepth: the depth this object is written to, whatever is left. */
  readonly serializationDepth?: number;
  /** types.ps1xml SerializationMethod String: written as its ToString text at any depth. */
  readonly serializeAsString?: boolean;
}

export interface NativeObjectDescriber {
  /** `owner` is the PSObject wrapping `value`, if any (types.ps1xml members may read its notes). */
  describe(value: object, owner: object | undefined): NativeObjectDescription;
}
