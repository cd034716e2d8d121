Describe 'String methods' {
    It 'changes case and trims' {
        'Hello'.ToUpper() | Should -BeExactly 'HELLO'
        'Hello'.ToLowerInvariant() | Should -BeExactly 'hello'
        '  pad  '.Trim() | Should -BeExactly 'pad'
        'xxabcxx'.Trim('x') | Should -BeExactly 'abc'
        '--a--'.TrimStart('-') | Should -BeExactly 'a--'
    }

    It 'searches' {
        'hello world'.IndexOf('o') | Should -Be 4
        'hello world'.LastIndexOf('o') | Should -Be 7
        'hello'.Contains('ell') | Should -BeTrue
        'hello'.StartsWith('he') | Should -BeTrue
        'hello'.EndsWith('LO') | Should -BeFalse
        'hello'.EndsWith('LO', [System.StringComparison]::OrdinalIgnoreCase) | Should -BeTrue
    }

    It 'cuts and pads' {
        'abcdef'.Substring(2) | Should -BeExactly 'cdef'
        'abcdef'.Substring(1, 3) | Should -BeExactly 'bcd'
        '7'.PadLeft(3, '0') | Should -BeExactly '007'
        'ab'.PadRight(4) + '|' | Should -BeExactly 'ab  |'
    }

    It 'splits and joins' {
        'a,b,,c'.Split(',') | Should -Be @('a', 'b', '', 'c')
        'a,b,,c'.Split(',', [System.StringSplitOptions]::RemoveEmptyEntries) | Should -Be @('a', 'b', 'c')
        [string]::Join('-', @('x', 'y', 'z')) | Should -BeExactly 'x-y-z'
    }

    It 'replaces literally' {
        'a.b.c'.Replace('.', '/') | Should -BeExactly 'a/b/c'
    }

    It 'has static helpers' {
        [string]::IsNullOrEmpty('') | Should -BeTrue
        [string]::IsNullOrWhiteSpace('  ') | Should -BeTrue
        [string]::Format('{0}+{1}', 1, 2) | Should -BeExactly '1+2'
        [string]::new('-', 3) | Should -BeExactly '---'
    }

    It 'throws for an index out of range' {
        { 'abc'.Substring(5) } | Should -Throw -ExceptionType ([System.Management.Automation.MethodInvocationException])
    }

    It 'has a length and characters' {
        'hello'.Length | Should -Be 5
        'hello'[1] | Should -BeOfType [char]
        'hello'[-1] | Should -Be 'o'
        [int][char]'A' | Should -Be 65
    }
}

Describe '[math]' {
    It 'rounds to even by default and away from zero on request' {
        [math]::Round(2.5) | Should -Be 2
        [math]::Round(3.5) | Should -Be 4
        [math]::Round(2.5, [System.MidpointRounding]::AwayFromZero) | Should -Be 3
        [math]::Round(3.14159, 2) | Should -Be 3.14
    }

    It 'computes' {
        [math]::Max(3, 7) | Should -Be 7
        [math]::Min(-1, 2) | Should -Be -1
        [math]::Abs(-4.5) | Should -Be 4.5
        [math]::Pow(2, 10) | Should -Be 1024
        [math]::Sqrt(81) | Should -Be 9
        [math]::Floor(-1.5) | Should -Be -2
        [math]::Ceiling(1.2) | Should -Be 2
        [math]::Truncate(-1.7) | Should -Be -1
    }

    It 'has constants' {
        [math]::PI | Should -BeGreaterThan 3.14159
        [math]::PI | Should -BeLessThan 3.1416
        [math]::E | Should -BeGreaterThan 2.718
        [math]::E | Should -BeLessThan 2.719
    }
}

Describe '[datetime] and [timespan]' {
    It 'builds dates and reads their parts' {
        $d = [datetime]::new(2024, 2, 29, 13, 45, 10)
        $d.Year | Should -Be 2024
        $d.DayOfWeek | Should -Be ([System.DayOfWeek]::Thursday)
        $d.DayOfYear | Should -Be 60
        $d.Hour | Should -Be 13
    }

    It 'adds and subtracts' {
        $d = [datetime]'2024-01-31'
        $d.AddMonths(1).Day | Should -Be 29
        $d.AddDays(1).Month | Should -Be 2
        $d.AddHours(-1).Day | Should -Be 30
    }

    It 'subtracts dates into a time span' {
        ([datetime]'2024-03-01' - [datetime]'2024-02-01').Days | Should -Be 29
        ([datetime]'2024-03-01').Subtract([datetime]'2024-02-01').TotalDays | Should -Be 29
    }

    It 'formats' {
        $d = [datetime]::new(2024, 7, 4, 9, 5, 3)
        $d.ToString('yyyy-MM-dd HH:mm:ss') | Should -BeExactly '2024-07-04 09:05:03'
        $d.ToString('o') | Should -BeExactly '2024-07-04T09:05:03.0000000'
    }

    It 'formats and parses with a culture' {
        $d = [datetime]::new(2024, 7, 4, 9, 5, 3)
        $d.ToString('MMM d, yyyy', [cultureinfo]::InvariantCulture) | Should -BeExactly 'Jul 4, 2024'
        $d = [datetime]::ParseExact('04/07/2024', 'dd/MM/yyyy', [cultureinfo]::InvariantCulture)
        $d.Month | Should -Be 7
    }

    It 'compares' {
        [datetime]'2024-01-01' -lt [datetime]'2024-01-02' | Should -BeTrue
        [datetime]'2024-01-01' | Should -Be ([datetime]::new(2024, 1, 1))
    }

    It 'measures time spans' {
        $span = [timespan]::new(1, 2, 30, 0)
        $span.TotalHours | Should -Be 26.5
        $span.ToString() | Should -BeExactly '1.02:30:00'
        [timespan]::FromMinutes(90).ToString() | Should -BeExactly '01:30:00'
    }

    It 'makes time spans with New-TimeSpan' {
        (New-TimeSpan -Hours 2).TotalMinutes | Should -Be 120
        (New-TimeSpan -Start '2024-01-01' -End '2024-01-03').Days | Should -Be 2
    }

    It 'converts a string to a time span' {
        ([timespan]'00:10:00').TotalSeconds | Should -Be 600
        ([timespan]'1.02:03:04').TotalHours | Should -BeGreaterThan 26
    }
}

Describe '[regex]' {
    It 'matches and captures' {
        $m = [regex]::Match('order 66 and 99', '\d+')
        $m.Success | Should -BeTrue
        $m.Value | Should -Be '66'
        $m.Index | Should -Be 6
        $m.NextMatch().Value | Should -Be '99'
    }

    It 'finds all matches' {
        ([regex]::Matches('a1b22c333', '\d+') | ForEach-Object Value) | Should -Be @('1', '22', '333')
        [regex]::Matches('aaa', 'a').Count | Should -Be 3
    }

    It 'names groups' {
        $m = [regex]::Match('2024-07-04', '(?<year>\d{4})-(?<month>\d\d)')
        $m.Groups['year'].Value | Should -Be '2024'
        $m.Groups['month'].Value | Should -Be '07'
        $m.Groups[0].Value | Should -Be '2024-07'
    }

    It 'replaces with groups and a script block' {
        [regex]::Replace('John Smith', '(\w+) (\w+)', '$2, $1') | Should -BeExactly 'Smith, John'
        [regex]::Replace('a1b2', '\d', { param($m) [int]$m.Value * 2 }) | Should -BeExactly 'a2b4'
    }

    It 'splits and escapes' {
        [regex]::Split('a1b22c', '\d+') | Should -Be @('a', 'b', 'c')
        [regex]::Escape('a.b*c') | Should -BeExactly 'a\.b\*c'
        [regex]::IsMatch('ABC', '^abc$') | Should -BeFalse
        [regex]::IsMatch('ABC', '^abc$', 'IgnoreCase') | Should -BeTrue
    }

    It 'is made from a string' {
        $r = [regex]'^\w+@\w+\.com$'
        $r.IsMatch('me@example.com') | Should -BeTrue
        $r.IsMatch('not an address') | Should -BeFalse
    }
}

Describe '[convert] and parsing' {
    It 'converts between bases' {
        [convert]::ToString(10, 2) | Should -BeExactly '1010'
        [convert]::ToInt32('ff', 16) | Should -Be 255
        [convert]::ToString(255, 16) | Should -BeExactly 'ff'
    }

    It 'converts to and from base64' {
        [convert]::ToBase64String([byte[]][char[]]'psh') | Should -BeExactly 'cHNo'
        [char[]][convert]::FromBase64String('cHNo') -join '' | Should -BeExactly 'psh'
    }

    It 'encodes text to bytes' {
        [System.Text.Encoding]::UTF8.GetBytes('é').Count | Should -Be 2
        [System.Text.Encoding]::UTF8.GetString([byte[]](0x70, 0x73, 0x68)) | Should -BeExactly 'psh'
    }

    It 'converts types' {
        [convert]::ToInt32('42') | Should -Be 42
        [convert]::ToBoolean('True') | Should -BeTrue
        [convert]::ToDouble('2.5') | Should -Be 2.5
        [convert]::ToInt32(2.5) | Should -Be 2
    }

    It 'parses numbers' {
        [int]::Parse('123') | Should -Be 123
        [double]::Parse('1.5') | Should -Be 1.5
        $parsed = 0
        [int]::TryParse('12x', [ref]$parsed) | Should -BeFalse
        [int]::TryParse('12', [ref]$parsed) | Should -BeTrue
        $parsed | Should -Be 12
    }

    It 'reports a bad format' {
        { [convert]::ToInt32('abc') } | Should -Throw -ExceptionType ([System.Management.Automation.MethodInvocationException])
    }
}

Describe 'Generic lists and ArrayList' {
    It 'adds, inserts and removes in a List[T]' {
        $list = [System.Collections.Generic.List[int]]::new()
        $list.Add(3)
        $list.Add(1)
        $list.Insert(0, 5)
        $list.Remove(3) | Should -BeTrue
        $list.Count | Should -Be 2
        $list[0] | Should -Be 5
        $list.Contains(1) | Should -BeTrue
    }

    It 'converts what it is given to T' {
        $list = [System.Collections.Generic.List[int]]::new()
        $list.Add('7')
        $list[0] | Should -BeOfType [int]
        { $list.Add('seven') } | Should -Throw
    }

    It 'sorts and searches' {
        $list = [System.Collections.Generic.List[string]]::new([string[]]@('pear', 'apple', 'fig'))
        $list.Sort()
        $list -join ',' | Should -Be 'apple,fig,pear'
        $list.IndexOf('fig') | Should -Be 1
    }

    It 'returns the index from ArrayList.Add' {
        $list = [System.Collections.ArrayList]::new()
        $list.Add('a') | Should -Be 0
        $list.Add('b') | Should -Be 1
        $list.AddRange(@('c', 'd'))
        $list.Count | Should -Be 4
        $list.RemoveAt(0)
        $list[0] | Should -Be 'b'
    }

    It 'enumerates in the pipeline' {
        $list = [System.Collections.Generic.List[int]]::new()
        $list.AddRange([int[]](1, 2, 3))
        ($list | Measure-Object -Sum).Sum | Should -Be 6
        $list | Should -HaveCount 3
    }

    It 'is made from an array by a cast' {
        $list = [System.Collections.Generic.List[int]]@(1, 2, 3)
        $list.Count | Should -Be 3
        $list[2] | Should -BeOfType [int]
    }

    It 'keeps a Dictionary[K,V] and a HashSet[T]' {
        $d = [System.Collections.Generic.Dictionary[string, int]]::new()
        $d['a'] = 1
        $d.ContainsKey('a') | Should -BeTrue
        $d.ContainsKey('A') | Should -BeFalse
        $set = [System.Collections.Generic.HashSet[int]]::new()
        $set.Add(1) | Should -BeTrue
        $set.Add(1) | Should -BeFalse
        $set.Count | Should -Be 1
    }
}
