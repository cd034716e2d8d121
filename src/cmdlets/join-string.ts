/**
 * Join-String: each pipeline object (or its -Property value) as a string, quoted or formatted,
 * joined by -Separator ($OFS by default, which is empty when unset) between -OutputPrefix and
 * -OutputSuffix. Strings are made in the invariant culture unless -UseCulture.
 */
import { baseObject, formatComposite, formatValue, toPSString } from '../engine/conversion/index.js';
import { currentCultureData, invariantCulture, type CultureData } from '../engine/conversion/cultures.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { ScriptBlock } from '../engine/values/index.js';
import { PropertyExpression } from './property-expression.js';

function propertyExpression(runtime: CommandRuntime): PropertyExpression | null {
  if (!runtime.has('Property')) return null;
  const value = baseObject(runtime.parameter('Property'));
  if (value === null || value === undefined) return null;
  return value instanceof ScriptBlock ? PropertyExpression.scripted(value) : PropertyExpression.named(toPSString(value));
}

/** LanguagePrimitives.ConvertTo<string>(value, culture): a scalar by its culture's ToString(), a collection joined by $OFS. */
function asString(value: unknown, culture: CultureData, runtime: CommandRuntime): string {
  const base = baseObject(value);
  if (culture !== invariantCulture && !Array.isArray(base)) return formatValue(value, '', culture);
  return toPSString(value, runtime.frame.ofs);
}

const joinString = new CmdletInfo(
  {
    name: 'Join-String',
    implementingType: 'Microsoft.PowerShell.Commands.Utility.JoinStringCommand',
    defaultParameterSetName: 'default',
    outputType: ['System.String'],
    parameters: [
      { name: 'Property', type: 'object', position: 0 },
      { name: 'Separator', type: 'string', position: 1, allowEmptyString: true },
      { name: 'OutputPrefix', type: 'string', aliases: ['op'] },
      { name: 'OutputSuffix', type: 'string', aliases: ['os'] },
      { name: 'SingleQuote', type: 'switch', parameterSets: { SingleQuote: {} } },
      { name: 'DoubleQuote', type: 'switch', parameterSets: { DoubleQuote: {} } },
      { name: 'FormatString', type: 'string', parameterSets: { Format: {} } },
      { name: 'UseCulture', type: 'switch' },
      { name: 'InputObject', type: 'psobject[]', valueFromPipeline: true },
    ],
  },
  (runtime) => {
    const property = propertyExpression(runtime);
    const culture = runtime.switch('UseCulture') ? currentCultureData() : invariantCulture;
    const quote = runtime.switch('SingleQuote') ? "'" : runtime.switch('DoubleQuote') ? '"' : '';
    const format = runtime.has('FormatString') ? String(runtime.parameter('FormatString') ?? '') : '';
    // An unset $OFS converts to the empty string here, not the space that array-to-string uses.
    const separator = runtime.has('Separator') ? String(runtime.parameter('Separator') ?? '') : toPSString(runtime.frame.scope.lookup('OFS')?.value ?? '');
    let joined = runtime.has('OutputPrefix') ? String(runtime.parameter('OutputPrefix') ?? '') : '';
    let first = true;
    return {
      process() {
        const input = runtime.parameter('InputObject');
        if (input === undefined || input === null) return;
        for (const item of input as unknown[]) {
          if (item === null || item === undefined) continue;
          const value = property === null ? item : (property.values(item, runtime)[0]?.value ?? null);
          if (!first) joined += separator;
          first = false;
          if (quote !== '') joined += quote + asString(value, culture, runtime) + quote;
          else if (format === '') joined += asString(value, culture, runtime);
          else joined += formatComposite(format, [value], culture);
        }
      },
      end() {
        if (runtime.has('OutputSuffix')) joined += String(runtime.parameter('OutputSuffix') ?? '');
        runtime.writeObject(joined);
      },
    };
  },
);

export const joinStringCmdlets: readonly CmdletInfo[] = [joinString];
