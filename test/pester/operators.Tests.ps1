Describe 'Arithmetic operators' {
    It 'adds <left> and <right> to <sum>' -TestCases @(
        @{ left = 1; right = 2; sum = 3 }
        @{ left = '1'; right = 2; sum = '12' }
        @{ left = 1; right = '2'; sum = 3 }
        @{ left = 1.5; right = 1; sum = 2.5 }
    ) {
        $left + $right | Should -Be $sum
    }

    It 'divides integers into a double when needed' {
        7 / 2 | Should -Be 3.5
        (7 / 2) | Should -BeOfType [double]
        6 / 2 | Should -BeOfType [int]
    }

    It 'takes the remainder' {
        7 % 3 | Should -Be 1
        -7 % 3 | Should -Be -1
    }

    It 'repeats strings and arrays' {
        'ab' * 3 | Should -BeExactly 'ababab'
        @(1, 2) * 2 | Should -HaveCount 4
    }
}

Describe 'Comparison operators' {
    It 'compares strings without case by default' {
        'abc' -eq 'ABC' | Should -BeTrue
        'abc' -ceq 'ABC' | Should -BeFalse
    }

    It 'converts the right operand to the left type' {
        '10' -eq 10 | Should -BeTrue
        10 -lt '9' | Should -BeFalse
        '10' -lt '9' | Should -BeTrue
    }

    It 'filters arrays with comparison operators' {
        @(1, 2, 3, 4) -gt 2 | Should -Be @(3, 4)
        @('a', 'b', 'a') -eq 'a' | Should -HaveCount 2
    }

    It 'tests membership' {
        @(1, 2, 3) -contains 2 | Should -BeTrue
        2 -in @(1, 2, 3) | Should -BeTrue
        4 -notin @(1, 2, 3) | Should -BeTrue
    }

    It 'matches wildcards and regular expressions' {
        'hello.ps1' -like '*.ps1' | Should -BeTrue
        'hello' -match '^h(.)l' | Should -BeTrue
        $Matches[1] | Should -Be 'e'
        'Hello' -cmatch '^h' | Should -BeFalse
    }

    It 'replaces and splits' {
        'a-b-c' -replace '-', '+' | Should -Be 'a+b+c'
        'a,b,c' -split ',' | Should -Be @('a', 'b', 'c')
        @('x', 'y') -join '/' | Should -Be 'x/y'
    }
}

Describe 'Logical and bitwise operators' {
    It 'combines booleans' {
        $true -and $false | Should -BeFalse
        $true -or $false | Should -BeTrue
        $true -xor $true | Should -BeFalse
        -not 0 | Should -BeTrue
    }

    It 'works on bits' {
        6 -band 3 | Should -Be 2
        6 -bor 3 | Should -Be 7
        1 -shl 4 | Should -Be 16
    }
}
