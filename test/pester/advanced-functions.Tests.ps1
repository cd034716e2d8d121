BeforeAll {
    function Get-Shape {
        [CmdletBinding(DefaultParameterSetName = 'Circle')]
        param(
            [Parameter(Mandatory, ParameterSetName = 'Circle')]
            [double] $Radius,

            [Parameter(Mandatory, ParameterSetName = 'Rectangle')]
            [double] $Width,

            [Parameter(Mandatory, ParameterSetName = 'Rectangle')]
            [double] $Height
        )
        $PSCmdlet.ParameterSetName
    }

    function Get-Person {
        param(
            [Parameter(ValueFromPipelineByPropertyName)]
            [string] $Name,

            [Parameter(ValueFromPipelineByPropertyName)]
            [Alias('Years')]
            [int] $Age
        )
        process { "$Name is $Age" }
    }

    function Measure-Input {
        param([Parameter(ValueFromPipeline)] $InputObject)
        begin { $count = 0 }
        process { $count++ }
        end { "counted $count" }
    }

    function Test-Validation {
        param(
            [ValidateRange(1, 10)] [int] $Level = 1,
            [ValidateSet('Low', 'High')] [string] $Mode = 'Low',
            [ValidatePattern('^\d{3}$')] [string] $Code = '000',
            [ValidateNotNullOrEmpty()] [string] $Label = 'x',
            [ValidateScript({ $_ % 2 -eq 0 })] [int] $Even = 2,
            [ValidateCount(1, 2)] [string[]] $Tags = @('a'),
            [ValidateLength(2, 4)] [string] $Short = 'ab'
        )
        'valid'
    }

    function Get-Bound {
        [CmdletBinding()]
        param($First, $Second, [switch] $Flag)
        ($PSBoundParameters.Keys | Sort-Object) -join ','
    }

    function Remove-Thing {
        [CmdletBinding(SupportsShouldProcess)]
        param([string] $Name)
        if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" }
    }

    function Get-Rest {
        param($First, [Parameter(ValueFromRemainingArguments)] $Rest)
        "$First|$($Rest -join ',')"
    }
}

Describe 'Parameter sets' {
    It 'chooses the set the named parameters belong to' {
        Get-Shape -Radius 1 | Should -Be 'Circle'
        Get-Shape -Width 1 -Height 2 | Should -Be 'Rectangle'
    }

    It 'refuses parameters from two sets' {
        { Get-Shape -Radius 1 -Width 2 } | Should -Throw -ErrorId 'AmbiguousParameterSet,Get-Shape'
    }

    It 'refuses a parameter that does not exist' {
        { Get-Shape -Diameter 2 } | Should -Throw -ErrorId 'NamedParameterNotFound,Get-Shape'
    }

    It 'describes its sets' {
        Get-Command Get-Shape | Should -HaveParameter Radius -Mandatory -InParameterSet Circle
        Get-Command Get-Shape | Should -HaveParameter Width -Type [double]
    }

    It 'lists its sets as objects' {
        (Get-Command Get-Shape).ParameterSets.Name | Should -Be @('Circle', 'Rectangle')
        (Get-Command Get-Shape).ParameterSets[0].IsDefault | Should -BeTrue
    }
}

Describe 'Pipeline binding' {
    It 'binds properties by name, and by alias' {
        [pscustomobject]@{ Name = 'Ann'; Age = 30 } | Get-Person | Should -Be 'Ann is 30'
        [pscustomobject]@{ Name = 'Bob'; Years = 40 } | Get-Person | Should -Be 'Bob is 40'
    }

    It 'runs process once per input object' {
        1..5 | Measure-Input | Should -Be 'counted 5'
        @() | Measure-Input | Should -Be 'counted 0'
    }

    It 'does not bind the keys of a hashtable by property name' {
        { @{ Name = 'Cy'; Age = 1 } | Get-Person -ErrorAction Stop } | Should -Throw -ErrorId 'InputObjectNotBound,Get-Person'
    }

    It 'collects remaining arguments' {
        Get-Rest 1 2 3 | Should -Be '1|2,3'
    }
}

Describe 'Validation attributes' {
    It 'accepts valid values' {
        Test-Validation -Level 10 -Mode high -Code 123 -Label y -Even 4 -Tags a, b -Short abcd | Should -Be 'valid'
    }

    It 'rejects <parameter> = <value>' -ForEach @(
        @{ parameter = 'Level'; value = 11 }
        @{ parameter = 'Mode'; value = 'Medium' }
        @{ parameter = 'Code'; value = '12a' }
        @{ parameter = 'Label'; value = '' }
        @{ parameter = 'Even'; value = 3 }
        @{ parameter = 'Short'; value = 'abcde' }
    ) {
        $arguments = @{ $parameter = $value }
        { Test-Validation @arguments } | Should -Throw -ErrorId "ParameterArgumentValidationError,Test-Validation"
    }

    It 'rejects too many items for ValidateCount' {
        { Test-Validation -Tags a, b, c } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Test-Validation'
    }

    It 'names the range in the message' {
        { Test-Validation -Level 0 } | Should -Throw -ExpectedMessage "*The 0 argument is less than the minimum allowed range of 1*"
    }
}

Describe '$PSBoundParameters' {
    It 'holds only the parameters that were given' {
        Get-Bound -Second 2 | Should -Be 'Second'
        Get-Bound 1 2 -Flag | Should -Be 'First,Flag,Second'
        Get-Bound | Should -BeNullOrEmpty
    }

    It 'does not hold default values' {
        function Get-Default { param($Value = 5) $PSBoundParameters.ContainsKey('Value') }
        Get-Default | Should -BeFalse
        Get-Default -Value 5 | Should -BeTrue
    }

    It 'can be splatted on to another command' {
        function Get-Inner { param($A, $B) "$A-$B" }
        function Get-Outer { param($A, $B) Get-Inner @PSBoundParameters }
        Get-Outer -B 2 -A 1 | Should -Be '1-2'
    }
}

Describe 'ShouldProcess' {
    It 'does the work without -WhatIf' {
        Remove-Thing -Name 'x' | Should -Be 'removed x'
    }

    It 'skips the work with -WhatIf' {
        Remove-Thing -Name 'x' -WhatIf | Should -BeNullOrEmpty
    }

    It 'declares -WhatIf and -Confirm' {
        Get-Command Remove-Thing | Should -HaveParameter WhatIf
        Get-Command Remove-Thing | Should -HaveParameter Confirm -Alias cf
    }

    It 'takes $WhatIfPreference from the caller' {
        $WhatIfPreference = $true
        Remove-Thing -Name 'y' | Should -BeNullOrEmpty
        Remove-Thing -Name 'y' -WhatIf:$false | Should -Be 'removed y'
    }
}

Describe 'Common parameters' {
    It 'adds -Verbose to an advanced function' {
        function Write-Chatty { [CmdletBinding()] param() Write-Verbose 'details'; 'done' }
        $out = Write-Chatty -Verbose 4>&1
        $out[0] | Should -BeOfType [System.Management.Automation.VerboseRecord]
        "$($out[0])" | Should -Be 'details'
        $out[1] | Should -Be 'done'
    }

    It 'lets -ErrorAction stop a non-terminating error' {
        function Write-Failure { [CmdletBinding()] param() Write-Error 'failed'; 'after' }
        { Write-Failure -ErrorAction Stop } | Should -Throw 'failed'
        Write-Failure -ErrorAction SilentlyContinue | Should -Be 'after'
    }
}
