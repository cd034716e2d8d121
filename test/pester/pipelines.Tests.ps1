BeforeAll {
    $people = @(
        [pscustomobject]@{ Name = 'Ann'; Age = 31; Team = 'red' }
        [pscustomobject]@{ Name = 'bob'; Age = 25; Team = 'blue' }
        [pscustomobject]@{ Name = 'Cy'; Age = 40; Team = 'red' }
        [pscustomobject]@{ Name = 'Di'; Age = 25; Team = 'green' }
    )
}

Describe 'Where-Object and ForEach-Object' {
    It 'filters with a script block and with a comparison' {
        ($people | Where-Object { $_.Age -gt 30 }).Name | Should -Be @('Ann', 'Cy')
        ($people | Where-Object Team -EQ 'red').Name | Should -Be @('Ann', 'Cy')
        ($people | Where-Object Name -Like '?i').Name | Should -Be 'Di'
    }

    It 'maps with a script block, a property name and a method name' {
        1..3 | ForEach-Object { $_ * $_ } | Should -Be @(1, 4, 9)
        ($people | ForEach-Object Name) -join ',' | Should -Be 'Ann,bob,Cy,Di'
        'a', 'b' | ForEach-Object ToUpper | Should -Be @('A', 'B')
    }

    It 'runs -Begin, -Process and -End' {
        1..4 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { $sum } | Should -Be 10
    }

    It 'has .Where() and .ForEach() methods' {
        (1..6).Where({ $_ % 2 -eq 0 }) | Should -Be @(2, 4, 6)
        (1..6).Where({ $_ -gt 2 }, 'First', 2) | Should -Be @(3, 4)
        (1..3).ForEach({ $_ + 10 }) | Should -Be @(11, 12, 13)
    }
}

Describe 'Select-Object' {
    It 'picks properties, first and last items' {
        $picked = $people | Select-Object -Property Name, Age -First 2
        $picked[0].PSObject.Properties.Name | Should -Be @('Name', 'Age')
        $picked.Name | Should -Be @('Ann', 'bob')
        ($people | Select-Object -Last 1).Name | Should -Be 'Di'
        (1..10 | Select-Object -Skip 8) | Should -Be @(9, 10)
    }

    It 'expands a property' {
        $people | Select-Object -ExpandProperty Age -First 1 | Should -Be 31
    }

    It 'computes properties' {
        $shown = $people | Select-Object Name, @{ Name = 'Decade'; Expression = { [math]::Floor($_.Age / 10) * 10 } }
        $shown[2].Decade | Should -Be 40
    }

    It 'keeps unique values' {
        1, 2, 2, 3, 3, 3 | Select-Object -Unique | Should -Be @(1, 2, 3)
    }
}

Describe 'Sort-Object' {
    It 'sorts by a property, ascending then descending' {
        ($people | Sort-Object Age -Stable).Name | Should -Be @('bob', 'Di', 'Ann', 'Cy')
        ($people | Sort-Object Age -Descending)[0].Name | Should -Be 'Cy'
    }

    It 'sorts strings without regard to case unless asked' {
        'b', 'A', 'c' | Sort-Object | Should -Be @('A', 'b', 'c')
        ($people | Sort-Object Name).Name | Should -Be @('Ann', 'bob', 'Cy', 'Di')
    }

    It 'sorts by several keys' {
        ($people | Sort-Object Age, Name).Name | Should -Be @('bob', 'Di', 'Ann', 'Cy')
        ($people | Sort-Object @{ Expression = 'Age'; Descending = $true }, Name).Name | Should -Be @('Cy', 'Ann', 'bob', 'Di')
    }

    It 'sorts numbers as numbers and removes duplicates with -Unique' {
        10, 9, 100 | Sort-Object | Should -Be @(9, 10, 100)
        3, 1, 3, 2 | Sort-Object -Unique | Should -Be @(1, 2, 3)
    }
}

Describe 'Group-Object and Measure-Object' {
    It 'groups by a property, the groups sorted by their value' {
        $groups = $people | Group-Object Team
        $groups.Name | Should -Be @('blue', 'green', 'red')
        ($groups | Where-Object Name -EQ 'red').Count | Should -Be 2
        ($groups | Where-Object Name -EQ 'red').Group.Name | Should -Be @('Ann', 'Cy')
    }

    It 'groups into a hashtable' {
        $byAge = $people | Group-Object Age -AsHashTable
        $byAge[25].Count | Should -Be 2
    }

    It 'measures count, sum, average, minimum and maximum' {
        $m = $people | Measure-Object Age -Sum -Average -Minimum -Maximum
        $m.Count | Should -Be 4
        $m.Sum | Should -Be 121
        $m.Average | Should -Be 30.25
        $m.Minimum | Should -Be 25
        $m.Maximum | Should -Be 40
    }
}

Describe 'JSON' {
    It 'converts objects to compressed JSON' {
        [ordered]@{ name = 'psh'; n = 1; ok = $true; none = $null; list = @(1, 2) } | ConvertTo-Json -Compress |
            Should -BeExactly '{"name":"psh","n":1,"ok":true,"none":null,"list":[1,2]}'
    }

    It 'indents nested objects' {
        @{ a = @{ b = 1 } } | ConvertTo-Json | Should -BeExactly "{`n  `"a`": {`n    `"b`": 1`n  }`n}"
    }

    It 'escapes strings' {
        'say "hi"' | ConvertTo-Json | Should -BeExactly '"say \"hi\""'
    }

    It 'reads JSON into custom objects' {
        $data = '{"name":"psh","tags":["a","b"],"inner":{"n":2.5}}' | ConvertFrom-Json
        $data.name | Should -Be 'psh'
        $data.tags | Should -Be @('a', 'b')
        $data.inner.n | Should -Be 2.5
        $data | Should -BeOfType [pscustomobject]
    }

    It 'reads JSON into a hashtable with -AsHashtable' {
        $data = '{"b":1,"a":2}' | ConvertFrom-Json -AsHashtable
        $data['a'] | Should -Be 2
        $data.Keys -join ',' | Should -Be 'b,a'
    }

    It 'round-trips' {
        $original = [pscustomobject]@{ Id = 7; Names = @('x', 'y') }
        $copy = $original | ConvertTo-Json | ConvertFrom-Json
        $copy.Id | Should -Be 7
        $copy.Names | Should -Be @('x', 'y')
    }

    It 'rejects invalid JSON' {
        { '{"a":' | ConvertFrom-Json } | Should -Throw
    }
}

Describe 'Get-Date' {
    It 'formats a given date with -Format' {
        Get-Date -Date '2024-07-04 09:05:03' -Format 'yyyy-MM-dd HH:mm:ss' | Should -BeExactly '2024-07-04 09:05:03'
        Get-Date -Date '2024-07-04' -Format 'dddd' | Should -BeExactly 'Thursday'
    }

    It 'formats with -UFormat' {
        Get-Date -Date '2024-07-04 09:05:03' -UFormat '%Y/%m/%d %H' | Should -BeExactly '2024/07/04 09'
    }

    It 'sets fields of the date' {
        $d = Get-Date -Year 2020 -Month 2 -Day 29 -Hour 0 -Minute 0 -Second 0
        $d.DayOfWeek | Should -Be ([System.DayOfWeek]::Saturday)
        $d | Should -BeOfType [datetime]
    }

    It 'compares an enum day with its name' {
        (Get-Date -Date '2020-02-29').DayOfWeek | Should -Be 'Saturday'
    }

    It 'returns a string from -Format' {
        Get-Date -Format 'yyyy' | Should -BeOfType [string]
    }
}
