BeforeAll {
    function Get-Square([int] $Value) { $Value * $Value }

    function Get-Greeting {
        param(
            [Parameter(Mandatory)] [string] $Name,
            [switch] $Loud
        )
        $text = "Hello, $Name"
        if ($Loud) { $text.ToUpper() } else { $text }
    }

    function Get-Piped {
        param([Parameter(ValueFromPipeline)] $InputObject)
        process { $InputObject * 10 }
    }
}

Describe 'Functions and binding' {
    It 'binds positional and named parameters' {
        Get-Square 4 | Should -Be 16
        Get-Square -Value 5 | Should -Be 25
    }

    It 'binds switches' {
        Get-Greeting -Name 'psh' | Should -BeExactly 'Hello, psh'
        Get-Greeting 'psh' -Loud | Should -BeExactly 'HELLO, PSH'
    }

    It 'binds pipeline input one object at a time' {
        1, 2, 3 | Get-Piped | Should -Be @(10, 20, 30)
    }

    It 'returns every output of a function' {
        function Get-Two { 1; 2 }
        Get-Two | Should -HaveCount 2
    }

    It 'rejects a value the parameter type cannot take' {
        { Get-Square 'abc' } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,Get-Square'
    }
}

Describe 'Scopes' {
    BeforeAll {
        $shared = 'from BeforeAll'
    }

    BeforeEach {
        $counter = 0
    }

    It 'sees variables set in BeforeAll' {
        $shared | Should -Be 'from BeforeAll'
    }

    It 'gets a fresh BeforeEach value in each test' {
        $counter++
        $counter | Should -Be 1
    }

    It 'still gets a fresh value after the previous test changed it' {
        $counter | Should -Be 0
    }

    It 'does not let a child scope change the parent variable' {
        $value = 1
        & { $value = 2 }
        $value | Should -Be 1
    }

    It 'lets a dot-sourced block change it' {
        $value = 1
        . { $value = 2 }
        $value | Should -Be 2
    }

    Context 'nested' {
        It 'sees the outer BeforeAll too' {
            $shared | Should -Be 'from BeforeAll'
        }
    }
}

Describe 'Control flow' {
    It 'picks a switch branch' {
        $result = switch (3) { 1 { 'one' } 3 { 'three' } default { 'other' } }
        $result | Should -Be 'three'
    }

    It 'matches switch branches by wildcard and regex' {
        $(switch -Wildcard ('file.txt') { '*.txt' { 'text' } }) | Should -Be 'text'
        $(switch -Regex ('abc123') { '\d+$' { 'digits' } }) | Should -Be 'digits'
    }

    It 'runs each switch branch for each array item' {
        $(switch (1, 2, 3) { { $_ -gt 1 } { $_ } }) | Should -Be @(2, 3)
    }

    It 'loops' {
        $sum = 0
        foreach ($i in 1..4) { $sum += $i }
        $sum | Should -Be 10
        $n = 0
        while ($n -lt 3) { $n++ }
        $n | Should -Be 3
    }

    It 'breaks and continues' {
        $seen = foreach ($i in 1..10) {
            if ($i -eq 2) { continue }
            if ($i -eq 5) { break }
            $i
        }
        $seen | Should -Be @(1, 3, 4)
    }
}

Describe 'Errors' {
    It 'catches a thrown message' {
        $caught = try { throw 'boom' } catch { $_.Exception.Message }
        $caught | Should -Be 'boom'
    }

    It 'runs finally' {
        $log = @()
        try { $log += 'try' } finally { $log += 'finally' }
        $log | Should -Be @('try', 'finally')
    }

    It 'catches by exception type' {
        $kind = try { [int]::Parse('x') } catch [System.FormatException] { 'format' } catch { 'other' }
        $kind | Should -Be 'format'
    }

    It 'reports the thrown message to Should -Throw' {
        { throw 'disk full' } | Should -Throw -ExpectedMessage 'disk*'
        { throw 'disk full' } | Should -Throw 'disk full'
    }

    It 'reports the exception type to Should -Throw' {
        { throw [System.ArgumentException]::new('bad') } | Should -Throw -ExceptionType ([System.ArgumentException])
    }

    It 'does not stop on a non-terminating error' {
        { Write-Error 'soft' -ErrorAction SilentlyContinue } | Should -Not -Throw
    }

    It 'stops on a non-terminating error with -ErrorAction Stop' {
        { Write-Error 'hard' -ErrorAction Stop } | Should -Throw 'hard'
    }
}

Describe 'Numbers' {
    It 'compares sizes' {
        10 | Should -BeGreaterThan 9
        10 | Should -BeLessThan 11
        10 | Should -BeGreaterOrEqual 10
        10 | Should -BeLessOrEqual 10
        10 | Should -Not -BeGreaterThan 10
    }

    It 'checks membership' {
        2 | Should -BeIn @(1, 2, 3)
        5 | Should -Not -BeIn @(1, 2, 3)
    }
}
