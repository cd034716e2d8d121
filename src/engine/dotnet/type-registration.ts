/**
 * Registering the .NET surface's types with the type registry, so scripts can name them
 * (`[System.Text.StringBuilder]`, `[regex]`), test them with -is and convert to them.
 */
import { registerType, type PSTypeInfo } from '../types/index.js';
import { typeNamesOf } from '../values/index.js';

/** A class-library type whose instances name it in their type names. */
export function registerNativeType(fullName: string, baseTypeNames: string[], extra: Partial<PSTypeInfo> = {}, ...accelerators: string[]): PSTypeInfo {
  return registerType(
    {
      fullName,
      name: fullName.slice(fullName.lastIndexOf('.') + 1),
      baseTypeNames,
      isInstance: (value) => value !== null && value !== undefined && typeNamesOf(value).includes(fullName),
      ...extra,
    },
    ...accelerators,
  );
}

/** A static class ([math], [convert], [System.IO.Path]): it has no instances. */
export function registerStaticClass(fullName: string, ...accelerators: string[]): PSTypeInfo {
  return registerNativeType(fullName, ['System.Object'], { isInstance: () => false }, ...accelerators);
}
