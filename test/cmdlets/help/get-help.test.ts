/** Get-Help: pwsh's views of comment-based help and of commands without help content, -Parameter, -Online, the help objects and pwsh's errors. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/engine/index.js';
import { run, scriptCases } from '../../engine/runtime/run-script.js';

/** What the console shows: the lines, each ended. */
const shown = (...lines: string[]) => lines.map((line) => `${line}\n`).join('');

const getAliasSyntax = [
  'Get-Alias [[-Name] <string[]>] [-Exclude <string[]>] [-Scope <string>] [<CommonParameters>]',
  'Get-Alias [-Exclude <string[]>] [-Scope <string>] [-Definition <string[]>] [<CommonParameters>]',
];

const getAliasHelp = [
  '',
  'NAME',
  '    Get-Alias',
  '    ',
  'SYNTAX',
  `    ${getAliasSyntax[0]}`,
  '    ',
  `    ${getAliasSyntax[1]}`,
  '    ',
  '',
  'ALIASES',
  '    gal',
  '    ',
  '',
  'REMARKS',
  '    Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.',
  '        -- To download and install Help files for the module that includes this cmdlet, use Update-Help.',
  '',
  '',
  '',
].join('\n');

const helpCases: [string, string][] = [
  ['Get-Help Get-Alias', getAliasHelp],
  ['help gal', getAliasHelp],
  [
    'Get-Help Get-Alias -Parameter Name',
    '\n-Name <string[]>\n    \n    Required?                    false\n    Position?                    0\n    Accept pipeline input?       true (ByValue, ByPropertyName)\n' +
      '    Parameter set name           Default\n    Aliases                      None\n    Dynamic?                     false\n    Accept wildcard characters?  false\n    \n\n\n',
  ],
  [
    'Get-Help Get-Command -Parameter CommandType',
    '\n-CommandType <CommandTypes>\n    \n    Required?                    false\n    Position?                    Named\n    Accept pipeline input?       true (ByPropertyName)\n' +
      '    Parameter set name           AllCommandSet\n    Aliases                      Type\n    Dynamic?                     false\n    Accept wildcard characters?  false\n    \n\n\n',
  ],
  [
    'function Set-Thing([ValidateSet("A", "B")]$Mode, [Parameter(Mandatory)][int]$Count) { }; Get-Help Set-Thing',
    '\nNAME\n    Set-Thing\n    \nSYNTAX\n    Set-Thing [[-Mode] {A | B}] [-Count] <int> [<CommonParameters>]\n    \n\nALIASES\n    None\n    \n\nREMARKS\n    None\n\n\n',
  ],
];

scriptCases(helpCases);

const addTwo = `<#
.SYNOPSIS
Adds two numbers.
.DESCRIPTION
Adds $A and $B.
.PARAMETER A
The first number.
.EXAMPLE
Add-Two 1 2

Returns 3.
.LINK
https://example.com/add
#>
function Add-Two([int]$A, $B = 2) { $A + $B }
`;

const commonParameters = [
  '    <CommonParameters>',
  '        This cmdlet supports the common parameters: Verbose, Debug,',
  '        ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
  '        OutBuffer, PipelineVariable, and OutVariable. For more information, see',
  '        about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216). ',
];

const addTwoTop = ['', 'NAME', '    Add-Two', '    ', 'SYNOPSIS', '    Adds two numbers.', '    ', '    '];
const addTwoSyntax = ['SYNTAX', '    Add-Two [[-A] <Int32>] [[-B] <Object>] [<CommonParameters>]', '    ', '    ', 'DESCRIPTION', '    Adds $A and $B.', '    ', ''];
const addTwoExample = ['    -------------------------- EXAMPLE 1 --------------------------', '    ', '    PS > Add-Two 1 2', '    ', '    Returns 3.', '    ', '    ', '    ', '    '];
const addTwoRemarks = [
  'REMARKS',
  '    To see the examples, type: "Get-Help Add-Two -Examples"',
  '    For more information, type: "Get-Help Add-Two -Detailed"',
  '    For technical information, type: "Get-Help Add-Two -Full"',
  '    For online help, type: "Get-Help Add-Two -Online"',
  '',
];
const fullParameter = (name: string, value: string, description: string[], position: string, defaultValue: string) => [
  `    -${name}${value}`,
  ...description.map((line) => `        ${line}`),
  '        ',
  '        Required?                    false',
  `        Position?                    ${position}`,
  `        Default value                ${defaultValue}`,
  '        Accept pipeline input?       false',
  '        Aliases                      ',
  '        Accept wildcard characters?  false',
  '        ',
];

/** A function with comment-based help, in each of pwsh's MAML views. */
const commentHelpCases: [string, string][] = [
  [addTwo + 'Get-Help Add-Two', shown(...addTwoTop, ...addTwoSyntax, 'RELATED LINKS', '    https://example.com/add', '', ...addTwoRemarks)],
  [
    addTwo + 'Get-Help Add-Two -Detailed',
    shown(...addTwoTop, ...addTwoSyntax, 'PARAMETERS', '    -A <Int32>', '        The first number.', '        ', '    -B <Object>', '        ', ...commonParameters, '    ', ...addTwoExample, ...addTwoRemarks),
  ],
  [
    addTwo + 'Get-Help Add-Two -Full',
    shown(
      ...addTwoTop, ...addTwoSyntax, 'PARAMETERS',
      ...fullParameter('A', ' <Int32>', ['The first number.'], '1', '0'),
      ...fullParameter('B', ' <Object>', [], '2', '2'),
      ...commonParameters, '    ', 'INPUTS', '    ', 'OUTPUTS', '    ', ...addTwoExample, '    ', 'RELATED LINKS', '    https://example.com/add', '', '',
    ),
  ],
  [addTwo + 'Get-Help Add-Two -Examples', shown(...addTwoTop, ...addTwoExample, '', '')],
  [addTwo + 'Get-Help Add-Two -Parameter B', shown('', '-B <Object>', ...fullParameter('B', '', [], '2', '2').slice(1).map((line) => line.slice(4)), '', '')],
  [
    '<#\n.SYNOPSIS\nSets.\n.INPUTS\nSystem.String\n.NOTES\nBy me.\n.LINK\nabout_Sets\n#>\nfunction Set-It { [CmdletBinding(SupportsShouldProcess)] param([Parameter(Mandatory, ValueFromPipeline)][string]$Name, [switch]$Force, [ConsoleColor]$Color) }\n' +
      'Get-Help Set-It -Full',
    shown(
      '', 'NAME', '    Set-It', '    ', 'SYNOPSIS', '    Sets.', '    ', '    ', 'SYNTAX',
      '    Set-It [-Name] <String> [-Force] [[-Color] {Black | DarkBlue | DarkGreen | DarkCyan | DarkRed | DarkMagenta | ',
      '    DarkYellow | Gray | DarkGray | Blue | Green | Cyan | Red | Magenta | Yellow | White}] [-WhatIf] [-Confirm] ',
      '    [<CommonParameters>]', '    ', '    ',
      'DESCRIPTION', '    ', '', 'PARAMETERS',
      '    -Name <String>', '        ', '        Required?                    true', '        Position?                    1', '        Default value                ',
      '        Accept pipeline input?       true (ByValue)', '        Aliases                      ', '        Accept wildcard characters?  false', '        ',
      ...fullParameter('Force', ' [<SwitchParameter>]', [], 'named', 'False'),
      ...fullParameter('Color', '', [], '2', ''),
      ...fullParameter('WhatIf', ' [<SwitchParameter>]', [], 'named', 'False'),
      ...fullParameter('Confirm', ' [<SwitchParameter>]', [], 'named', 'False'),
      ...commonParameters, '    ', 'INPUTS', '    System.String', '    ', '    ', 'OUTPUTS', '    ', 'NOTES', '    ', '    By me.', '    ', '    ',
      'RELATED LINKS', '    about_Sets ', '', '',
    ),
  ],
];

scriptCases(commentHelpCases);

/** Where pwsh looks for the help comments, what makes a block help, and what each section holds. */
const commentPlacementCases: [string, string][] = [
  ['function f {\n  <#\n  .SYNOPSIS\n  In the body.\n  #>\n  param($A)\n}\n(Get-Help f).Synopsis', 'In the body.\n'],
  ['function f {\n  1\n  # .SYNOPSIS\n  # At the end.\n}\n(Get-Help f).Synopsis', 'At the end.\n'],
  ['# .SYNOPSIS\n# Before.\n\nfunction f { }\n(Get-Help f).Synopsis', 'Before.\n'],
  ['# .SYNOPSIS\n# Too far.\n\n\nfunction f { }\n(Get-Help f).Category', 'Function\n'],
  ['# .SYNOPSIS\n# Too far.\n\n\nfunction f { }\n(Get-Help f).pstypenames[0]', 'ExtendedCmdletHelpInfo\n'],
  ['<# .SYNOPSIS\nNot help: a stray line\n.BOGUS\n#>\nfunction f { }\n(Get-Help f).pstypenames[0]', 'ExtendedCmdletHelpInfo\n'],
  ['<#\n.Synopsis\n    Indented\n      more\n#>\nfunction f { }\n(Get-Help f).Synopsis', 'Indented\n  more\n'],
  ['function f {\n  param(\n    # The a.\n    $A,\n    $B # The b.\n  )\n  <# .SYNOPSIS\n  x #>\n}\n(Get-Help f).parameters.parameter | % { $_.description.Text }', 'The a.\nThe b.\n'],
  ['<#\n.SYNOPSIS\nx\n.PARAMETER a\nFrom the block.\n#>\nfunction f(\n  # From the comment.\n  $A) { }\n(Get-Help f).parameters.parameter.description.Text', 'From the block.\n'],
  ['filter f {\n  # .SYNOPSIS\n  # A filter.\n  $_\n}\n$h = Get-Help f; $h.Category; $h.Synopsis', 'Filter\nA filter.\n'],
  [
    '<#\n.SYNOPSIS\ns\n.EXAMPLE\nPS C:\\> f -x\nline two\n\nWhat it does.\n#>\nfunction f { }\nGet-Help f -Examples',
    shown('', 'NAME', '    f', '    ', 'SYNOPSIS', '    s', '    ', '    ', '    -------------------------- EXAMPLE 1 --------------------------', '    ', '    PS C:\\>f -x', '    line two', '    ', '    What it does.', '    ', '    ', '    ', '    ', '', ''),
  ],
  ['<#\n.SYNOPSIS\ns\n.DESCRIPTION\nd\n.EXAMPLE\nf\n.EXAMPLE\ng\n#>\nfunction f { }\n$h = Get-Help f; $h.description[0].Text; $h.examples.example.Count; $h.details.name', 'd\n2\nf\n'],
  ['<#\n.SYNOPSIS\ns\n.EXAMPLE\nPS> f -x\n\nDoes x.\n#>\nfunction f { }\n$e = (Get-Help f).examples.example[0]; $e.title; $e.introduction.Text; $e.code; $e.remarks.Text', '-------------------------- EXAMPLE 1 --------------------------\nPS>\nf -x\nDoes x.\n'],
];

scriptCases(commentPlacementCases);

/** Commands without help content: what pwsh shows without help files, in each view. */
const getAliasParameter = (name: string, position: string, pipeline: string, setName: string) => [
  `    -${name} <string[]>`.replace('-Scope <string[]>', '-Scope <string>'),
  '        ',
  '        Required?                    false',
  `        Position?                    ${position}`,
  `        Accept pipeline input?       ${pipeline}`,
  `        Parameter set name           ${setName}`,
  '        Aliases                      None',
  '        Dynamic?                     false',
  '        Accept wildcard characters?  false',
  '        ',
];
const getAliasRemarks = [
  'ALIASES', '    gal', '    ', '', 'REMARKS',
  '    Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.',
  '        -- To download and install Help files for the module that includes this cmdlet, use Update-Help.', '', '',
];
const getAliasTop = ['', 'NAME', '    Get-Alias', '    ', 'SYNTAX', `    ${getAliasSyntax[0]}`, '    ', `    ${getAliasSyntax[1]}`, '    ', '    ', 'PARAMETERS'];

const reducedCases: [string, string][] = [
  [
    'Get-Help Get-Alias -Full',
    shown(
      ...getAliasTop,
      ...getAliasParameter('Definition', 'Named', 'false', 'Definition'),
      ...getAliasParameter('Exclude', 'Named', 'false', '(All)'),
      ...getAliasParameter('Name', '0', 'true (ByValue, ByPropertyName)', 'Default'),
      ...getAliasParameter('Scope', 'Named', 'false', '(All)'),
      ...commonParameters, '    ', '    ', 'INPUTS', '    System.String[]', '    ', '    ', 'OUTPUTS', '    System.Management.Automation.AliasInfo', '    ', '    ',
      ...getAliasRemarks,
    ),
  ],
  [
    'Get-Help Get-Alias -Detailed',
    shown(...getAliasTop, '    -Definition <string[]>', '    ', '    -Exclude <string[]>', '    ', '    -Name <string[]>', '    ', '    -Scope <string>', '    ', ...commonParameters, '    ', '', ...getAliasRemarks),
  ],
  ['Get-Help Get-Alias -Examples', shown('', 'NAME', '    Get-Alias', '', ...getAliasRemarks)],
  [
    'function f { }; Get-Help f -Full',
    shown('', 'NAME', '    f', '    ', 'SYNTAX', '    f', '    ', '    ', 'PARAMETERS', '    None', '    ', '    ', 'INPUTS', '    None', '    ', '    ', 'OUTPUTS', '    System.Object', '    ',
      'ALIASES', '    None', '    ', '', 'REMARKS', '    None', '', ''),
  ],
  ['$h = Get-Help Get-Alias; $h.Name; $h.Category; $h.ModuleName; $h.pstypenames -join ","', 'Get-Alias\nCmdlet\nMicrosoft.PowerShell.Utility\nExtendedCmdletHelpInfo,CmdletHelpInfo,HelpInfo\n'],
  ['(Get-Help Get-Alias -Full).pstypenames -join ","; (Get-Help Get-Alias -Parameter Name).name', 'ExtendedCmdletHelpInfo#FullView,CmdletHelpInfo#FullView,HelpInfo#FullView,ExtendedCmdletHelpInfo,CmdletHelpInfo,HelpInfo\nName\n'],
  ['function f { <# .SYNOPSIS\n s #> }; (Get-Help f -Examples).pstypenames -join ","', 'MamlCommandHelpInfo#ExamplesView,HelpInfo#ExamplesView,MamlCommandHelpInfo,HelpInfo\n'],
  [
    '<#\n.SYNOPSIS\ns\n.LINK\nftp://example.com/f\n#>\nfunction f { }\ntry { Get-Help f -Online } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }',
    'The protocol specified in the Uri "ftp://example.com/f" is not supported. Only "http" and "https" protocols are supported.\nInvalidOperation,Microsoft.PowerShell.Commands.GetHelpCommand\n',
  ],
];

scriptCases(reducedCases);

/** A wildcard that matches several topics lists them (aliases, functions, cmdlets); one that matches one shows its help; none, nothing. */
const listCases: [string, string][] = [
  [
    'function Get-Aliasy { <# .SYNOPSIS\n Mine. #> }; Get-Help *-Alias*',
    shown(
      '',
      'Name                              Category  Module                    Synopsis',
      '----                              --------  ------                    --------',
      'Get-Aliasy                        Function                            Mine.',
      'Get-Alias                         Cmdlet    Microsoft.PowerShell.Uti… …',
      'New-Alias                         Cmdlet    Microsoft.PowerShell.Uti… …',
      'Set-Alias                         Cmdlet    Microsoft.PowerShell.Uti… …',
      '',
    ),
  ],
  // An alias's synopsis is the name of the command it resolves to, through other aliases; else its definition.
  [
    'Set-Alias zz1 get-date; Set-Alias zz2 gal; Set-Alias zz3 nothing; Get-Help zz* | % { "$($_.Name) $($_.Category) $($_.Synopsis)" }',
    'zz1 Alias Get-Date\nzz2 Alias Get-Alias\nzz3 Alias nothing\n',
  ],
  ['(Get-Help Get-Ali*).Name', 'Get-Alias\n'],
  ['Get-Help nosuch*; "none"', 'none\n'],
  // The topics are written before -Online is refused for several.
  ['try { Get-Help *-Alias -Online | % Name } catch { $_.Exception.Message }', 'Get-Alias\nNew-Alias\nSet-Alias\nMultiple Help topics were found. Use only one Help topic with the -Online option.\n'],
];

scriptCases(listCases);

const errors: [script: string, out: string, err: string][] = [
  ['Get-Help Get-Alias -Parameter zz', '', "Get-Help: No parameter matches criteria zz. (Parameter 'Parameter')\n"],
  [
    'Get-Help nosuch',
    '',
    'Get-Help: Get-Help could not find nosuch in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.\n',
  ],
  [
    'Get-Help Get-Alias -Online',
    '',
    'Get-Help: The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic is not specified in the command code or in the help file for the command.\n',
  ],
];

scriptCases(errors);

test('-Online without a desktop writes the help URI: the first related link that is a URI, else [CmdletBinding(HelpUri)]', () => {
  const display = process.env['DISPLAY'];
  const wayland = process.env['WAYLAND_DISPLAY'];
  delete process.env['DISPLAY'];
  delete process.env['WAYLAND_DISPLAY'];
  try {
    if (process.platform === 'win32' || process.platform === 'darwin') return;
    const result = run('<#\n.SYNOPSIS\ns\n.LINK\nabout_f\n.LINK\nhttps://example.com/f\n#>\nfunction f { }\nGet-Help f -Online');
    assert.is(result.out, 'Help URI: https://example.com/f\n');
    const declared = run('function f { [CmdletBinding(HelpUri = "https://example.com/declared")] param() }; Get-Help f -Online');
    assert.is(declared.out, 'Help URI: https://example.com/declared\n');
  } finally {
    if (display !== undefined) process.env['DISPLAY'] = display;
    if (wayland !== undefined) process.env['WAYLAND_DISPLAY'] = wayland;
  }
});

test.run();
