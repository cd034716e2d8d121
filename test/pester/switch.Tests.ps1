Describe 'switch' {
    It 'compares without regard to case and runs every matching clause' {
        $hits = switch ('Apple') {
            'apple' { 'first' }
            'APPLE' { 'second' }
            'pear' { 'no' }
        }
        $hits | Should -Be @('first', 'second')
    }

    It 'stops at break and moves to the next item at continue' {
        $out = switch (1, 2, 3, 4) {
            2 { 'two'; continue }
            3 { 'three'; break }
            default { "other $_" }
        }
        $out | Should -Be @('other 1', 'two', 'three')
    }

    It 'runs default only when nothing else matched' {
        $(switch (5) { 1 { 'one' } default { 'none' } }) | Should -Be 'none'
    }

    It 'takes script block conditions with $_' {
        $sizes = switch (3, 30, 300) {
            { $_ -lt 10 } { 'small' }
            { $_ -ge 10 -and $_ -lt 100 } { 'medium' }
            default { 'large' }
        }
        $sizes | Should -Be @('small', 'medium', 'large')
    }

    It 'compares case-sensitively with -CaseSensitive' {
        $(switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }) | Should -Be 'upper'
    }

    It 'matches wildcards with -Wildcard' {
        $kinds = switch -Wildcard ('report.txt', 'photo.JPG', 'notes') {
            '*.txt' { 'text' }
            '*.jpg' { 'image' }
            default { 'unknown' }
        }
        $kinds | Should -Be @('text', 'image', 'unknown')
    }

    It 'matches regular expressions with -Regex and sets $Matches' {
        $parsed = switch -Regex ('id=42', 'name=psh', 'junk') {
            '^id=(\d+)$' { [int]$Matches[1] }
            '^name=(?<n>\w+)$' { $Matches.n }
        }
        $parsed | Should -Be @(42, 'psh')
    }

    It 'compares whole values with -Exact' {
        $(switch -Exact ('a*') { 'a*' { 'literal' } 'abc' { 'no' } }) | Should -Be 'literal'
        $(switch -Exact ('abc') { 'a*' { 'pattern' } default { 'no wildcard' } }) | Should -Be 'no wildcard'
    }

    It 'reads lines of a file with -File' {
        $file = Join-Path ([System.IO.Path]::GetTempPath()) "psh-switch-$PID.txt"
        Set-Content -Path $file -Value 'alpha', 'beta', 'gamma'
        try {
            $found = switch -File $file {
                'beta' { 'found beta' }
                { $_.StartsWith('g') } { "g-word $_" }
            }
            $found | Should -Be @('found beta', 'g-word gamma')
        }
        finally {
            Remove-Item $file
        }
    }

    It 'switches over each item of an array and nothing for an empty one' {
        $(switch (1..4) { { $_ % 2 } { $_ } }) | Should -Be @(1, 3)
        $(switch (@()) { default { 'never' } }) | Should -BeNullOrEmpty
    }

    It 'compares constant clauses as strings' {
        $(switch (10) { '10' { 'string ten matched' } }) | Should -Be 'string ten matched'
        $(switch ('1.0') { 1 { 'number' } default { 'text' } }) | Should -Be 'text'
    }
}
