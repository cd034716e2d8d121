Describe 'Scopes' {
    It 'reads variables of the parent scope' {
        $outer = 'outer'
        function Get-Outer { $outer }
        Get-Outer | Should -Be 'outer'
    }

    It 'assigns in a child scope without changing the parent' {
        $value = 1
        function Set-Value { $value = 2; $value }
        Set-Value | Should -Be 2
        $value | Should -Be 1
    }

    It 'changes the parent with a scope modifier or by reference' {
        $script:counter = 0
        function Add-One { $script:counter++ }
        Add-One
        Add-One
        $script:counter | Should -Be 2
        $box = @{ n = 0 }
        function Add-ToBox { $box.n++ }
        Add-ToBox
        $box.n | Should -Be 1
    }

    It 'reads a scope by number with Get-Variable' {
        $level = 'test'
        function Get-ParentLevel { $level = 'function'; (Get-Variable -Name level -Scope 1).Value }
        Get-ParentLevel | Should -Be 'test'
    }

    It 'hides private variables from child scopes' {
        $private:hidden = 'secret'
        function Get-Hidden { $hidden }
        Get-Hidden | Should -BeNullOrEmpty
        $hidden | Should -Be 'secret'
    }

    It 'runs a dot-sourced script block in the current scope' {
        . { $dotted = 'here' }
        $dotted | Should -Be 'here'
        & { $called = 'there' }
        $called | Should -BeNullOrEmpty
    }

    It 'sees global variables everywhere' {
        $global:PshScopeTest = 'global'
        try {
            & { & { $PshScopeTest } } | Should -Be 'global'
        }
        finally {
            Remove-Variable -Name PshScopeTest -Scope Global
        }
    }

    It 'makes constants and read-only variables' {
        New-Variable -Name fixed -Value 1 -Option ReadOnly
        $caught = try { $fixed = 2 } catch { $_.FullyQualifiedErrorId }
        $caught | Should -Be 'VariableNotWritable'
        & { $fixed = 'a new local' } | Should -BeNullOrEmpty
        Set-Variable -Name fixed -Value 3 -ErrorVariable failed 2>$null
        $failed[0].FullyQualifiedErrorId | Should -Be 'VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand'
        $fixed | Should -Be 1
        Set-Variable -Name fixed -Value 3 -Force
        $fixed | Should -Be 3
    }

    It 'gives functions their own $args and parameters' {
        function Get-Args { $args.Count }
        Get-Args 1 2 3 | Should -Be 3
        function Get-Param { param($p) $p }
        Get-Param -p 'x' | Should -Be 'x'
    }

    It 'defines functions in the scope they are declared in' {
        & { function Get-Inner { 'inner' } }
        Get-Command Get-Inner -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        . { function Get-Dotted { 'dotted' } }
        Get-Dotted | Should -Be 'dotted'
    }
}

Describe 'Script blocks and closures' {
    It 'takes parameters and $args' {
        $add = { param($a, $b) $a + $b }
        & $add 2 3 | Should -Be 5
        $add.Invoke(4, 5) | Should -Be 9
        { $args[0] * 2 }.InvokeReturnAsIs(21) | Should -Be 42
    }

    It 'reads variables when it runs, not when it is made' {
        $x = 1
        $show = { $x }
        $x = 2
        & $show | Should -Be 2
    }

    It 'captures variables with GetNewClosure' {
        $x = 1
        $captured = { $x }.GetNewClosure()
        $x = 2
        & $captured | Should -Be 1
    }

    It 'runs a closure in a new scope under its captured variables each time' {
        function New-Counter {
            $count = 0
            { $count++; $count }.GetNewClosure()
        }
        $first = New-Counter
        $second = New-Counter
        & $first | Should -Be 1
        & $first | Should -Be 1
        & $second | Should -Be 1
    }

    It 'sees the caller''s variables in ForEach-Object' {
        $factor = 3
        1, 2 | ForEach-Object { $_ * $factor } | Should -Be @(3, 6)
    }

    It 'passes $_ to a script block in a pipeline' {
        $double = { process { $_ * 2 } }
        1, 2, 3 | & $double | Should -Be @(2, 4, 6)
    }

    It 'converts to a string of its text' {
        { 1 + 1 }.ToString() | Should -Be ' 1 + 1 '
        [scriptblock]::Create('2 * 3').Invoke() | Should -Be 6
    }
}
