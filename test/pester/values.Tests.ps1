Describe 'Conversions' {
    It 'casts strings to numbers' {
        [int]'42' | Should -Be 42
        [int]'42' | Should -BeOfType [int]
        [double]'1.5' | Should -Be 1.5
    }

    It 'rounds to even when casting to int' {
        [int]2.5 | Should -Be 2
        [int]3.5 | Should -Be 4
    }

    It 'treats empty values as false' {
        [bool]'' | Should -BeFalse
        [bool]0 | Should -BeFalse
        [bool]@() | Should -BeFalse
        [bool]'false' | Should -BeTrue
    }

    It 'throws on a bad cast' {
        { [int]'abc' } | Should -Throw
    }
}

Describe 'Collections' {
    It 'builds arrays and indexes them' {
        $a = 1, 2, 3
        $a.Count | Should -Be 3
        $a[-1] | Should -Be 3
        $a[0..1] | Should -Be @(1, 2)
    }

    It 'adds to arrays' {
        $a = @()
        $a += 'x'
        $a += 'y'
        $a | Should -HaveCount 2
        $a | Should -Contain 'y'
    }

    It 'keeps hashtable entries by key' {
        $h = @{ Name = 'psh'; Count = 2 }
        $h.Name | Should -Be 'psh'
        $h['count'] | Should -Be 2
        $h.Keys | Should -HaveCount 2
        $h.ContainsKey('Missing') | Should -BeFalse
    }

    It 'keeps ordered dictionaries in order' {
        $o = [ordered]@{ b = 1; a = 2 }
        @($o.Keys) | Should -Be @('b', 'a')
    }

    It 'makes objects from hashtables' {
        $p = [pscustomobject]@{ X = 1; Y = 'two' }
        $p.Y | Should -BeExactly 'two'
        $p.PSObject.Properties.Name | Should -Be @('X', 'Y')
    }

    It 'treats $null as empty' {
        $null | Should -BeNullOrEmpty
        @() | Should -BeNullOrEmpty
        '' | Should -BeNullOrEmpty
        'x' | Should -Not -BeNullOrEmpty
    }
}

Describe 'Strings' {
    It 'expands variables and subexpressions' {
        $name = 'world'
        "hello $name" | Should -BeExactly 'hello world'
        "sum: $(1 + 2)" | Should -Be 'sum: 3'
        'no $name' | Should -BeExactly 'no $name'
    }

    It 'formats with -f' {
        '{0}-{1}' -f 'a', 'b' | Should -Be 'a-b'
        '{0:N2}' -f 3.14159 | Should -Be '3.14'
        '{0,5}' -f 'x' | Should -Be '    x'
    }

    It 'calls string methods' {
        'Hello'.ToUpper() | Should -BeExactly 'HELLO'
        'a,b'.Split(',') | Should -HaveCount 2
        '  x '.Trim() | Should -Be 'x'
        'hello'.Substring(1, 3) | Should -Be 'ell'
    }

    It 'matches patterns' {
        'Pester' | Should -BeLike 'pes*'
        'Pester' | Should -BeLikeExactly 'Pes*'
        'Pester' | Should -Match 'st'
        'Pester' | Should -MatchExactly '^P'
        'Pester' | Should -Not -MatchExactly '^p'
    }

    It 'keeps here-strings verbatim' {
        $text = @'
line one
line two
'@
        $text.Split("`n") | Should -HaveCount 2
    }
}
