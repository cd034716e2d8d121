/** System.Management.Automation.PSMemberTypes: what a member is (NoteProperty, Property, Method...). */
import { defineEnum } from './enums.js';

export const memberTypesType = defineEnum(
  'System.Management.Automation.PSMemberTypes',
  {
    AliasProperty: 1,
    CodeProperty: 2,
    Property: 4,
    NoteProperty: 8,
    ScriptProperty: 16,
    Properties: 31,
    PropertySet: 32,
    Method: 64,
    CodeMethod: 128,
    ScriptMethod: 256,
    Methods: 448,
    ParameterizedProperty: 512,
    MemberSet: 1024,
    Event: 2048,
    Dynamic: 4096,
    InferredProperty: 8192,
    All: 16383,
  },
  true,
);
