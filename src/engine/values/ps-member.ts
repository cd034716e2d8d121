import { PSMemberInfoCollection } from './member-collection.js';

/**
 * Kinds of members a PSObject can carry. psh's serialization layer creates NoteProperty and
 * MemberSet; the engine adds the others (AliasProperty, ScriptProperty, ScriptMethod, ...)
 * by implementing PSMemberInfo.
 */
export type PSMemberType =
  | 'NoteProperty'
  | 'MemberSet'
  | 'AliasProperty'
  | 'ScriptProperty'
  | 'CodeProperty'
  | 'ScriptMethod'
  | 'CodeMethod'
  | 'PropertySet';

export interface PSMemberInfo {
  readonly memberType: PSMemberType;
  readonly name: string;
}

/** A name/value pair stored on the object itself (Add-Member -NotePropertyName, [pscustomobject]@{}). */
export class PSNoteProperty implements PSMemberInfo {
  readonly memberType = 'NoteProperty' as const;

  constructor(
    readonly name: string,
    public value: unknown,
  ) {}
}

/**
 * A named group of members (e.g. PSStandardMembers); CLIXML writes it as a nested <MS N="...">
 * (MS-PSRP 2.2.5.2.9).
 */
export class PSMemberSet implements PSMemberInfo {
  readonly memberType = 'MemberSet' as const;
  readonly members = new PSMemberInfoCollection();

  constructor(readonly name: string) {}
}
