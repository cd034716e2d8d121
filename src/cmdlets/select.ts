/**
 * Select-Object: picks properties (names, wildcards, calculated properties) into new
 * `Selected.<type>` PSCustomObjects, expands one property, and picks objects by position
 * (-First, -Last, -Skip, -SkipLast, -Index, -SkipIndex) or uniqueness, as pwsh does. -First and
 * -Index stop the commands before it once they have what they need.
 */
import { enumerableItems, formatMessage, toPSString } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { PSErrorException, type ErrorRecord } from '../engine/runtime/error-record.js';
import { PSNoteProperty, PSObject, psCustomObjectTypeNames, typeNamesOf } from '../engine/values/index.js';
import { WildcardPattern } from '../engine/wildcard/index.js';
import { compareObjects } from './object-comparer.js';
import { selectObjectStrings } from './object-messages.js';
import { propertyKeys, PropertyExpression, readPropertyParameters, type PropertyParameter } from './property-expression.js';
import { argumentList } from './parameter-lists.js';

const nonNegative = [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] as const;

/** An error Select-Object reports for one object and carries on (pwsh's SelectObjectException). */
class SelectObjectError extends Error {
  constructor(readonly record: ErrorRecord) {
    super(record.message);
  }
}

/**
 * pwsh's SelectObjectQueue: which objects -First/-Last/-Skip/-SkipLast let through while
 * streaming, and which wait for the end.
 */
class SelectionQueue {
  readonly items: unknown[] = [];
  private streamed = 0;

  constructor(
    private readonly first: number,
    private readonly last: number,
    private skip: number,
    private readonly skipLast: number,
    private readonly firstOrLastGiven: boolean,
  ) {}

  get allRequestedObjectsProcessed(): boolean {
    return this.firstOrLastGiven && this.last === 0 && this.first !== 0 && this.streamed >= this.first;
  }

  enqueue(item: unknown): void {
    if (this.last > 0 && ((this.first === 0 && this.items.length >= this.last + this.skip) || (this.first !== 0 && this.items.length >= this.last))) {
      this.items.shift();
    }
    this.items.push(item);
  }

  /** The object to process now, if any. */
  streamingDequeue(): { item: unknown } | undefined {
    if (this.skip === 0) {
      if (this.skipLast > 0) return this.items.length > this.skipLast ? { item: this.items.shift() } : undefined;
      if (this.streamed < this.first || !this.firstOrLastGiven) {
        this.streamed++;
        return { item: this.items.shift() };
      }
      if (this.last === 0) this.items.shift();
    } else if (this.last === 0 || this.first !== 0) {
      this.items.shift();
      this.skip--;
    }
    return undefined;
  }
}

interface Written {
  readonly object: unknown;
  readonly notes: readonly PSNoteProperty[];
}

const selectObject = new CmdletInfo(
  {
    name: 'Select-Object',
    aliases: ['select'],
    implementingType: 'Microsoft.PowerShell.Commands.SelectObjectCommand',
    defaultParameterSetName: 'DefaultParameter',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Property', type: 'object[]', parameterSets: { DefaultParameter: { position: 0 }, SkipLastParameter: { position: 0 } } },
      { name: 'ExcludeProperty', type: 'string[]', parameterSets: { DefaultParameter: {}, SkipLastParameter: {} } },
      { name: 'ExpandProperty', type: 'string', parameterSets: { DefaultParameter: {}, SkipLastParameter: {} } },
      { name: 'Unique', type: 'switch' },
      { name: 'CaseInsensitive', type: 'switch' },
      { name: 'Last', type: 'int', parameterSets: { DefaultParameter: {} }, validation: nonNegative },
      { name: 'First', type: 'int', parameterSets: { DefaultParameter: {} }, validation: nonNegative },
      { name: 'Skip', type: 'int', parameterSets: { DefaultParameter: {}, SkipLastParameter: {} }, validation: nonNegative },
      { name: 'SkipLast', type: 'int', parameterSets: { SkipLastParameter: {} }, validation: nonNegative },
      { name: 'Wait', type: 'switch', parameterSets: { DefaultParameter: {}, IndexParameter: {} } },
      { name: 'Index', type: 'int[]', parameterSets: { IndexParameter: {} }, validation: nonNegative },
      { name: 'SkipIndex', type: 'int[]', parameterSets: { SkipIndexParameter: {} }, validation: nonNegative },
    ],
  },
  (runtime) => {
    const number = (name: string) => (runtime.parameter(name) as number | undefined) ?? 0;
    const first = number('First');
    const last = number('Last');
    const skip = number('Skip');
    const firstOrLastGiven = runtime.has('First') || runtime.has('Last');
    const queue = new SelectionQueue(first, last, skip, number('SkipLast'), firstOrLastGiven);
    const unique = runtime.switch('Unique');
    const caseSensitive = !runtime.switch('CaseInsensitive');
    const wait = runtime.switch('Wait');
    const indexGiven = runtime.has('Index') || runtime.has('SkipIndex');
    const includeIndex = runtime.has('Index');
    const indexes = (argumentList(runtime.parameter(includeIndex ? 'Index' : 'SkipIndex')) as number[]).slice().sort((a, b) => a - b);
    const uniques: Written[] = [];
    let currentIndex = 0;
    let currentObject = 0;

    const excludeGiven = runtime.has('ExcludeProperty');
    const exclusions = (argumentList(runtime.parameter('ExcludeProperty')) as string[]).map((pattern) => new WildcardPattern(toPSString(pattern)));
    const isExcluded = (expression: PropertyExpression) => exclusions.some((pattern) => pattern.isMatch(expression.toString()));
    let propertyArguments = argumentList(runtime.parameter('Property'));
    // -ExcludeProperty alone means every other property.
    if (excludeGiven && propertyArguments.length === 0) propertyArguments = ['*'];
    const expandName = runtime.has('ExpandProperty') ? toPSString(runtime.parameter('ExpandProperty')) : '';
    let properties: PropertyParameter[] = [];
    let expand: PropertyParameter | undefined;

    const error = (exceptionType: string, message: string, errorId: string, category: 'InvalidArgument' | 'InvalidOperation' | 'InvalidResult', target: unknown) =>
      runtime.errorRecord(exceptionType, message, errorId, category, target);

    /** The note properties one -Property argument gives for the object. */
    const propertyNotes = (parameter: PropertyParameter, input: unknown, notes: PSNoteProperty[]) => {
      const name = parameter.entries.get('name') as string | undefined;
      const results = [];
      for (const resolved of parameter.expression.resolveNames(input)) {
        if (!isExcluded(resolved)) results.push(...resolved.values(input, runtime));
      }
      // A name that is not a pattern gives its property even when the object lacks it ($null).
      if (results.length === 0 && !parameter.expression.hasWildcards) {
        results.push({ expression: parameter.expression, value: null });
      } else if (name !== undefined && results.length > 1) {
        runtime.writeError(error('System.InvalidOperationException', selectObjectStrings.RenamingMultipleResults, 'RenamingMultipleResults', 'InvalidOperation', input));
        return;
      }
      for (const result of results) {
        if (isExcluded(result.expression)) continue;
        const propertyName = name ?? result.expression.toString();
        if (propertyName === '') {
          throw new PSErrorException(error('System.Management.Automation.PSArgumentException', selectObjectStrings.EmptyScriptBlockAndNoName, 'EmptyScriptBlockAndNoName', 'InvalidArgument', null));
        }
        notes.push(new PSNoteProperty(propertyName, result.value));
      }
    };

    const alreadyExists = (name: string, input: unknown, errorId: string) =>
      runtime.writeError(error('System.Management.Automation.PSArgumentException', formatMessage(selectObjectStrings.AlreadyExistingProperty, name), errorId, 'InvalidOperation', input));

    /** pwsh's SetPSCustomObject: a selected PSCustomObject is typed `Selected.<the input's type>`. */
    const markSelected = (object: unknown, input: unknown, isNew: boolean) => {
      if (!(object instanceof PSObject) || !object.isCustomObject) return;
      const typeName = `Selected.${typeNamesOf(input instanceof PSObject && !input.isCustomObject ? input.baseObject : input)[0] ?? 'System.Object'}`;
      if (isNew || !object.typeNames.includes(typeName)) {
        if (object.typeNames.length === 0) object.typeNames = [...psCustomObjectTypeNames];
        object.typeNames.unshift(typeName);
      }
    };

    const isDuplicate = (object: unknown, notes: readonly PSNoteProperty[]) =>
      uniques.some((written) => {
        if (written.notes.length !== notes.length || compareObjects(written.object, object, caseSensitive) !== 0) return false;
        const writtenObject = written.object as PSObject;
        return notes.every((note) => {
          const property = writtenObject.property(note.name);
          return property !== undefined && compareObjects(property.value, note.value, caseSensitive) === 0;
        });
      });

    const filteredWrite = (object: unknown, input: unknown, notes: readonly PSNoteProperty[]) => {
      if (unique) {
        if (isDuplicate(object, notes)) return;
        markSelected(object, input, notes.length > 0);
        uniques.push({ object, notes });
        return;
      }
      markSelected(object, input, notes.length > 0);
      runtime.writeObject(object);
    };

    const expandInto = (input: unknown, notes: readonly PSNoteProperty[]) => {
      const results = expand!.expression.values(input, runtime);
      if (results.length === 0) {
        throw new SelectObjectError(error('System.Management.Automation.PSArgumentException', formatMessage(selectObjectStrings.PropertyNotFound, expandName), 'ExpandPropertyNotFound', 'InvalidArgument', input));
      }
      if (results.length > 1) {
        throw new SelectObjectError(error('System.Management.Automation.PSArgumentException', selectObjectStrings.MutlipleExpandProperties, 'MutlipleExpandProperties', 'InvalidArgument', input));
      }
      const result = results[0]!;
      if (result.error) {
        const record = error(result.error.exception.exceptionTypeName, result.error.message, 'PropertyEvaluationExpand', 'InvalidResult', input);
        throw new SelectObjectError(record);
      }
      if (result.value === null || result.value === undefined) return;
      for (const value of enumerableItems(result.value) ?? [result.value]) {
        if (value === null || value === undefined) continue;
        filteredWrite(withNotes(value, input, notes), input, notes);
      }
    };

    /** The expanded value with the selected properties added; a value that is not a PSObject gets a wrapper of its own. */
    const withNotes = (value: unknown, input: unknown, notes: readonly PSNoteProperty[]): unknown => {
      if (notes.length === 0) return value;
      const object = value instanceof PSObject ? value : new PSObject(value, [...typeNamesOf(value)]);
      for (const note of notes) {
        if (object.property(note.name) !== undefined || getsProperty(object, note.name)) alreadyExists(note.name, input, 'AlreadyExistingUserSpecifiedPropertyExpand');
        else object.members.add(note);
      }
      return object;
    };

    const processObject = (input: unknown) => {
      if (propertyArguments.length === 0 && expand === undefined) {
        filteredWrite(input, input, []);
        return;
      }
      const notes: PSNoteProperty[] = [];
      for (const parameter of properties) propertyNotes(parameter, input, notes);
      if (expand !== undefined) {
        expandInto(input, notes);
        return;
      }
      const result = PSObject.customObject();
      for (const note of notes) {
        if (result.members.has(note.name)) alreadyExists(note.name, input, 'AlreadyExistingUserSpecifiedPropertyNoExpand');
        else result.members.add(note);
      }
      filteredWrite(result, input, notes);
    };

    const processAndReport = (input: unknown) => {
      try {
        processObject(input);
      } catch (e) {
        if (!(e instanceof SelectObjectError)) throw e;
        runtime.writeError(e.record);
      }
    };

    const end = () => {
      if (runtime.parameterSetName === 'DefaultParameter') {
        if (first !== 0) {
          while (queue.items.length > 0) processAndReport(queue.items.shift());
        } else {
          while (queue.items.length > skip) processAndReport(queue.items.shift());
        }
      }
      for (const written of uniques) runtime.writeObject(written.object);
    };

    const processIndexed = (input: unknown) => {
      const next = indexes[currentIndex];
      if (includeIndex) {
        if (next !== undefined && currentObject === next) {
          processAndReport(input);
          while (indexes[currentIndex] === next) currentIndex++;
        }
        currentObject++;
        // The command's end still runs after the upstream commands stop.
        if (!wait && currentIndex >= indexes.length) runtime.stopUpstream();
        return;
      }
      if (next !== undefined && currentObject === next) {
        while (indexes[currentIndex] === next) currentIndex++;
      } else {
        processAndReport(input);
      }
      currentObject++;
    };

    return {
      begin() {
        properties = readPropertyParameters(runtime, propertyArguments, propertyKeys.select);
        if (expandName !== '') expand = readPropertyParameters(runtime, [expandName], propertyKeys.select)[0];
      },
      process() {
        const input = runtime.parameter('InputObject');
        if (input === undefined || input === null) return;
        if (indexGiven) {
          processIndexed(input);
          return;
        }
        queue.enqueue(input);
        const streaming = queue.streamingDequeue();
        if (streaming) processAndReport(streaming.item);
        if (queue.allRequestedObjectsProcessed && !wait) runtime.stopUpstream();
      },
      end,
    };
  },
);

/** Whether a value already has a property of that name (a .NET property of its base object). */
function getsProperty(object: PSObject, name: string): boolean {
  return PropertyExpression.named(name).resolveNames(object).length > 0;
}

export const selectCmdlets: readonly CmdletInfo[] = [selectObject];
