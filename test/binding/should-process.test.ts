import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  choicePromptLine,
  confirmationChoices,
  defineCommand,
  ShouldProcess,
  ShouldProcessStopped,
  type ChoiceDescription,
  type ConfirmImpact,
  type ShouldProcessHost,
  type ShouldProcessPreferences,
} from '../../src/binding/index.js';
import { disconnectPSSession } from './fixtures.js';

/** A host that answers prompts from a script and records what it was shown. */
class ScriptedHost implements ShouldProcessHost {
  readonly prompts: { caption: string; message: string; choices: readonly ChoiceDescription[]; defaultChoice: number }[] = [];
  readonly lines: string[] = [];
  readonly verbose: string[] = [];
  suspended = 0;
  constructor(
    private readonly answers: number[] = [],
    suspendable = true,
  ) {
    if (!suspendable) this.enterNestedPrompt = undefined;
  }
  promptForChoice(caption: string, message: string, choices: readonly ChoiceDescription[], defaultChoice: number): number {
    this.prompts.push({ caption, message, choices, defaultChoice });
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error('prompted more often than the test expected');
    return answer;
  }
  writeLine(text: string): void {
    this.lines.push(text);
  }
  writeVerbose(text: string): void {
    this.verbose.push(text);
  }
  enterNestedPrompt: (() => void) | undefined = () => {
    this.suspended++;
  };
}

const YES = 0;
const YES_TO_ALL = 1;
const NO = 2;
const NO_TO_ALL = 3;
const SUSPEND = 4;

function commandWithImpact(confirmImpact: ConfirmImpact) {
  return defineCommand({ name: 'Remove-Thing', supportsShouldProcess: true, confirmImpact, parameters: [] });
}

/** $ConfirmPreference (rows) against the command's ConfirmImpact (columns): does pwsh ask? */
const askMatrix: Record<ConfirmImpact, Record<'Low' | 'Medium' | 'High', 'ask' | 'proceed'>> = {
  None: { Low: 'proceed', Medium: 'proceed', High: 'proceed' },
  Low: { Low: 'ask', Medium: 'ask', High: 'ask' },
  Medium: { Low: 'proceed', Medium: 'ask', High: 'ask' },
  High: { Low: 'proceed', Medium: 'proceed', High: 'ask' },
};

for (const [preference, row] of Object.entries(askMatrix) as [ConfirmImpact, (typeof askMatrix)['None']][]) {
  for (const [impact, expected] of Object.entries(row) as ['Low' | 'Medium' | 'High', 'ask' | 'proceed'][]) {
    for (const [confirm, label] of [[undefined, ''], [true, ' with -Confirm'], [false, ' with -Confirm:$false']] as const) {
      const outcome = confirm === true ? 'ask' : confirm === false ? 'proceed' : expected;
      test(`$ConfirmPreference=${preference}, ConfirmImpact=${impact}${label}: ${outcome}`, () => {
        const host = new ScriptedHost([NO]);
        const decision = new ShouldProcess(commandWithImpact(impact), { confirmPreference: preference, confirm }, host);
        const result = decision.shouldProcess('thing');
        assert.is(host.prompts.length, outcome === 'ask' ? 1 : 0);
        assert.is(result, outcome === 'proceed');
        assert.equal(host.lines, []);
      });
    }
  }
}

const whatIfCases: [string, ShouldProcessPreferences, boolean][] = [
  ['-WhatIf', { whatIf: true }, true],
  ['$WhatIfPreference', { whatIfPreference: true }, true],
  ['-WhatIf:$false over $WhatIfPreference', { whatIf: false, whatIfPreference: true }, false],
  ['-WhatIf over -Confirm', { whatIf: true, confirm: true }, true],
  ['$WhatIfPreference = $false', { whatIfPreference: false }, false],
  ['$WhatIfPreference as 1', { whatIfPreference: 1 }, true],
];

for (const [name, preferences, whatIf] of whatIfCases) {
  test(`${name}: ${whatIf ? 'What if' : 'runs'}`, () => {
    const host = new ScriptedHost([]);
    const decision = new ShouldProcess(disconnectPSSession, preferences, host);
    assert.is(decision.shouldProcess('ITTask', 'Disconnect'), !whatIf);
    assert.equal(host.lines, whatIf ? ['What if: Performing the operation "Disconnect" on target "ITTask".'] : []);
    assert.is(host.prompts.length, 0);
  });
}

test('the action defaults to the command name', () => {
  const host = new ScriptedHost();
  new ShouldProcess(disconnectPSSession, { whatIf: true }, host).shouldProcess('ITTask');
  assert.equal(host.lines, ['What if: Performing the operation "Disconnect-PSSession" on target "ITTask".']);
});

test('the confirmation prompt: caption, message, choices, default', () => {
  const host = new ScriptedHost([YES]);
  const decision = new ShouldProcess(disconnectPSSession, { confirm: true }, host);
  assert.ok(decision.shouldProcess('ITTask', 'Disconnect'));
  const prompt = host.prompts[0]!;
  assert.is(prompt.caption, 'Confirm');
  assert.is(prompt.message, 'Are you sure you want to perform this action?\nPerforming the operation "Disconnect" on target "ITTask".');
  assert.equal(
    prompt.choices.map((c) => c.label),
    ['&Yes', 'Yes to &All', '&No', 'No to A&ll', '&Suspend'],
  );
  assert.is(prompt.defaultChoice, 0);
  assert.is(choicePromptLine(prompt.choices, prompt.defaultChoice), '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ');
});

test('no Suspend choice when the host cannot nest', () => {
  const host = new ScriptedHost([NO], false);
  new ShouldProcess(disconnectPSSession, { confirm: true }, host).shouldProcess('x');
  assert.is(choicePromptLine(host.prompts[0]!.choices, 0), '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"): ');
  assert.equal(confirmationChoices(false).length, 4);
});

test('Yes to All is remembered for the rest of the command', () => {
  const host = new ScriptedHost([YES_TO_ALL]);
  const decision = new ShouldProcess(disconnectPSSession, { confirm: true }, host);
  assert.equal([decision.shouldProcess('a'), decision.shouldProcess('b'), decision.shouldProcess('c')], [true, true, true]);
  assert.is(host.prompts.length, 1);
});

test('No to All is remembered for the rest of the command', () => {
  const host = new ScriptedHost([NO_TO_ALL]);
  const decision = new ShouldProcess(disconnectPSSession, { confirm: true }, host);
  assert.equal([decision.shouldProcess('a'), decision.shouldProcess('b')], [false, false]);
  assert.is(host.prompts.length, 1);
});

test('Yes and No answer one call each', () => {
  const host = new ScriptedHost([YES, NO, YES]);
  const decision = new ShouldProcess(disconnectPSSession, { confirm: true }, host);
  assert.equal([decision.shouldProcess('a'), decision.shouldProcess('b'), decision.shouldProcess('c')], [true, false, true]);
  assert.is(host.prompts.length, 3);
});

test('a new invocation forgets Yes to All', () => {
  const host = new ScriptedHost([YES_TO_ALL, NO]);
  new ShouldProcess(disconnectPSSession, { confirm: true }, host).shouldProcess('a');
  assert.not.ok(new ShouldProcess(disconnectPSSession, { confirm: true }, host).shouldProcess('a'));
});

test('Suspend enters a nested prompt, then asks again', () => {
  const host = new ScriptedHost([SUSPEND, YES]);
  assert.ok(new ShouldProcess(disconnectPSSession, { confirm: true }, host).shouldProcess('a'));
  assert.is(host.suspended, 1);
  assert.is(host.prompts.length, 2);
});

test('an interrupted prompt stops the command', () => {
  const host = new ScriptedHost([-1]);
  const decision = new ShouldProcess(disconnectPSSession, { confirm: true }, host);
  assert.throws(
    () => decision.shouldProcess('a'),
    (e: unknown) => e instanceof ShouldProcessStopped && e.message === 'The running command stopped because the user interrupted the command.' && e.errorId === 'ActionPreferenceStop',
  );
});

test('an automatic Yes writes the operation as verbose output under -Verbose', () => {
  const host = new ScriptedHost();
  assert.ok(new ShouldProcess(disconnectPSSession, { verbose: true }, host).shouldProcess('ITTask', 'Disconnect'));
  assert.equal(host.verbose, ['Performing the operation "Disconnect" on target "ITTask".']);
});

test('the caller\'s own texts for the prompt', () => {
  const host = new ScriptedHost([YES]);
  new ShouldProcess(disconnectPSSession, { confirm: true }, host).shouldProcessWithTexts('desc', 'Really?', 'Caption');
  assert.equal([host.prompts[0]!.caption, host.prompts[0]!.message], ['Caption', 'Really?']);
});

test('$ConfirmPreference unset means High; given as a number it is the ConfirmImpact value', () => {
  const high = commandWithImpact('High');
  assert.is(new ShouldProcess(high, {}, new ScriptedHost()).confirmPreference, 'High');
  assert.is(new ShouldProcess(high, { confirmPreference: 1 }, new ScriptedHost()).confirmPreference, 'Low');
  assert.is(new ShouldProcess(high, { confirmPreference: 'medium' }, new ScriptedHost()).confirmPreference, 'Medium');
});

test.run();
