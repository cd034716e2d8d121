/**
 * The parameter binder, in pwsh's order (CmdletParameterBinderController): named arguments,
 * positional arguments by the parameter sets still possible, $PSDefaultParameterValues, the
 * parameter set resolution, remaining arguments, the mandatory check (with a host prompt), and
 * then, per pipeline object, ValueFromPipeline and ValueFromPipelineByPropertyName without and
 * then with type coercion, re-resolving the set for each object.
 *
 * One ParameterBinder serves one command invocation: `bindCommandLine` once, then
 * `bindPipelineObject` for each input object. Terminating errors are thrown as
 * ParameterBindingError; per-object errors are returned for the caller to write.
 */
import { enumerableItems, formatMessage, isNumeric, toDouble, toPSString } from '../engine/conversion/index.js';
import { typeOf, type PSTypeInfo } from '../engine/types/index.js';
import { Hashtable, PSObject, ScriptBlock } from '../engine/values/index.js';
import { WildcardPattern } from '../engine/wildcard/index.js';
import { defaultBindingContext, resolveParameterType, type BindingContext } from './context.js';
import { ParameterBindingError, type InnerException, type ParameterBindingErrorInit } from './errors.js';
import { parameterBinderStrings as strings } from './messages.js';
import {
  allParameterSets,
  allSetsFlag,
  isInSets,
  isMandatoryInSomeSet,
  setCount,
  setDataFor,
  setNameOf,
  type CommandMetadata,
  type ParameterMetadata,
} from './metadata.js';
import { validate, ValidationFailure } from './validation.js';

/** One argument as the evaluator produces it from a CommandAst. */
export type CommandArgument =
  /** `-Name`, `-Name:value` (colon true, value given) or, from splatting, a name with its value. */
  | { readonly kind: 'parameter'; readonly name: string; readonly colon: boolean; readonly value?: unknown; readonly position?: unknown }
  | { readonly kind: 'positional'; readonly value: unknown; readonly position?: unknown }
  /** `@splat`: a hashtable becomes named arguments, anything else positional ones. */
  | { readonly kind: 'splat'; readonly value: unknown; readonly position?: unknown };

/** What the host shows to prompt for missing mandatory parameters. */
export interface MandatoryPrompt {
  /** `cmdlet X at command pipeline position 1` */
  readonly caption: string;
  /** `Supply values for the following parameters:` */
  readonly message: string;
  readonly fields: readonly { readonly name: string; readonly typeName: string; readonly helpMessage: string | null; readonly isArray: boolean }[];
}

export interface BindOptions {
  /** True when objects will come down the pipeline (the command is not first, or input was given). */
  readonly pipelineInputExpected?: boolean;
  /** $PSDefaultParameterValues: `'Cmdlet:Parameter'` keys (the cmdlet part may use wildcards). */
  readonly defaultParameterValues?: Hashtable | null;
  /**
   * Runs a $PSDefaultParameterValues script block value with the binding state
   * ($_.BoundParameters, BoundDefaultParameters, BoundPositionalParameters); its output is the value.
   */
  readonly evaluateDefaultValue?: ((script: ScriptBlock, bindingState: PSObject) => readonly unknown[]) | null;
  /**
   * Runs a script block with $_ set and returns its output; throws the script's error. It runs
   * delay-bind script blocks (`-NewName { $_.Name + '.bak' }` on a pipeline parameter, with the
   * pipeline object) and [ValidateScript()] blocks (with each argument element). Without it
   * delay-bind arguments bind as script blocks and ValidateScript fails.
   */
  readonly invokeScriptBlock?: ((script: ScriptBlock, dollarUnder: unknown) => readonly unknown[]) | null;
  /** The host's prompt for missing mandatory parameters; values by parameter name, or null when cancelled. */
  readonly promptForMissingMandatory?: ((prompt: MandatoryPrompt) => ReadonlyMap<string, unknown> | null) | null;
  /** The command's position in its pipeline (1-based), for the prompt caption. */
  readonly pipelinePosition?: number;
}

/** The outcome for one pipeline object: bound, or the error pwsh writes for it (non-terminating). */
export type PipelineBindingOutcome = { readonly bound: true } | { readonly bound: false; readonly error: ParameterBindingError };

/** An argument after splatting and name/value pairing (CommandParameterInternal). */
interface Argument {
  /** The parameter name as written, without the dash; null for a positional argument. */
  name: string | null;
  /** The text pwsh passes on to remaining arguments: `-Name` or `-Name:`. */
  text: string;
  hasValue: boolean;
  value: unknown;
  position: unknown;
  fromSplatting: boolean;
}

/** Binding flags (ParameterBindingFlags). */
interface BindFlags {
  readonly coerce: boolean;
  /** A script block for a pipeline parameter waits for each input object (command-line arguments only). */
  readonly delayBindScriptBlock?: boolean;
}

/** Four pipeline binding stages in pwsh's order. */
const pipelineStages = [
  { byValue: true, coerce: false },
  { byValue: false, coerce: false },
  { byValue: true, coerce: true },
  { byValue: false, coerce: true },
] as const;

export class ParameterBinder {
  private readonly bound = new Map<string, unknown>();
  private currentFlags = allSetsFlag;
  private prePipelineFlags = allSetsFlag;
  private readonly boundPositionallyNames: string[] = [];
  private readonly boundDefaultNames: string[] = [];
  private readonly pipelineBound: ParameterMetadata[] = [];
  private delayBound: Map<ParameterMetadata, Argument> | null = null;
  private soleInput: { readonly parameter: ParameterMetadata; readonly wrap: boolean } | null | undefined = undefined;
  private unboundArgumentValues: unknown[] = [];
  private parameterTokens: Map<number, { name: string; hasValue: boolean }> | null = null;
  private readonly warningTexts: string[] = [];
  private options: BindOptions = noOptions;

  constructor(
    readonly command: CommandMetadata,
    private readonly context: BindingContext = defaultBindingContext,
  ) {}

  /** $PSBoundParameters: parameter name -> value, in binding order. */
  get boundParameterValues(): ReadonlyMap<string, unknown> {
    return this.bound;
  }

  /** $PSCmdlet.ParameterSetName. */
  get parameterSetName(): string {
    const single = setNameOf(this.command, this.currentFlags);
    if (single !== null) return single;
    // Several sets still possible: pwsh reports the default set while it is one of them.
    const defaultFlag = this.command.defaultParameterSetFlag;
    return defaultFlag !== 0 && (this.currentFlags & defaultFlag) !== 0 ? this.command.defaultParameterSetName! : allParameterSets;
  }

  /** $args of a simple function: arguments no parameter took. */
  get unboundArguments(): readonly unknown[] {
    return this.unboundArgumentValues;
  }

  /**
   * Which elements of `unboundArguments` are `-Name` words (with whether the next element is
   * their `-Name:` value): splatting that $args array on passes them as parameters again.
   */
  get unboundParameterTokens(): ReadonlyMap<number, { readonly name: string; readonly hasValue: boolean }> {
    return this.parameterTokens ?? noTokens;
  }

  /** Names bound from positional arguments ($MyInvocation.BoundParameters is all, this is which). */
  get boundPositionally(): readonly string[] {
    return this.boundPositionallyNames;
  }

  /** Names bound from $PSDefaultParameterValues. */
  get boundDefaultParameters(): readonly string[] {
    return this.boundDefaultNames;
  }

  /** Warnings binding produced (a $PSDefaultParameterValues value that did not bind), for the command's warning stream. */
  get warnings(): readonly string[] {
    return this.warningTexts;
  }

  /** Binds the command line (BindCommandLineParameters); throws ParameterBindingError. */
  bindCommandLine(args: readonly CommandArgument[], options: BindOptions = noOptions): void {
    this.options = options;
    if (this.command.isSimpleFunction) {
      this.bindSimpleFunction(args);
      return;
    }
    let unbound = this.reparse(this.expandSplatting(args));
    unbound = this.bindNamed(unbound);
    let positionalError: ParameterBindingError | null = null;
    [unbound, positionalError] = this.bindPositional(unbound);
    this.applyDefaultParameterValues();
    try {
      this.bindRest(unbound, positionalError);
    } catch (e) {
      throw e instanceof ParameterBindingError ? this.elaborated(e) : e;
    }
  }

  /**
   * The same rules for a simple function, whose one parameter set has no mandatory, pipeline or
   * remaining-arguments parameters and takes no $PSDefaultParameterValues: named arguments, then
   * positional ones in position order (a `-Name` no parameter took keeps the value after it, as
   * GetNextPositionalArgument does), then $args.
   */
  private bindSimpleFunction(args: readonly CommandArgument[]): void {
    // Positional arguments alone (`f $i 2`, the common call) have nothing to pair or bind by name.
    const expanded = this.expandSplatting(args);
    const unbound = args.every(isPositional) ? expanded : this.bindNamed(this.reparse(expanded));
    const positional = positionalOrder(this.command);
    const rest: Argument[] = [];
    let next = 0;
    for (let i = 0; i < unbound.length; i++) {
      const arg = unbound[i]!;
      if (arg.name !== null) {
        rest.push(arg);
        if (i + 1 < unbound.length && unbound[i + 1]!.name === null) rest.push(unbound[++i]!);
        continue;
      }
      while (next < positional.length && this.isBound(positional[next]!)) next++;
      const parameter = positional[next++];
      if (parameter) {
        this.bindParameter(arg, parameter, coerceOnly);
        this.boundPositionallyNames.push(parameter.name);
      } else rest.push(arg);
    }
    this.verifyArgumentsProcessed(rest, null);
  }

  /** What follows the default values: sets, remaining arguments, leftovers, mandatory parameters. */
  private bindRest(unbound: Argument[], positionalError: ParameterBindingError | null): void {
    const pipelineInputExpected = this.options.pipelineInputExpected ?? false;
    this.validateParameterSets(true, false);
    unbound = this.bindRemainingArguments(unbound);
    this.verifyArgumentsProcessed(unbound, positionalError);

    let validSetCount = this.validateParameterSets(pipelineInputExpected, !pipelineInputExpected);
    if (validSetCount > 1 && pipelineInputExpected) {
      const filtered = this.setsTakingPipelineInput();
      if (filtered !== this.currentFlags >>> 0) {
        this.currentFlags = filtered;
        validSetCount = this.validateParameterSets(true, false);
      }
    }
    this.handleMissingMandatory(validSetCount, pipelineInputExpected);
    if (!pipelineInputExpected) this.verifyParameterSetSelected();
    this.prePipelineFlags = this.currentFlags >>> 0;
  }

  /** Binds one pipeline object (BindPipelineParameters) and checks the mandatory parameters. */
  bindPipelineObject(input: unknown): PipelineBindingOutcome {
    const sole = this.soleInputParameter();
    if (sole && input !== null && input !== undefined) {
      const value = sole.wrap && !(input instanceof PSObject) ? new PSObject(input) : input;
      // The previous object bound the same parameter: only its value changes.
      if (this.pipelineBound.length === 1 && this.pipelineBound[0] === sole.parameter) this.bound.set(sole.parameter.name, value);
      else {
        this.restorePipelineParameters();
        this.currentFlags = this.prePipelineFlags;
        this.markBound(sole.parameter, value);
        this.pipelineBound.push(sole.parameter);
      }
      return bindingSucceeded;
    }
    this.restorePipelineParameters();
    this.currentFlags = this.prePipelineFlags;
    let anyBound = false;
    try {
      const delayedBound = this.bindDelayedScriptBlocks(input);
      if (delayedBound !== false) {
        let valid = this.currentFlags >>> 0;
        for (const stage of pipelineStages) {
          if (this.bindPipelineStage(input, stage.byValue, stage.coerce, valid)) {
            this.validateParameterSets(true, true);
            valid = this.currentFlags >>> 0;
            anyBound = true;
          }
        }
      }
      anyBound ||= delayedBound === true;
      this.validateParameterSets(false, true);
      this.verifyParameterSetSelected();
    } catch (e) {
      this.restorePipelineParameters();
      if (e instanceof ParameterBindingError) return { bound: false, error: e };
      throw e;
    }
    if (!anyBound) {
      this.restorePipelineParameters();
      return { bound: false, error: this.error({ errorId: 'InputObjectNotBound', template: strings.InputObjectNotBound, typeSpecified: this.typeNameOf(input) }) };
    }
    const missing = this.missingMandatory(false);
    if (missing.length > 0) {
      return {
        bound: false,
        error: this.error({
          errorId: 'InputObjectMissingMandatory',
          template: strings.InputObjectMissingMandatory,
          typeSpecified: this.typeNameOf(input),
          args: [missingList(missing)],
        }),
      };
    }
    return { bound: true };
  }

  /**
   * The one parameter that takes every pipeline object as it is (an Object or PSObject
   * parameter, by value, unvalidated, with the set already decided): then the four binding
   * stages always end in binding it, and ForEach-Object, Where-Object, Out-Null... skip them.
   * Worked out once, after the command line is bound.
   */
  private soleInputParameter(): { readonly parameter: ParameterMetadata; readonly wrap: boolean } | null {
    if (this.soleInput !== undefined) return this.soleInput;
    let sole: { parameter: ParameterMetadata; wrap: boolean } | null = null;
    const flags = this.prePipelineFlags;
    const candidates = this.delayBound
      ? []
      : this.command.parameters.filter(
          (p) => !this.isBound(p) && isInSets(p, flags) && setDataFor(p, flags).some((d) => d.valueFromPipeline || d.valueFromPipelineByPropertyName),
        );
    const parameter = candidates.length === 1 ? candidates[0]! : undefined;
    if (parameter && (this.command.parameterSetNames.length === 0 || setCount(flags) === 1) && parameter.validation.length === 0) {
      const data = setDataFor(parameter, flags);
      const typeName = this.typeOf(parameter).fullName;
      const byValueOnly = data.some((d) => d.valueFromPipeline) && !data.some((d) => d.valueFromPipelineByPropertyName);
      if (byValueOnly && (typeName === 'System.Object' || typeName === 'System.Management.Automation.PSObject')) {
        sole = { parameter, wrap: typeName === 'System.Management.Automation.PSObject' };
      }
    }
    return (this.soleInput = sole);
  }

  // ---- arguments -------------------------------------------------------------------------

  /** Splatting: hashtable entries become named arguments placed last (explicit ones win), arrays positional ones. */
  private expandSplatting(args: readonly CommandArgument[]): Argument[] {
    // Without splatting, one argument each (map sizes the array; pushing into [] reserves room for 16).
    if (!args.some(isSplat)) return args.map(unsplatted);
    const result: Argument[] = [];
    let fromHashtables: Argument[] | null = null;
    for (const arg of args) {
      if (arg.kind !== 'splat') {
        result.push(unsplatted(arg));
      } else {
        const splatted = arg.value instanceof PSObject && arg.value.baseObject instanceof Hashtable ? arg.value.baseObject : arg.value;
        if (splatted instanceof Hashtable) {
          for (const [key, value] of splatted.entries()) {
            const name = toPSString(key);
            (fromHashtables ??= []).push({ name, text: `-${name}:`, hasValue: true, value, position: arg.position ?? null, fromSplatting: true });
          }
        } else {
          for (const value of enumerableItems(splatted) ?? (splatted === null ? [] : [splatted])) result.push(positional(value, arg.position ?? null));
        }
      }
    }
    return fromHashtables ? [...result, ...fromHashtables] : result;
  }

  /**
   * Pairs `-Name value` (ReparseUnboundArguments); switches take no value. The arguments are
   * expandSplatting's fresh objects, so a paired one is completed in place.
   */
  private reparse(args: Argument[]): Argument[] {
    const result: Argument[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg.name === null || arg.hasValue) {
        result.push(arg);
        continue;
      }
      const parameter = this.findParameter(arg.name, arg.position);
      if (!parameter) {
        result.push(arg);
        continue;
      }
      if (parameter.isSwitch) {
        arg.hasValue = true;
        arg.value = true;
        result.push(arg);
        continue;
      }
      const next = args[i + 1];
      if (!next || (next.name !== null && (next.hasValue || this.findParameter(next.name, next.position)))) {
        throw this.error({
          errorId: 'MissingArgument',
          template: strings.MissingArgument,
          parameterName: parameter.name,
          parameterType: this.typeOf(parameter).fullName,
          position: arg.position,
        });
      }
      i++;
      // `-Name -NotAParameter` gives the second word as the value.
      arg.name = parameter.name;
      arg.hasValue = true;
      arg.value = next.name !== null ? next.text : next.value;
      result.push(arg);
    }
    return result;
  }

  /**
   * The parameter a name means (GetMatchingParameter): the exact name or alias, else the only
   * name or alias it begins; among several, a declared parameter wins over the common ones.
   */
  private findParameter(name: string, position: unknown): ParameterMetadata | undefined {
    let answers = parameterMatches.get(this.command);
    if (!answers) parameterMatches.set(this.command, (answers = new Map()));
    const known = answers.get(name);
    if (known !== undefined) return known ?? undefined;
    const found = this.matchParameter(name, position);
    answers.set(name, found ?? null);
    return found;
  }

  /** findParameter's work, for a name not met before (an ambiguous name throws every time). */
  private matchParameter(name: string, position: unknown): ParameterMetadata | undefined {
    const key = name.toLowerCase();
    const exact = exactNames(this.command).get(key);
    if (exact) return exact;
    // Not a whole name or alias: the parameters whose name, or else an alias, it begins.
    const matches: ParameterMetadata[] = [];
    for (const p of this.command.parameters) {
      if (p.name.toLowerCase().startsWith(key)) matches.push(p);
    }
    for (const p of this.command.parameters) {
      if (!matches.includes(p) && p.aliases.some((alias) => alias.toLowerCase().startsWith(key))) matches.push(p);
    }
    if (matches.length <= 1) return matches[0];
    const declared = matches.filter((p) => p.origin === 'Declared');
    if (declared.length === 1) return declared[0];
    throw this.error({
      errorId: 'AmbiguousParameter',
      template: strings.AmbiguousParameter,
      parameterName: name,
      args: [matches.map((p) => ` -${p.name}`).join('')],
      position,
    });
  }

  private bindNamed(args: Argument[]): Argument[] {
    let explicitlyBound: Set<string> | null = null;
    const result: Argument[] = [];
    for (const arg of args) {
      if (arg.name === null) {
        result.push(arg);
        continue;
      }
      const parameter = this.findParameter(arg.name, arg.position);
      if (!parameter) {
        result.push(arg);
        continue;
      }
      if (arg.fromSplatting && explicitlyBound?.has(parameter.name)) continue;
      if (this.isBound(parameter)) {
        throw this.error({ errorId: 'ParameterAlreadyBound', template: strings.ParameterAlreadyBound, parameterName: arg.name, position: arg.position });
      }
      this.bindParameter(arg, parameter, coerceDelayBinding);
      if (!arg.fromSplatting) (explicitlyBound ??= new Set()).add(parameter.name);
    }
    return result;
  }

  /**
   * Positional arguments (BindPositionalParameters): position by position over the sets still
   * possible, trying the default set then the others, first without and then with coercion. A
   * conversion failure here is kept and reported only if the argument stays unbound.
   */
  private bindPositional(args: Argument[]): [Argument[], ParameterBindingError | null] {
    if (args.length === 0) return [args, null];
    let positions = this.positionalParameters(this.currentFlags);
    if (positions.size === 0) return [args, null];
    const result: Argument[] = [];
    let outgoing: ParameterBindingError | null = null;
    let index = 0;
    let valid = this.currentFlags >>> 0;
    const defaultFlag = this.command.defaultParameterSetFlag;
    for (const position of [...positions.keys()].sort((a, b) => a - b)) {
      const candidates = positions.get(position)!;
      if (candidates.length === 0) continue;
      // The next positional argument; named ones (with their value) pass through.
      let argument: Argument | undefined;
      while (index < args.length) {
        const next = args[index++]!;
        if (next.name === null) {
          argument = next;
          break;
        }
        result.push(next);
        if (!next.hasValue && index < args.length && args[index]!.name === null) result.push(args[index++]!);
      }
      if (!argument) break;
      const useDefault = defaultFlag !== 0 && (valid & defaultFlag) !== 0;
      let bound = false;
      for (const coerce of [false, true]) {
        if (!bound && useDefault) [bound, outgoing] = this.bindPositionalInSets(defaultFlag, candidates, argument, coerce, outgoing);
        if (!bound) [bound, outgoing] = this.bindPositionalInSets(valid, candidates, argument, coerce, outgoing);
        if (bound) break;
      }
      if (!bound) result.push(argument);
      else if ((this.currentFlags >>> 0) !== valid) {
        valid = this.currentFlags >>> 0;
        positions = this.positionalParameters(valid, positions);
      }
    }
    for (; index < args.length; index++) result.push(args[index]!);
    return [result, outgoing];
  }

  private bindPositionalInSets(
    flags: number,
    candidates: readonly ParameterMetadata[],
    argument: Argument,
    coerce: boolean,
    outgoing: ParameterBindingError | null,
  ): [boolean, ParameterBindingError | null] {
    for (const parameter of candidates) {
      if (!isInSets(parameter, flags) || this.isBound(parameter)) continue;
      try {
        if (this.bindParameter({ ...argument, name: parameter.name }, parameter, { coerce, delayBindScriptBlock: true })) {
          this.boundPositionallyNames.push(parameter.name);
          return [true, outgoing];
        }
      } catch (e) {
        if (!(e instanceof ParameterBindingError) || (isTransformationOrValidation(e) && !e.swallowException)) throw e;
        outgoing = e;
      }
    }
    return [false, outgoing];
  }

  /**
   * Unbound positional parameters by position (EvaluateUnboundPositionalParameters); two in
   * one set at one position make the metadata ambiguous. With `previous`, only the positions
   * it had are kept (the set narrowed while binding).
   */
  private positionalParameters(flags: number, previous?: Map<number, ParameterMetadata[]>): Map<number, ParameterMetadata[]> {
    const positions = new Map<number, ParameterMetadata[]>();
    const setsAt = new Map<number, { parameter: ParameterMetadata; flag: number }[]>();
    for (const parameter of this.command.parameters) {
      if (this.isBound(parameter) || !isInSets(parameter, flags)) continue;
      for (const data of setDataFor(parameter, flags)) {
        if (data.valueFromRemainingArguments || data.position === null) continue;
        const others = setsAt.get(data.position) ?? [];
        if (others.some((o) => o.parameter !== parameter && (o.flag === 0 || data.flag === 0 || (o.flag & data.flag) !== 0))) {
          throw this.error({ errorId: 'AmbiguousPositionalParameterNoName', template: strings.AmbiguousPositionalParameterNoName });
        }
        others.push({ parameter, flag: data.flag });
        setsAt.set(data.position, others);
        const list = positions.get(data.position) ?? [];
        if (!list.includes(parameter)) list.push(parameter);
        positions.set(data.position, list);
      }
    }
    if (previous) for (const key of previous.keys()) if (!positions.has(key)) positions.set(key, []);
    return positions;
  }

  /** An error after defaults were bound says they may be the cause (ThrowElaboratedBindingException). */
  private elaborated(e: ParameterBindingError): ParameterBindingError {
    const names = this.boundDefaultNames;
    if (names.length === 0) return e;
    const template = names.length > 1 ? strings.DefaultBindingErrorElaborationMultiple : strings.DefaultBindingErrorElaborationSingle;
    return e.withMessage(formatMessage(template, '', '', '', '', '', '', e.message, names.map((n) => ` -${n}`).join('')));
  }

  /** $PSDefaultParameterValues: values for parameters still unbound, after positional binding. */
  private applyDefaultParameterValues(): void {
    const defaults = this.options.defaultParameterValues;
    if (!defaults || this.command.isSimpleFunction) return;
    const disabled = defaults.get('Disabled');
    if (disabled !== undefined && this.context.isTrue(disabled)) return;
    const names = [this.command.name, ...this.command.aliases];
    for (const [key, value] of defaults.entries()) {
      const text = toPSString(key);
      const colon = text.indexOf(':');
      if (colon < 0) continue;
      const commandPattern = text.slice(0, colon).trim();
      const parameterName = text.slice(colon + 1).trim();
      const pattern = new WildcardPattern(commandPattern);
      if (!names.some((n) => pattern.isMatch(n))) continue;
      const parameter = this.command.parameters.find(
        (p) => p.name.toLowerCase() === parameterName.toLowerCase() || p.aliases.some((a) => a.toLowerCase() === parameterName.toLowerCase()),
      );
      if (!parameter || this.isBound(parameter) || !isInSets(parameter, this.currentFlags)) continue;
      let argumentValue = value;
      if (value instanceof ScriptBlock && this.options.evaluateDefaultValue) {
        const output = this.options.evaluateDefaultValue(value, this.bindingState());
        if (output.length === 0) continue;
        argumentValue = output.length === 1 ? output[0] : [...output];
      }
      const argument: Argument = { name: parameter.name, text: `-${parameter.name}:`, hasValue: true, value: argumentValue, position: null, fromSplatting: false };
      try {
        if (this.bindParameter(argument, parameter, { coerce: true, delayBindScriptBlock: true })) this.boundDefaultNames.push(parameter.name);
      } catch (e) {
        if (!(e instanceof ParameterBindingError)) throw e;
        const valueText = argumentValue === null || argumentValue === undefined ? 'null' : dotNetToString(argumentValue);
        this.warningTexts.push(formatMessage(strings.FailToBindDefaultParameter, valueText, parameter.name, e.message));
      }
    }
  }

  /** The object a default-value script block gets as $_ (WrapBindingState). */
  private bindingState(): PSObject {
    const bound = new Hashtable();
    for (const [name, value] of this.bound) bound.set(name, value);
    return PSObject.customObject([
      ['BoundDefaultParameters', [...this.boundDefaultNames]],
      ['BoundParameters', bound],
      ['BoundPositionalParameters', [...this.boundPositionallyNames]],
    ]);
  }

  /** ValueFromRemainingArguments takes what is left (HandleRemainingArguments). */
  private bindRemainingArguments(args: Argument[]): Argument[] {
    if (args.length === 0) return args;
    let remaining: ParameterMetadata | undefined;
    for (const parameter of this.command.parameters) {
      if (this.isBound(parameter)) continue;
      if (!setDataFor(parameter, this.currentFlags).some((d) => d.valueFromRemainingArguments)) continue;
      if (remaining) throw this.error({ errorId: 'AmbiguousParameterSet', template: strings.AmbiguousParameterSet, parameterName: parameter.name, category: 'MetadataError' });
      remaining = parameter;
    }
    if (!remaining) return args;
    const values: unknown[] = [];
    for (const arg of args) {
      if (arg.name !== null) values.push(arg.text);
      if (arg.hasValue && arg.value !== undefined) values.push(arg.value);
    }
    const value = values.length === 1 && enumerableItems(values[0]) !== undefined ? values[0] : values;
    this.bindParameter({ name: remaining.name, text: `-${remaining.name}:`, hasValue: true, value, position: args.length === 1 ? args[0]!.position : null, fromSplatting: false }, remaining, { coerce: true });
    return [];
  }

  /** Anything left is an error for a cmdlet or advanced function, and $args for a simple function. */
  private verifyArgumentsProcessed(args: Argument[], positionalError: ParameterBindingError | null): void {
    if (this.command.isSimpleFunction) {
      const values: unknown[] = [];
      for (const a of args) {
        if (a.name === null) {
          values.push(a.value);
          continue;
        }
        (this.parameterTokens ??= new Map()).set(values.length, { name: a.name, hasValue: a.hasValue });
        values.push(a.text);
        if (a.hasValue) values.push(a.value);
      }
      this.unboundArgumentValues = values;
      return;
    }
    const first = args[0];
    if (!first) return;
    if (first.name !== null) {
      throw this.error({ errorId: 'NamedParameterNotFound', template: strings.NamedParameterNotFound, parameterName: first.name, typeSpecified: first.hasValue ? this.typeNameOf(first.value) : null, position: first.position });
    }
    if (positionalError) throw positionalError;
    throw this.error({
      errorId: 'PositionalParameterNotFound',
      template: strings.PositionalParameterNotFound,
      parameterName: first.value === null || first.value === undefined ? '$null' : dotNetToString(first.value),
      typeSpecified: this.typeNameOf(first.value),
      position: first.position,
    });
  }

  // ---- parameter sets ----------------------------------------------------------------------

  /** ValidateParameterSets: how many sets remain, choosing the default or the only possible one. */
  private validateParameterSets(prePipelineInput: boolean, setDefault: boolean): number {
    const current = this.currentFlags >>> 0;
    const defaultFlag = this.command.defaultParameterSetFlag;
    const setTotal = this.command.parameterSetNames.length;
    let count = current === allSetsFlag ? 1 : setCount(current);
    if (count === 0) this.throwAmbiguousParameterSet();
    if (count > 1) {
      if (defaultFlag !== 0 && (current & defaultFlag) !== 0) {
        if (setDefault) {
          this.currentFlags = defaultFlag;
          count = 1;
        }
      } else if (prePipelineInput && this.unboundSetTakesPipelineInput(current)) {
        // Pipeline input may still decide.
      } else {
        count = this.resolveByMandatoryParameters();
      }
      return count;
    }
    if (current === allSetsFlag) {
      count = setTotal > 0 ? setTotal : 1;
      if (prePipelineInput && this.unboundSetTakesPipelineInput(current)) {
        // Pipeline input may still decide.
      } else if (defaultFlag !== 0) {
        if (setDefault) {
          this.currentFlags = defaultFlag;
          count = 1;
        }
      } else if (count > 1) {
        count = this.resolveByMandatoryParameters();
      }
    }
    return count;
  }

  /** The one set in which no mandatory parameter is missing, if there is exactly one. */
  private resolveByMandatoryParameters(): number {
    let remaining = this.currentFlags >>> 0;
    let declaredSets = 0;
    for (const p of this.command.parameters) for (const d of p.setData) declaredSets |= d.flag;
    remaining = (remaining & declaredSets) >>> 0;
    for (const p of this.command.parameters) {
      if (this.isBound(p)) continue;
      for (const d of p.setData) if (d.mandatory) remaining = (remaining & ~d.flag) >>> 0;
    }
    if (setCount(remaining) !== 1) this.throwAmbiguousParameterSet();
    this.currentFlags = remaining;
    return 1;
  }

  private unboundSetTakesPipelineInput(flags: number): boolean {
    return this.command.parameters.some(
      (p) => !this.isBound(p) && setDataFor(p, flags).some((d) => d.valueFromPipeline || d.valueFromPipelineByPropertyName),
    );
  }

  /** FilterParameterSetsTakingNoPipelineInput: with input coming, keep the sets that can take it. */
  private setsTakingPipelineInput(): number {
    let sets = 0;
    for (const p of this.command.parameters) {
      if (this.isBound(p)) continue;
      for (const d of setDataFor(p, this.currentFlags)) {
        if (!d.valueFromPipeline && !d.valueFromPipelineByPropertyName) continue;
        if (d.flag === 0) return this.currentFlags >>> 0;
        sets |= d.flag;
      }
    }
    return sets !== 0 ? (this.currentFlags & sets) >>> 0 : this.currentFlags >>> 0;
  }

  /** With no more input to come, a command with several sets must be in one of them. */
  private verifyParameterSetSelected(): void {
    if (this.command.parameterSetNames.length <= 1 || (this.currentFlags >>> 0) !== allSetsFlag) return;
    const defaultFlag = this.command.defaultParameterSetFlag;
    if (defaultFlag === 0) this.throwAmbiguousParameterSet();
    this.currentFlags = defaultFlag;
  }

  private throwAmbiguousParameterSet(): never {
    throw this.error({ errorId: 'AmbiguousParameterSet', template: strings.AmbiguousParameterSet });
  }

  // ---- mandatory parameters ----------------------------------------------------------------

  /** The unbound parameters mandatory in the chosen set; with input expected, those the pipeline may still supply are not missing. */
  private missingMandatory(pipelineInputExpected: boolean): ParameterMetadata[] {
    if (!hasMandatoryParameter(this.command)) return [];
    const flags = this.currentFlags >>> 0;
    if (flags !== allSetsFlag && setCount(flags) > 1) return [];
    return this.command.parameters.filter((p) => {
      if (this.isBound(p) || !isMandatoryInSomeSet(p)) return false;
      const data = setDataFor(p, flags).filter((d) => d.mandatory);
      if (data.length === 0) return false;
      return !(pipelineInputExpected && data.some((d) => d.valueFromPipeline || d.valueFromPipelineByPropertyName));
    });
  }

  /**
   * pwsh's GetMissingMandatoryParameters with input to come and several sets left: when the
   * default set lacks a mandatory parameter and no other set lacks only ones the pipeline can
   * supply, the binder settles on the default set, so what it lacks is asked for (or reported)
   * before any input arrives (`1 | Tee-Object`: FilePath). True when it did.
   */
  private latchOntoDefaultSet(): boolean {
    const flags = this.currentFlags >>> 0;
    const defaultFlag = this.command.defaultParameterSetFlag;
    if (defaultFlag === 0 || (flags & defaultFlag) === 0) return false;
    // Per set (0: all sets), the missing mandatory parameters the pipeline can supply, by property name, and not.
    const lacking = new Map<number, { pipelineable: number; byPropertyName: number; notPipelineable: number }>();
    for (const p of this.command.parameters) {
      if (this.isBound(p) || !isMandatoryInSomeSet(p)) continue;
      for (const d of setDataFor(p, flags)) {
        if (!d.mandatory) continue;
        const counts = lacking.get(d.flag) ?? { pipelineable: 0, byPropertyName: 0, notPipelineable: 0 };
        lacking.set(d.flag, counts);
        if (d.valueFromPipelineByPropertyName) counts.byPropertyName++;
        if (d.valueFromPipeline || d.valueFromPipelineByPropertyName) counts.pipelineable++;
        else counts.notPipelineable++;
      }
    }
    const defaultLacks = lacking.get(defaultFlag);
    if (defaultLacks === undefined) return false;
    const others = [...lacking].filter(([flag]) => flag !== 0 && flag !== defaultFlag).map(([, counts]) => counts);
    const otherTakesPipelineInput = others.some((counts) => counts.pipelineable > 0 && counts.notPipelineable === 0);
    const otherTakesInputByPropertyName = others.some((counts) => counts.byPropertyName > 0);
    const latch = !otherTakesPipelineInput || (defaultLacks.byPropertyName > 0 && !otherTakesInputByPropertyName) || (lacking.get(0)?.notPipelineable ?? 0) > 0;
    if (latch) this.currentFlags = defaultFlag;
    return latch;
  }

  /** Prompts through the host for what is missing, or raises MissingMandatoryParameter. */
  private handleMissingMandatory(validSetCount: number, pipelineInputExpected: boolean): void {
    // Without mandatory parameters nothing can be missing, nor would the default set be latched onto.
    if (!hasMandatoryParameter(this.command)) return;
    if (validSetCount > 1 && pipelineInputExpected && !this.latchOntoDefaultSet()) return;
    const missing = this.missingMandatory(pipelineInputExpected);
    if (missing.length === 0) return;
    const raise = (): never => {
      throw this.error({ errorId: 'MissingMandatoryParameter', template: strings.MissingMandatoryParameter, parameterName: missingList(missing) });
    };
    if (!this.options.promptForMissingMandatory) raise();
    const answers = this.options.promptForMissingMandatory!({
      caption: formatMessage(strings.PromptCaption, this.command.name, this.options.pipelinePosition ?? 1),
      message: strings.PromptMessage,
      fields: missing.map((p) => ({
        name: p.name,
        typeName: this.typeOf(p).fullName,
        helpMessage: setDataFor(p, this.currentFlags).find((d) => d.helpMessage !== null)?.helpMessage ?? null,
        isArray: this.typeOf(p).elementType !== undefined,
      })),
    });
    if (!answers || answers.size === 0) raise();
    for (const [name, value] of answers!) {
      const parameter = this.command.parameters.find((p) => p.name.toLowerCase() === name.toLowerCase());
      if (!parameter) continue;
      this.bindParameter({ name: parameter.name, text: `-${parameter.name}:`, hasValue: true, value, position: null, fromSplatting: false }, parameter, { coerce: true });
    }
    if (this.missingMandatory(pipelineInputExpected).length > 0) raise();
  }

  // ---- pipeline ----------------------------------------------------------------------------

  /**
   * InvokeAndBindDelayBindScriptBlock: runs each delay-bind script block on the input and binds
   * its output. Null when there are none, else whether all of them bound.
   */
  private bindDelayedScriptBlocks(input: unknown): boolean | null {
    if (!this.delayBound) return null;
    let all = true;
    for (const [parameter, argument] of this.delayBound) {
      const script = argument.value as ScriptBlock;
      let output: readonly unknown[];
      try {
        output = this.options.invokeScriptBlock!(script, input);
      } catch (e) {
        throw this.error({
          errorId: 'ScriptBlockArgumentInvocationFailed',
          template: strings.ScriptBlockArgumentInvocationFailed,
          parameterName: parameter.name,
          args: [e instanceof Error ? e.message : String(e)],
          position: argument.position,
          innerException: e instanceof Error ? { exceptionTypeName: (e as { exceptionTypeName?: string }).exceptionTypeName ?? 'System.Exception', message: e.message } : null,
        });
      }
      if (output.length === 0) {
        throw this.error({ errorId: 'ScriptBlockArgumentNoOutput', template: strings.ScriptBlockArgumentNoOutput, parameterName: parameter.name, position: argument.position });
      }
      const value = output.length === 1 ? output[0] : [...output];
      if (!this.bindParameter({ ...argument, value }, parameter, { coerce: true })) all = false;
    }
    return all;
  }

  private restorePipelineParameters(): void {
    for (const parameter of this.pipelineBound) {
      this.bound.delete(parameter.name);
    }
    this.pipelineBound.length = 0;
  }

  /** One binding stage, for the default set first and then for the others. */
  private bindPipelineStage(input: unknown, byValue: boolean, coerce: boolean, valid: number): boolean {
    const defaultFlag = this.command.defaultParameterSetFlag;
    let bound = false;
    if (defaultFlag !== 0 && (valid & defaultFlag) !== 0) {
      bound = this.bindPipelineStageInSets(input, byValue, coerce, defaultFlag);
      if (!bound) valid = (valid & ~defaultFlag) >>> 0;
    }
    return bound || this.bindPipelineStageInSets(input, byValue, coerce, valid);
  }

  private bindPipelineStageInSets(input: unknown, byValue: boolean, coerce: boolean, valid: number): boolean {
    let bound = false;
    const unbound = this.command.parameters.filter((p) => !this.isBound(p));
    // pwsh walks its unbound list from the end.
    for (let i = unbound.length - 1; i >= 0; i--) {
      const parameter = unbound[i]!;
      if (!isInSets(parameter, valid)) continue;
      for (const data of setDataFor(parameter, valid)) {
        let result = false;
        if (byValue && data.valueFromPipeline) result = this.bindFromPipeline(input, parameter, coerce, true);
        else if (!byValue && data.valueFromPipelineByPropertyName && input !== null && input !== undefined) {
          const property = this.propertyFor(input, parameter);
          if (property.found) result = this.bindFromPipeline(property.value, parameter, coerce, false);
        }
        if (result) {
          this.pipelineBound.push(parameter);
          bound = true;
          break;
        }
      }
    }
    return bound;
  }

  private propertyFor(input: unknown, parameter: ParameterMetadata): { found: boolean; value?: unknown } {
    for (const name of [parameter.name, ...parameter.aliases]) {
      const property = this.context.getProperty(input, name);
      if (property.found) return property;
    }
    return { found: false };
  }

  /**
   * Binds a pipeline value; a failed conversion only means "not this parameter", but a
   * validation failure (and, by property name, a transformation failure) is the object's error.
   */
  private bindFromPipeline(value: unknown, parameter: ParameterMetadata, coerce: boolean, byValue: boolean): boolean {
    const argument: Argument = { name: parameter.name, text: `-${parameter.name}:`, hasValue: true, value, position: null, fromSplatting: false };
    try {
      return this.bindParameter(argument, parameter, { coerce });
    } catch (e) {
      if (!(e instanceof ParameterBindingError)) throw e;
      if (e.exceptionTypeName === 'System.Management.Automation.ParameterBindingValidationException') throw e;
      if (e.exceptionTypeName === 'System.Management.Automation.ParameterBindingArgumentTransformationException') {
        if (!byValue || e.innerException?.exceptionTypeName !== 'System.Management.Automation.PSInvalidCastException') throw e;
      }
      return false;
    }
  }

  // ---- one parameter -----------------------------------------------------------------------

  private typeOf(parameter: ParameterMetadata): PSTypeInfo {
    let types = resolvedTypes.get(this.context);
    if (!types) resolvedTypes.set(this.context, (types = new WeakMap()));
    let type = types.get(parameter);
    if (!type) {
      type = resolveParameterType(parameter, this.context);
      types.set(parameter, type);
    }
    return type;
  }

  private typeNameOf(value: unknown): string | null {
    return typeOf(value)?.fullName ?? null;
  }

  /**
   * BindParameter: transformation (a function's typed parameter), coercion or the uncoerced
   * check, validation, the null/empty rules of mandatory parameters, then the binding itself.
   * Returns false when, without coercion, the value is not already of the parameter's type.
   */
  private bindParameter(argument: Argument, parameter: ParameterMetadata, flags: BindFlags): boolean {
    const type = this.typeOf(parameter);
    let value: unknown = argument.hasValue ? argument.value : undefined;
    if (parameter.transformation && value !== undefined && value !== null) value = this.transformWith(parameter.transformation, argument, parameter, value);
    if (flags.delayBindScriptBlock && value instanceof ScriptBlock && this.options.invokeScriptBlock && this.isDelayBindTarget(parameter, type)) {
      if (!(this.options.pipelineInputExpected ?? false)) {
        throw this.error({
          errorId: 'ScriptBlockArgumentNoInput',
          template: strings.ScriptBlockArgumentNoInput,
          category: 'MetadataError',
          parameterName: parameter.name,
          parameterType: type.fullName,
          position: argument.position,
        });
      }
      (this.delayBound ??= new Map()).set(parameter, argument);
      this.markBound(parameter, value);
      return true;
    }
    if (!flags.coerce) {
      const uncoerced = this.withoutCoercion(value, parameter, type);
      if (!uncoerced.ok) return false;
      value = uncoerced.value;
    } else if (this.command.commandType === 'Function' && !isObjectType(type) && !parameter.isSwitch) {
      // A script parameter's type is an ArgumentTypeConverterAttribute: a transformation.
      value = this.transform(argument, parameter, type, value);
    } else {
      value = this.coerce(argument, parameter, type, value);
    }
    for (const attribute of parameter.validation) {
      try {
        validate(attribute, value, (script, element) => this.scriptTest(script, element));
      } catch (e) {
        throw this.wrapped(e, argument, parameter, value, 'ParameterArgumentValidationError', strings.ParameterArgumentValidationError, 'System.Management.Automation.ParameterBindingValidationException');
      }
    }
    if (isMandatoryInSomeSet(parameter)) this.checkNullOrEmpty(argument, parameter, type, value, true);
    this.markBound(parameter, value);
    return true;
  }

  /** A [ValidateScript()] block's verdict on one element. */
  private scriptTest(script: ScriptBlock, element: unknown): boolean {
    if (!this.options.invokeScriptBlock) return false;
    const output = this.options.invokeScriptBlock(script, element);
    return this.context.isTrue(output.length === 1 ? output[0] : [...output]);
  }

  /** Whether the parameter has a value yet (`bound` is by name, and names are unique within a command). */
  private isBound(parameter: ParameterMetadata): boolean {
    return this.bound.has(parameter.name);
  }

  private markBound(parameter: ParameterMetadata, value: unknown): void {
    this.bound.set(parameter.name, value);
    if (parameter.setFlags !== 0) this.currentFlags = (this.currentFlags & parameter.setFlags) >>> 0;
  }

  /** A pipeline parameter in the current sets whose type does not itself take a script block (IsParameterScriptBlockBindable). */
  private isDelayBindTarget(parameter: ParameterMetadata, type: PSTypeInfo): boolean {
    if (!setDataFor(parameter, this.currentFlags).some((d) => d.valueFromPipeline || d.valueFromPipelineByPropertyName)) return false;
    const takesScriptBlock = (t: PSTypeInfo): boolean => isObjectType(t) || t.fullName === 'System.Management.Automation.ScriptBlock';
    return !(takesScriptBlock(type) || (type.elementType !== undefined && takesScriptBlock(type.elementType)));
  }

  private withoutCoercion(value: unknown, parameter: ParameterMetadata, type: PSTypeInfo): { ok: boolean; value?: unknown } {
    if (value === undefined && parameter.isSwitch) return { ok: true, value: true };
    if (value === null || value === undefined) {
      const ok = isObjectType(type) || (!type.isValueType && type.fullName !== 'System.String');
      return { ok, value: null };
    }
    // pwsh's binder holds every pipeline object as a PSObject, so a PSObject parameter takes any value uncoerced.
    if (type.fullName === 'System.Management.Automation.PSObject') return { ok: true, value: value instanceof PSObject ? value : new PSObject(value) };
    if (type.isInstance(value)) return { ok: true, value };
    if (value instanceof PSObject && value.baseObject !== undefined && type.isInstance(value.baseObject)) return { ok: true, value: value.baseObject };
    const element = type.elementType;
    if (!element) return { ok: false };
    const items = enumerableItems(value) ?? [value];
    const encoded: unknown[] = [];
    for (const item of items) {
      const base = item instanceof PSObject && item.baseObject !== undefined ? item.baseObject : item;
      if (base !== null && base !== undefined && !element.isInstance(base) && !isObjectType(element)) return { ok: false };
      encoded.push(base);
    }
    return { ok: true, value: encoded };
  }

  /** CoerceTypeAsNeeded: pwsh's conversion of an argument to the parameter type, with its errors. */
  private coerce(argument: Argument, parameter: ParameterMetadata, type: PSTypeInfo, value: unknown): unknown {
    if (value === null || value === undefined) {
      // A switch given $null is still present (HandleNullParameterForSpecialTypes).
      if (parameter.isSwitch) return true;
      if (type.fullName === 'System.Boolean') {
        throw this.error({
          errorId: 'ParameterArgumentValidationErrorNullNotAllowed',
          template: strings.ParameterArgumentValidationErrorNullNotAllowed,
          parameterName: parameter.name,
          parameterType: type.fullName,
          position: argument.position,
        });
      }
      return null;
    }
    if (isObjectType(type)) return value;
    if (type.fullName === 'System.Management.Automation.PSObject') return value instanceof PSObject ? value : new PSObject(value);
    if (type.isInstance(value)) return value;
    const base = value instanceof PSObject && value.baseObject !== undefined ? value.baseObject : value;
    if (parameter.isSwitch || type.fullName === 'System.Boolean') return this.coerceToBoolean(argument, parameter, type, base);
    const element = type.elementType;
    if (element) {
      const items = enumerableItems(base) ?? [base];
      return items.map((item) => (item === null || item === undefined || isObjectType(element) ? item : this.convert(argument, parameter, element, item)));
    }
    if (enumerableItems(base) !== undefined && !type.enumConstants && !convertsFromCollection(type)) {
      throw this.error({
        errorId: 'CannotConvertArgument',
        template: strings.CannotConvertArgument,
        parameterName: parameter.name,
        parameterType: type.fullName,
        typeSpecified: this.typeNameOf(base),
        args: [dotNetToString(base), notSupportedMessage],
        position: argument.position,
        innerException: { exceptionTypeName: 'System.NotSupportedException', message: notSupportedMessage },
      });
    }
    return this.convert(argument, parameter, type, value);
  }

  /** A switch or bool takes a bool, or a number (non-zero is true); anything else is refused. */
  private coerceToBoolean(argument: Argument, parameter: ParameterMetadata, type: PSTypeInfo, base: unknown): boolean {
    if (typeof base === 'boolean') return base;
    if (isNumeric(base)) return toDouble(base) !== 0;
    throw this.error({
      errorId: 'CannotConvertArgument',
      template: strings.CannotConvertArgument,
      parameterName: parameter.name,
      parameterType: type.fullName,
      typeSpecified: this.typeNameOf(base),
      args: [this.typeNameOf(base), ''],
      position: argument.position,
    });
  }

  private convert(argument: Argument, parameter: ParameterMetadata, type: PSTypeInfo, value: unknown): unknown {
    try {
      return this.context.convertTo(value, type);
    } catch (e) {
      throw this.wrapped(e, argument, parameter, value, 'CannotConvertArgumentNoMessage', strings.CannotConvertArgumentNoMessage, 'System.Management.Automation.ParameterBindingException', 'InvalidArgument');
    }
  }

  private transform(argument: Argument, parameter: ParameterMetadata, type: PSTypeInfo, value: unknown): unknown {
    return this.transformWith((input) => this.context.convertTo(input === undefined ? null : input, type), argument, parameter, value);
  }

  private transformWith(transformation: (value: unknown) => unknown, argument: Argument, parameter: ParameterMetadata, value: unknown): unknown {
    try {
      return transformation(value);
    } catch (e) {
      throw this.wrapped(e, argument, parameter, value, 'ParameterArgumentTransformationError', strings.ParameterArgumentTransformationError, 'System.Management.Automation.ParameterBindingArgumentTransformationException');
    }
  }

  /** A binding error that quotes the message of the exception it wraps. */
  private wrapped(
    e: unknown,
    argument: Argument,
    parameter: ParameterMetadata,
    value: unknown,
    errorId: string,
    template: string,
    exceptionTypeName: ParameterBindingErrorInit['exceptionTypeName'],
    category: ParameterBindingErrorInit['category'] = 'InvalidData',
  ): unknown {
    if (!(e instanceof Error) || e instanceof ParameterBindingError) return e;
    const inner: InnerException = { exceptionTypeName: (e as { exceptionTypeName?: string }).exceptionTypeName ?? 'System.Exception', message: e.message };
    return this.error({
      errorId,
      template,
      category,
      parameterName: parameter.name,
      parameterType: this.typeOf(parameter).fullName,
      typeSpecified: this.typeNameOf(value),
      args: [e.message],
      position: argument.position,
      exceptionTypeName,
      innerException: inner,
      swallowException: e instanceof ValidationFailure && e.swallowException,
    });
  }

  /** ValidateNullOrEmptyArgument: a mandatory parameter refuses $null, '' and empty collections unless allowed. */
  private checkNullOrEmpty(argument: Argument, parameter: ParameterMetadata, type: PSTypeInfo, value: unknown, recurse: boolean): void {
    const refuse = (errorId: keyof typeof strings): never => {
      throw this.error({
        errorId,
        template: strings[errorId],
        category: 'InvalidData',
        parameterName: parameter.name,
        parameterType: type.fullName,
        position: argument.position,
        exceptionTypeName: 'System.Management.Automation.ParameterBindingValidationException',
      });
    };
    if (value === null || value === undefined) {
      if (!parameter.allowNull) refuse('ParameterArgumentValidationErrorNullNotAllowed');
      return;
    }
    if (type.fullName === 'System.String') {
      if (value === '' && !parameter.allowEmptyString) refuse('ParameterArgumentValidationErrorEmptyStringNotAllowed');
      return;
    }
    const element = type.elementType;
    if (!recurse || !element) return;
    const items = enumerableItems(value) ?? [value];
    if (!element.isValueType) for (const item of items) this.checkNullOrEmpty(argument, parameter, element, item, false);
    if (items.length === 0 && !parameter.allowEmptyCollection) refuse('ParameterArgumentValidationErrorEmptyArrayNotAllowed');
  }

  private error(init: Omit<ParameterBindingErrorInit, 'command'>): ParameterBindingError {
    return new ParameterBindingError({ command: this.command, ...init });
  }
}

const coerceOnly: BindFlags = { coerce: true };
const noOptions: BindOptions = {};
const bindingSucceeded: PipelineBindingOutcome = { bound: true };
const coerceDelayBinding: BindFlags = { coerce: true, delayBindScriptBlock: true };
const noTokens: ReadonlyMap<number, { readonly name: string; readonly hasValue: boolean }> = new Map();

/** Parameter types as each binding context resolved them. */
const resolvedTypes = new WeakMap<BindingContext, WeakMap<ParameterMetadata, PSTypeInfo>>();

const positionalOrders = new WeakMap<CommandMetadata, readonly ParameterMetadata[]>();
const exactNameTables = new WeakMap<CommandMetadata, ReadonlyMap<string, ParameterMetadata>>();
/** findParameter's answers per command, by the name as written (null: no parameter): scripts write the same names call after call. */
const parameterMatches = new WeakMap<CommandMetadata, Map<string, ParameterMetadata | null>>();
/** Per command, whether any parameter is mandatory in some set (most commands have none). */
const mandatoryParameterFlags = new WeakMap<CommandMetadata, boolean>();

function hasMandatoryParameter(command: CommandMetadata): boolean {
  let has = mandatoryParameterFlags.get(command);
  if (has === undefined) mandatoryParameterFlags.set(command, (has = command.parameters.some(isMandatoryInSomeSet)));
  return has;
}

/** A command's parameters by lower-cased name, then alias (a name wins over another's alias, as findParameter's order has it). */
function exactNames(command: CommandMetadata): ReadonlyMap<string, ParameterMetadata> {
  let table = exactNameTables.get(command);
  if (!table) {
    const names = new Map<string, ParameterMetadata>();
    for (const p of command.parameters) if (!names.has(p.name.toLowerCase())) names.set(p.name.toLowerCase(), p);
    for (const p of command.parameters) for (const alias of p.aliases) if (!names.has(alias.toLowerCase())) names.set(alias.toLowerCase(), p);
    exactNameTables.set(command, (table = names));
  }
  return table;
}

/** A single-set command's positional parameters in position order. */
function positionalOrder(command: CommandMetadata): readonly ParameterMetadata[] {
  let order = positionalOrders.get(command);
  if (!order) {
    order = command.parameters.filter((p) => p.setData[0]?.position != null).sort((a, b) => a.setData[0]!.position! - b.setData[0]!.position!);
    positionalOrders.set(command, order);
  }
  return order;
}

/** NotSupportedException's message, which pwsh quotes when a collection meets a scalar parameter. */
const notSupportedMessage = 'Specified method is not supported.';

/**
 * The scalar types besides object, PSObject and enums that CoerceTypeAsNeeded lets a collection
 * be converted to (FlagsExpression[T], PSListModifier): any other refuses it, whatever its
 * conversions could make of it (an array to [string] or [System.Text.Encoding] would join).
 */
function convertsFromCollection(type: PSTypeInfo): boolean {
  const name = type.fullName;
  return name.startsWith('System.Management.Automation.FlagsExpression`1[') || name.startsWith('System.Management.Automation.PSListModifier');
}

function isPositional(arg: CommandArgument): boolean {
  return arg.kind === 'positional';
}

function isSplat(arg: CommandArgument): boolean {
  return arg.kind === 'splat';
}

/** A named or positional argument as the binder holds it. */
function unsplatted(arg: CommandArgument): Argument {
  if (arg.kind === 'parameter') {
    return { name: arg.name, text: `-${arg.name}${arg.colon ? ':' : ''}`, hasValue: arg.colon, value: arg.colon ? arg.value : undefined, position: arg.position ?? null, fromSplatting: false };
  }
  return positional(arg.value, arg.position ?? null);
}

function positional(value: unknown, position: unknown): Argument {
  return { name: null, text: '', hasValue: true, value, position, fromSplatting: false };
}

function isTransformationOrValidation(e: ParameterBindingError): boolean {
  return e.exceptionTypeName !== 'System.Management.Automation.ParameterBindingException';
}

/** Object.ToString() as pwsh quotes an argument: a collection shows its type name. */
function dotNetToString(value: unknown): string {
  return enumerableItems(value) !== undefined ? (typeOf(value)?.fullName ?? 'System.Object[]') : toPSString(value);
}

function isObjectType(type: PSTypeInfo): boolean {
  return type.fullName === 'System.Object';
}

/** BuildMissingParamsString: ` A B`. */
function missingList(parameters: readonly ParameterMetadata[]): string {
  return parameters.map((p) => ` ${p.name}`).join('');
}
