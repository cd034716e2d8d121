BeforeAll {
    function Write-Problem {
        [CmdletBinding()]
        param([string] $Message = 'problem')
        Write-Error $Message
        'continued'
    }
}

Describe 'Non-terminating errors' {
    It 'lets the command continue and adds to $Error' {
        $Error.Clear()
        $out = Write-Problem -ErrorAction SilentlyContinue
        $out | Should -Be 'continued'
        $Error.Count | Should -Be 1
        $Error[0].Exception.Message | Should -Be 'problem'
    }

    It 'keeps no record with -ErrorAction Ignore' {
        $Error.Clear()
        Write-Problem -ErrorAction Ignore | Should -Be 'continued'
        $Error.Count | Should -Be 0
    }

    It 'collects errors in -ErrorVariable, appending with +' {
        $null = Write-Problem -Message 'one' -ErrorVariable problems 2>$null
        $problems.Count | Should -Be 1
        $null = Write-Problem -Message 'two' -ErrorVariable +problems 2>$null
        $problems.Count | Should -Be 2
        "$($problems[1])" | Should -Be 'two'
    }

    It 'collects errors in -ErrorVariable when they are silenced' {
        $null = Write-Problem -ErrorAction SilentlyContinue -ErrorVariable problems
        $problems.Count | Should -Be 1
    }

    It 'stops with -ErrorAction Stop' {
        { Write-Problem -ErrorAction Stop } | Should -Throw -ExpectedMessage 'problem'
    }

    It 'follows $ErrorActionPreference' {
        $ErrorActionPreference = 'Stop'
        { Write-Problem } | Should -Throw
        $ErrorActionPreference = 'SilentlyContinue'
        Write-Problem | Should -Be 'continued'
    }

    It 'sets $? to false after a failing command' {
        Get-Item -Path '/no/such/item' -ErrorAction SilentlyContinue
        $ok = $?
        $ok | Should -BeFalse
    }

    It 'records the category and target of Write-Error' {
        Write-Error -Message 'bad' -Category InvalidData -TargetObject 42 -ErrorId 'MyId' -ErrorVariable problem 2>$null
        $problem[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $problem[0].TargetObject | Should -Be 42
        $problem[0].FullyQualifiedErrorId | Should -Be 'MyId'
    }

    It 'writes cmdlet errors with their ids' {
        Get-Item -Path '/no/such/item' -ErrorVariable missing 2>$null
        $missing[0].FullyQualifiedErrorId | Should -Be 'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand'
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Terminating errors' {
    It 'catches throw with try/catch and reads $_' {
        $caught = try { throw 'boom' } catch { $_.Exception.Message }
        $caught | Should -Be 'boom'
    }

    It 'picks the catch block by exception type' {
        $which = try { [int]::Parse('x') } catch [System.FormatException] { 'format' } catch { 'other' }
        $which | Should -Be 'format'
        $zero = 0
        $which = try { 1 / $zero } catch [System.DivideByZeroException] { 'divide' } catch { 'other' }
        $which | Should -Be 'divide'
    }

    It 'runs finally whether or not an error happened' {
        $log = [System.Collections.Generic.List[string]]::new()
        try { $log.Add('try') } finally { $log.Add('finally') }
        try { try { throw 'x' } finally { $log.Add('finally after throw') } } catch { $log.Add('outer catch') }
        $log -join ',' | Should -Be 'try,finally,finally after throw,outer catch'
    }

    It 'rethrows with a bare throw in catch' {
        { try { throw 'inner' } catch { throw } } | Should -Throw 'inner'
    }

    It 'throws exception objects and error records' {
        { throw [System.ArgumentException]::new('bad argument') } | Should -Throw -ExceptionType ([System.ArgumentException])
        $record = try { throw [System.InvalidOperationException]::new('nope') } catch { $_ }
        $record | Should -BeOfType [System.Management.Automation.ErrorRecord]
        $record.Exception | Should -BeOfType [System.InvalidOperationException]
    }

    It 'converts a message to an exception by a cast' {
        ([System.InvalidOperationException]'nope').Message | Should -Be 'nope'
    }

    It 'gives the thrown text as the error id' {
        { throw 'custom id' } | Should -Throw -ErrorId 'custom id'
    }

    It 'turns a non-terminating error into a catchable one with -ErrorAction Stop' {
        $caught = try { Write-Problem -ErrorAction Stop } catch { $_.Exception.GetType().Name }
        $caught | Should -Be 'WriteErrorException'
    }

    It 'does not catch a non-terminating error without Stop' {
        $caught = $false
        try { Write-Problem -ErrorAction SilentlyContinue | Out-Null } catch { $caught = $true }
        $caught | Should -BeFalse
    }

    It 'wraps .NET exceptions from methods' {
        $e = try { 'abc'.Substring(5) } catch { $_.Exception }
        $e | Should -BeOfType [System.Management.Automation.MethodInvocationException]
        $e.InnerException | Should -BeOfType [System.ArgumentOutOfRangeException]
    }
}

Describe 'trap' {
    It 'handles an error and continues after the statement' {
        function Test-Trap {
            trap { 'trapped'; continue }
            throw 'x'
            'after'
        }
        Test-Trap | Should -Be @('trapped', 'after')
    }

    It 'handles an error and leaves the function with break' {
        function Test-TrapBreak {
            trap { 'trapped'; break }
            throw 'x'
            'after'
        }
        $out = try { Test-TrapBreak } catch { "rethrown: $_" }
        $out | Should -Be @('trapped', 'rethrown: x')
    }

    It 'picks a trap by type' {
        function Test-TypedTrap {
            trap [System.DivideByZeroException] { 'division'; continue }
            trap { 'anything'; continue }
            $zero = 0
            1 / $zero
            throw 'other'
        }
        Test-TypedTrap | Should -Be @('division', 'anything')
    }
}
