/**
 * The .NET surface scripts use daily, implemented natively: members of strings, numbers,
 * collections, dates and the static classes ([math], [convert], [regex], ...), plus
 * PowerShell's own member rules (PSObject note properties, dictionary keys as properties,
 * intrinsic Count/Length/ForEach/Where, member enumeration).
 *
 * Conventions for callers:
 * - getMember/getStaticMember return `{ found: false }` for a missing member; the evaluator
 *   gives $null, or PropertyNotFoundStrict under Set-StrictMode.
 * - A PSObject's members other than note properties (ScriptProperty, ScriptMethod...) are
 *   returned as the member object itself; running them is the evaluator's job.
 * - invokeMethod returns undefined for a void method (AutomationNull: no output).
 * - Errors are RuntimeException subclasses carrying pwsh's message, error id and category.
 */
import './types/system-object.js';
import './types/date-time.js';
import './types/culture-info.js';
import './types/generic-collections.js';
import './types/lists.js';
import './types/numeric-types.js';
import './types/ps-type-name.js';
import './types/regex.js';
import './types/script-block.js';
import './types/string-builder.js';
import './types/system-array.js';
import './types/system-char.js';
import './types/system-collections-hashtable.js';
import './types/system-convert.js';
import './types/system-enum.js';
import './types/system-environment.js';
import './types/system-guid.js';
import './types/system-version.js';
import './types/system-io-path.js';
import './types/system-io-file.js';
import './types/system-io-directory.js';
import './types/system-math.js';
import './types/system-string.js';
import './types/system-text-encoding.js';
import './types/system-type.js';

export type { DotNetContext } from './context.js';
/** The elements of a collection value (undefined for a scalar); the conversion module's rule, re-exported for the evaluator. */
export {
  DotNetException,
  GetValueInvocationException,
  MethodException,
  MethodInvocationException,
  RuntimeException,
  SetValueInvocationException,
  type ErrorCategory,
} from './errors.js';
export { getMember, invokeMethod, setMember } from './instance-members.js';
export type { MemberResult } from './member-result.js';
export { NativeCollection } from './native-collection.js';
export { PSMethod } from './ps-method.js';
export { PSObjectView, PSPropertyCollection, PSPropertyView } from './psobject-view.js';
export { GenericDictionary, GenericHashSet, KeyValuePair, StringComparer } from './types/generic-collections.js';
export { ArrayList, GenericList } from './types/lists.js';
export { GroupCollection, MatchCollection, Regex, RegexGroup, RegexMatch } from './types/regex.js';
export { StringBuilder } from './types/string-builder.js';
export { DictionaryEntry } from './types/system-collections-hashtable.js';
export { construct, getStaticMember, invokeStaticMethod, setStaticMember, type TypeReference } from './static-members.js';
