/** pwsh's HelpDisplayStrings.resx and HelpErrors.resx texts that Get-Help's views and errors use. */
export const helpDisplayText = {
  Name: 'NAME',
  Synopsis: 'SYNOPSIS',
  Syntax: 'SYNTAX',
  DetailedDescription: 'DESCRIPTION',
  Parameters: 'PARAMETERS',
  InputType: 'INPUTS',
  ReturnType: 'OUTPUTS',
  Notes: 'NOTES',
  ExampleUpperCase: 'EXAMPLE',
  RelatedLinks: 'RELATED LINKS',
  AliasesSection: 'ALIASES',
  RemarksSection: 'REMARKS',
  CommonParameters: '<CommonParameters>',
  BaseCmdletInformation:
    '    This cmdlet supports the common parameters: Verbose, Debug,\n    ErrorAction, ErrorVariable, WarningAction, WarningVariable,\n    OutBuffer, PipelineVariable, and OutVariable. For more information, see\n    about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216). ',
  ParameterRequired: 'Required?                    ',
  ParameterPosition: 'Position?                    ',
  ParameterDefaultValue: 'Default value                ',
  AcceptsPipelineInput: 'Accept pipeline input?       ',
  ParameterSetName: 'Parameter set name           ',
  ParameterAliases: 'Aliases                      ',
  ParameterIsDynamic: 'Dynamic?                     ',
  AcceptsWildCardCharacters: 'Accept wildcard characters?  ',
  ExampleHelpInfo: 'To see the examples, type: ',
  VerboseHelpInfo: 'For more information, type: ',
  FullHelpInfo: 'For technical information, type: ',
  RelatedLinksHelpInfo: 'For online help, type: ',
  NamedParameter: 'Named',
  TrueShort: 'true',
  FalseShort: 'false',
  None: 'None',
  AllParameterSetsName: '(All)',
  PipelineByValue: 'ByValue',
  PipelineByPropertyName: 'ByPropertyName',
  PipelineFromRemainingArguments: 'FromRemainingArguments',
  GetLatestHelpContentWithoutHelpUri:
    'Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.\n    -- To download and install Help files for the module that includes this cmdlet, use Update-Help.',
  OnlineHelpUri: 'Help URI: {0}',
} as const;

export const helpErrorText = {
  HelpNotFound:
    'Get-Help could not find {0} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.',
  NoParmsFound: 'No parameter matches criteria {0}.',
  NoURIFound:
    'The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic is not specified in the command code or in the help file for the command.',
  CannotLaunchURI: 'Starting a browser to display online Help failed. No program or browser is associated to open the URI {0}.',
  ProtocolNotSupported: 'The protocol specified in the Uri "{0}" is not supported. Only "{1}" and "{2}" protocols are supported.',
  MultipleOnlineTopicsNotSupported: 'Multiple Help topics were found. Use only one Help topic with the -{0} option.',
} as const;
