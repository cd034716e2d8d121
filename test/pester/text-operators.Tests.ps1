Describe 'The -f operator' {
    It 'fills numbered placeholders, reusing and reordering them' {
        '{0} and {1}' -f 'a', 'b' | Should -BeExactly 'a and b'
        '{1}{0}{1}' -f 'x', 'y' | Should -BeExactly 'yxy'
    }

    It 'aligns and pads' {
        '[{0,5}]' -f 'ab' | Should -BeExactly '[   ab]'
        '[{0,-5}]' -f 'ab' | Should -BeExactly '[ab   ]'
    }

    It 'formats numbers' {
        '{0:N2}' -f 1234.5678 | Should -BeExactly '1,234.57'
        '{0:D4}' -f 42 | Should -BeExactly '0042'
        '{0:X}' -f 255 | Should -BeExactly 'FF'
        '{0:x4}' -f 255 | Should -BeExactly '00ff'
        '{0:0.0}' -f 2.25 | Should -BeExactly '2.3'
        '{0:#,0}' -f 1000000 | Should -BeExactly '1,000,000'
    }

    It 'formats dates' {
        '{0:yyyy/MM/dd}' -f [datetime]'2024-07-04' | Should -BeExactly '2024/07/04'
    }

    It 'escapes braces by doubling them' {
        '{{{0}}}' -f 5 | Should -BeExactly '{5}'
    }

    It 'fails for a missing argument' {
        { '{0} {1}' -f 'only' } | Should -Throw
    }
}

Describe 'The -split operator' {
    It 'splits on a regular expression' {
        'a1b22c' -split '\d+' | Should -Be @('a', 'b', 'c')
        'a.b' -split '.', 0, 'SimpleMatch' | Should -Be @('a', 'b')
    }

    It 'limits the number of pieces' {
        'a,b,c,d' -split ',', 2 | Should -Be @('a', 'b,c,d')
    }

    It 'keeps captured separators' {
        'a1b2c' -split '(\d)' | Should -Be @('a', '1', 'b', '2', 'c')
    }

    It 'splits on whitespace as a unary operator' {
        -split '  one two   three ' | Should -Be @('one', 'two', 'three')
    }

    It 'ignores case unless -csplit' {
        'aXbxc' -split 'x' | Should -HaveCount 3
        'aXbxc' -csplit 'x' | Should -Be @('aXb', 'c')
    }

    It 'splits each string of an array' {
        'a-b', 'c-d' -split '-' | Should -Be @('a', 'b', 'c', 'd')
    }

    It 'splits with a script block' {
        'a1b2c3' -split { $_ -match '\d' } | Should -Be @('a', 'b', 'c', '')
    }
}

Describe 'The -replace operator' {
    It 'replaces every match, ignoring case' {
        'Hello hello' -replace 'hello', 'bye' | Should -BeExactly 'bye bye'
        'Hello hello' -creplace 'hello', 'bye' | Should -BeExactly 'Hello bye'
    }

    It 'substitutes numbered and named groups' {
        'John Smith' -replace '(\w+) (\w+)', '$2 $1' | Should -BeExactly 'Smith John'
        '2024-07-04' -replace '(?<y>\d+)-(?<m>\d+)-(?<d>\d+)', '${d}.${m}.${y}' | Should -BeExactly '04.07.2024'
        'abc' -replace 'b', '$$' | Should -BeExactly 'a$c'
    }

    It 'removes matches when given no replacement' {
        'a1b2' -replace '\d' | Should -BeExactly 'ab'
    }

    It 'chains' {
        'a-b_c' -replace '-', ' ' -replace '_', ' ' | Should -BeExactly 'a b c'
    }

    It 'replaces with a script block' {
        'a1b2' -replace '\d', { [int]$_.Value + 1 } | Should -BeExactly 'a2b3'
    }

    It 'works on each element of an array' {
        'cat', 'hat' -replace 'at', 'og' | Should -Be @('cog', 'hog')
    }

    It 'rejects an invalid pattern' {
        { 'x' -replace '(', 'y' } | Should -Throw
    }
}

Describe 'The -match operator and $Matches' {
    It 'sets $Matches on a scalar match' {
        'version 7.4.1' -match '(\d+)\.(\d+)' | Should -BeTrue
        $Matches[0] | Should -Be '7.4'
        $Matches[1] | Should -Be '7'
        $Matches[2] | Should -Be '4'
    }

    It 'names captures in $Matches' {
        $null = 'key=value' -match '(?<name>\w+)=(?<value>\w+)'
        $Matches.name | Should -Be 'key'
        $Matches['value'] | Should -Be 'value'
    }

    It 'leaves $Matches alone when nothing matches' {
        $null = 'abc' -match 'b'
        'xyz' -match 'b' | Should -BeFalse
        $Matches[0] | Should -Be 'b'
    }

    It 'filters arrays without setting $Matches' {
        $Matches = $null
        'apple', 'banana', 'cherry' -match 'an' | Should -Be @('banana')
        $Matches | Should -BeNullOrEmpty
    }

    It 'negates and respects case' {
        'abc' -notmatch 'x' | Should -BeTrue
        'ABC' -cmatch 'abc' | Should -BeFalse
        'ABC' -imatch 'abc' | Should -BeTrue
    }

    It 'compares with -like wildcards' {
        'file.txt' -like '*.txt' | Should -BeTrue
        'file.txt' -like 'FILE.*' | Should -BeTrue
        'file.txt' -clike 'FILE.*' | Should -BeFalse
        'a[1]' -like 'a`[1`]' | Should -BeTrue
        'log1', 'data', 'log2' -like 'log?' | Should -Be @('log1', 'log2')
    }
}
