BeforeAll {
    function Get-Greeting {
        param([Parameter(Position = 0)][Alias('N')][string] $Name = 'world', [int] $Times = 1)
        "hello $Name" * $Times
    }
    function Invoke-Greeter { Get-Greeting -Name 'from a function' }
    function Set-Level { param([int] $Level, [ValidateSet('low', 'high')][string] $Mode) "level $Level $Mode" }
}

Describe 'Mock' {
    # Pester ignores a Mock written directly in a block: it runs during discovery.
    Mock Get-Random { 'discovery' }

    BeforeAll {
        Mock Get-Date { 'mocked date' }
    }

    It 'replaces a cmdlet for the tests of the block that mocked it' {
        Get-Date | Should -Be 'mocked date'
        Get-Date -Format 'yyyy' | Should -Be 'mocked date'
    }

    It 'leaves alone what discovery mocked' {
        Get-Random -Minimum 5 -Maximum 6 | Should -Be 5
    }

    It 'replaces a function, also when another function calls it' {
        Mock Get-Greeting { 'mocked greeting' }
        Get-Greeting | Should -Be 'mocked greeting'
        Invoke-Greeter | Should -Be 'mocked greeting'
    }

    It 'lasts only for the test that mocked it' {
        Get-Greeting | Should -Be 'hello world'
    }

    It 'binds the call as the real command does: parameter variables, positions and aliases' {
        Mock Get-Greeting { "$Name x $Times" }
        # The stand-in declares no default values: an unbound parameter holds its type's empty value.
        Get-Greeting 'ann' | Should -Be 'ann x 0'
        Get-Greeting -N 'bob' -Times 2 | Should -Be 'bob x 2'
    }

    It 'gives the bound parameters as $PesterBoundParameters, and to a param() block' {
        Mock Get-Greeting { ($PesterBoundParameters.Keys | Sort-Object) -join ',' }
        Get-Greeting -Times 3 -Name 'c' | Should -Be 'Name,Times'
        Mock Get-Greeting { param($Name) "$Name/$($PSBoundParameters.Count)" }
        Get-Greeting -Name 'd' | Should -Be 'd/1'
    }

    It 'runs the newest behaviour whose filter passes, else the newest default, else the real command' {
        Mock Get-Greeting { 'first a' } -ParameterFilter { $Name -eq 'a' }
        Mock Get-Greeting { 'second a' } -ParameterFilter { $Name -eq 'a' }
        Mock Get-Greeting { 'by alias' } -ParameterFilter { $N -eq 'b' }
        Get-Greeting 'a' | Should -Be 'second a'
        Get-Greeting 'b' | Should -Be 'by alias'
        Get-Greeting 'z' | Should -Be 'hello z'
        Mock Get-Greeting { 'default' }
        Mock Get-Greeting { 'old default' } -ParameterFilter { $false }
        Get-Greeting 'z' | Should -Be 'default'
        Get-Greeting 'a' | Should -Be 'second a'
    }

    It 'mocks a command through its alias, and catches calls made through aliases' {
        Mock gci { 'listing' }
        Get-ChildItem | Should -Be 'listing'
        dir | Should -Be 'listing'
        Should -Invoke Get-ChildItem -Times 2 -Exactly
        Should -Invoke gci -Times 2 -Exactly
    }

    It 'runs once for each pipeline object, with $_ and the bound pipeline parameter' {
        Mock Write-Output { "got $InputObject and $_" }
        1, 2 | Write-Output | Should -Be 'got 1 and 1', 'got 2 and 2'
        Should -Invoke Write-Output -Times 2 -Exactly
    }

    It 'passes the pipeline objects no behaviour took on to the real command' {
        Mock Write-Output { 'never' } -ParameterFilter { $InputObject -eq 99 }
        1, 2 | Write-Output | Should -Be 1, 2
        Should -Not -Invoke Write-Output
    }

    It 'returns what the mock writes, arrays unrolled' {
        Mock Get-Greeting { 1, 2, 3 }
        @(Get-Greeting).Count | Should -Be 3
    }

    It 'can drop parameter types and validation' {
        Mock Set-Level { "mocked $Level $Mode" } -RemoveParameterType Level -RemoveParameterValidation Mode
        Set-Level -Level 'lots' -Mode 'medium' | Should -Be 'mocked lots medium'
    }

    Context 'a nested block' {
        BeforeAll {
            Mock Get-Greeting { 'context' } -ParameterFilter { $Name -eq 'ctx' }
        }

        It 'sees the mocks of the blocks around it' {
            Get-Date | Should -Be 'mocked date'
            Get-Greeting 'ctx' | Should -Be 'context'
            Get-Greeting 'other' | Should -Be 'hello other'
        }

        It 'lets a test mock on top of the block' {
            Mock Get-Greeting { 'test' }
            Get-Greeting 'ctx' | Should -Be 'context'
            Get-Greeting 'other' | Should -Be 'test'
        }
    }
}

Describe 'Should -Invoke' {
    BeforeAll {
        Mock Get-Greeting { 'mocked' }
    }

    It 'counts the calls of this test by default' {
        Get-Greeting 'a'
        Get-Greeting 'b'
        Should -Invoke Get-Greeting -Times 2 -Exactly
        Should -Invoke Get-Greeting 2 -Exactly
        Should -Invoke -CommandName Get-Greeting -Times 1
        Should -Invoke Get-Greeting -Times 1 -Exactly -ParameterFilter { $Name -eq 'a' }
        Should -Not -Invoke Get-Greeting -ParameterFilter { $Name -eq 'c' }
        Should -Invoke Get-Greeting -Times 0 -ParameterFilter { $Times -eq 5 }
        Should -Invoke Get-Greeting -Scope It -Times 2 -Exactly
    }

    It 'fails with Pester''s messages' {
        Get-Greeting
        { Should -Invoke Get-Greeting -Times 2 } | Should -Throw 'Expected Get-Greeting to be called at least 2 times, but was called 1 times'
        { Should -Invoke Get-Greeting -Times 3 -Exactly } | Should -Throw 'Expected Get-Greeting to be called 3 times exactly, but was called 1 times'
        { Should -Not -Invoke Get-Greeting } | Should -Throw 'Expected Get-Greeting not to be called exactly 1 times, but it was'
    }

    It 'checks that only matching calls were made with -ExclusiveFilter' {
        Get-Greeting 'a'
        Should -Invoke Get-Greeting -ExclusiveFilter { $Name -eq 'a' }
        Get-Greeting 'b'
        { Should -Invoke Get-Greeting -ExclusiveFilter { $Name -eq 'a' } } | Should -Throw '*but 1 non-matching calls were made'
    }

    Context 'counting per block' {
        It 'calls once here' {
            Get-Greeting
        }

        It 'calls twice here' {
            Get-Greeting
            Get-Greeting
            Should -Invoke Get-Greeting -Times 3 -Exactly -Scope Context
            Should -Invoke Get-Greeting -Times 3 -Exactly -Scope 1
        }

        AfterAll {
            Should -Invoke Get-Greeting -Times 3 -Exactly
            Should -Invoke Get-Greeting -Times 3 -Exactly -Scope Context
            Should -Invoke Get-Greeting -Times 8 -Exactly -Scope Describe
        }
    }

    AfterAll {
        Should -Invoke Get-Greeting -Times 8 -Exactly -Scope Describe
        Assert-MockCalled Get-Greeting 8 -Exactly
    }
}

Describe 'Verifiable mocks' {
    BeforeAll {
        Mock Get-Greeting { 'v' } -Verifiable -ParameterFilter { $Name -eq 'v' }
    }

    It 'fails Should -InvokeVerifiable until every verifiable mock ran' {
        { Should -InvokeVerifiable } | Should -Throw "*Expected all verifiable mocks to be called, but these were not:*Command Get-Greeting with { `$Name -eq 'v' }"
        Should -Not -InvokeVerifiable
        Get-Greeting 'v'
        Should -InvokeVerifiable
        Assert-VerifiableMock
    }
}

Describe 'Mocking programs, and $args' {
    BeforeAll {
        function Get-Loose($Name) { "real $Name $args" }
    }

    It 'mocks a program on PATH, its arguments in $args' {
        $real = uname -s
        Mock uname { "mocked $args" } -ParameterFilter { $args[0] -eq '-a' }
        uname -a | Should -Be 'mocked -a'
        uname -s | Should -Be $real
        Should -Invoke uname -Times 1 -Exactly
        Should -Invoke uname -Times 1 -Exactly -ParameterFilter { $args -contains '-a' }
    }

    It 'gives a mocked program its pipeline input, and the real one what no behaviour took' {
        Mock cat { "got $_" } -ParameterFilter { $args.Count -eq 0 }
        'a', 'b' | cat | Should -Be 'got a', 'got b'
        'c' | cat - | Should -Be 'c'
    }

    It 'passes a simple function''s extra arguments on as $args' {
        Mock Get-Loose { param($Name) "mock $Name $($args -join '+')" } -ParameterFilter { $args[0] -eq 'x' }
        Get-Loose n x y | Should -Be 'mock n x+y'
        Get-Loose n z | Should -Be 'real n z'
    }
}
