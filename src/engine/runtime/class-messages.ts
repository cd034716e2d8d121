/**
 * pwsh's texts for the errors in class and enum definitions (ParserStrings.resx), which pwsh
 * reports when it parses or defines the types and psh reports when it compiles and defines them.
 */
export const classParserStrings = {
  MemberAlreadyDefined: "The member '{0}' is already defined.",
  VoidMethodHasReturn: 'Invalid return statement within void method.',
  NonVoidMethodMissingReturnValue: 'Invalid return statement within non-void method.',
  MethodHasCodePathNotReturn: 'Not all code path returns value within method.',
  ConstructorCantHaveReturnType: 'A constructor cannot specify a return type.',
  BaseClassNoDefaultCtor: "Base class '{0}' does not contain a parameterless constructor.",
  EnumeratorValueMustBeConstant: 'Enumerator value must be a constant value.',
  EnumeratorValueOutOfBounds: 'Enumerator value is either too large or too small for {0}.',
  InvalidUnderlyingType:
    "'{0}' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)",
  TypeNotFound: 'Unable to find type [{0}].',
} as const;

/** ExtendedTypeSystem.resx: converting a hashtable or property bag to a class. */
export const classConversionStrings = {
  ObjectCreationError: 'Cannot create object of type "{0}". {1}',
  PropertyNotFound: "The property '{0}' was not found for the '{1}' object. The settable properties are: {2}.",
  NoSettableProperty: "The property '{0}' was not found for the '{1}' object. There is no settable property available.",
} as const;
