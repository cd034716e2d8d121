Describe 'Hashtables' {
    It 'looks keys up without regard to case' {
        $h = @{ Name = 'psh' }
        $h['name'] | Should -Be 'psh'
        $h.NAME | Should -Be 'psh'
        $h.ContainsKey('nAmE') | Should -BeTrue
    }

    It 'adds, changes and removes entries' {
        $h = @{}
        $h.a = 1
        $h['b'] = 2
        $h.Add('c', 3)
        $h.a = 10
        $h.Remove('b')
        $h.Count | Should -Be 2
        $h.a | Should -Be 10
        $h.ContainsKey('b') | Should -BeFalse
    }

    It 'refuses a duplicate key in Add' {
        $h = @{ a = 1 }
        { $h.Add('A', 2) } | Should -Throw -ExceptionType ([System.Management.Automation.MethodInvocationException])
    }

    It 'refuses a duplicate key in a literal' {
        { Invoke-Expression '@{ a = 1; A = 2 }' } | Should -Throw -ErrorId 'DuplicateKeyInHashLiteral*'
    }

    It 'gives $null for a missing key' {
        $h = @{ a = 1 }
        $h['missing'] | Should -BeNullOrEmpty
        $h.missing | Should -BeNullOrEmpty
    }

    It 'adds two hashtables into a new one' {
        $sum = @{ a = 1 } + @{ b = 2 }
        $sum.Keys | Sort-Object | Should -Be @('a', 'b')
        { @{ a = 1 } + @{ a = 2 } } | Should -Throw
    }

    It 'enumerates its entries with GetEnumerator' {
        $h = @{ x = 1; y = 2 }
        $total = 0
        foreach ($entry in $h.GetEnumerator()) { $total += $entry.Value }
        $total | Should -Be 3
        ($h.GetEnumerator() | Sort-Object Key | ForEach-Object Key) -join ',' | Should -Be 'x,y'
    }

    It 'is a single object in the pipeline' {
        @(@{ a = 1; b = 2 }).Count | Should -Be 1
        (@{ a = 1; b = 2 } | Measure-Object).Count | Should -Be 1
    }

    It 'is shared by reference until cloned' {
        $a = @{ n = 1 }
        $b = $a
        $c = $a.Clone()
        $b.n = 2
        $a.n | Should -Be 2
        $c.n | Should -Be 1
    }

    It 'takes any object as a key' {
        $h = @{ 1 = 'one'; $true = 'yes' }
        $h[1] | Should -Be 'one'
        $h[$true] | Should -Be 'yes'
        $h['1'] | Should -BeNullOrEmpty
    }

    It 'splats as named parameters' {
        function Join-Parts($First, $Second) { "$First-$Second" }
        $arguments = @{ Second = 'b'; First = 'a' }
        Join-Parts @arguments | Should -Be 'a-b'
    }

    It 'casts to a custom object' {
        $o = [pscustomobject]@{ Name = 'x'; Size = 3 }
        $o.Size | Should -Be 3
        $o.PSObject.Properties.Name | Should -Be @('Name', 'Size')
    }
}

Describe 'Ordered dictionaries' {
    It 'keeps keys in insertion order' {
        $o = [ordered]@{ z = 1; a = 2; m = 3 }
        $o.Keys -join ',' | Should -Be 'z,a,m'
        $o | Should -BeOfType [System.Collections.Specialized.OrderedDictionary]
    }

    It 'indexes by key' {
        $o = [ordered]@{ first = 'a'; second = 'b' }
        $o['second'] | Should -Be 'b'
        $o.first | Should -Be 'a'
        $o.Count | Should -Be 2
    }

    It 'indexes by position' {
        $o = [ordered]@{ first = 'a'; second = 'b' }
        $o[0] | Should -Be 'a'
        $o[1] | Should -Be 'b'
    }

    It 'inserts at a position' {
        $o = [ordered]@{ a = 1; c = 3 }
        $o.Insert(1, 'b', 2)
        $o.Keys -join '' | Should -Be 'abc'
    }

    It 'keeps the order of a custom object made from it' {
        $p = [pscustomobject][ordered]@{ z = 1; a = 2 }
        $p.PSObject.Properties.Name -join ',' | Should -Be 'z,a'
    }

    It 'is only written on a hashtable literal' {
        { Invoke-Expression '$h = @{ a = 1 }; [ordered]$h' } | Should -Throw -ErrorId 'OrderedAttributeOnlyOnHashLiteralNode*'
    }
}
