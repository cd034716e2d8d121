/**
 * An instance of a class a script defined (`class Point { [int]$X }`). Its property values live
 * here; its members (typed properties, methods, ToString) are its class's, found through its
 * type names like those of any type the .NET surface implements.
 */
import { psTypeNames, type HasPSTypeNames } from '../values/index.js';

/** What an instance needs from its class. */
export interface ScriptObjectClass {
  readonly fullName: string;
  /** The class, its base classes and interfaces, most derived first. */
  readonly typeNames: readonly string[];
  /** The properties formatting shows: all but the hidden ones, most derived class first. */
  visiblePropertyNames(): readonly string[];
  /** ToString(): the class's own override when it has one, else the type name. */
  instanceText(instance: ScriptObject): string;
}

export class ScriptObject implements HasPSTypeNames {
  /** Property values by ordinalIgnoreCaseKey of the property name. */
  readonly values = new Map<string, unknown>();

  constructor(readonly objectClass: ScriptObjectClass) {}

  get [psTypeNames](): readonly string[] {
    return this.objectClass.typeNames;
  }

  toString(): string {
    return this.objectClass.instanceText(this);
  }
}
