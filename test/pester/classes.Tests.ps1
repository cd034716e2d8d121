enum Color {
    Red
    Green = 5
    Blue
}

[Flags()] enum Permission {
    None = 0
    Read = 1
    Write = 2
    Execute = 4
}

class Point {
    [int] $X
    [int] $Y = 2

    Point() { }

    Point([int] $x, [int] $y) {
        $this.X = $x
        $this.Y = $y
    }

    [double] Length() {
        return [math]::Sqrt($this.X * $this.X + $this.Y * $this.Y)
    }

    [string] ToString() {
        return "($($this.X), $($this.Y))"
    }
}

class Animal {
    [string] $Name

    Animal([string] $name) {
        $this.Name = $name
    }

    [string] Speak() { return '...' }

    [string] Introduce() { return "$($this.Name) says $($this.Speak())" }
}

class Dog : Animal {
    Dog([string] $name) : base($name) { }

    [string] Speak() { return 'Woof' }
}

class Counter {
    static [int] $Created = 0
    hidden [string] $Secret = 'hidden'

    Counter() { [Counter]::Created = [Counter]::Created + 1 }

    static [Counter] Make() { return [Counter]::new() }
}

Describe 'Enums' {
    It 'numbers members from zero and continues after an explicit value' {
        [int][Color]::Red | Should -Be 0
        [int][Color]::Blue | Should -Be 6
    }

    It 'converts names and numbers to members' {
        [Color]'Green' | Should -Be ([Color]::Green)
        [Color]5 | Should -Be ([Color]::Green)
        [Color]::Blue.ToString() | Should -BeExactly 'Blue'
    }

    It 'lists its values' {
        [enum]::GetNames([Color]) | Should -Be @('Red', 'Green', 'Blue')
    }

    It 'combines flags' {
        $both = [Permission]'Read, Write'
        [int]$both | Should -Be 3
        $both.HasFlag([Permission]::Write) | Should -BeTrue
        "$([Permission]6)" | Should -Be 'Write, Execute'
    }

    It 'rejects an unknown name' {
        { [Color]'Purple' } | Should -Throw
    }
}

Describe 'Classes' {
    It 'constructs with the default and a parameterized constructor' {
        $origin = [Point]::new()
        $origin.X | Should -Be 0
        $origin.Y | Should -Be 2
        $p = [Point]::new(3, 4)
        $p.Length() | Should -Be 5
    }

    It 'uses its ToString in strings' {
        "$([Point]::new(1, 3))" | Should -Be '(1, 3)'
    }

    It 'converts property values to their declared type' {
        $p = [Point]::new()
        $p.X = '7'
        $p.X | Should -BeOfType [int]
    }

    It 'builds from a hashtable' {
        $p = [Point]@{ X = 1; Y = 5 }
        $p.Y | Should -Be 5
    }

    It 'dispatches virtual methods to the derived class' {
        $dog = [Dog]::new('Rex')
        $dog.Introduce() | Should -Be 'Rex says Woof'
        $dog -is [Animal] | Should -BeTrue
    }

    It 'keeps static members on the class' {
        $before = [Counter]::Created
        $null = [Counter]::Make()
        $null = [Counter]::new()
        [Counter]::Created | Should -Be ($before + 2)
    }

    It 'increments a static property in place' {
        class Tally {
            static [int] $Count = 5
        }
        [Tally]::Count++
        [Tally]::Count += 10
        [Tally]::Count | Should -Be 16
    }

    It 'hides hidden members from the property list but not from access' {
        $c = [Counter]::new()
        $c.Secret | Should -Be 'hidden'
        $c.PSObject.Properties.Name | Should -Not -Contain 'Secret'
    }

    It 'returns only what a method returns' {
        class Noisy {
            [int] Get() {
                'ignored output'
                return 42
            }
        }
        [Noisy]::new().Get() | Should -Be 42
    }

    It 'fails to set a property to a value of the wrong type' {
        $p = [Point]::new()
        { $p.X = 'abc' } | Should -Throw -ExceptionType ([System.Management.Automation.SetValueInvocationException])
    }
}
