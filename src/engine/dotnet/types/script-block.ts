/**
 * [scriptblock]: Create compiles text through the evaluator; Invoke runs a block through it.
 * Both go through DotNetContext, as only the evaluator can compile and run PowerShell.
 */
import { ScriptBlock } from '../../values/index.js';
import { argumentException } from '../errors.js';
import { defineType } from '../member-table.js';

defineType({
  fullName: 'System.Management.Automation.ScriptBlock',
  methods: [
    ['static scriptblock Create(string script)', (_type, [text]: [string | null], ctx) => {
      if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'script');
      return ctx.createScriptBlock(text);
    }],
    ['System.Collections.ObjectModel.Collection[psobject] Invoke(Params System.Object[] args)', (block: ScriptBlock, [args]: [unknown[]], ctx) => ctx.invokeScriptBlock(block, args)],
    ['System.Object InvokeReturnAsIs(Params System.Object[] args)', (block: ScriptBlock, [args]: [unknown[]], ctx) => {
      const output = ctx.invokeScriptBlock(block, args);
      return output.length === 1 ? output[0] : output;
    }],
    ['string ToString()', (block: ScriptBlock) => block.text],
  ],
});
